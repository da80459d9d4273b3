"""A demonym makes its State a party only where it qualifies a body of that State ("the Lebanese
Armed Forces", "ливийскими властями"); the noun phrase it qualifies ends at a preposition, so a
body named after one is not it ("the Palestinian people in cooperation with Governments"). A
Spanish demonym capitalised in a title after its noun is still the adjective ("el Pueblo
Palestino"); a Chinese State's people is no party ("巴勒斯坦人民"). The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


def _parties(lang: str, text: str) -> list[str]:
    return analyze_sentence(text, lang).participants


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Committee marked the Year of Solidarity with the Palestinian people in cooperation with Governments and UNICEF.",
        ),
        (
            "ru",
            "Комитет провел Международный год солидарности с палестинским народом в сотрудничестве с правительствами и ЮНИСЕФ.",
        ),
        (
            "es",
            "El Comité celebró el Año Internacional de Solidaridad con el Pueblo Palestino en cooperación con los gobiernos y el UNICEF.",
        ),
        ("zh", "委员会与各国政府和儿基会合作，纪念声援巴勒斯坦人民国际年。"),
        (
            "en",
            "There were plans to work with UNDP on training for the Fijian media on reporting parliamentary debates.",
        ),
    ],
)
def test_a_demonym_qualifying_no_body_makes_no_party(lang: str, text: str) -> None:
    assert not {"PSE", "FJI"} & set(_parties(lang, text))


@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        ("en", "UNICEF worked with the Lebanese Armed Forces on mine clearance.", "LBN"),
        ("ru", "ЮНИСЕФ в сотрудничестве с ливийскими властями провел семинар.", "LBY"),
        ("es", "El UNICEF trabajó con el Gobierno Sirio en 2014.", "SYR"),
    ],
)
def test_a_demonym_qualifying_a_body_still_makes_its_state_a_party(lang: str, text: str, state: str) -> None:
    assert state in _parties(lang, text)
