"""A council named by its head noun alone ("le Conseil", "Совета", "المجلس") is the Security
Council where the sentence cites a resolution by its number and year ("1540 (2004)"): only that
council numbers its resolutions so. Other councils' resolutions ("28/1", "1147 (XLI)") and a
bare council without such a citation name no one in a sentence alone. The sentences are written
for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.titles import TitleResolver


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "UNODC held a workshop on the implementation of Council resolution 1540 (2004) in Astana."),
        ("en", "By its resolution 2055 (2012), the Council asked for a larger panel."),
        ("fr", "Par sa résolution 2055 (2012), le Conseil a prié le Secrétariat de renforcer le Groupe."),
        ("fr", "L'ONUDC a organisé un atelier sur la résolution 1540 (2004) du Conseil à Astana."),
        ("es", "El Consejo recuerda las obligaciones enunciadas en su resolución 1373 (2001)."),
        ("ru", "УНП ООН провело семинар по осуществлению резолюции 1540 (2004) Совета в Астане."),
        ("ar", "وعقد المكتب حلقة عمل بشأن تنفيذ قرار المجلس 1540 (2004) في أستانا."),
    ],
)
def test_a_bare_council_citing_a_numbered_resolution_is_the_security_council(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert "SC" in analysis.actors
    assert [s for s in analysis.spans if s.value == "SC" and s.rule == "title:numbered"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # No resolution cited: which council is meant only the document can tell.
        ("fr", "Le Conseil a élu l'Allemagne pour pourvoir un siège vacant du Groupe de travail."),
        ("es", "El Consejo eligió a Alemania para cubrir una vacante en el Grupo de Trabajo."),
        ("ru", "Совет избрал Германию для заполнения вакансии в Рабочей группе."),
        # Other councils number their resolutions otherwise.
        (
            "en",
            "The Commission was established by the Council in its resolution 9 (I) and confirmed by resolution 1147 (XLI).",
        ),
        ("fr", "Le Conseil a adopté la résolution 28/1 sur les droits de l'enfant."),
        # A number and a year that cite no resolution.
        ("en", "The Council met 12 times (2014) and adopted its report."),
    ],
)
def test_a_bare_council_without_a_numbered_resolution_names_no_council(lang: str, text: str) -> None:
    assert "SC" not in analyze_sentence(text, lang).actors


def test_the_numbered_resolution_wins_over_the_document_context() -> None:
    # In a report of the Human Rights Council, "le Conseil" is that council, unless the sentence
    # cites a resolution numbered as the Security Council numbers them.
    titles = TitleResolver("fr", author="HRC")
    analysis = analyze_sentence(
        "Le Conseil a souligné dans sa résolution 2143 (2014) le rôle des équipes de pays.", "fr", titles=titles
    )
    assert "SC" in analysis.actors
