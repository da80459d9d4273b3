"""The literals that let the recogniser skip a generic actor pattern must be in every match."""

from __future__ import annotations

import re

import pytest

from cpcollab.engine.recognize.actors import actor_patterns
from cpcollab.engine.recognize.prefilter import needles


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<![\w-])[Tt]he Assembly(?![\w-])", ("he Assembly",)),
        (r"(?:Panel|Group)s? of Experts", (" of Experts",)),
        (r"(?:Deputy )?Special Envoy", ("Special Envoy",)),
        (r"(?:African Union|EU)(?: High Representative| Special Envoy)", ("High Representative", "Special Envoy")),
        (r"(?:ab)+", ("ab",)),
    ],
)
def test_needles(pattern: str, expected: tuple[str, ...]) -> None:
    assert needles(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern", [r"(?i)united nations", r"\w+\d+", r"(?:a|\d)b?", r"(?i:ab)"])
def test_no_needles_when_unsure(pattern: str) -> None:
    assert needles(re.compile(pattern)) is None


@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_every_pattern_match_holds_a_needle(lang: str) -> None:
    for regex, _form in actor_patterns(lang):
        required = needles(regex)
        if required is None:
            continue
        # Each literal alternative of the pattern, on its own, still contains a needle.
        for sample in _samples(regex.pattern):
            for match in regex.finditer(sample):
                assert any(n in match.group() for n in required), (regex.pattern, match.group())


def _samples(pattern: str) -> list[str]:
    """Texts built from the literal runs of a pattern (enough to exercise the common alternatives)."""
    words = re.findall(r"[^\W\d_][^\\()\[\]{}|?*+^$]*", pattern)
    return [" ".join(words[i : i + 6]) for i in range(len(words))]
