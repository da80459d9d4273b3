"""Russian cue forms that the English lexicon has and the Russian one lacked: perfective
training verbs ("обучила", "обучив"), "facilitated" in the past ("содействовал"), drawing on
another's expertise ("использовать опыт"), funding "на средства", sharing ("делиться"), the
recommendation verb "заручиться", and named or described non-UN parties (Gavi, humanitarian
organisations). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.language import recognizer


def _ru(text: str):
    return analyze_sentence(text, "ru")


def _kind_cues(text: str) -> dict[str, str]:
    """Cue text → kind, for the collaboration cues recognised in ``text``."""
    return {c.text: c.value for c in recognizer("ru").find(text).cues if c.kind == "cue.kind"}


def _other_cues(text: str) -> list[str]:
    return [c.text for c in recognizer("ru").find(text).cues if c.kind == "cue.other"]


# --- Cue forms. ---


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("ЮНФПА обучил 120 акушерок в трех провинциях.", "обучил", "capacity_building"),
        ("ЮНИСЕФ передал школы общинам, заранее обучив их учителей.", "обучив", "capacity_building"),
        ("МОТ обучила инспекторов труда методам проверки.", "обучила", "capacity_building"),
        ("Миссия содействовала проведению встречи старейшин.", "содействовала", "technical_assistance"),
        ("ПРООН содействовали организации диалога.", "содействовали", "technical_assistance"),
        ("рекомендует стране использовать опыт ЮНЕСКО в реформе школ;", "использовать опыт", "technical_assistance"),
        ("На средства Норвегии ВОЗ построила две клиники.", "На средства", "funding"),
        ("просит Миссию делиться с группой сведениями о нападениях;", "делиться", "data_research"),
        ("ВПП и ФАО делятся данными о посевах.", "делятся", "data_research"),
    ],
)
def test_cue_forms_are_recognised(text: str, word: str, kind: str) -> None:
    assert _kind_cues(text).get(word) == kind


@pytest.mark.parametrize(
    "text",
    [
        # The imperfective present "содействует" also means "promotes": it is not a cue by itself.
        "Эта программа содействует развитию сельских районов.",
        # "делить" (to divide) is not sharing with someone.
        "Комиссия решила разделить бюджет на две части.",
    ],
)
def test_neighbouring_forms_are_not_cues(text: str) -> None:
    assert not {k for k, v in _kind_cues(text).items() if v in ("technical_assistance", "data_research")}


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("ВОЗ при поддержке Гави закупила вакцины.", "Гави"),
        ("В совещании ЮНИСЕФ участвовали девять гуманитарных организаций.", "гуманитарных организаций"),
    ],
)
def test_non_un_parties_are_recognised(text: str, party: str) -> None:
    assert party in _other_cues(text)


# --- Sentences. ---


def test_funding_from_a_state_makes_it_a_party() -> None:
    result = _ru("На средства Японии ЮНИСЕФ отремонтировал 40 школ в сельских районах.")
    assert result.collaboration == "reported"
    assert {"JPN", "UNICEF"} <= set(result.participants)


def test_a_recommendation_opening_with_zaruchitsya_is_a_call() -> None:
    result = _ru("101.12 заручиться поддержкой УВКПЧ и ПРООН в проведении судебной реформы (Чили);")
    assert result.collaboration == "called_for"
    assert {"OHCHR", "UNDP"} <= set(result.participants)
    assert "CHL" not in result.participants


def test_drawing_on_expertise_is_asked_for() -> None:
    result = _ru("Комитет рекомендует Гане использовать опыт ВОЗ при разработке стратегии в области питания.")
    assert result.collaboration == "called_for"
    assert {"GHA", "WHO"} <= set(result.participants)


def test_facilitation_is_reported() -> None:
    result = _ru("Миссия ООН в Южном Судане содействовала проведению переговоров между общинами скотоводов.")
    assert result.collaboration == "reported"
    assert "OTHER" in result.participants
