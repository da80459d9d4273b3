"""Arabic constructions that decide which actors are named and who takes part: the Universal
Periodic Review written with a possessive ending and an attached preposition, expert groups
named with their subject inside a meeting, the word of purpose after "الأمم المتحدة" in a name,
"القضاء على" (elimination) that is no judiciary, organs joined by "و" after a call, "recommend
that", a State called upon with "ب", joint work in the accusative, doing something together
("اشترك"), sharing with a party, and support that is only expressed. The sentences are written
for these tests."""

from __future__ import annotations

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.language import recognizer


def _ar(text: str):
    return analyze_sentence(text, "ar")


def _kind_cues(text: str) -> list[str]:
    """The collaboration words found in ``text``, as written."""
    return [cue.text for cue in recognizer("ar").find(text).cues if cue.kind == "cue.kind"]


# --- The Universal Periodic Review of a State: "لاستعراضها الدوري الشامل". ---


def test_the_review_with_a_possessive_and_an_attached_preposition_is_the_upr() -> None:
    analysis = _ar("وأعدت الحكومة تقريرها الوطني لاستعراضها الدوري الشامل الثالث بالتعاون مع منظمات المجتمع المدني.")
    assert "HRC" in analysis.actors


def test_the_review_with_a_masculine_possessive_is_the_upr() -> None:
    analysis = _ar("وقبل البلد معظم التوصيات التي تلقاها خلال استعراضه الدوري الشامل في عام 2019.")
    assert "HRC" in analysis.actors


def test_another_review_of_the_state_is_no_actor() -> None:
    analysis = _ar("وأنجزت الحكومة استعراضها السنوي لتنفيذ الخطة الوطنية للتعليم.")
    assert analysis.actors == []


# --- An expert group named with its subject is a body, also inside "a meeting of". ---


def test_a_meeting_of_an_expert_group_named_with_its_subject_names_the_group() -> None:
    analysis = _ar("وترحب باجتماع فريق الخبراء المعني بحماية الممتلكات الثقافية الذي عقد في فيينا في العام الماضي.")
    assert "UN-OTHER" in analysis.actors


def test_an_expert_group_meeting_without_a_subject_names_no_body() -> None:
    analysis = _ar("وفي أعقاب اجتماع فريق الخبراء الذي عقد في نيروبي، نشرت الحكومة خطتها الوطنية.")
    assert analysis.actors == []


# --- The word of purpose in the name of an office is part of the name. ---


def test_the_purpose_in_a_name_is_no_collaboration_cue() -> None:
    analysis = _ar("ونشر مكتب الأمم المتحدة للتعاون فيما بين بلدان الجنوب دليلا جديدا في العام الماضي.")
    assert analysis.actors == ["UN-OTHER"]
    assert analysis.collaboration == "none"


def test_a_known_name_keeps_its_code_next_to_the_pattern() -> None:
    analysis = _ar("وقدم صندوق الأمم المتحدة للسكان ومنظمة الصحة العالمية الدعم التقني إلى وزارة الصحة في ملاوي.")
    assert {"UNFPA", "WHO"} <= set(analysis.actors)
    assert "UN-OTHER" not in analysis.actors


def test_the_support_office_names_the_state_only_in_its_title() -> None:
    analysis = _ar(
        "يطلب إلى الأمين العام أن يكفل تنسيق مكتب الأمم المتحدة لدعم الصومال عمله مع فريق الأمم المتحدة القطري؛"
    )
    assert "SOM" in analysis.states
    assert "SOM" not in analysis.participants


# --- "القضاء على" (the elimination of) is not the judiciary of the State named after it. ---


def test_elimination_of_a_practice_in_a_state_leaves_the_state_a_place() -> None:
    analysis = _ar(
        "وقدمت منظمة الصحة العالمية إلى حكومة النرويج تقريرا عن حملة القضاء على الحصبة في إثيوبيا بالتعاون مع اليونيسيف."
    )
    assert "ETH" in analysis.states
    assert "ETH" not in analysis.participants


# --- Organs joined by "و" after a call are addressed together. ---


def test_two_committees_joined_by_and_are_both_addressed() -> None:
    analysis = _ar(
        "تشجع لجنة حقوق الطفل واللجنة المعنية بحقوق الأشخاص ذوي الإعاقة على تعزيز التعاون بينهما في متابعة التوصيات؛"
    )
    assert analysis.collaboration == "called_for"
    assert "CRC" in analysis.participants


def test_an_organ_with_its_own_addressee_is_still_the_subject() -> None:
    analysis = _ar("ويشجع مجلس الأمن الحكومة على مواصلة تعاونها مع مفوضية الأمم المتحدة لشؤون اللاجئين.")
    assert "SC" not in analysis.participants
    assert "UNHCR" in analysis.participants


# --- "Recommend that": the organ after the verb recommends. ---


def test_a_committee_recommending_that_takes_no_part() -> None:
    analysis = _ar("توصي لجنة حقوق الطفل بأن تضع الدولة الطرف، بدعم من اليونيسيف، خطة وطنية لحماية الأطفال من العنف.")
    assert analysis.collaboration == "called_for"
    assert "CRC" not in analysis.participants
    assert "UNICEF" in analysis.participants


def test_the_secretary_general_recommending_that_takes_no_part() -> None:
    analysis = _ar("يوصي الأمين العام بأن تضع منظمة الأغذية والزراعة والبنك الدولي برنامجا مشتركا للأمن الغذائي.")
    assert analysis.collaboration == "called_for"
    assert "SG" not in analysis.participants


# --- A State called upon with an attached "ب" is a party, not a place. ---


def test_a_state_called_upon_after_the_organ_is_a_party() -> None:
    analysis = _ar("وتهيب اللجنة المعنية بحقوق الإنسان بإريتريا أن تتعاون تعاونا تاما مع المقرر الخاص.")
    assert analysis.collaboration == "called_for"
    assert "ERI" in analysis.participants


def test_a_state_with_an_attached_preposition_elsewhere_is_a_place() -> None:
    analysis = _ar("وقدمت اليونيسيف بالتعاون مع وزارة التعليم الدعم للمدارس الريفية بإريتريا.")
    assert "ERI" not in analysis.participants


# --- Joint work in the accusative, and doing something together. ---


def test_a_joint_report_in_the_accusative_is_joint_work() -> None:
    analysis = _ar("وأصدرت المفوضية السامية لحقوق الإنسان واليونيسيف تقريرا مشتركا عن الأطفال المحتجزين.")
    assert analysis.collaboration == "reported"
    assert {"OHCHR", "UNICEF"} <= set(analysis.participants)


def test_co_organising_with_a_government_is_joint_work() -> None:
    text = "واشتركت منظمة العمل الدولية وحكومة الأردن في عقد منتدى وطني بشأن عمل الأطفال."
    assert _kind_cues(text) == ["واشتركت"]
    analysis = _ar(text)
    assert analysis.collaboration == "reported"
    assert {"ILO", "JOR"} <= set(analysis.participants)


def test_taking_part_alone_is_no_joint_work() -> None:
    assert _kind_cues("وتشارك منظمة العمل الدولية في المنتدى الوطني بشأن عمل الأطفال.") == []


def test_sharing_data_with_a_state_is_collaboration() -> None:
    analysis = _ar("تدعو المنظمة الدولية للهجرة إلى أن تتقاسم مع حكومة تشاد بيانات تتبع النزوح؛")
    assert analysis.collaboration == "called_for"
    assert {"IOM", "TCD"} <= set(analysis.participants)
    assert analysis.kinds == ["data_research"]


def test_drawing_on_the_expertise_of_an_agency_is_assistance() -> None:
    analysis = _ar("توصي اللجنة بأن تستعين الدولة الطرف بخبرة منظمة العمل الدولية في مراجعة قانون العمل.")
    assert analysis.collaboration == "called_for"
    assert "technical_assistance" in analysis.kinds


# --- Support expressed or reaffirmed is endorsement. ---


def test_reaffirmed_support_for_an_envoy_is_no_collaboration() -> None:
    text = "وكرر مجلس الأمن تأكيد دعمه الكامل للمبعوث الخاص للأمين العام إلى ميانمار."
    assert _kind_cues(text) == []
    assert _ar(text).collaboration == "none"


def test_expressed_support_for_a_mandate_is_no_collaboration() -> None:
    text = "وأعربت عدة وفود عن دعمها القوي لولاية الخبير المستقل المعني بالتوجه الجنسي."
    assert _kind_cues(text) == []
    assert _ar(text).collaboration == "none"


def test_support_given_is_still_support() -> None:
    text = "وقدمت اليونيسيف الدعم التقني إلى وزارة الصحة في النيجر لتعزيز نظام التحصين."
    assert _kind_cues(text) == ["الدعم التقني"]
    assert _ar(text).collaboration == "reported"


# --- Communities and professionals trained or worked with are another party. ---


def test_communities_without_the_article_are_another_party() -> None:
    analysis = _ar("ونفذ برنامج الأمم المتحدة الإنمائي، بالتعاون مع مجتمعات الرعاة، مشروعا لإدارة المراعي في النيجر.")
    assert analysis.collaboration == "reported"
    assert "OTHER" in analysis.participants


def test_border_officials_trained_are_another_party() -> None:
    analysis = _ar(
        "ودرب مكتب الأمم المتحدة المعني بالمخدرات والجريمة موظفي الحدود ومفتشي العمل على كشف الاتجار بالأشخاص."
    )
    assert analysis.collaboration == "reported"
    assert "OTHER" in analysis.participants
