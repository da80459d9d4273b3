"""Folding text for matching while keeping the way back to the original offsets.

``fold_with_map(text, lang)`` returns the folded text and, for each of its characters, the
index of the original character it came from, so a match found in folded text is reported
at the right place in the original (for highlighting).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_PUNCT = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u3000": " ",
}
_ARABIC = {
    "\u0623": "\u0627",  # alef with hamza above
    "\u0625": "\u0627",  # alef with hamza below
    "\u0622": "\u0627",  # alef with madda
    "\u0671": "\u0627",  # alef wasla
    "\u0649": "\u064a",  # alef maqsura → ya
    "\u0629": "\u0647",  # ta marbuta → ha
    "\u06cc": "\u064a",  # Persian ya
    "\u06a9": "\u0643",  # Persian kaf
}
_DROP = {"\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u00ad"}  # tatweel, zero-width, soft hyphen


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty, possibly several characters)."""
    if ch in _DROP:
        return ""
    ch = _PUNCT.get(ch, ch)
    ch = _ARABIC.get(ch, ch)
    if ch in "ёЁ":
        return "е"
    if ch in "йЙ":
        return "й"  # a letter of its own in Russian, not и with a mark
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch)
    # (an Arabic letter's presentation form, "ﺔ", decomposes to the letter, which folds as above)
    kept = "".join(_ARABIC.get(c, c) for c in decomposed if not unicodedata.combining(c))
    return kept.casefold()


#: Translation table of every character met so far (filled lazily: str.translate is C-fast).
_TABLE: dict[int, str] = {}
#: Characters whose folded form is not exactly one character (dropped or expanded).
_IRREGULAR: set[str] = set()


def _learn(text: str) -> None:
    for ch in set(text):
        if ord(ch) not in _TABLE:
            folded = fold_char(ch)
            _TABLE[ord(ch)] = folded
            if len(folded) != 1:
                _IRREGULAR.add(ch)


def fold(text: str) -> str:
    """Fold a whole string (patterns are folded with this)."""
    if not text.isascii():
        _learn(text)
        return text.translate(_TABLE)
    return text.lower()


def fold_with_map(text: str) -> tuple[str, list[int] | range]:
    """Fold ``text`` and map each folded character back to its original index.

    The map has one more entry than the folded text (the end). When folding keeps every
    character one for one - the usual case - the map is simply ``range(len(text) + 1)``.
    """
    if text.isascii():
        return text.lower(), range(len(text) + 1)
    _learn(text)
    if not _IRREGULAR or _IRREGULAR.isdisjoint(text):
        return text.translate(_TABLE), range(len(text) + 1)
    pieces = [_TABLE[ord(ch)] for ch in text]
    index: list[int] = []
    for i, piece in enumerate(pieces):
        index.extend([i] * len(piece))
    index.append(len(text))
    return "".join(pieces), index
