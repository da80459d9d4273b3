"""A functional commission of the Economic and Social Council that urges or encourages others to
work together asks and takes no part, in French and Spanish as in the other languages."""

import pytest

from cpcollab.engine.analyze import analyze_sentence

CASES = [
    (
        "fr",
        "La Commission de la condition de la femme prie instamment les États de coopérer avec ONU-Femmes"
        " pour éliminer la violence.",
        "CSW",
    ),
    (
        "fr",
        "La Commission pour la prévention du crime et la justice pénale engage les États à coopérer avec l'ONUDC.",
        "CCPCJ",
    ),
    (
        "es",
        "La Comisión de la Condición Jurídica y Social de la Mujer insta a los Estados a cooperar con ONU-Mujeres"
        " para eliminar la violencia.",
        "CSW",
    ),
    (
        "es",
        "La Comisión de Prevención del Delito y Justicia Penal alienta a los Estados a cooperar con la UNODC.",
        "CCPCJ",
    ),
]


@pytest.mark.parametrize(("lang", "text", "commission"), CASES)
def test_a_commission_that_urges_is_no_party(lang: str, text: str, commission: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert commission in analysis.actors
    assert analysis.collaboration == "called_for"
    assert commission not in analysis.participants
    assert "OTHER" in analysis.participants
