"""More Arabic constructions that decide who takes part (States ending a name are in
test_names_ending_in_a_state.py): non-governmental and intergovernmental bodies that are no
State's, "led by" before a demonym, refugees named by their origin, organs that acknowledge or
ask others to collaborate, the past of "to call upon", and institutions named as places. The
sentences are written for these tests."""

from __future__ import annotations

from cpcollab.engine.analyze import analyze_sentence


def _ar(text: str):
    return analyze_sentence(text, "ar")


# --- "Non-governmental" and "intergovernmental" name bodies that are no State's: OTHER. ---


def test_a_non_governmental_organisation_is_not_the_states_body() -> None:
    analysis = _ar("وعملت منظمة الصحة العالمية مع منظمة غير حكومية وطنية ووزارة الصحة في غانا على تدريب القابلات.")
    assert analysis.collaboration == "reported"
    assert {"WHO", "GHA", "OTHER"} <= set(analysis.participants)


def test_an_intergovernmental_body_is_another_party() -> None:
    analysis = _ar(
        "وتعاون برنامج الأغذية العالمي مع الهيئة الحكومية الدولية المعنية بالتنمية في مكافحة الجفاف بين الصومال وكينيا."
    )
    assert analysis.collaboration == "reported"
    assert "OTHER" in analysis.participants


# --- A demonym after "led by" is the State taking part; a refugee's origin is not. ---


def test_a_demonym_after_led_by_takes_part() -> None:
    analysis = _ar(
        "وقدم برنامج الأغذية العالمي الدعم اللوجستي لحملة التطعيم التي يقودها الليبريون في المقاطعات الريفية."
    )
    assert analysis.collaboration == "reported"
    assert "LBR" in analysis.participants


def test_a_demonym_of_refugees_is_not_a_party() -> None:
    analysis = _ar("وقدمت مفوضية الأمم المتحدة لشؤون اللاجئين المساعدة إلى اللاجئين الليبريين بالتعاون مع اليونيسيف.")
    assert "LBR" in analysis.states
    assert "LBR" not in analysis.participants


def test_refugees_named_by_their_origin_are_not_a_party() -> None:
    analysis = _ar(
        "ونظمت مفوضية الأمم المتحدة لشؤون اللاجئين وحكومة النيجر بصورة مشتركة توزيع المساعدات على 5000 لاجئ مالي."
    )
    assert analysis.collaboration == "reported"
    assert "NER" in analysis.participants
    assert "MLI" not in analysis.participants


# --- Organs that acknowledge, or ask others to collaborate, take no part. ---


def test_an_organ_acknowledging_that_others_cooperate_is_not_a_party() -> None:
    analysis = _ar(
        "وإذ يلاحظ مجلس الأمن أن اليونيسيف تتعاون مع منظمة الصحة العالمية في تطعيم الأطفال في المناطق النائية،"
    )
    assert {"UNICEF", "WHO"} <= set(analysis.participants)
    assert "SC" not in analysis.participants


def test_an_organ_asking_for_cooperation_between_others_is_not_a_party() -> None:
    analysis = _ar(
        "يشجع مجلس الأمن على تعزيز التعاون بين بعثة الأمم المتحدة لتحقيق الاستقرار في هايتي واليونيسيف في حماية الأطفال."
    )
    assert analysis.collaboration == "called_for"
    assert {"DPO", "UNICEF"} <= set(analysis.participants)
    assert "SC" not in analysis.participants


def test_the_past_of_call_upon_makes_the_organ_the_caller() -> None:
    analysis = _ar("ودعت الجمعية العامة منظمة الصحة العالمية إلى مواصلة التعاون مع اليونيسيف في مجال تغذية الأطفال.")
    assert analysis.collaboration == "called_for"
    assert {"UNICEF", "WHO"} <= set(analysis.participants)
    assert "GA" not in analysis.participants


# --- Institutions named as where training takes place are not a party. ---


def test_institutions_as_a_place_add_no_other_party() -> None:
    analysis = _ar("وتستقبل إسبانيا متدربين من منظمة الصحة العالمية في دورات تدريبية في المؤسسات الجامعية.")
    assert analysis.collaboration == "reported"
    assert set(analysis.participants) == {"ESP", "WHO"}
