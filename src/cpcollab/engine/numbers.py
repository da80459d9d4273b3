"""Reading ordinal and cardinal number words in the six languages ("sixty-sixth" → 66).

The words are data (``lang/<code>/numbers.toml``). Alphabetic languages add their words up,
the longest word first ("quatre-vingt" + "unième" = 81); Chinese numerals multiply and add
("六十六" = 66). Plain digits with an ordinal ending ("66th", "28º", "66-я") read as numbers too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cpcollab.engine.lang.data import load, number_map, strings
from cpcollab.reference.text import fold

_DIGITS = re.compile(r"(\d{1,4})(?:st|nd|rd|th|e|er|re|eme|o|°|-?я|-?й|-?и)?")
_SEPARATORS = " -\u2010\u2011\u2013\u00a0"


@dataclass(frozen=True, slots=True)
class _Words:
    values: dict[str, int]
    keys: tuple[str, ...]  # longest first
    joiners: frozenset[str]


@cache
def _words(lang: str) -> _Words:
    table = load(lang, "numbers")
    where = f"lang/{lang}/numbers.toml"
    values = {fold(k): v for k, v in number_map(table, "values", where=where).items()}
    return _Words(
        values=values,
        keys=tuple(sorted(values, key=lambda k: (-len(k), k))),
        joiners=frozenset(fold(j) for j in strings(table, "joiners", where=where)),
    )


def _chinese(text: str) -> int | None:
    table = load("zh", "numbers")
    digits = number_map(table, "digits", where="lang/zh/numbers.toml")
    multipliers = number_map(table, "multipliers", where="lang/zh/numbers.toml")
    total, pending = 0, None
    for ch in text:
        if ch in digits:
            if pending is not None:
                return None
            pending = digits[ch]
        elif ch in multipliers:
            total += (1 if pending is None else pending) * multipliers[ch]
            pending = None
        else:
            return None
    total += pending or 0
    return total or None


def parse_number(text: str, lang: str) -> int | None:
    """The number that ``text`` spells out in ``lang`` (all of it), or ``None``.

    >>> parse_number("Sixty-sixth", "en"), parse_number("soixante et onzième", "fr")
    (66, 71)
    """
    folded = fold(text).strip(_SEPARATORS)
    if not folded:
        return None
    digits = _DIGITS.fullmatch(folded)
    if digits:
        return int(digits.group(1))
    if lang == "zh":
        return _chinese(folded)
    words = _words(lang)
    total, pos, parts = 0, 0, 0
    while pos < len(folded):
        if folded[pos] in _SEPARATORS:
            pos += 1
            continue
        for key in words.keys:
            end = pos + len(key)
            if folded.startswith(key, pos) and (end == len(folded) or folded[end] in _SEPARATORS):
                total += words.values[key]
                parts += 1
                pos = end
                break
        else:
            joiner = re.match(r"\w+", folded[pos:])
            if joiner is None or joiner.group() not in words.joiners:
                return None
            pos += joiner.end()
    return total if parts else None
