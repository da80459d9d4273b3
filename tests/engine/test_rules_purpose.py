"""Support given for a purpose is not the collaboration's kind where another word names it."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        (
            "Since September 2013, the Peacebuilding Fund has allocated $4.8 million to support a"
            " conducive environment for elections.",
            "en",
            ["funding"],
        ),
        (
            "To support defence lawyers, UNICRI organized a training seminar with the bar association of Turin.",
            "en",
            ["capacity_building"],
        ),
        (
            "Le Fonds pour la consolidation de la paix a financé des projets du Gouvernement à hauteur de"
            " 4,8 millions de dollars pour appuyer les élections.",
            "fr",
            ["funding"],
        ),
        (
            "El Fondo para la Consolidación de la Paz financió con 4,8 millones de dólares al Gobierno para"
            " apoyar las elecciones.",
            "es",
            ["funding"],
        ),
    ],
)
def test_support_for_a_purpose_is_not_the_kind(text: str, lang: str, kinds: list[str]) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "reported"
    assert analysis.kinds == kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Support given: the collaboration itself.
        ("UNICEF supported the Ministry of Education of Chad and trained 300 teachers.", "en"),
        ("12. Requests UNDP to continue to support the Government of Mali and to train its judges;", "en"),
        (
            "Identify its needs from OHCHR and its partners, in order for them to assist the Government"
            " and to train its staff (Norway);",
            "en",
        ),
        ("L'UNICEF a appuyé le Ministère de l'éducation du Tchad et formé 300 enseignants.", "fr"),
        ("El UNICEF apoyó al Ministerio de Educación del Chad y capacitó a 300 maestros.", "es"),
    ],
)
def test_support_given_stays_a_kind(text: str, lang: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration != "none"
    assert "technical_assistance" in analysis.kinds
