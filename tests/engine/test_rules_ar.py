"""Arabic constructions that decide who takes part: an organ that is the subject of the verb
before it, counted and named non-UN parties, armed groups and ways of working that are no party,
States in the title of an instrument, and Arabic forms of States. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.classify.rules.ar import _ar_attached_preposition
from cpcollab.engine.model import Span


def _ar(text: str):
    return analyze_sentence(text, "ar")


# --- An organ whose name begins with ل or ب ("لجنة حقوق الطفل") right after the verb is its
# subject, not a preposition's object. ---


@pytest.mark.parametrize(
    ("text", "state", "partner"),
    [
        (
            "توصي لجنة حقوق الطفل الأردن بأن يطلب المساعدة التقنية من اليونيسيف في إصلاح نظام قضاء الأحداث.",
            "JOR",
            "UNICEF",
        ),
        (
            "وحثت لجنة حقوق الطفل تونس على التعاون مع منظمة الصحة العالمية في تحسين خدمات الرعاية الصحية الأولية.",
            "TUN",
            "WHO",
        ),
    ],
)
def test_a_committee_recommending_is_not_a_party(text: str, state: str, partner: str) -> None:
    analysis = _ar(text)
    assert analysis.collaboration == "called_for"
    assert "CRC" in analysis.actors
    assert set(analysis.participants) == {state, partner}


def test_a_committee_asked_to_cooperate_is_a_party() -> None:
    analysis = _ar("تطلب إلى لجنة حقوق الطفل أن تواصل تعاونها مع اليونيسيف في نشر الاتفاقية.")
    assert analysis.collaboration == "called_for"
    assert set(analysis.participants) == {"CRC", "UNICEF"}


@pytest.mark.parametrize(
    ("written", "attached"),
    [
        ("لجنة حقوق الطفل", False),
        ("برنامج الأمم المتحدة الإنمائي", False),
        ("للجنة حقوق الطفل", True),
        ("بالأمين العام", True),
        ("بمجلس الأمن", True),
    ],
)
def test_an_attached_preposition_is_told_from_a_name_beginning_with_its_letter(written: str, attached: bool) -> None:
    span = Span(0, len(written), "actor", "X", written, "test")
    assert _ar_attached_preposition(span) is attached


# --- Non-UN parties: counted ("25 بلداً"), and named organizations without the article. ---


def test_counted_countries_are_another_party() -> None:
    analysis = _ar("وفي عام 2021، قدمت اليونيسيف الدعم التقني إلى 25 بلداً لتعزيز نظم تسجيل المواليد.")
    assert analysis.collaboration == "reported"
    assert set(analysis.participants) == {"OTHER", "UNICEF"}


def test_a_named_organization_is_another_party_but_a_un_one_is_not() -> None:
    joint = _ar("ونظمت منظمة الصحة العالمية ومنظمة أطباء بلا حدود بصورة مشتركة حملة تطعيم في المخيمات.")
    assert set(joint.participants) == {"OTHER", "WHO"}
    agencies = _ar("وتعاونت منظمة الصحة العالمية مع اليونيسيف في تنظيم حملة التطعيم الوطنية.")
    assert agencies.collaboration == "reported"
    assert set(agencies.participants) == {"UNICEF", "WHO"}


# --- What the work is about is no party: children associated with armed groups, South-South
# cooperation. ---


def test_armed_groups_that_children_were_associated_with_take_no_part() -> None:
    analysis = _ar(
        "وتعاونت اليونيسيف مع برنامج الأغذية العالمي في تقديم المساعدة إلى الأطفال المرتبطين بالجماعات المسلحة."
    )
    assert analysis.collaboration == "reported"
    assert set(analysis.participants) == {"UNICEF", "WFP"}


def test_south_south_cooperation_names_no_other_party() -> None:
    analysis = _ar(
        "وفي إطار التعاون فيما بين بلدان الجنوب، ساعدت منظمة العمل الدولية الأردن على إعداد استراتيجية للتشغيل."
    )
    assert analysis.collaboration == "reported"
    assert set(analysis.participants) == {"ILO", "JOR"}


# --- States in a title or a place. ---


def test_a_state_naming_an_instrument_is_named_but_takes_no_part() -> None:
    analysis = _ar("ودعمت الأمم المتحدة الدول الجزرية الصغيرة النامية في تنفيذ مسار ساموا.")
    assert analysis.collaboration == "reported"
    assert "WSM" in analysis.states
    assert "WSM" not in analysis.participants


def test_e_government_is_not_the_government_of_the_place() -> None:
    analysis = _ar(
        "وفي الأردن، نظم برنامج الأمم المتحدة الإنمائي واليونسكو بصورة مشتركة حلقة عمل عن الحكومة الإلكترونية."
    )
    assert analysis.collaboration == "reported"
    assert "JOR" in analysis.states
    assert set(analysis.participants) == {"UNDP", "UNESCO"}


# --- Arabic forms of States. ---


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("ويدعم برنامج الأمم المتحدة الإنمائي وزارة التجارة الأمريكية في مشروع مشترك.", "USA"),
        ("وأجرت البعثة دوريات في المنطقتين الجورجيتين.", "GEO"),
        ("وقدمت اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي المساعدة التقنية إلى سانت مارتن.", "SXM"),
        ("ويشارك السامويون الأمريكيون في الانتخابات المحلية.", "ASM"),
    ],
)
def test_arabic_forms_of_states(text: str, state: str) -> None:
    assert state in _ar(text).states


def test_american_alone_names_no_state() -> None:
    assert "USA" not in _ar("وتعاونت منظمة الدول الأمريكية مع اليونيسيف في المنطقة.").states


def test_a_sentence_that_opens_with_a_past_verb_of_cooperation_reports_it() -> None:
    # Arabic puts the verb first: "cooperated UNICEF with the Government" is no request
    analysis = _ar("تعاونت منظمة الأمم المتحدة للطفولة مع الحكومة.")
    assert analysis.collaboration == "reported"
    assert "UNICEF" in analysis.participants
