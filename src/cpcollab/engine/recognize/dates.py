"""Recognising dates and years in running text, in the six languages.

A span of kind ``date`` has an ISO value as precise as the text: "8 April 2025" → "2025-04-08",
"avril 2025" → "2025-04", "в 2014 году" → "2014", and a range of years "2014–2016" →
"2014/2016". Month names and full-date patterns are the masthead's (``lang/<code>/masthead.toml``,
read for document dates too); ``lang/<code>/dates.toml`` adds the patterns of dates without a
day and the words that make a lone year a date.

A four-digit number is not always a year: "2,000 persons" and "2000 persons" count people, and
the "(2005)" of "resolution 1612 (2005)" belongs to the resolution's name. So a lone year must
follow a word such as "in" or "since", be followed by one such as "года" or "年", stand alone
in parentheses ("Canada (2016)"), or be joined ("and", "to") to a date just before it; years
inside spans to skip (document symbols, sums of money) and in parentheses after a number are
never dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from cpcollab.engine.errors import InvalidInputError
from cpcollab.engine.lang.data import load, strings
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.phrases import alternation, key, original
from cpcollab.engine.recognize.prefilter import needles
from cpcollab.engine.textnorm import fold, fold_with_map

FIRST_YEAR, LAST_YEAR = 1900, 2099
_LANGS = ("ar", "zh", "en", "fr", "ru", "es")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_FOUR_DIGITS = re.compile(r"\d{4}")
#: Not glued to a figure ("12,2014", "A/RES/2014") nor to a Latin or Cyrillic word.
_START = r"(?<![\d/a-zа-яё_])(?<!\d[.,])"
_END = r"(?!\d|[.,]\d)(?![a-zа-яё])"
_YEAR = re.compile(_START + r"(?P<year>\d{4})" + _END)
#: "1612 (2005)": the year of a resolution, part of its name.
_AFTER_NUMBER = re.compile(r"\d\s*\(\s*$")
#: A year alone in parentheses ("Canada (2016)") is one, unless a number comes before.
_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"\s*\)")
#: What may follow a year after a weak cue: a punctuation mark or the end of the text.
_PHRASE_END = re.compile(r"\s*(?:[.,;:)!?\]\"'»\u060c\u061b\u3001\u3002]|$)")
_COMMAS = frozenset(",\u060c\u3001")


@dataclass(frozen=True)
class _DateRules:
    #: Patterns of dates with a day, then of dates without one.
    patterns: tuple[re.Pattern[str], ...]
    #: For each pattern, texts one of which any match contains (a month's name), or ``None``:
    #: most sentences name no month, and a pattern that cannot match there is not run.
    needles: tuple[tuple[str, ...] | None, ...]
    range: re.Pattern[str]  # "2014-2016", "2014至2020"
    months: dict[str, int]
    before: re.Pattern[str] | None  # a word right before a lone year (searched at the end)
    weak: re.Pattern[str] | None  # a word right before a lone year that ends a phrase
    after: re.Pattern[str] | None  # a word right after a year (matched at its end)
    joiners: re.Pattern[str] | None  # what may stand between a date and the next year
    joiner_next: re.Pattern[str] | None  # a joiner right after a year ("2012 and")


def _month_forms(lang: str) -> list[list[str]]:
    """Month forms by month, January first: the masthead's, then this file's ``more_months``."""
    months: list[list[str]] = [[] for _ in range(12)]
    for name, where in (("masthead", "months"), ("dates", "more_months")):
        listed: Any = load(lang, name).get(where, [])
        if not isinstance(listed, list) or (
            listed
            and (
                len(listed) != 12 or not all(isinstance(m, list) and all(isinstance(f, str) for f in m) for m in listed)
            )
        ):
            raise InvalidInputError(f"lang/{lang}/{name}.toml: {where} must list twelve lists of month names.")
        for number, forms in enumerate(listed):
            months[number] += forms
    return months


def _literal(text: str, *, first: bool, last: bool) -> str:
    """A pattern's literal text between placeholders: "de" needs spaces around it, "," or "年"
    may have some, a bare space needs one; nothing is added before the first or after the last."""
    word = fold(text).strip()
    if not word:
        return r"\s+"
    around_start = r"\s+" if word[0].isalpha() and not _HAN.match(word[0]) else r"\s*"
    around_end = r"\s+" if word[-1].isalpha() and not _HAN.match(word[-1]) else r"\s*"
    body = r"\s+".join(re.escape(w) for w in word.split())
    return ("" if first else around_start) + body + ("" if last else around_end)


def _template(template: str, months: str, suffixes: str) -> str:
    pieces = []
    parts = [p for p in re.split(r"(\{\w+\})", template) if p]
    for number, part in enumerate(parts):
        if part == "{day}":
            pieces.append(rf"(?P<day>\d{{1,2}})(?!\d)(?:{suffixes})?")
        elif part == "{month}":
            pieces.append(rf"(?P<month>{months})\.?")
        elif part == "{mnum}":
            pieces.append(r"(?P<mnum>\d{1,2})(?!\d)")
        elif part == "{year}":
            pieces.append(r"(?P<year>\d{4})" + _END)
        elif part.startswith("{"):
            raise InvalidInputError(f"date pattern {template!r}: unknown placeholder {part}.")
        else:
            pieces.append(_literal(part, first=number == 0, last=number == len(parts) - 1))
    return _START + "".join(pieces)


@cache
def _rules(lang: str) -> _DateRules:
    table = load(lang, "dates")
    where = f"lang/{lang}/dates.toml"
    month_forms = _month_forms(lang)
    months = {key(form): number for number, forms in enumerate(month_forms, start=1) for form in forms}
    month_alt = alternation(f for forms in month_forms for f in forms)
    suffixes = alternation(strings(table, "day_suffixes", where=where))
    templates = [
        *strings(load(lang, "masthead"), "date_patterns", where=f"lang/{lang}/masthead.toml"),
        *strings(table, "month_patterns", where=where),
    ]
    before = strings(table, "year_before", where=where)
    weak = strings(table, "year_before_weak", where=where)
    after = strings(table, "year_after", where=where)
    joiners = strings(table, "year_joiners", where=where)
    dash = alternation(["-", *strings(table, "range_words", where=where)])
    patterns = tuple(re.compile(_template(t, month_alt, suffixes)) for t in templates)
    return _DateRules(
        patterns=patterns,
        needles=tuple(needles(pattern) for pattern in patterns),
        range=re.compile(_START + rf"(?P<year>\d{{4}})\s*{dash}\s*(?P<year2>\d{{4}}|\d{{2}})" + _END),
        months=months,
        before=re.compile(alternation(before) + r"[\s-]*$") if before else None,
        weak=re.compile(alternation(weak) + r"\s*$") if weak else None,
        after=re.compile(r"\s*" + alternation(after)) if after else None,
        joiners=re.compile(r"\s*" + alternation(joiners) + r"\s*$") if joiners else None,
        joiner_next=re.compile(r"\s*" + alternation(joiners)) if joiners else None,
    )


def _value(match: re.Match[str], rules: _DateRules) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    month = int(groups["mnum"]) if groups.get("mnum") else rules.months.get(key(groups.get("month") or ""), 0)
    if not groups.get("month") and not groups.get("mnum"):
        return str(year)
    if not 1 <= month <= 12:
        return None
    if not groups.get("day"):
        return f"{year}-{month:02d}"
    try:
        return date(year, month, int(groups["day"])).isoformat()
    except ValueError:
        return None


def _range_value(match: re.Match[str]) -> str | None:
    first, second = match.group("year"), match.group("year2")
    start = int(first)
    end = int(second) if len(second) == 4 else int(first[:2] + second)
    if not (FIRST_YEAR <= start < end <= LAST_YEAR and end - start <= 50):
        return None
    return f"{start}/{end}"


def find_dates(text: str, lang: str, *, skip: Iterable[Span] = ()) -> list[Span]:
    """Every date and year in ``text`` (in ``lang``), in order; none overlapping ``skip``."""
    rules = _rules(lang if lang in _LANGS else "en")  # built at the first call, even without a date
    if not _FOUR_DIGITS.search(text):
        return []  # every date has a year in four figures
    folded, index = fold_with_map(text)
    skipped = [(s.start, s.end) for s in skip]
    found: list[tuple[int, int, str, str]] = []  # folded start, end, value, rule

    def free(start: int, end: int) -> bool:
        first, last = original(index, start, end)
        return not any(start < e and s < end for s, e, _, _ in found) and not any(
            first < e and s < last for s, e in skipped
        )

    absent: dict[tuple[str, ...], bool] = {}  # needles → none in the text (patterns share them)
    for pattern, needed in zip(rules.patterns, rules.needles, strict=True):
        if needed is not None:
            if needed not in absent:
                absent[needed] = not any(n in folded for n in needed)
            if absent[needed]:
                continue  # the pattern cannot match here
        for match in pattern.finditer(folded):
            value = _value(match, rules)
            if value is not None and free(match.start(), match.end()):
                found.append((match.start(), _extend(folded, match.end(), rules), value, "pattern:date"))
    for match in rules.range.finditer(folded):
        value = _range_value(match)
        if value is not None and free(match.start(), match.end()):
            found.append((match.start(), _extend(folded, match.end(), rules), value, "pattern:date:range"))
    found.sort()
    for match in _YEAR.finditer(folded):
        start, end = match.span()
        year = int(match.group("year"))
        if not FIRST_YEAR <= year <= LAST_YEAR or not free(start, end):
            continue
        extended = _extend(folded, end, rules)
        if extended == end and _AFTER_NUMBER.search(folded, max(0, start - 12), start):
            continue  # "1612 (2005)"
        if (
            extended > end
            or _after_cue(folded, start, rules.before)
            or (_PHRASE_END.match(folded, end) and _after_cue(folded, start, rules.weak))
            or _joined(folded, start, end, found, rules)
            or (_OPEN.search(folded, max(0, start - 3), start) and _CLOSE.match(folded, end))
        ):
            found.append((start, extended, str(year), "pattern:date:year"))
            found.sort()
    spans = []
    for start, end, value, rule in found:
        first, last = original(index, start, end)
        spans.append(Span(first, last, "date", value, text[first:last], rule))
    return spans


def _extend(folded: str, end: int, rules: _DateRules) -> int:
    """The end of a date with the word after its year ("2014 года", "2014年")."""
    if rules.after is None:
        return end
    match = rules.after.match(folded, end)
    return match.end() if match else end


def _after_cue(folded: str, start: int, cue: re.Pattern[str] | None) -> bool:
    return cue is not None and cue.search(folded, max(0, start - 40), start) is not None


def _joined(folded: str, start: int, end: int, found: Sequence[tuple[int, int, str, str]], rules: _DateRules) -> bool:
    """Whether a date ends just before ``start`` with a joiner between ("2014 and 2016"), or
    with a comma when the list goes on or ends here ("in 2011, 2012 and 2013")."""
    ends = [e for _, e, _, _ in found if e <= start and start - e <= 12]
    if not ends or rules.joiners is None:
        return False
    between = folded[max(ends) : start]
    if rules.joiners.fullmatch(between):
        return True
    if between.strip() not in _COMMAS:
        return False
    return bool(_PHRASE_END.match(folded, end) or (rules.joiner_next and rules.joiner_next.match(folded, end)))
