"""The United Nations integrated (peacebuilding) offices are special political missions (DPPA)
when a text names one without its country, as translations do ("مكتب الأمم المتحدة المتكامل"
for UNIOGBIS). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وإذ يرحب بالتعاون بين مكتب الأمم المتحدة المتكامل والسلطات الوطنية،"),
        ("en", "Welcoming the cooperation between the United Nations Integrated Office and the national authorities,"),
        (
            "fr",
            "Se félicitant de la coopération entre le Bureau intégré des Nations Unies et les autorités nationales,",
        ),
        (
            "es",
            "Acogiendo con beneplácito la cooperación entre la Oficina Integrada de las Naciones Unidas y las autoridades,",
        ),
        ("zh", "欢迎联合国建设和平综合办事处同国家当局合作，"),
    ],
)
def test_an_integrated_office_named_without_its_country_is_a_political_mission(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert "DPPA" in analysis.actors
    assert "UN-SYSTEM" not in analysis.actors
