"""Sums of money with their currency, in the six languages, on sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cpcollab.engine.lang.data import load
from cpcollab.engine.recognize.money import find_money, read_figure
from cpcollab.engine.recognize.phrases import key


def _sums(text: str, lang: str) -> list[tuple[str, str]]:
    return [(s.text, s.value) for s in find_money(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Fund allocated $7 million to the programme.", [("$7 million", "USD 7000000")]),
        ("en", "A grant of US$ 1.2 million was approved.", [("US$ 1.2 million", "USD 1200000")]),
        ("en", "The budget stood at USD 1,200,000 last year.", [("USD 1,200,000", "USD 1200000")]),
        (
            "en",
            "Donors pledged EUR 3 million and €3m more.",
            [("EUR 3 million", "EUR 3000000"), ("€3m", "EUR 3000000")],
        ),
        (
            "en",
            "It cost £2.5 million, or 300 million yen.",
            [("£2.5 million", "GBP 2500000"), ("300 million yen", "JPY 300000000")],
        ),
        (
            "en",
            "Switzerland gave CHF 450,000 and 2 million Swiss francs.",
            [("CHF 450,000", "CHF 450000"), ("2 million Swiss francs", "CHF 2000000")],
        ),
        ("en", "The appeal raised a million dollars.", [("a million dollars", "USD 1000000")]),
        ("en", "Some 3.5bn dollars were spent.", [("3.5bn dollars", "USD 3500000000")]),
        ("fr", "Le Fonds a versé 7 millions de dollars au programme.", [("7 millions de dollars", "USD 7000000")]),
        ("fr", "Une contribution de 1,2 million d'euros a été annoncée.", [("1,2 million d'euros", "EUR 1200000")]),
        ("fr", "Le coût s'élève à 500 000 francs suisses.", [("500 000 francs suisses", "CHF 500000")]),
        ("fr", "Elle a reçu 2 300 dollars des États-Unis.", [("2 300 dollars des États-Unis", "USD 2300")]),
        ("es", "El Fondo aportó 7 millones de dólares al programa.", [("7 millones de dólares", "USD 7000000")]),
        (
            "es",
            "Se destinaron 1.200.000 dólares de los Estados Unidos.",
            [("1.200.000 dólares de los Estados Unidos", "USD 1200000")],
        ),
        ("es", "El plan cuesta 3 mil millones de euros.", [("3 mil millones de euros", "EUR 3000000000")]),
        ("ru", "Фонд выделил 7 млн. долл. США на программу.", [("7 млн. долл. США", "USD 7000000")]),
        ("ru", "На проект было направлено 7 миллионов долларов.", [("7 миллионов долларов", "USD 7000000")]),
        ("ru", "Бюджет составил 1,2 млрд. евро.", [("1,2 млрд. евро", "EUR 1200000000")]),
        ("zh", "基金会为该方案拨款700万美元。", [("700万美元", "USD 7000000")]),
        ("zh", "捐助方认捐了1.2亿美元和三百万欧元。", [("1.2亿美元", "USD 120000000"), ("三百万欧元", "EUR 3000000")]),
        ("ar", "خصص الصندوق 7 ملايين دولار للبرنامج.", [("7 ملايين دولار", "USD 7000000")]),
        ("ar", "تبرعت الحكومة بمبلغ مليون دولار.", [("مليون دولار", "USD 1000000")]),
        ("ar", "بلغت التكلفة 2,5 مليون يورو.", [("2,5 مليون يورو", "EUR 2500000")]),
        # Arabic stores space-grouped figures last group first, so they read right in RTL.
        ("ar", "بلغت المنحة 000 400 دولار.", [("000 400 دولار", "USD 400000")]),
    ],
)
def test_sums_are_found_with_their_currency_and_amount(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _sums(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Some 2,000 persons were displaced in 2014."),
        ("en", "Security Council resolution 1612 (2005) is cited on page 12."),
        ("en", "The survey counted 7 million children."),
        ("fr", "Plus de 2 000 enfants ont été scolarisés."),
        ("es", "Se registraron 7 millones de nacimientos."),
        ("ru", "В программе участвовали 2 000 человек."),
        ("zh", "共有700万名儿童受益。"),
        ("ar", "استفاد 7 ملايين طفل من البرنامج."),
    ],
)
def test_figures_without_a_currency_are_no_sums(lang: str, text: str) -> None:
    assert find_money(text, lang) == []


def test_a_range_gives_no_sum_for_its_first_figure() -> None:
    assert _sums("The cost is estimated at $5-7 million.", "en") == []


def test_amounts_are_kept_to_the_cent_and_absurd_ones_dropped() -> None:
    assert _sums("It cost $1.23456789 million and USD 2.50.", "en") == [
        ("$1.23456789 million", "USD 1234567.89"),
        ("USD 2.50", "USD 2.5"),
    ]
    assert find_money("USD 999999999999999999999 billion and $0.", "en") == []


def test_spans_point_into_the_original_text() -> None:
    text = "Ｔhe grant: US$\u00a01.5\u00a0million in total."
    (span,) = find_money(text, "en")
    assert text[span.start : span.end] == span.text == "US$\u00a01.5\u00a0million"
    assert span.value == "USD 1500000"
    assert span.kind == "money"


@pytest.mark.parametrize(
    ("figure", "decimal", "expected"),
    [
        ("1,200,000", ".", "1200000"),
        ("1.200.000", ",", "1200000"),
        ("1 200 000,50", ",", "1200000.50"),
        ("1,2", ",", "1.2"),
        ("1,200", ".", "1200"),
        ("1.5", ",", "1.5"),
        ("1.200", ",", "1200"),
        ("1,200.75", ".", "1200.75"),
        ("٣٫٥", ",", "3.5"),
    ],
)
def test_figures_are_read_with_the_language_decimal_mark(figure: str, decimal: str, expected: str) -> None:
    assert read_figure(figure, decimal) == Decimal(expected)


def test_reversed_groups_are_read_last_first() -> None:
    assert read_figure("875 042 24", ",", reversed_groups=True) == Decimal("24042875")
    assert read_figure("24 042 875", ",", reversed_groups=True) == Decimal("24042875")


@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_each_currency_form_names_one_currency(lang: str) -> None:
    currencies = load(lang, "money")["currencies"]
    assert {"USD", "EUR", "GBP", "CHF", "JPY"} <= set(currencies)
    for place in ("before", "after"):
        seen: dict[str, str] = {}
        for code, entry in currencies.items():
            for form in entry.get(place, []):
                assert seen.setdefault(key(form), code) == code, f"{lang} {place} {form!r}"
