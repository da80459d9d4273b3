"""Recognising sums of money with their currency, in the six languages.

"$7 million", "USD 1,200,000", "1,2 million d'euros", "7 млн. долл. США", "700万美元" and
"مليون دولار" all become a span of kind ``money`` whose value is the ISO 4217 code and the
amount in units ("USD 7000000"). The words are data (``lang/<code>/money.toml``): multipliers,
counts, connectors and each currency's forms before and after the amount. A figure without a
currency is no sum ("2,000 persons"); a bare "$" or "dollars" is the United States dollar, as
in United Nations usage.

Figures are read with the language's decimal mark: "1,2" is 1.2 in French and "1,200" is
1200 in English; a mark that occurs twice ("1.200.000") or the other mark followed by three
digits ("1.200" in Spanish) groups thousands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from cpcollab.engine.errors import InvalidInputError
from cpcollab.engine.lang.data import load, number_map, strings
from cpcollab.engine.model import Span
from cpcollab.engine.numbers import parse_number
from cpcollab.engine.recognize.phrases import alternation, key, original
from cpcollab.engine.textnorm import fold, fold_with_map

#: A figure: digits grouped by three ("1,200,000", "1 200 000", "1.200.000") or not, with
#: decimals; the Arabic decimal and grouping marks (٫ ٬) are understood.
_FIGURE = (
    r"(?<!\d)(?<!\d[.,\u066b\u066c])"
    r"(?:\d{1,3}(?:[ '.,\u066c]\d{3})+(?:[.,\u066b]\d+)?|\d+(?:[.,\u066b]\d+)?)"
    r"(?![\d]|[.,\u066b]\d)"
)
#: A figure whose space-separated groups are stored last first ("875 042 24" is 24,042,875).
_REVERSED_FIGURE = r"(?<!\d)(?<!\d[.,])\d{3}(?: \d{3})* \d{1,2}(?![\d]|[.,\u066b]\d)"
_LONGEST_FIGURE = 40
_LARGEST_SUM = Decimal(10) ** 18
#: How far from a currency word a sum may start or end (in characters).
_REACH = 80
_FIGURE_MARKS = frozenset(" .,'\u066b\u066c")
_RANGE_AFTER = re.compile(r"\s*-\s*\d")
_HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(f"[{_HAN_RANGES}]")
_ANY_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class _MoneyRules:
    pattern: re.Pattern[str]
    decimal: str
    reversed_groups: bool
    multipliers: dict[str, int]
    counts: dict[str, int]
    before: dict[str, str]  # form key → ISO code
    after: dict[str, str]
    #: Folded multiplier words that may make a sum without a digit ("a million dollars").
    words: tuple[str, ...]
    #: The longest word of every currency form (a sum lies near one of them), each with the
    #: pattern that finds it standing as a word (see :func:`_needle_patterns`).
    spots: tuple[tuple[str, re.Pattern[str]], ...]


def _currencies(table: Mapping[str, Any], where: str) -> tuple[dict[str, str], dict[str, str]]:
    """Each currency form, before and after the amount, with its ISO code."""
    raw = table.get("currencies", {})
    if not isinstance(raw, dict):
        raise InvalidInputError(f"{where}: currencies must be a table of ISO codes.")
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for code, entry in raw.items():
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code) and isinstance(entry, dict)):
            raise InvalidInputError(f"{where}: currencies.{code} must be an ISO 4217 code with before/after forms.")
        for forms, place in ((before, "before"), (after, "after")):
            for form in [code, *strings(entry, place, where=where)]:
                forms.setdefault(form, code)
    return before, after


@cache
def _rules(lang: str) -> _MoneyRules:
    table = load(lang, "money")
    where = f"lang/{lang}/money.toml"
    decimal = table.get("decimal", ".")
    if decimal not in (".", ","):
        raise InvalidInputError(f"{where}: decimal must be '.' or ','.")
    groups = table.get("space_groups", "in_order")
    if groups not in ("in_order", "reversed"):
        raise InvalidInputError(f"{where}: space_groups must be 'in_order' or 'reversed'.")
    figure = f"(?:{_REVERSED_FIGURE}|{_FIGURE})" if groups == "reversed" else _FIGURE
    multiplier_forms = number_map(table, "multipliers", where=where)
    count_forms = number_map(table, "counts", where=where)
    before, after = _currencies(table, where)
    alone = [m for m in strings(table, "alone", where=where) if m in multiplier_forms]
    # After a count, only whole words multiply ("two million", not "two m").
    words = [m for m in multiplier_forms if len(key(m)) >= 3 or _HAN.search(m)]
    number_words = load(lang, "numbers")
    if lang == "zh":
        numerals = "".join(
            sorted({*number_map(number_words, "digits"), *number_map(number_words, "multipliers")} - {""})
        )
        count = f"[{re.escape(numerals)}]+" if numerals else "(?!)"
    else:
        spelled = alternation([*count_forms, *number_map(number_words, "values")])
        count = f"{spelled}(?:-{spelled})?"
    mult = alternation(multiplier_forms)

    def amount(tag: str) -> str:
        return (
            f"(?:(?P<num{tag}>{figure})(?:\\s*(?P<mult{tag}>{mult}))?"
            f"|(?P<count{tag}>{count})[\\s-]*(?P<cmult{tag}>{alternation(words)})"
            f"|(?P<alone{tag}>{alternation(alone)}))"
        )

    connect = f"(?:{alternation(strings(table, 'connectors', where=where))}\\s*)?"
    post = alternation(after)
    pattern = (
        f"(?P<pre>{alternation(before)})\\s*{amount('a')}(?:\\s*{connect}(?P<posta>{post}))?"
        f"|{amount('b')}\\s*{connect}(?P<postb>{post})"
    )
    return _MoneyRules(
        pattern=re.compile(pattern),
        decimal=decimal,
        reversed_groups=groups == "reversed",
        multipliers={key(k): v for k, v in multiplier_forms.items()},
        counts={key(k): v for k, v in count_forms.items()},
        before={key(k): v for k, v in before.items()},
        after={key(k): v for k, v in after.items()},
        words=tuple(fold(w) for w in words),
        spots=_needle_patterns(_needles([*before, *after])),
    )


def _needles(forms: list[str]) -> tuple[str, ...]:
    """Words of which every currency form holds one: the forms of one word, and for a longer
    form, its longest word unless another of its words is already one ("dollars" for "US
    dollars", not "us")."""
    split = [fold(f).replace("/", " ").split() for f in forms if f.strip()]
    needles = {words[0] for words in split if len(words) == 1}
    for words in split:
        if len(words) > 1 and needles.isdisjoint(words):
            needles.add(max(words, key=len))
    return tuple(sorted(needles))


def read_figure(text: str, decimal: str, *, reversed_groups: bool = False) -> Decimal | None:
    """The value of a written figure ("1,200,000", "1,2", "1 200,50"), read with ``decimal``
    as the language's decimal mark; ``None`` when it does not read as one. With
    ``reversed_groups``, groups apart by spaces are read last first ("000 400").

    >>> read_figure("1,200,000", "."), read_figure("1,2", ","), read_figure("1.200", ",")
    (Decimal('1200000'), Decimal('1.2'), Decimal('1200'))
    """
    if len(text) > _LONGEST_FIGURE:
        return None  # no sum is written with so many digits
    digits = "".join(str(int(c)) if c.isdecimal() else c for c in text)
    if reversed_groups and re.fullmatch(r"\d{3}(?: \d{3})* \d{1,3}", digits):
        digits = "".join(reversed(digits.split(" ")))
    digits = digits.replace("\u066c", "").replace(" ", "").replace("'", "")
    if "\u066b" in digits:
        point: str | None = "\u066b"
    elif "." in digits and "," in digits:
        point = max(".,", key=digits.rfind)
    else:
        marks = [c for c in ".," if c in digits]
        point = None
        if marks:
            mark = marks[0]
            if digits.count(mark) == 1 and (mark == decimal or len(digits) - digits.index(mark) - 1 != 3):
                point = mark
    if point is not None:
        whole, _, fraction = digits.rpartition(point)
        digits = whole.replace(".", "").replace(",", "") + "." + fraction
    else:
        digits = digits.replace(".", "").replace(",", "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _units(amount: Decimal) -> str | None:
    """The amount in units, to the cent ("7000000", "2.5"); ``None`` past any real sum (the
    value must stay short enough to be stored with its code)."""
    if not 0 < amount < _LARGEST_SUM:
        return None
    cents = amount.quantize(Decimal("0.01"))
    if cents == cents.to_integral_value():
        return str(int(cents))
    return format(cents.normalize(), "f")


def find_money(text: str, lang: str) -> list[Span]:
    """Every sum of money with a currency in ``text`` (in ``lang``), in order."""
    rules = _rules(lang if lang in ("ar", "zh", "en", "fr", "ru", "es") else "en")
    if not _ANY_DIGIT.search(text):
        folded_plain = fold(text)
        if not any(word in folded_plain for word in rules.words):
            return []  # neither a figure nor a multiplier word: no sum
    folded, index = fold_with_map(text)
    spans: list[Span] = []
    for match in _matches(rules.pattern, folded, rules.spots):
        groups = match.groupdict()
        tag = "a" if groups["pre"] is not None else "b"
        amount = _amount(groups, tag, rules, lang)
        if amount is None:
            continue
        if (
            tag == "a"
            and groups["multa"] is None
            and groups["posta"] is None
            and _RANGE_AFTER.match(folded, match.end())
        ):
            continue  # "$5-7 million": the first figure is no sum of its own
        pre = groups["pre"]
        code = rules.before[key(pre)] if pre is not None else rules.after[key(groups["postb"] or "")]
        units = _units(amount)
        if units is None:
            continue
        start, end = original(index, match.start(), match.end())
        spans.append(Span(start, end, "money", f"{code} {units}", text[start:end], "pattern:money"))
    return spans


#: A letter, as a word boundary counts it: Chinese characters are not (a currency word may touch
#: them: "700万美元").
_LETTER = rf"(?:(?![{_HAN_RANGES}])[^\W\d_])"


def _needle_patterns(needles: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """For each needle, a pattern that finds it standing as a word ("eur" in "EUR 3", not in
    "leur"): one that starts (ends) with a letter may not have a letter before (after) it."""

    def word(needle: str) -> str:
        before = f"(?<!{_LETTER})" if _is_letter(needle[0]) else ""
        after = f"(?!{_LETTER})" if _is_letter(needle[-1]) else ""
        return f"{before}{re.escape(needle)}{after}"

    return tuple((needle, re.compile(word(needle))) for needle in needles)


def _matches(
    pattern: re.Pattern[str], folded: str, needles: tuple[tuple[str, re.Pattern[str]], ...]
) -> Iterator[re.Match[str]]:
    """The pattern's matches near a currency word: a sum names its currency, and searching
    around the few places that do costs far less than trying the pattern everywhere. A needle
    absent from the sentence costs one substring test."""
    spots = sorted({m.start() for needle, word in needles if needle in folded for m in word.finditer(folded)})
    windows: list[list[int]] = []
    for at in spots:
        low, high = max(0, at - _REACH), min(len(folded), at + _REACH)
        while low > 0 and not folded[low - 1].isspace():
            low -= 1  # back to the start of a word
        while low > 0 and (folded[low - 1].isdigit() or folded[low - 1] in _FIGURE_MARKS):
            low -= 1  # and out of a figure ("1 200 000")
        while high < len(folded) and not folded[high].isspace():
            high += 1
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    for low, high in windows:
        yield from pattern.finditer(folded, low, high)


def _is_letter(ch: str) -> bool:
    return ch.isalpha() and not _HAN.match(ch)


def _amount(groups: dict[str, str | None], tag: str, rules: _MoneyRules, lang: str) -> Decimal | None:
    figure, mult = groups[f"num{tag}"], groups[f"mult{tag}"]
    if figure is not None:
        value = read_figure(figure, rules.decimal, reversed_groups=rules.reversed_groups)
        if value is None:
            return None
        return value * (rules.multipliers[key(mult)] if mult else 1)
    count, cmult = groups[f"count{tag}"], groups[f"cmult{tag}"]
    if count is not None and cmult is not None:
        counted = rules.counts.get(key(count))
        if counted is None:
            counted = parse_number(count, lang)
        if counted is None:
            return None
        return Decimal(counted) * rules.multipliers[key(cmult)]
    alone = groups[f"alone{tag}"]
    return Decimal(rules.multipliers[key(alone)]) if alone else None
