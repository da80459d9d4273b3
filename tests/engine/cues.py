"""What the cue tests share: the words of a sentence the lexicons read, by kind of cue."""

from __future__ import annotations

from cpcollab.engine.recognize.language import recognizer


def kind_cues(lang: str, text: str) -> dict[str, str]:
    """Each word of collaboration recognised in ``text`` → its kind (``joint_activity`` …)."""
    return {c.text: c.value for c in recognizer(lang).find(text).cues if c.kind == "cue.kind"}


def call_cues(lang: str, text: str) -> list[str]:
    """The words that ask (calls) recognised in ``text``."""
    return [c.text for c in recognizer(lang).find(text).cues if c.kind == "cue.call"]
