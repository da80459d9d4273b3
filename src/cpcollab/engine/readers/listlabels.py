"""The labels of automatically numbered paragraphs ("12.", "(a)", "I.") in DOCX and ODT.

A word processor does not store the "12." of a numbered paragraph in its text: it counts the
paragraphs of each list level and writes the count in the level's format. The DOCX and ODT
readers keep the counts with :class:`Counters`; :func:`format_count` writes one count. Both stay
within :data:`MAX_COUNT`, so a hostile start value cannot make a label of any great length.
"""

from __future__ import annotations

#: Word's largest start value; a count past it gives no label (the paragraph stays unnumbered).
MAX_COUNT = 32767
#: A label longer than this is no paragraph number (a runaway level text); it is left out.
MAX_LABEL = 64

_NUMERALS: tuple[tuple[int, str], ...] = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)

# Word's Arabic letter formats, in alphabetical (hijā'ī) and in abjad order; UN documents in
# Arabic letter their sub-paragraphs "(أ)", "(ب)", "(ج)" …
_ARABIC_ALPHA = "أبتثجحخدذرزسشصضطظعغفقكلمنهوي"
_ARABIC_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"


def roman(number: int) -> str:
    """Lower-case Roman numerals (numbers past 3999, and zero, stay Arabic)."""
    if not 0 < number < 4000:
        return str(number)
    out = ""
    for value, numeral in _NUMERALS:
        count, number = divmod(number, value)
        out += numeral * count
    return out


def _letters(number: int, repeat: bool) -> str:
    """a … z, then aa, bb … (``repeat``: Word, and ODF with letter sync) or aa, ab … (ODF's default)."""
    if repeat:
        return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
    out = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def format_count(number: int, fmt: str, *, repeat_letters: bool = True) -> str | None:
    """A count in one of Word's number formats ("decimal", "lowerLetter" …), or None.

    None when the format is not one of those written here (bullets, "none", spelled-out or
    ideographic numbers) or the count is out of its range: the caller then shows no label.
    """
    if not 0 <= number <= MAX_COUNT:
        return None
    if fmt == "decimal":
        return str(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    if number == 0:
        return None  # no letter or numeral for zero
    if fmt in ("lowerLetter", "upperLetter"):
        letters = _letters(number, repeat_letters)
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and number < 4000:
        numeral = roman(number)
        return numeral if fmt == "lowerRoman" else numeral.upper()
    if fmt == "arabicAlpha" and number <= len(_ARABIC_ALPHA):
        return _ARABIC_ALPHA[number - 1]
    if fmt == "arabicAbjad" and number <= len(_ARABIC_ABJAD):
        return _ARABIC_ABJAD[number - 1]
    return None


class Counters:
    """The running counts of one list, one per level (None: not counted since the level last restarted)."""

    def __init__(self, levels: int) -> None:
        self.counts: list[int | None] = [None] * levels

    def advance(self, level: int, start: int, restart_at: int | None = None) -> int:
        """Count one more paragraph at ``level`` (the first one is ``start``, or ``restart_at``)."""
        count = self.counts[level]
        if restart_at is not None:
            count = restart_at
        elif count is None:
            count = start
        else:
            count += 1
        self.counts[level] = count
        return count

    def value(self, level: int, start: int) -> int:
        """The count a label shows for ``level``: its count, or its start before it was counted."""
        count = self.counts[level]
        return start if count is None else count

    def restart(self, level: int) -> None:
        """The next paragraph at ``level`` starts the count again."""
        self.counts[level] = None
