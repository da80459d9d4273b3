"""Dates and years in running text, in the six languages, on sentences written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.lang.data import load
from cpcollab.engine.recognize.dates import _month_forms, find_dates
from cpcollab.engine.recognize.symbols import find_symbols


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(s.text, s.value) for s in find_dates(text, lang, skip=find_symbols(text))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The mission visited the camp on 8 April 2025.", [("8 April 2025", "2025-04-08")]),
        ("en", "A workshop was held on April 8, 2025 in Geneva.", [("April 8, 2025", "2025-04-08")]),
        ("en", "The programme started in April 2025.", [("April 2025", "2025-04")]),
        ("en", "The agencies first met in 2014.", [("2014", "2014")]),
        (
            "en",
            "The plan covers 2014-2016 and then 2017–2019.",
            [("2014-2016", "2014/2016"), ("2017–2019", "2017/2019")],
        ),
        ("en", "Funding rose between 2014 and 2016.", [("2014", "2014"), ("2016", "2016")]),
        ("en", "The strategy runs until mid-2030.", [("2030", "2030")]),
        ("en", "Reports were received from Chad (2016) and Mali (2017).", [("2016", "2016"), ("2017", "2017")]),
        ("fr", "La mission a eu lieu le 8 avril 2025.", [("8 avril 2025", "2025-04-08")]),
        ("fr", "L'accord a été signé le 1er mars 2024.", [("1er mars 2024", "2024-03-01")]),
        (
            "fr",
            "Le programme a débuté en avril 2025, puis en 2014 et 2015.",
            [("avril 2025", "2025-04"), ("2014", "2014"), ("2015", "2015")],
        ),
        ("es", "La misión tuvo lugar el 8 de abril de 2025.", [("8 de abril de 2025", "2025-04-08")]),
        (
            "es",
            "El programa comenzó en abril de 2025 y existe desde 2014.",
            [("abril de 2025", "2025-04"), ("2014", "2014")],
        ),
        ("ru", "Миссия состоялась 8 апреля 2025 года.", [("8 апреля 2025 года", "2025-04-08")]),
        ("ru", "Программа началась в апреле 2025 года.", [("апреле 2025 года", "2025-04")]),
        (
            "ru",
            "В 2014 году и в 2015–2017 годах работа продолжалась.",
            [("2014 году", "2014"), ("2015–2017 годах", "2015/2017")],
        ),
        ("zh", "特派团于2025年4月8日访问了营地。", [("2025年4月8日", "2025-04-08")]),
        (
            "zh",
            "该方案于2025年4月启动，2014年至2016年间继续。",
            [("2025年4月", "2025-04"), ("2014年", "2014"), ("2016年", "2016")],
        ),
        ("zh", "2014-2016年期间的合作。", [("2014-2016年", "2014/2016")]),
        ("ar", "زارت البعثة المخيم في 8 نيسان/أبريل 2025.", [("8 نيسان/أبريل 2025", "2025-04-08")]),
        ("ar", "بدأ البرنامج في نيسان/أبريل 2025.", [("نيسان/أبريل 2025", "2025-04")]),
        ("ar", "تعاونت الوكالتان منذ عام 2014.", [("2014", "2014")]),
        ("ar", "عُقد الاجتماع في 3 كانون الأول/ديسمبر 2024.", [("3 كانون الأول/ديسمبر 2024", "2024-12-03")]),
    ],
)
def test_dates_are_found_with_an_iso_value(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Recalling Security Council resolution 1612 (2005), the Council acted."),
        ("en", "Some 2,000 persons and 2000 children were displaced."),
        ("en", "See page 2014 of the annex and paragraph 12."),
        ("en", "The report A/HRC/2014/55 was issued."),
        ("en", "A total of 2000 households of 2015 villages were reached."),
        ("fr", "Plus de 2000 enfants ont été accueillis, selon la résolution 2250 (2015)."),
        ("es", "Más de 2000 niños recibieron ayuda, según la resolución 1612 (2005)."),
        ("ru", "В 2000 школах работали 2000 человек; резолюция 1612 (2005)."),
        ("zh", "安全理事会第1612(2005)号决议，共有2000人。"),
        ("ar", "قرار مجلس الأمن 1612 (2005) و 2000 شخص في 2000 مدرسة."),
    ],
)
def test_counts_symbols_and_resolution_years_are_no_dates(lang: str, text: str) -> None:
    assert _dates(text, lang) == []


def test_an_impossible_day_keeps_only_the_month() -> None:
    assert _dates("The Committee met on 31 February 2025.", "en") == [("February 2025", "2025-02")]


def test_years_inside_spans_to_skip_are_left_out() -> None:
    text = "The plan of A/RES/70/1 for 2015-2030 was adopted in 2015."
    symbols = find_symbols(text)
    assert [s.value for s in find_dates(text, "en", skip=symbols)] == ["2015/2030", "2015"]


def test_spans_point_into_the_original_text() -> None:
    text = "Ｔhe meeting of 8\u00a0April\u00a02025 ended."
    (span,) = find_dates(text, "en")
    assert text[span.start : span.end] == span.text == "8\u00a0April\u00a02025"
    assert span.kind == "date"


@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_month_names_come_from_the_masthead(lang: str) -> None:
    months = _month_forms(lang)
    masthead = load(lang, "masthead").get("months", [])
    assert len(months) == 12
    assert all(set(m) <= set(forms) for m, forms in zip(masthead, months, strict=False))
