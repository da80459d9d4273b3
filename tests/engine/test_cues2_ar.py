"""Arabic cues that give a sentence the structural features of its English version: close
consultation and regular engagement, facilitation and guidance, data on a subject, an organ's
appreciation with the organ between verb and object, a UPR recommendation opening with "وضع";
and names and words that hold a cue word but name no collaboration (units and posts named after
partnerships or support, multi-partner funds, global partnerships, analytical work, "بيسر",
a female Assistant High Commissioner). The sentences are written for these tests."""

from __future__ import annotations

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.classify.features import LEXICAL


def _structure(text: str) -> set[str]:
    return {name for name in analyze_sentence(text, "ar").features if not name.startswith(LEXICAL)}


def _kinds(text: str) -> set[str]:
    return {name.split(":")[1] for name in _structure(text) if name.startswith("cue:") and name.count(":") == 2}


def test_close_consultation_is_joint_activity() -> None:
    text = "وإذ تشدد على ضرورة أن تتشاور البعثة تشاورا وثيقا مع منظمة الصحة العالمية بشأن خطط التطعيم،"
    assert "joint_activity" in _kinds(text)


def test_regular_engagement_between_bodies_is_joint_activity() -> None:
    text = "وإذ يؤكد أهمية التواصل المنتظم بين الأمم المتحدة ومنظمة الدول الأمريكية في منع النزاعات،"
    assert "joint_activity" in _kinds(text)


def test_facilitated_in_the_masculine_is_technical_assistance() -> None:
    text = "يسّر مكتب المبعوث الخاص للأمين العام جولتين من المفاوضات بين الطرفين بشأن تبادل الأسرى."
    assert "technical_assistance" in _kinds(text)


def test_easily_is_no_facilitation() -> None:
    text = "ونشرت اليونيسيف دليلا يمكن للمعلمين الرجوع إليه بيسر."
    assert "technical_assistance" not in _kinds(text)


def test_guidance_given_is_technical_assistance() -> None:
    text = "وقدمت منظمة الأغذية والزراعة توجيهات عملية إلى مزارعي المناطق الجافة بشأن تخزين البذور."
    assert "technical_assistance" in _kinds(text)


def test_guidelines_adopted_are_no_guidance_given() -> None:
    text = "وتشير الدول إلى المبادئ والتوجيهات التي اعتمدتها هيئة نزع السلاح التابعة للأمم المتحدة."
    assert "technical_assistance" not in _kinds(text)


def test_data_on_a_subject_is_data_research() -> None:
    text = "تهيب بالدول أن تزود منظمة العمل الدولية بالبيانات المتعلقة بعمل الأطفال في الزراعة؛"
    features = _structure(text)
    assert "cue:data_research:near" in features
    assert "governed_by:call" in features


def test_appreciation_with_the_organ_between_verb_and_object_is_an_acknowledgement() -> None:
    text = "وأعربت الجمعية العامة عن تقديرها لليونيسيف على عملها مع الحكومات في مجال التحصين."
    assert "governed_by:ack" in _structure(text)


def test_a_recommendation_opening_with_develop_is_imperative() -> None:
    text = "120-14 وضع خطة وطنية لتسجيل المواليد، بدعم من اليونيسيف (بيرو)؛"
    assert "imperative" in _structure(text)


def test_units_and_posts_named_after_partnerships_or_support_are_no_cue() -> None:
    for text in (
        "وعرض رئيس شعبة الشراكات في صندوق الأمم المتحدة للسكان الميزانية على المجلس التنفيذي.",
        "ويقترح إنشاء وظيفة موظف لشؤون الشراكات في مكتب برنامج الأمم المتحدة الإنمائي في جنيف.",
        "وتتبع وحدة دعم التنفيذ مكتب الأمم المتحدة لشؤون نزع السلاح.",
    ):
        assert "cue:none" in _structure(text), text


def test_multi_partner_funds_and_global_partnerships_name_no_partner() -> None:
    assert "joint_activity" not in _kinds(
        "وأصدر مكتب الصناديق الاستئمانية المتعددة الشركاء التابع لبرنامج الأمم المتحدة الإنمائي تقريره السنوي."
    )
    assert "joint_activity" not in _kinds(
        "وتكلم أيضا ممثلو الشراكة العالمية من أجل المياه ومنظمة الأمم المتحدة للتربية والعلم والثقافة."
    )


def test_analytical_work_is_no_data_research() -> None:
    text = "يشجع اللجنة الاقتصادية لأوروبا على مواصلة أعمالها التحليلية بشأن النقل المستدام؛"
    assert "data_research" not in _kinds(text)


def test_a_female_assistant_high_commissioner_gives_no_assistance() -> None:
    text = "وألقت مساعدة المفوض السامي لشؤون العمليات في مفوضية الأمم المتحدة لشؤون اللاجئين كلمة في المؤتمر."
    assert "technical_assistance" not in _kinds(text)


def test_the_verb_of_strengthening_capacities_is_capacity_building_as_its_noun_is() -> None:
    for text in (
        "وعززت اليونيسف قدرات وزارة الصحة في سيراليون.",  # past, the subject between
        "وبالتعاون مع فريق الأمم المتحدة القطري، ستعزَّز قدرات السلطات المحلية في دارفور.",  # future passive
        "وتعزز اليونسكو القدرات الوطنية في مجال التعليم في الأردن.",
    ):
        assert "capacity_building" in _kinds(text), text
    # Relations that strengthen are no capacities.
    assert "capacity_building" not in _kinds("وتعززت العلاقات بين اليونيسف وحكومة مالي.")
