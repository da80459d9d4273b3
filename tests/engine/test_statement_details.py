"""What a collaboration statement carries besides its parties: themes, sums and dates.

The sentences are written for these tests. The recognisers run on statements only, and must
never fail on any text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpcollab.engine import analyze
from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.dates import find_dates
from cpcollab.engine.recognize.money import find_money
from cpcollab.engine.recognize.themes import find_themes

LANGS = ("ar", "zh", "en", "fr", "ru", "es")

STATEMENTS = {
    "en": "In April 2025, the United Nations Children's Fund cooperated with the Government on birth "
    "registration and provided $7 million.",
    "fr": "En avril 2025, le Fonds des Nations Unies pour l'enfance a coopéré avec le Gouvernement sur "
    "l'enregistrement des naissances et a versé 7 millions de dollars.",
    "es": "En abril de 2025, el Fondo de las Naciones Unidas para la Infancia cooperó con el Gobierno en el "
    "registro de nacimientos y aportó 7 millones de dólares.",
    "ru": "В апреле 2025 года Детский фонд Организации Объединенных Наций сотрудничал с правительством в "
    "области регистрации рождения и выделил 7 млн. долл. США.",
    "zh": "2025年4月，联合国儿童基金会与政府在出生登记方面开展合作，并提供了700万美元。",
    "ar": "في نيسان/أبريل 2025، تعاونت منظمة الأمم المتحدة للطفولة مع الحكومة في مجال تسجيل المواليد وقدمت "
    "7 ملايين دولار.",
}
# The same facts without a UN actor: no collaboration statement, so nothing more is looked for.
OTHERS = {
    "en": "In April 2025, the Government spent $7 million on birth registration.",
    "fr": "En avril 2025, le Gouvernement a dépensé 7 millions de dollars pour l'enregistrement des naissances.",
    "es": "En abril de 2025, el Gobierno gastó 7 millones de dólares en el registro de nacimientos.",
    "ru": "В апреле 2025 года правительство потратило 7 млн. долл. США на регистрацию рождения.",
    "zh": "2025年4月，政府在出生登记方面花费了700万美元。",
    "ar": "في نيسان/أبريل 2025، أنفقت الحكومة 7 ملايين دولار على تسجيل المواليد.",
}
DETAILS = ("money", "date", "theme")


@pytest.mark.parametrize("lang", LANGS)
def test_a_statement_carries_its_money_date_and_themes(lang: str) -> None:
    text = STATEMENTS[lang]
    analysis = analyze_sentence(text, lang)

    assert analysis.collaboration != "none"
    found = {(s.kind, s.value) for s in analysis.spans if s.kind in DETAILS}
    assert {("money", "USD 7000000"), ("date", "2025-04"), ("theme", "crc-art-7")} <= found
    assert "crc-art-7" in analysis.themes
    assert all(text[s.start : s.end] == s.text for s in analysis.spans)
    assert [s.start for s in analysis.spans] == sorted(s.start for s in analysis.spans)


@pytest.mark.parametrize("lang", LANGS)
def test_a_sentence_that_is_no_statement_carries_none_of_them(lang: str) -> None:
    analysis = analyze_sentence(OTHERS[lang], lang)

    assert analysis.collaboration == "none"
    assert not [s for s in analysis.spans if s.kind in DETAILS]
    assert analysis.themes == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_details_leave_the_judgement_alone(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the three recognisers switched off, a statement is judged exactly alike."""
    text = STATEMENTS[lang]
    full = analyze_sentence(text, lang)
    for name in ("find_money", "find_dates", "find_themes"):
        monkeypatch.setattr(analyze, name, lambda *args, **kwargs: [])
    bare = analyze_sentence(text, lang)

    for name in ("actors", "states", "collaboration", "participants", "kinds", "confidence", "explanation"):
        assert getattr(full, name) == getattr(bare, name)
    assert [s for s in full.spans if s.kind not in DETAILS] == bare.spans


PIECES = st.sampled_from(
    [
        "$",
        "US$",
        "€",
        "£",
        "¥",
        "USD",
        "million",
        "millions de",
        "млн.",
        "долл. США",
        "万",
        "亿",
        "美元",
        "مليون",
        "دولار",
        "000",
        "2014",
        "2,000",
        "1.2",
        "1 200",
        "٣٫٥",
        "(2005)",
        "1612",
        "-",
        "–",
        "/",
        "April",
        "avril",
        "de",
        "апреля",
        "года",
        "年",
        "月",
        "日",
        "نيسان/أبريل",
        "عام",
        "in",
        "since",
        "and",
        "birth registration",
        "童工",
        "детский труд",
        " ",
        ",",
        ".",
        "\u00a0",
        "\u0640",
        "\u200f",
        "İ",
        "ß",
    ]
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=25).map(" ".join),
    st.lists(PIECES, max_size=25).map("".join),
    st.text(max_size=80),
    st.from_regex(r"(US\$|€) ?[0-9]{1,30}([.,][0-9]{1,12})? ?(million|billion|bn)?", fullmatch=True),
)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, lang=st.sampled_from(LANGS))
def test_the_recognisers_never_fail_and_stay_within_the_text(text: str, lang: str) -> None:
    spans = [*find_money(text, lang), *find_dates(text, lang), *find_themes(text, lang)]
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        assert 0 < len(span.value) <= 32  # short enough to be stored with the mention
