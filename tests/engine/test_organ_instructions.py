"""An organ's instruction opening its paragraph ("6. Directs the Panel to cooperate with …") is
read alike in the six languages: as the opening verb of a recommendation. And French "œuvrer
avec" is working with, as "travailler avec". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.language import recognizer


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("7. Directs the Panel to cooperate closely with UNICEF and the Monitoring Group.", "en"),
        ("7. Charge le Groupe de coopérer étroitement avec l'UNICEF et le Groupe de contrôle.", "fr"),
        ("7. Encarga al Grupo que coopere estrechamente con el UNICEF y el Grupo de Supervisión.", "es"),
        ("7. Поручает Группе тесно сотрудничать с ЮНИСЕФ и Группой контроля.", "ru"),
        ("7 - يوعز إلى الفريق بأن يتعاون تعاونا وثيقا مع اليونيسيف وفريق الرصد.", "ar"),
        ("7. 指示小组与儿基会和监测组密切合作。", "zh"),
    ],
)
def test_an_organs_instruction_opens_a_recommendation_in_every_language(text: str, lang: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert "imperative" in analysis.features
    assert analysis.collaboration == "called_for"


@pytest.mark.parametrize(
    "text",
    [
        "Les agents chargés de la lutte contre la corruption ont reçu une formation.",
        "La prise en charge des enfants non accompagnés relève des autorités locales.",
    ],
)
def test_charge_elsewhere_is_no_instruction(text: str) -> None:
    assert "imperative" not in analyze_sentence(f"{text} L'UNICEF coopère avec elles.", "fr").features


@pytest.mark.parametrize(
    "text",
    [
        "L'UNICEF a œuvré avec les ministères de l'éducation pour rouvrir les écoles.",
        "Le HCR œuvre avec les autorités locales à la réinstallation des réfugiés.",
        "Le PNUD et l'OIT œuvrent ensemble à la création d'emplois pour les jeunes.",
    ],
)
def test_oeuvrer_avec_is_working_with(text: str) -> None:
    cues = [c.value for c in recognizer("fr").find(text).cues if c.kind == "cue.kind"]
    assert "joint_activity" in cues
    assert analyze_sentence(text, "fr").collaboration == "reported"
