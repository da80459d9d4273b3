"""A dialogue with a party is joint work with its adjective written between the words, as French,
Spanish and Arabic put it after the noun ("un dialogue franc avec", "un diálogo franco con",
"حوارا موضوعيا ومكثفا مع"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.cues import kind_cues


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fr", "Le PNUD a noué un dialogue franc avec les autorités locales.", "dialogue franc avec"),
        ("es", "El PNUD mantuvo un diálogo franco con las autoridades locales.", "diálogo franco con"),
        ("ar", "وأجرى البرنامج الإنمائي حوارا صريحا مع السلطات المحلية.", "حوارا صريحا مع"),
        ("ar", "أن يجري حوارا موضوعيا ومكثفا مع الحكومات الوطنية", "حوارا موضوعيا ومكثفا مع"),
    ],
)
def test_a_dialogue_with_an_adjective_is_joint_work(lang: str, text: str, words: str) -> None:
    assert kind_cues(lang, text).get(words) == "joint_activity"
