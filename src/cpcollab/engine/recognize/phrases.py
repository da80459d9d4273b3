"""Regular expressions from the word lists of the language data, for folded text.

The money and date recognisers match patterns rather than names: a figure, then a word from a
list ("million", "dollars", "avril"). The lists are data (``lang/<code>/*.toml``); this module
turns them into alternations that match on text folded by :func:`cpcollab.engine.textnorm.fold`
and maps the matches back to the original offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cpcollab.engine.textnorm import fold

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Not right after / before a letter (a digit may touch a word: "$7m", "USD1,000").
_NO_LETTER_BEFORE = r"(?<![^\W\d_])"
_NO_LETTER_AFTER = r"(?![^\W\d_])"


def _is_letter(ch: str) -> bool:
    """A letter of an alphabet (Chinese characters are words of their own, with no boundary)."""
    return ch.isalpha() and not _HAN.match(ch)


def phrase(form: str) -> str:
    """A regex for one folded form: words apart by any spaces (after a full stop or between a
    letter and a sign, by none: "долл.США", "US $"), "/" with spaces or none around it, and
    no letter glued to either end ("m" in "$7m" but not in "$7 more")."""
    words = fold(form).split()
    if not words:
        return ""
    body = ""
    for i, word in enumerate(words):
        if i:
            before, after = words[i - 1][-1], word[0]
            body += r"\s+" if _is_letter(before) and _is_letter(after) else r"\s*"
        body += r"\s*/\s*".join(re.escape(part) for part in word.split("/"))
    if _is_letter(words[0][0]):
        body = _NO_LETTER_BEFORE + body
    if _is_letter(words[-1][-1]):
        body += _NO_LETTER_AFTER
    return body


def alternation(forms: Iterable[str]) -> str:
    """One group matching any of ``forms``, the longest tried first ("dollars des États-Unis"
    before "dollars"); ``(?!)`` (never matches) when there are none."""
    unique = sorted({fold(f).strip() for f in forms} - {""}, key=lambda f: (-len(f), f))
    if not unique:
        return "(?!)"
    return "(?:" + "|".join(phrase(f) for f in unique) + ")"


def key(text: str) -> str:
    """The lookup key of a matched form: folded, without spaces (``phrase`` lets them vary)."""
    return re.sub(r"\s+", "", fold(text))


def original(index: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Offsets in the original text of ``folded[start:end]`` (``index`` from ``fold_with_map``)."""
    return index[start], index[end - 1] + 1
