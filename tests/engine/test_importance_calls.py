""" "It remains important that …" asks, as "it is important that" does, in French and Spanish
(« il reste important que les deux organisations aient des échanges réguliers », "sigue siendo
importante que"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.cues import call_cues


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fr", "Notant qu'il reste important que le PNUD et l'UNICEF coopèrent,", "il reste important"),
        ("fr", "Il demeure important que le PNUD coopère avec l'UNICEF.", "Il demeure important"),
        ("es", "Sigue siendo importante que el PNUD coopere con el UNICEF.", "Sigue siendo importante"),
    ],
)
def test_it_remains_important_is_a_call(lang: str, text: str, words: str) -> None:
    assert words in call_cues(lang, text)
