"""Sentence segmentation that knows how UN documents are written.

:func:`split_sentences` returns ``(start, end)`` offsets into the text. The rules, in order:

* A sentence ends after a terminator (``. ! ? …``; in Arabic also ``؟``; in Chinese ``。！？``)
  together with any further terminators and the closing quotes and brackets that follow it.
* Except for the Chinese full-width stops, which end a sentence where they stand, a terminator
  ends a sentence only when white space follows and the next character is not a lowercase letter
  ("etc. and" and "e.g. the" go on; decimals such as "99.59" and symbols such as
  "E/CN.4/RES/1990/68" have no space after their dots).
* A single "." does not end a sentence after an abbreviation listed in
  ``lang/<code>/segment.toml`` ("para. 12", "Mr. Smith", "núm. 5", "ст. 19"), after a one-letter
  initial ("J. Smith", "A."; a lone "I", "V" or "X" after a lowercase word is a numeral and may
  end one: "annex I."), after a dotted abbreviation of one- or two-letter parts ("U.S.",
  "т.е."), or after a leading paragraph or heading number ("12.", "99.59.", "IV."), which
  stays attached to its sentence.
* Closing marks that a language sets off with a space (French "»": "« Nous approuvons. »") stay
  with the sentence they close.
* Sub-paragraphs: a semicolon (``;``, Arabic ``؛``, Chinese ``；``) followed by an enumerator such
  as "(b)", "(iv)", "b)" or "(ب)" ends a segment, so the lettered items of an operative paragraph
  ("Calls upon States: (a) To …; (b) To …; and (c) To …") come out one per segment. The chapeau
  stays with the first item, and a conjunction between the semicolon and the next enumerator
  ("; and", "; et", "; y") stays with the item it closes. A semicolon followed by anything else is
  not a boundary.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from cpcollab.engine.errors import InvalidInputError
from cpcollab.engine.lang.data import load, strings
from cpcollab.reference.languages import LANGUAGES

#: Characters that close a quotation or a bracket and stay with the sentence before them.
CLOSERS = frozenset("\"'’”»>)]}）」』】》〉›")
#: Characters that cannot begin a sentence after a terminator (besides lowercase letters).
NON_STARTERS = frozenset(",;:.!?)]}»>”’،؛；，：。！？")

_LEADING_NUMBER = re.compile(r"(?:\d{1,4}(?:\.\d{1,4})*|[IVXLCDM]{1,7}|[ivxlcdm]{1,7}|[^\W\d_])\.")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_ENUMERATOR = re.compile(
    r"[(（](?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3}|[а-я]|[\u0621-\u064a\u0640]{1,2})[)）]"
    r"|(?:[a-z]|[ivx]{1,4}|[а-я]|\d{1,2})[)）]"
)
_WORD = re.compile(r"\w+")
_JOINERS = re.compile(r"[-/–'’]")


@dataclass(frozen=True, slots=True)
class _Rules:
    terminators: frozenset[str]
    hard: frozenset[str]
    semicolons: frozenset[str]
    abbreviations: frozenset[str]
    conjunctions: frozenset[str]
    spaced_closers: frozenset[str]
    #: Any terminator or semicolon: the only characters where a sentence may end.
    stops: re.Pattern[str]


@cache
def _rules(lang: str) -> _Rules:
    if lang not in LANGUAGES:
        raise InvalidInputError(f"Unknown language code {lang!r}; expected one of {', '.join(LANGUAGES)}.")
    table = load(lang, "segment")
    where = f"lang/{lang}/segment.toml"
    terminators = frozenset("".join(strings(table, "terminators", where=where)))
    semicolons = frozenset("".join(strings(table, "semicolons", where=where)))
    stops = "".join(re.escape(ch) for ch in sorted(terminators | semicolons))
    return _Rules(
        terminators=terminators,
        hard=frozenset("".join(strings(table, "hard", where=where))),
        semicolons=semicolons,
        abbreviations=frozenset(a.casefold() for a in strings(table, "abbreviations", where=where)),
        conjunctions=frozenset(c.casefold() for c in strings(table, "conjunctions", where=where)),
        spaced_closers=frozenset("".join(strings(table, "spaced_closers", where=where))),
        stops=re.compile(f"[{stops}]" if stops else "(?!)"),
    )


def _skip_space(text: str, i: int) -> int:
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _can_start(ch: str) -> bool:
    return not ch.islower() and ch not in NON_STARTERS


def _abbreviated(text: str, dot: int, start: int, rules: _Rules) -> bool:
    """Whether the single "." at ``dot`` closes an abbreviation, an initial or a leading number."""
    # The word before the dot starts after the last white space since ``start`` (str.rsplit
    # splits at the same white space as str.isspace).
    touching = dot > start and not text[dot - 1].isspace()
    begin = dot - len(text[start:dot].rsplit(None, 1)[-1]) if touching else dot
    token = text[begin:dot].lstrip("\"'‘“«<([{¿¡")
    if not token:
        return False
    tail = _JOINERS.split(token)[-1]  # "Korea-U.S." → "U.S.", "l'art." → "art."
    if (token + ".").casefold() in rules.abbreviations or (tail + ".").casefold() in rules.abbreviations:
        return True
    if len(token) == 1 and token.isalpha() and not _is_han(token):
        return not _roman_one(text, begin, start, token)  # an initial: "J. Smith", "A. Background"
    if _DOTTED.fullmatch(tail):
        return True  # "U.S.", "a.m.", "т.е."
    return begin == start and _LEADING_NUMBER.fullmatch(text[start : dot + 1]) is not None


def _roman_one(text: str, begin: int, start: int, letter: str) -> bool:
    """Whether a lone "I", "V" or "X" after a lowercase word is a numeral ("annex I.")."""
    if letter not in "IVX":
        return False
    words = text[start:begin].split()
    return bool(words) and words[-1][:1].islower()


def _ends_sentence(text: str, first: int, run_end: int, after: int, start: int, rules: _Rules) -> bool:
    """Whether the terminators ``text[first:run_end]`` (closers up to ``after``) end a sentence."""
    if any(ch in rules.hard for ch in text[first:run_end]):
        return True
    if after >= len(text) or not text[after].isspace():
        return False
    nxt = _skip_space(text, after)
    if nxt >= len(text) or not _can_start(text[nxt]):
        return False
    if text[first:run_end] == ".":
        return not _abbreviated(text, first, start, rules)
    return True


def _closers_end(text: str, i: int, rules: _Rules) -> int:
    """The end of the closing quotes and brackets from ``i`` on ("." "»" in French may have a space between)."""
    n = len(text)
    while True:
        while i < n and text[i] in CLOSERS:
            i += 1
        j = i
        while j < n and text[j] in " \u00a0\u202f":
            j += 1
        if j > i and j < n and text[j] in rules.spaced_closers and (j + 1 == n or text[j + 1].isspace()):
            i = j + 1
            continue
        return i


def _subparagraph_cut(text: str, semi: int, rules: _Rules) -> int | None:
    """Where to cut after the semicolon at ``semi`` when the next item is enumerated, else None."""
    cut = semi + 1
    nxt = _skip_space(text, cut)
    word = _WORD.match(text, nxt)
    if word and word.group().casefold() in rules.conjunctions:
        after_word = _skip_space(text, word.end())
        if _enumerator_at(text, after_word):
            return word.end()
    return cut if _enumerator_at(text, nxt) else None


def _enumerator_at(text: str, i: int) -> bool:
    match = _ENUMERATOR.match(text, i)
    if match is None:
        return False
    end = match.end()
    return end == len(text) or text[end].isspace() or not text[end].isascii()


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return ``(start, end)`` offsets into ``text``.

    Spans are in order, do not overlap, carry no surrounding white space and together cover
    every non-space character. ``lang`` is one of ``ar zh en fr ru es`` (it selects the
    abbreviations and stops in ``lang/<code>/segment.toml``); an unknown code raises
    :class:`~cpcollab.engine.errors.InvalidInputError`. See the module docstring for the rules.
    """
    rules = _rules(lang)
    n = len(text)
    cuts = [0]
    start = _skip_space(text, 0)
    i = start
    while i < n:
        stop = rules.stops.search(text, i)  # jump to the next terminator or semicolon
        if stop is None:
            break
        i = stop.start()
        ch = text[i]
        if ch in rules.terminators:
            run_end = i + 1
            while run_end < n and text[run_end] in rules.terminators:
                run_end += 1
            after = _closers_end(text, run_end, rules)
            if after < n and _ends_sentence(text, i, run_end, after, start, rules):
                cuts.append(after)
                start = _skip_space(text, after)
            i = after
            continue
        if ch in rules.semicolons:
            cut = _subparagraph_cut(text, i, rules)
            if cut is not None:
                cuts.append(cut)
                start = _skip_space(text, cut)
                i = cut
                continue
        i += 1
    cuts.append(n)
    spans: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(cuts):
        a = _skip_space(text, a)
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            spans.append((a, b))
    return spans
