"""Russian participants: non-UN parties in the genitive plural ("из 20 стран", "от 9 правительств"),
host Governments that no named State owns, functional commissions that call on others, organs
asked to further collaboration between others, and bodies named only as a session's venue, an
invited guest or a source. The sentences are written for these tests."""

from __future__ import annotations

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.classify.rules.ru import _ru_whole_word_parties


def _parties(text: str) -> list[str]:
    return analyze_sentence(text, "ru").participants


# --- Genitive plurals compared whole. ---


def test_countries_in_the_genitive_plural_take_part() -> None:
    assert "OTHER" in _parties("ЮНЕСКО провела учебный семинар для преподавателей из 20 стран Латинской Америки.")


def test_governments_in_the_genitive_plural_take_part() -> None:
    text = "В 2022 году ЮНИСЕФ получил добровольные взносы от 9 правительств на программы вакцинации."
    assert _parties(text) == ["OTHER", "UNICEF"]


def test_singular_cases_and_the_adjective_are_not_read_whole() -> None:
    text = "Помощь оказана стране, и страновое отделение сообщило об этом правительству страны."
    assert _ru_whole_word_parties(text, "ru", []) == []


def test_the_genitive_plural_is_found_only_in_russian() -> None:
    assert _ru_whole_word_parties("из 20 стран", "en", []) == []
    assert [s.text for s in _ru_whole_word_parties("из 20 стран", "ru", [])] == ["стран"]


# --- Host Governments are no body of the one State named. ---


def test_host_governments_are_other_beside_a_state_named_as_an_origin() -> None:
    text = (
        "подчеркивая важность тесного сотрудничества между УВКБ и правительствами принимающих стран "
        "в удовлетворении потребностей беженцев из Сирийской Арабской Республики,"
    )
    assert _parties(text) == ["OTHER", "UNHCR"]


# --- Organs that ask. ---


def test_a_functional_commission_calling_on_others_takes_no_part() -> None:
    text = "Комиссия по положению женщин призывает ПРООН сотрудничать с гражданским обществом в сборе данных."
    assert _parties(text) == ["OTHER", "UNDP"]


def test_an_organ_asked_to_further_collaboration_between_others_takes_no_part() -> None:
    text = "просит Генерального секретаря укреплять сотрудничество между ЮНИСЕФ и ВОЗ в области иммунизации;"
    assert _parties(text) == ["UNICEF", "WHO"]


def test_an_organ_asked_to_collaborate_itself_takes_part() -> None:
    text = "просит Генерального секретаря укреплять сотрудничество с ЮНИСЕФ в области иммунизации;"
    assert _parties(text) == ["SG", "UNICEF"]


# --- Bodies named as a venue, a guest or a source. ---


def test_the_body_whose_session_hosts_an_event_takes_no_part() -> None:
    text = "На сессии Комиссии по положению женщин Канада и ЮНФПА совместно провели мероприятие."
    assert _parties(text) == ["CAN", "UNFPA"]


def test_a_body_invited_to_visit_takes_no_part() -> None:
    text = (
        "направить приглашение Специальному докладчику по вопросу о праве на образование и сотрудничать "
        "с ЮНИСЕФ в области образования (Италия);"
    )
    assert "UN-OTHER" not in _parties(text)


def test_the_council_that_authorized_operations_takes_no_part() -> None:
    text = (
        "просит Генерального секретаря совместно с Африканским союзом провести оценку региональных мер "
        "наблюдения, санкционированных Советом Безопасности;"
    )
    assert _parties(text) == ["OTHER", "SG"]


def test_a_states_people_is_where_they_live_not_a_party() -> None:
    # "коренных народов Чили": the indigenous peoples of Chile; Chile takes no part.
    text = "При поддержке ЮНИСЕФ и ПРООН проект укреплял потенциал коренных народов Чили."
    assert "CHL" not in analyze_sentence(text, "ru").participants


def test_a_states_government_named_after_it_still_takes_part() -> None:
    assert "CHL" in analyze_sentence("ЮНИСЕФ работал с правительством Чили.", "ru").participants
