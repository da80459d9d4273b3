"""Russian constructions that decide who takes part: States named inside the name of a fund, a
plan or a treaty, a demonym and the body it qualifies with other adjectives between them, regional
organisations whose names hold a body's word, the source of recommendations, and Russian forms of
States and non-UN parties. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.classify.rules import places
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.language import recognizer


def _ru(text: str):
    return analyze_sentence(text, "ru")


def _not_parties(text: str) -> set[str]:
    """The States that :func:`places` reads as places or as qualifiers, by code."""
    language = recognizer("ru")
    found = language.find(text)

    def span(hit) -> Span:
        return Span(hit.start, hit.end, hit.form.kind, hit.form.value, text[hit.start : hit.end], hit.form.rule)

    countries = [span(h) for h in found.countries]
    calls = [c for c in found.cues if c.kind == "cue.call"]
    located, qualified = places(text, countries, language.cues, calls, others=[*map(span, found.actors), *found.cues])
    return {countries[i].value for i in located | qualified}


def _other_cues(text: str) -> list[str]:
    return [c.text for c in recognizer("ru").find(text).cues if c.kind == "cue.other"]


# --- Forms of States. ---


def test_niger_in_the_instrumental_is_not_nigeria() -> None:
    analysis = _ru("ПРООН тесно сотрудничает с Нигером и Нигерией в борьбе с опустыниванием.")
    assert set(analysis.states) == {"NER", "NGA"}
    assert {"NER", "NGA", "UNDP"} <= set(analysis.participants)


def test_papua_new_guinea_written_with_a_spaced_dash() -> None:
    analysis = _ru("ЮНИСЕФ оказывает помощь Папуа -- Новой Гвинее в проведении вакцинации детей.")
    assert analysis.states == ["PNG"]
    assert "GIN" not in analysis.states
    assert set(analysis.participants) == {"PNG", "UNICEF"}


# --- A State that ends the name of a fund, a plan or a treaty is in a title, not a party. ---


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("В прошлом году ВПП получила средства из Фонда восстановления Гаити на закупку продовольствия.", "HTI"),
        ("В 2022 году Гуманитарный фонд для Мали, которым управляет УКГВ, выделил средства 40 партнерам.", "MLI"),
        ("Доноры перечислили ПРООН взносы на осуществление Договора по Сомали.", "SOM"),
    ],
)
def test_a_state_in_a_name_is_not_a_party(text: str, state: str) -> None:
    assert state in _ru(text).states
    assert state in _not_parties(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # A body of the State opens the name, or stands before it: the State takes part.
        ("Министерство здравоохранения Ганы и ВОЗ совместно провели кампанию вакцинации.", "GHA"),
        ("Управление Народного защитника Перу и УВКПЧ совместно подготовили доклад о правах коренных народов.", "PER"),
        ("ЮНИСЕФ оказал поддержку правительству Республики Мали в создании центров защиты детей.", "MLI"),
        # A capital that opens the sentence opens no name.
        ("Помощь Гаити в восстановлении школ оказывают ПРООН и ЮНИСЕФ.", "HTI"),
        # A verb between the capitalised word and the State ends the name.
        ("Фонд направил Гаити средства на восстановление школ.", "HTI"),
    ],
)
def test_a_state_after_its_own_body_or_outside_a_name_is_read_as_before(text: str, state: str) -> None:
    assert state not in _not_parties(text)


def test_a_state_in_a_name_in_a_statement() -> None:
    analysis = _ru("В 2022 году Гуманитарный фонд для Мали, которым управляет УКГВ, выделил гранты 40 партнерам.")
    assert analysis.collaboration == "reported"
    assert "MLI" in analysis.states
    assert "MLI" not in analysis.participants


# --- A demonym and the body it qualifies, with adjectives between them. ---


def test_a_demonym_before_adjectives_and_a_body_is_the_state() -> None:
    analysis = _ru(
        "Сотрудники Либерийской национальной полиции прошли курс подготовки, организованный МООНЛ совместно с "
        "правительством Канады."
    )
    assert analysis.collaboration == "reported"
    assert {"CAN", "DPO", "LBR"} <= set(analysis.participants)
    assert "OTHER" not in analysis.participants


# --- A regional organisation is no body of the one State the sentence names. ---


def test_a_named_regional_commission_is_another_party() -> None:
    analysis = _ru("ПРООН и Комиссия Африканского союза совместно организовали в Мали семинар для судей.")
    assert analysis.collaboration == "reported"
    assert {"OTHER", "UNDP"} <= set(analysis.participants)


def test_a_ministry_of_the_one_state_named_folds_into_it() -> None:
    analysis = _ru("В Замбии ЮНФПА в сотрудничестве с министерством здравоохранения обучил 300 акушерок.")
    assert "ZMB" in analysis.participants
    assert "OTHER" not in analysis.participants


# --- The source of recommendations is not a party. ---


def test_the_body_whose_recommendations_are_implemented_is_not_a_party() -> None:
    analysis = _ru(
        "просит УВКПЧ и ПРООН оказывать государствам помощь в выполнении рекомендаций Комитета по правам ребенка;"
    )
    assert analysis.collaboration == "called_for"
    assert "CRC" in analysis.actors
    assert "CRC" not in analysis.participants
    assert {"OHCHR", "OTHER", "UNDP"} <= set(analysis.participants)


# --- Non-UN parties. ---


def test_other_key_parties_are_another_party() -> None:
    analysis = _ru(
        "ЮНЕП провела ряд мероприятий в сотрудничестве с другими ключевыми сторонами, занимающимися охраной "
        "окружающей среды."
    )
    assert set(analysis.participants) == {"OTHER", "UN-OTHER"}


def test_host_countries_in_the_plural_only() -> None:
    assert _other_cues("УВКБ работает с принимающими странами.") == ["принимающими странами"]
    assert _other_cues("ВОЗ подписала соглашение с принимающей страной.") == []


def test_a_sub_cluster_is_a_coordination_mechanism() -> None:
    kinds = [c.value for c in recognizer("ru").find("работе подкластера по защите").cues if c.kind == "cue.kind"]
    assert kinds == ["coordination"]


# --- Actors. ---


def test_the_department_of_safety_and_security_by_its_russian_acronym() -> None:
    analysis = _ru("Решение о направлении миссии принимает ДОБ после оценки рисков.")
    assert analysis.actors == ["UN-OTHER"]
    assert _ru("Добавлены новые разделы.").actors == []
