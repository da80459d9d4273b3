"""What a UN masthead says, line by line: symbols, dates, session, agenda item, original language, organ.

The vocabulary of each language is data (``lang/<code>/masthead.toml`` and ``numbers.toml``);
every language's vocabulary is tried on every line, so a line is read the same way whatever
language the document is in. Lines are matched in folded form (:func:`cpcollab.reference.text.fold`:
lowercase, no accents or vowel marks, full-width punctuation as ASCII).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from cpcollab.engine.errors import InvalidInputError
from cpcollab.engine.lang.data import load, string_map, strings
from cpcollab.engine.numbers import parse_number
from cpcollab.reference.languages import LANGUAGES
from cpcollab.reference.text import fold

#: First elements of United Nations document symbols (main organs, treaty bodies, funds).
SYMBOL_BODIES: tuple[str, ...] = (
    "A", "S", "E", "CRC", "CCPR", "CEDAW", "CERD", "CAT", "CMW", "CRPD", "CED", "CESCR", "HRI",
    "ST", "TD", "UNEP", "DP", "ICEF", "UNW", "SPT", "FCCC", "CTOC", "ECE", "ESCAP", "UNCTAD",
)  # fmt: skip
SYMBOL = re.compile(r"(?<![\w/.\-])(?:" + "|".join(SYMBOL_BODIES) + r")(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+")
#: Job numbers and bar codes printed on UN documents: "GE.09-17008", "13-41826 (E)", "*1409727*".
JOB_NUMBER = re.compile(
    r"(?:\bGE[.:])?\b\d{2}-\d{5}\b\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}|\*\d{7}\*|\([A-Z]\)", re.IGNORECASE
)
_RANGE_START = re.compile(r"(?<!\d)\d{1,2}(?:er)?\s*[-–—]")
_SINGLE_LETTER = re.compile(r"(?<!\w)[^\W\d_](?!\w)")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One language's masthead vocabulary, compiled."""

    lang: str
    dates: tuple[re.Pattern[str], ...]
    months: dict[str, int]
    month_words: re.Pattern[str] | None
    sessions: tuple[re.Pattern[str], ...]
    session_number: str
    agendas: tuple[re.Pattern[str], ...]
    originals: tuple[re.Pattern[str], ...]
    enumerators: dict[str, str]
    language_names: tuple[tuple[str, str], ...]  # (folded name, code), longest first
    language_pattern: re.Pattern[str] | None
    organs: dict[str, str]  # folded form → canonical name
    organ_pattern: re.Pattern[str] | None
    furniture: re.Pattern[str] | None  # every furniture pattern, as one
    titles: tuple[re.Pattern[str], ...]
    ends: tuple[re.Pattern[str], ...]
    removable: re.Pattern[str] | None  # dates, agenda items and original language, as one pattern
    author: dict[str, Any]


def _phrase(form: str) -> str:
    """A folded phrase as a regex: spaces match any run of spaces, "/" may have spaces around it."""
    escaped = re.escape(fold(form))
    return escaped.replace(r"\ ", r"\s+").replace("/", r"\s*/\s*")


def _bounded(body: str, lang: str) -> str:
    return body if lang == "zh" else rf"(?<!\w)(?:{body})(?!\w)"


def _alternation(forms: list[str], lang: str) -> re.Pattern[str] | None:
    if not forms:
        return None
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return re.compile(_bounded("|".join(re.escape(f) for f in ordered), lang))


def _combined(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern matching any of ``patterns`` (their named groups made plain)."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', p.pattern)})" for p in patterns))


def _compile(patterns: list[str], where: str) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p) for p in patterns)
    except re.error as exc:
        raise InvalidInputError(f"{where}: invalid pattern: {exc}") from exc


@cache
def vocabulary(lang: str) -> Vocabulary:
    """The compiled masthead vocabulary of ``lang``."""
    table = load(lang, "masthead")
    where = f"lang/{lang}/masthead.toml"
    months: dict[str, int] = {}
    for number, forms in enumerate(table.get("months", []), start=1):
        for form in forms:
            months[fold(form)] = number
    month_alt = "|".join(_phrase(m) for m in sorted(months, key=lambda m: (-len(m), m)))
    dates: list[re.Pattern[str]] = []
    for template in strings(table, "date_patterns", where=where):
        regex = re.escape(template).replace(r"\ ", r"\s*")
        regex = regex.replace(r"\{day\}", r"(?<!\d)(?P<day>\d{1,2})(?:er|st|nd|rd|th)?")
        regex = regex.replace(r"\{month\}", rf"(?P<month>{month_alt})(?!\w)")
        regex = regex.replace(r"\{mnum\}", r"(?P<mnum>\d{1,2})")
        regex = regex.replace(r"\{year\}", r"(?P<year>\d{4})(?!\d)")
        dates.append(re.compile(regex))
    organs = {fold(form): name for name, forms in string_map(table, "organs", where=where).items() for form in forms}
    names = [(fold(n), code) for code, ns in string_map(table, "language_names", where=where).items() for n in ns]
    masthead = table.get("masthead", {})
    author = table.get("author", {})
    agendas = _compile(strings(table, "agenda_patterns", where=where), where)
    originals = _compile(strings(table, "original_patterns", where=where), where)
    return Vocabulary(
        lang=lang,
        dates=tuple(dates),
        months=months,
        month_words=re.compile(_bounded(month_alt, lang)) if months else None,
        sessions=_compile(strings(table, "session_patterns", where=where), where),
        session_number=str(table.get("session_number", "before")),
        agendas=agendas,
        originals=originals,
        enumerators={fold(k): str(v) for k, v in table.get("enumerators", {}).items()},
        language_names=tuple(sorted(names, key=lambda n: -len(n[0]))),
        language_pattern=_alternation([n for n, _ in names], lang),
        organs=organs,
        organ_pattern=_alternation(list(organs), lang),
        furniture=_combined(_compile(strings(masthead, "furniture_patterns", where=where), where)),
        titles=_compile(strings(masthead, "title_patterns", where=where), where),
        ends=_compile(strings(masthead, "end_patterns", where=where), where),
        removable=_combined((*dates, *agendas, *originals)),
        author=dict(author) if isinstance(author, dict) else {},
    )


def vocabularies() -> Iterator[Vocabulary]:
    """The vocabularies of the six languages, in the UN order."""
    for lang in LANGUAGES:
        yield vocabulary(lang)


def find_symbols(text: str) -> list[str]:
    """Document symbols in ``text`` that are not inside brackets, in order ("A/HRC/28/55")."""
    found: list[str] = []
    for match in SYMBOL.finditer(text.replace("//", "/")):
        before = text[: match.start()]
        if before.count("(") > before.count(")"):
            continue
        symbol = match.group().rstrip(".-")
        if any(ch.isdigit() for ch in symbol) and symbol not in found:
            found.append(symbol)
    return found


def find_dates(folded: str) -> list[str]:
    """ISO dates written in ``folded`` text in any of the six languages, in order."""
    found: list[tuple[int, str]] = []
    for vocab in vocabularies():
        for pattern in vocab.dates:
            for m in pattern.finditer(folded):
                groups = m.groupdict()
                month = int(groups["mnum"]) if groups.get("mnum") else vocab.months.get(_norm_month(groups["month"]))
                try:
                    day = dt.date(int(groups["year"]), month or 0, int(groups["day"]))
                except ValueError:
                    continue
                found.append((m.start(), day.isoformat()))
    return [iso for _, iso in sorted(found)]


def _norm_month(text: str | None) -> str:
    return re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", text or ""))


def _sessions(folded: str, vocab: Vocabulary) -> Iterator[tuple[int, int, int]]:
    """``(start, end, number)`` of each session phrase: the number words and the keyword."""
    for pattern in vocab.sessions:
        for m in pattern.finditer(folded):
            start = m.start("n")
            words = list(re.finditer(r"\S+", m.group("n")))
            for size in range(len(words), 0, -1):
                if vocab.session_number == "whole" and size < len(words):
                    break
                chosen = words[-size:] if vocab.session_number == "before" else words[:size]
                number = parse_number(" ".join(w.group() for w in chosen), vocab.lang)
                if number is not None:
                    if vocab.session_number == "before":
                        yield start + chosen[0].start(), m.end(), number
                    elif vocab.session_number == "after":
                        yield m.start(), start + chosen[-1].end(), number
                    else:
                        yield m.start(), m.end(), number
                    break


def find_session(folded: str) -> str | None:
    """The session number ("66") that ``folded`` names, in any of the six languages."""
    found = [(start, number) for vocab in vocabularies() for start, _, number in _sessions(folded, vocab)]
    return str(min(found)[1]) if found else None


def find_agenda_item(folded: str) -> str | None:
    """The agenda item ("65 (a)") that ``folded`` names, in any of the six languages."""
    for vocab in vocabularies():
        for pattern in vocab.agendas:
            m = pattern.search(folded)
            if m:
                sub = m.groupdict().get("sub")
                if not sub:
                    return m.group("num")
                return f"{m.group('num')} ({vocab.enumerators.get(sub, sub)})"
    return None


def find_original_language(folded: str) -> str | None:
    """The two-letter code of the original language that ``folded`` names ("Original: English")."""
    for vocab in vocabularies():
        for pattern in vocab.originals:
            m = pattern.search(folded)
            if m:
                return language_code(m.group("lang"))
    return None


def language_code(name: str) -> str | None:
    """The code of a language named in any of the six languages ("anglais" → "en")."""
    for vocab in vocabularies():
        for folded_name, code in vocab.language_names:
            if name.startswith(folded_name):
                return code
    return None


def find_organs(folded: str) -> list[str]:
    """Canonical names of the organs that ``folded`` names, in order of appearance."""
    found: list[tuple[int, str]] = []
    for vocab in vocabularies():
        if vocab.organ_pattern is None:
            continue
        for m in vocab.organ_pattern.finditer(folded):
            name = vocab.organs[m.group()]
            if all(name != n for _, n in found):
                found.append((m.start(), name))
    return [name for _, name in sorted(found)]


def residue(text: str) -> str:
    """What is left of a line once everything a masthead is made of has been taken out.

    An empty residue means the line is masthead furniture (organ, symbol, date, session, agenda
    item, distribution, original language, job number …), not title or body text.
    """
    rest = fold(JOB_NUMBER.sub(" ", SYMBOL.sub(" ", text.replace("//", "/"))))
    for vocab in vocabularies():
        if vocab.organ_pattern is not None:
            rest = vocab.organ_pattern.sub(" ", rest)
    for vocab in vocabularies():
        for start, end, _ in sorted(_sessions(rest, vocab), reverse=True):
            rest = rest[:start] + " " + rest[end:]
        if vocab.removable is not None:
            rest = vocab.removable.sub(" ", rest)
    for vocab in vocabularies():
        if vocab.language_pattern is not None:
            rest = vocab.language_pattern.sub(" ", rest)
        if vocab.furniture is not None:
            rest = vocab.furniture.sub(" ", rest)
        if vocab.month_words is not None:
            rest = vocab.month_words.sub(" ", rest)
    rest = _RANGE_START.sub(" ", rest)
    rest = _SINGLE_LETTER.sub(" ", rest)
    return " ".join(re.findall(r"[^\W_]+", rest))
