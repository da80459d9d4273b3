"""A body of the Human Rights Council gets its own code only (ANNOTATION.md: "X of the Human
Rights Council"): the Council's mechanisms are UN-OTHER, and English "the Human Rights Council
Special Rapporteur on …" names the Special Rapporteur. The Council named on its own stays HRC.
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


@pytest.mark.parametrize(
    "text",
    [
        "Tonga continued its constructive cooperation with Human Rights Council mechanisms.",
        "Cooperate fully with the Human Rights Council Special Rapporteur on the right to food (Chile);",
        "Lesotho was commended for its cooperation with the mechanisms of the Human Rights Council.",
    ],
)
def test_a_body_of_the_council_has_its_own_code_only(text: str) -> None:
    analysis = analyze_sentence(text, "en")

    assert analysis.actors == ["UN-OTHER"]


def test_the_council_named_on_its_own_stays_itself() -> None:
    analysis = analyze_sentence(
        "Tonga cooperated with the Human Rights Council and with the Special Rapporteur on the right to food.", "en"
    )

    assert analysis.actors == ["HRC", "UN-OTHER"]
