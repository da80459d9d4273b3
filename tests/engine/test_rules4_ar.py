"""Arabic participants: functional commissions that call on others, organs asked to further
collaboration between others, bodies named only as the source of an authorization or the cycle a
report is for (with an attached ل), feminine plural demonyms, and refugees named by their State
of origin ("لاجئي فلسطين"). The sentences are written for these tests."""

from __future__ import annotations

from cpcollab.engine.analyze import analyze_sentence


def _parties(text: str) -> list[str]:
    return analyze_sentence(text, "ar").participants


def test_a_functional_commission_calling_on_others_takes_no_part() -> None:
    text = "تحث لجنة وضع المرأة الحكومات على التعاون مع برنامج الأمم المتحدة الإنمائي والمجتمع المدني في جمع البيانات."
    assert _parties(text) == ["OTHER", "UNDP"]


def test_an_organ_asked_to_further_collaboration_between_others_takes_no_part() -> None:
    text = "تطلب إلى الأمين العام أن يعزز التعاون بين اليونيسيف ومنظمة الصحة العالمية في مجال التحصين؛"
    assert _parties(text) == ["UNICEF", "WHO"]


def test_an_organ_asked_to_collaborate_itself_takes_part() -> None:
    text = "تطلب إلى الأمين العام أن يعزز التعاون مع اليونيسيف في مجال التحصين؛"
    assert _parties(text) == ["SG", "UNICEF"]


def test_the_council_that_authorizes_operations_takes_no_part() -> None:
    text = (
        "تطلب إلى الأمين العام أن يجري، بالتعاون مع الاتحاد الأفريقي، استعراضا لعمليات السلام التي يأذن بها مجلس الأمن؛"
    )
    assert _parties(text) == ["OTHER", "SG"]


def test_the_review_cycle_with_an_attached_preposition_is_no_party() -> None:
    text = (
        "قدمت المفوضية السامية لحقوق الإنسان الدعم إلى حكومة الأردن في إعداد تقريرها للجولة الثالثة "
        "من الاستعراض الدوري الشامل."
    )
    assert _parties(text) == ["JOR", "OHCHR"]


def test_a_feminine_plural_demonym_is_no_party() -> None:
    text = "ونفذ صندوق الأمم المتحدة للسكان ووزارة الصحة في بيرو برنامجا مشتركا لفائدة النساء الفنزويليات."
    result = analyze_sentence(text, "ar")
    assert "VEN" in result.states
    assert "VEN" not in result.participants


def test_refugees_named_by_their_state_of_origin_are_no_party() -> None:
    text = "وتؤكد أهمية التعاون بين الأونروا والحكومات المضيفة في تلبية احتياجات لاجئي فلسطين."
    result = analyze_sentence(text, "ar")
    assert "PSE" in result.states
    assert result.participants == ["OTHER", "UNRWA"]
