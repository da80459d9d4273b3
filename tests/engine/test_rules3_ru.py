"""Russian cue forms and party rules: forms of words the lexicon lacked ("партнерские отношения",
"меморандум о взаимопонимании", "помочь", "профинансировал", "обмениваться", "со" for "с"),
call verbs in other persons ("призвать", "прошу", "попросила"), phrases that hold a cue word but
are none (the school year, support declared for a call, an interactive dialogue, names of
organisations), reports to an organ in the dative, other parties in the plural or in quotes, the
organ asked "с просьбой", and demonym nouns naming people. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.language import recognizer


def _ru(text: str):
    return analyze_sentence(text, "ru")


def _cues(text: str, kind: str) -> dict[str, str]:
    """Cue text → value, for the cues of ``kind`` recognised in ``text``."""
    return {c.text: c.value for c in recognizer("ru").find(text).cues if c.kind == kind}


# --- Collaboration words. ---


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (
            "ПРООН и министерство юстиции подписали меморандум о взаимопонимании.",
            "меморандум о взаимопонимании",
            "joint_activity",
        ),
        (
            "Стороны выполняют положения меморандума о взаимопонимании.",
            "меморандума о взаимопонимании",
            "joint_activity",
        ),
        ("ЮНФПА расширяет партнерские отношения с университетами.", "партнерские", "joint_activity"),
        ("просит Миссию проводить тесные консультации с властями;", "тесные консультации", "joint_activity"),
        ("Советник провел диалог со старейшинами общин.", "диалог со", "joint_activity"),
        ("ЮНЕСКО работает со всеми министерствами образования региона.", "работает со", "joint_activity"),
        ("Врачи ВОЗ работали бок о бок с местными бригадами.", "бок о бок", "joint_activity"),
        ("ВОЗ согласилась помочь министерству подготовить врачей.", "помочь", "technical_assistance"),
        ("рекомендует государству обратиться за содействием к УВКПЧ;", "за содействием", "technical_assistance"),
        ("Япония профинансировала строительство трех школ.", "профинансировала", "funding"),
        ("просит Группу продолжать обмениваться с Миссией сведениями о нападениях;", "обмениваться", "data_research"),
        ("Миссия и УВКБ обменялись данными о возвращенцах.", "обменялись", "data_research"),
    ],
)
def test_collaboration_forms_are_recognised(text: str, word: str, kind: str) -> None:
    assert _cues(text, "cue.kind").get(word) == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # The school year and schools are no training.
        ("В новом учебном году ЮНИСЕФ открыл сорок школ.", "учебном"),
        ("Число учебных заведений в провинции выросло.", "учебных"),
        # Support declared for a call, a proposal or a mandate is endorsement.
        ("Совет поддержал призыв Генерального секретаря к прекращению огня.", "поддержал"),
        ("Группа поддерживает предложение Председателя о создании фонда.", "поддерживает"),
        ("Делегация вновь заявила о своей поддержке мандата Специального докладчика.", "поддержке"),
        # Views exchanged are talk, not data.
        ("Представители УВКБ и МОМ обменялись мнениями о положении беженцев.", "обменялись"),
        # An interactive dialogue is a debate of a session.
        ("Совет провел интерактивный диалог с Независимым экспертом.", "диалог с"),
        # Names of organisations and offices that hold a cue word.
        ("Наблюдатель от Организации исламского сотрудничества выступил с заявлением.", "сотрудничества"),
        ("Департамент полевой поддержки подготовил руководство.", "поддержки"),
        ("По оценкам Института статистики ЮНЕСКО, число учащихся выросло.", "статистики"),
    ],
)
def test_phrases_holding_a_cue_word_are_not_cues(text: str, word: str) -> None:
    assert word not in _cues(text, "cue.kind")


# --- Calls, and what is no call. ---


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("рекомендует Ассамблее призвать государства сотрудничать с Судом;", "призвать"),
        ("Я прошу все стороны сотрудничать с Миссией.", "прошу"),
        ("Делегация попросила ЮНИСЕФ оказать помощь в обучении учителей.", "попросила"),
        ("Министры просят ПРООН продолжать оказывать поддержку.", "просят"),
        ("Совет поощрял сотрудничество Миссии с властями.", "поощрял"),
    ],
)
def test_call_forms_are_recognised(text: str, word: str) -> None:
    assert word in _cues(text, "cue.call")


@pytest.mark.parametrize(
    "text",
    [
        # "необходимый" describes what something needs; it asks nothing.
        "ВПП доставила предметы первой необходимости в лагерь.",
        "ЮНИСЕФ закупил все необходимое оборудование для клиник.",
        "Время, необходимое для перевозки грузов, сократилось.",
    ],
)
def test_adjective_necessary_is_no_call(text: str) -> None:
    assert not _cues(text, "cue.call")


@pytest.mark.parametrize(
    "text",
    [
        "просит Генерального секретаря представить Генеральной Ассамблее доклад о ходе работы;",
        "Группа представила Совету Безопасности заключительный доклад.",
        "предлагает Специальному докладчику ежегодно представлять Комитету доклад;",
        "Представители ЮНИСЕФ присутствуют на заседании в качестве наблюдателей.",
    ],
)
def test_reports_to_an_organ_and_presence_are_none_cues(text: str) -> None:
    assert _cues(text, "cue.none")


# --- Other parties. ---


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Платформа объединяет более 200 организаций в 17 странах.", "организаций"),
        ("ВОЗ и организация «Врачи мира» провели кампанию.", "организация «"),
        ("ЮНЭЙДС работает с сетями людей, живущих с ВИЧ.", "сетями людей"),
        (
            "просит УВКПЧ взаимодействовать с региональными правозащитными механизмами;",
            "региональными правозащитными механизмами",
        ),
    ],
)
def test_other_parties_are_recognised(text: str, words: str) -> None:
    assert words in _cues(text, "cue.other")


@pytest.mark.parametrize(
    "text",
    [
        # "страны" as the genitive singular: a part of the country, a visit to it.
        "ВПП оказала помощь семьям на юге страны.",
        "рекомендует содействовать посещению страны Специальным докладчиком;",
        # A State's formal name, and children associated with armed groups.
        "Комитет призывает Многонациональное Государство Боливия сотрудничать с УВКПЧ.",
        "ЮНИСЕФ помог освободить детей, связанных с вооруженными группами.",
    ],
)
def test_no_other_party_in(text: str) -> None:
    assert not _cues(text, "cue.other")


# --- Parties. ---


def test_organ_asked_with_a_request_is_a_party() -> None:
    result = _ru(
        "Правительство Эквадора обратилось к ЮНИСЕФ и Канцелярии Специального представителя Генерального "
        "секретаря по вопросу о детях и вооруженных конфликтах с просьбой оказать поддержку в разработке "
        "программы реинтеграции детей."
    )
    assert result.collaboration == "called_for"
    assert {"ECU", "UNICEF", "SRSG-CAAC"} <= set(result.participants)


def test_organ_that_addresses_a_request_is_no_party() -> None:
    result = _ru(
        "Совет Безопасности обратился с просьбой к Генеральному секретарю оказать помощь правительству Гаити "
        "в подготовке выборов."
    )
    assert result.collaboration == "called_for"
    assert "SC" not in result.participants
    assert {"SG", "HTI"} <= set(result.participants)


def test_organ_asked_to_call_upon_others_is_no_party() -> None:
    result = _ru(
        "Экономический и Социальный Совет рекомендует Генеральной Ассамблее призвать ПРООН и ЮНЕСКО разработать "
        "совместные программы подготовки учителей."
    )
    assert result.collaboration == "called_for"
    assert "GA" not in result.participants
    assert {"UNDP", "UNESCO"} <= set(result.participants)


def test_demonym_noun_names_people_not_the_state() -> None:
    result = _ru("УВКБ и вооруженные силы Перу совместно обеспечили жильем 5000 венесуэльцев.")
    assert result.collaboration == "reported"
    assert "VEN" in result.states
    assert "VEN" not in result.participants
    assert {"PER", "UNHCR"} <= set(result.participants)
