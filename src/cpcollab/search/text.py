"""Folding for search, and reading a query into terms.

Indexed text and queries are folded alike (:func:`cpcollab.engine.textnorm.fold_with_map`:
case, accents, Arabic harakat, tatweel and alef forms, typographic punctuation), and runs of
white space become one space, so a term matches wherever its folded form is a substring of
the folded text - in any of the six languages, Chinese and Arabic words included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cpcollab.engine.textnorm import fold_with_map

MAX_QUERY = 200
MAX_TERMS = 10
#: Terms shorter than this cannot use a trigram index: they are matched with LIKE.
TRIGRAM = 3

_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


def fold_mapped(text: str) -> tuple[str, list[int]]:
    """``text`` folded for search, and for each folded character the index of its original."""
    folded, index = fold_with_map(text)
    chars: list[str] = []
    mapping: list[int] = []
    for position, ch in enumerate(folded):
        if ch.isspace():
            if not chars or chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        mapping.append(index[position])
    if chars and chars[-1] == " ":
        chars.pop()
        mapping.pop()
    mapping.append(len(text))
    return "".join(chars), mapping


def fold(text: str) -> str:
    """``text`` folded for search (what the index holds)."""
    return fold_mapped(text)[0]


@dataclass(frozen=True)
class Query:
    """A query read into folded terms: every ``include`` must occur, no ``exclude`` may."""

    include: tuple[str, ...]
    exclude: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.include)

    @property
    def long_terms(self) -> tuple[str, ...]:
        return tuple(t for t in self.include if len(t) >= TRIGRAM)

    @property
    def short_terms(self) -> tuple[str, ...]:
        return tuple(t for t in self.include if len(t) < TRIGRAM)


def parse(query: str) -> Query:
    """Words and ``"quoted phrases"``; a leading ``-`` excludes a word or phrase."""
    include: list[str] = []
    exclude: list[str] = []
    for match in _TOKEN.finditer(query[:MAX_QUERY]):
        negated, phrase, word = match.group(1), match.group(2), match.group(3)
        if word is not None:
            negated, phrase = ("-", word[1:]) if word.startswith("-") and len(word) > 1 else ("", word)
        term = fold(phrase.replace('"', " "))
        if not any(ch.isalnum() for ch in term):
            continue
        target = exclude if negated else include
        if term not in target:
            target.append(term)
    return Query(tuple(include[:MAX_TERMS]), tuple(exclude[:MAX_TERMS]))
