"""Names of United Nations actors in Arabic and Chinese as UN documents write them, and phrases in
those languages that name no body although they look like one."""

import pytest

from cpcollab.engine.analyze import analyze_sentence

# A meeting of the expert group, also definite with an ordinal or an adjective, is an event, not
# the group (English "the second meeting of the Expert Group").
AR_EXPERT_GROUP_MEETINGS = [
    "وُزّع تقرير الاجتماع الثاني لفريق الخبراء على المشاركين.",
    "ناقش المشاركون في الاجتماع السنوي لفريق الخبراء مشروع جدول الأعمال.",
    "وقدّم الرئيس تقريرا عن اجتماع فريق الخبراء الذي عقد في عمّان.",
]

# The panel a resolution or a committee addresses, a meeting held with it, and a group named with
# its subject are still a UN body.
AR_PANELS = [
    "يطلب إلى فريق الخبراء أن يقدم تقريرا نهائيا إلى اللجنة.",
    "عقدت اللجنة اجتماعا مع فريق الخبراء لمناقشة برنامج عمله.",
    "عُقد الاجتماع الأول لفريق الخبراء المعني باليمن في عمّان.",
]


@pytest.mark.parametrize("text", AR_EXPERT_GROUP_MEETINGS)
def test_arabic_expert_group_meeting_names_no_panel(text: str) -> None:
    assert analyze_sentence(text, "ar").actors == []


@pytest.mark.parametrize("text", AR_PANELS)
def test_arabic_panel_of_experts_is_still_one(text: str) -> None:
    assert analyze_sentence(text, "ar").actors == ["UN-OTHER"]


# "联合国" with a name ending in "机制" names one mechanism of the Organization (English "United
# Nations … Facility/Mechanism"), not the United Nations as a whole.
@pytest.mark.parametrize(
    "text",
    [
        "联合国小武器管制合作资助机制今年向四个国家提供了赠款。",
        "代表团介绍了联合国灾后恢复资金协调机制的工作。",
    ],
)
def test_chinese_named_un_mechanism_is_un_other(text: str) -> None:
    assert analyze_sentence(text, "zh").actors == ["UN-OTHER"]


def test_chinese_un_and_regional_mechanisms_stay_the_united_nations() -> None:
    # A conjunction ends the name: the United Nations and regional mechanisms are not one body.
    text = "该国政府同联合国与各区域机制开展了合作。"
    assert analyze_sentence(text, "zh").actors == ["UN-SYSTEM"]


def test_chinese_bare_un_mechanisms_stay_the_united_nations() -> None:
    text = "各国应加强联合国机制在预防冲突方面的作用。"
    assert analyze_sentence(text, "zh").actors == ["UN-SYSTEM"]


def test_arabic_country_office_of_safety_and_security_is_un_other() -> None:
    text = "اجتمع الفريق المتقدم بممثلي مكتب السلامة والأمن في العراق فور وصوله."
    assert analyze_sentence(text, "ar").actors == ["UN-OTHER"]


def test_arabic_nuclear_safety_and_security_office_is_no_un_body() -> None:
    text = "أنشأت الوزارة مكتب السلامة والأمن النوويين في عام 2012."
    assert analyze_sentence(text, "ar").actors == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "تحث مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد الدول الأطراف على تبادل الخبرات.",
            "مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد",
        ),
        (
            "اختتم مؤتمر الأطراف في اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ دورته في بون.",
            "مؤتمر الأطراف في اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ",
        ),
    ],
)
def test_a_conference_of_parties_ends_with_its_convention(text: str, name: str) -> None:
    analysis = analyze_sentence(text, "ar")
    found = [text[s.start : s.end] for s in analysis.spans if s.kind == "actor"]
    assert found == [name]


# The Emergency Relief Coordinator heads OCHA; the title agrees with its holder, who has been a
# woman ("منسقة"), with a preposition attached ("لمنسقة" = to the Coordinator).
@pytest.mark.parametrize(
    "text",
    [
        "وأعرب الفريق الاستشاري عن تقديره لمنسقة الإغاثة في حالات الطوارئ لإدارتها للصندوق.",
        "وقدم منسق الإغاثة في حالات الطوارئ إحاطة إلى المجلس.",
    ],
)
def test_arabic_emergency_relief_coordinator_in_both_genders(text: str) -> None:
    assert analyze_sentence(text, "ar").actors == ["OCHA"]


# "المفوضية" alone is the Office of a High Commissioner; in a sentence on its own, its subject
# says which: human rights (and no refugees) or refugees (and no human rights); both or neither,
# and it names no one.
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("ونظمت المفوضية دورات تدريبية بشأن حقوق الإنسان لموظفي الشرطة.", ["OHCHR"]),
        ("وقدمت المفوضية مساعدات إلى اللاجئين في الأردن.", ["UNHCR"]),
        ("وتعاونت المفوضية مع الحكومة في مجال حقوق الإنسان للاجئين.", []),
        ("ونظمت المفوضية عددا من برامج التدريب للموظفين.", []),
        # A national commission goes on with its adjective and is no Office.
        ("وعملت المفوضية الوطنية لحقوق الإنسان مع الشرطة.", []),
    ],
)
def test_arabic_bare_high_commission_by_its_subject(text: str, actors: list[str]) -> None:
    assert analyze_sentence(text, "ar").actors == actors
