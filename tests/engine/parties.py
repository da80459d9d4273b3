"""What the participant tests share: the parties of a sentence the engine reads as collaboration."""

from __future__ import annotations

from cpcollab.engine.analyze import analyze_sentence


def parties_of(text: str, lang: str = "en") -> set[str]:
    """The participants of ``text``, which must be read as collaboration (reported or called for):
    a test of who takes part means nothing where the sentence is classed ``none``."""
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration != "none", analysis.explanation
    return set(analysis.participants)
