"""Names that hold a word of collaboration but are no cue, in the languages that write them
without capitals as English would with them: an entity's technical cooperation programme, a
ministry of finance; and the implementation of a decision by those charged with it (the French
noun « la mise en œuvre par »), where the participle (« mise en œuvre par l'UNICEF ») stays a
cue. Harmonised and shared services are joint work in Arabic as in English. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.cues import kind_cues


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The technical cooperation programme of the IAEA plays a key role in nuclear medicine."),
        ("fr", "Le programme de coopération technique de l'AIEA joue un rôle important à cet égard."),
        ("es", "El programa de cooperación técnica del OIEA desempeña un papel importante a ese respecto."),
        ("ru", "Программа технического сотрудничества МАГАТЭ играет важную роль в этой области."),
        ("ar", "ويقوم برنامج التعاون التقني التابع للوكالة الدولية للطاقة الذرية بدور مهم في هذا الصدد."),
        ("zh", "原子能机构的技术合作方案在这方面发挥重要作用。"),
    ],
)
def test_a_technical_cooperation_programme_is_a_name(lang: str, text: str) -> None:
    assert kind_cues(lang, text) == {}


@pytest.mark.parametrize(
    ("lang", "text", "cue"),
    [
        ("en", "The technical cooperation programme of the IAEA helped Ghana to draft laws.", "helped"),
        ("fr", "Par son programme de coopération technique, l'AIEA a aidé le Ghana.", "a aidé"),
        ("en", "The IAEA provided technical cooperation to Ghana.", "technical cooperation"),
        ("fr", "L'AIEA a fourni une coopération technique au Ghana.", "coopération technique"),
    ],
)
def test_what_the_programme_does_is_still_read(lang: str, text: str, cue: str) -> None:
    assert cue in kind_cues(lang, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Maroc a pris les mesures requises (Ministère de l'économie et des finances, Administration des douanes).",
        "Le ministre des finances a présenté le budget au Parlement en présence du PNUD.",
        "Les résolutions du Conseil de sécurité exigent leur mise en œuvre par les départements concernés.",
    ],
)
def test_french_names_and_nouns_that_are_no_cue(text: str) -> None:
    assert kind_cues("fr", text) == {}


def test_a_project_carried_out_by_a_partner_stays_a_cue_in_french() -> None:
    assert "mise en œuvre par" in kind_cues("fr", "La stratégie mise en œuvre par l'UNICEF et le PNUD a aidé 20 pays.")


@pytest.mark.parametrize(
    "text",
    [
        "يدعو رؤساء كيانات الأمم المتحدة إلى النظر في إمكانية مواءمة وتقاسم خدمات تكنولوجيا المعلومات.",
        "وتستفيد الوكالات من الخدمات المشتركة في مجمع الأمم المتحدة.",
    ],
)
def test_shared_services_are_joint_work_in_arabic(text: str) -> None:
    assert "joint_activity" in kind_cues("ar", text).values()
