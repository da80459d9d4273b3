"""The UN system's programming frameworks are instruments, not actors, in every language, in the
singular and the plural ("national United Nations development assistance frameworks", « les
plans-cadres des Nations Unies pour l'aide au développement », "أطر عمل الأمم المتحدة للمساعدة
الإنمائية"); the registry's label for the grouping of other UN entities names no body; and a
body's short name keeps the word of collaboration it ends with (« Conseil des chefs de secrétariat
pour la coordination »). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "UNDP and UNODC built a course on anti-corruption for national United Nations development assistance frameworks.",
        ),
        ("en", "UNDP and UNODC aligned their work with the United Nations Development Assistance Framework."),
        (
            "fr",
            "Le PNUD et l'ONUDC ont aligné leurs travaux sur les plans-cadres des Nations Unies pour l'aide au développement.",
        ),
        (
            "es",
            "El PNUD y la UNODC integraron la lucha contra la corrupción en los marcos nacionales de asistencia de las Naciones Unidas para el desarrollo.",
        ),
        ("es", "El PNUD y la UNODC apoyaron la iniciativa Unidos en la Acción."),
        ("ar", "وأدمج البرنامج الإنمائي والمكتب مكافحة الفساد في أطر عمل الأمم المتحدة للمساعدة الإنمائية."),
        ("zh", "开发署和毒品和犯罪问题办公室将反腐败纳入联合国发展援助框架。"),
        ("zh", "开发署和儿基会支持一体行动。"),
    ],
)
def test_a_programming_framework_names_no_actor(lang: str, text: str) -> None:
    assert "UN-SYSTEM" not in analyze_sentence(text, lang).actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "该司与秘书处内以及联合国其他实体结成伙伴关系。"),
        ("en", "The Division works with the Secretariat and any other United Nations entity that asks."),
    ],
)
def test_the_label_of_other_un_entities_names_no_single_body(lang: str, text: str) -> None:
    spans = [s for s in analyze_sentence(text, lang).spans if s.kind == "actor" and s.rule == "registry:UN-OTHER"]
    assert not [s for s in spans if "其他" in s.text or "other" in s.text.lower()]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Prie le Secrétaire général, en sa qualité de Président du Conseil des chefs de secrétariat pour la coordination, de rendre compte;",
        ),
        (
            "es",
            "Solicita al Secretario General, en su calidad de Presidente de la Junta de los Jefes Ejecutivos para la Coordinación, que informe;",
        ),
    ],
)
def test_the_coordination_in_the_boards_name_is_no_cue(lang: str, text: str) -> None:
    # "pour la coordination" ends the Chief Executives Board's short name: no coordination cue.
    analysis = analyze_sentence(text, lang)
    assert "UN-OTHER" in analysis.actors
    assert not analysis.features.get("cue:coordination:near")
