"""Sentence segmentation: UN writing in six languages, properties, and the UN Parallel Corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpcollab.engine.errors import InvalidInputError
from cpcollab.engine.segment import split_sentences

UNPC = Path(__file__).resolve().parents[3] / "shared" / "data" / "unpc" / "unpc.jsonl"
LANGS = ("ar", "zh", "en", "fr", "ru", "es")


def sentences(text: str, lang: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # English: abbreviations, symbols, citations, numbers
        (
            "en",
            "See para. 12 of the report. The Committee agreed.",
            ["See para. 12 of the report.", "The Committee agreed."],
        ),
        (
            "en",
            "Mr. Smith and Ms. Jones (No. 5) spoke. Dr. Lee replied.",
            ["Mr. Smith and Ms. Jones (No. 5) spoke.", "Dr. Lee replied."],
        ),
        (
            "en",
            "The Assembly adopted resolution A/RES/66/139. It entered into force.",
            ["The Assembly adopted resolution A/RES/66/139.", "It entered into force."],
        ),
        (
            "en",
            "It recalled resolution 1612 (2005). The Council agreed.",
            ["It recalled resolution 1612 (2005).", "The Council agreed."],
        ),
        (
            "en",
            "See S/2015/453 and E/CN.4/RES/1990/68 for details.",
            ["See S/2015/453 and E/CN.4/RES/1990/68 for details."],
        ),
        (
            "en",
            "Partners, e.g. UNICEF and WHO, i.e. the agencies, helped.",
            ["Partners, e.g. UNICEF and WHO, i.e. the agencies, helped."],
        ),
        (
            "en",
            "Funds, goods etc. were provided. Then it ended.",
            ["Funds, goods etc. were provided.", "Then it ended."],
        ),
        (
            "en",
            "It paid 99.59 per cent. A U.S. Government grant followed.",
            ["It paid 99.59 per cent.", "A U.S. Government grant followed."],
        ),
        (
            "en",
            "12. Welcomes the report. 13. Decides to continue.",
            ["12. Welcomes the report.", "13. Decides to continue."],
        ),
        (
            "en",
            "99.59 Continue its cooperation with OHCHR (Chile);",
            ["99.59 Continue its cooperation with OHCHR (Chile);"],
        ),
        (
            "en",
            "See vol. II, art. 5 and arts. 6-7, Rev.1 and Add. 2 of Inc. X.",
            ["See vol. II, art. 5 and arts. 6-7, Rev.1 and Add. 2 of Inc. X."],
        ),
        ("en", 'He said: "We agree." The meeting rose.', ['He said: "We agree."', "The meeting rose."]),
        (
            "en",
            "Did it help? Yes! It did (see annex I.) Then more.",
            ["Did it help?", "Yes!", "It did (see annex I.)", "Then more."],
        ),
        ("en", "IV. Conclusions and recommendations", ["IV. Conclusions and recommendations"]),
        # Sub-paragraphs of an operative paragraph
        (
            "en",
            "5. Calls upon States: (a) To ratify the Protocols; (b) To end violence; and (c) To report.",
            ["5. Calls upon States: (a) To ratify the Protocols;", "(b) To end violence; and", "(c) To report."],
        ),
        ("en", "It cited arts. 3; 4; and 12 of the Convention.", ["It cited arts. 3; 4; and 12 of the Convention."]),
        # French
        ("fr", "M. Dupont a parlé. Mme Martin a répondu.", ["M. Dupont a parlé.", "Mme Martin a répondu."]),
        (
            "fr",
            "Voir l'art. 19, p. 12, cf. A/68/274. Le Comité approuve.",
            ["Voir l'art. 19, p. 12, cf. A/68/274.", "Le Comité approuve."],
        ),
        ("fr", "« Nous approuvons. » Le Conseil a pris note.", ["« Nous approuvons. »", "Le Conseil a pris note."]),
        (
            "fr",
            "Il demande : a) de ratifier; b) de faire rapport.",
            ["Il demande : a) de ratifier;", "b) de faire rapport."],
        ),
        # Spanish
        (
            "es",
            "El Sr. Pérez y la Sra. Gómez hablaron. Se aprobó.",
            ["El Sr. Pérez y la Sra. Gómez hablaron.", "Se aprobó."],
        ),
        (
            "es",
            "Véase el párr. 5, núm. 3 y art. 19. ¿Se aplica? Sí.",
            ["Véase el párr. 5, núm. 3 y art. 19.", "¿Se aplica?", "Sí."],
        ),
        ("es", "Exhorta a: a) ratificar; y b) informar.", ["Exhorta a: a) ratificar; y", "b) informar."]),
        # Russian
        (
            "ru",
            "В 2012 г. Комитет провел сессию. Ст. 19 применяется.",
            ["В 2012 г. Комитет провел сессию.", "Ст. 19 применяется."],
        ),
        ("ru", "См. п. 5, т.е. раздел II. Совет согласился.", ["См. п. 5, т.е. раздел II.", "Совет согласился."]),
        (
            "ru",
            "12. Приветствует доклад. 13. Постановляет продолжить.",
            ["12. Приветствует доклад.", "13. Постановляет продолжить."],
        ),
        ("ru", "Призывает: a) ратифицировать; b) сообщить.", ["Призывает: a) ратифицировать;", "b) сообщить."]),
        # Chinese: full stops need no space, quotes stay with their sentence
        ("zh", "委员会通过了报告。会议于下午结束。", ["委员会通过了报告。", "会议于下午结束。"]),
        ("zh", "他说：“我们同意。”会议结束了！是吗？", ["他说：“我们同意。”", "会议结束了！", "是吗？"]),
        ("zh", "10. 委员会商定组织五场讨论。", ["10. 委员会商定组织五场讨论。"]),
        ("zh", "请说明：(a)预算不足；(b)缺乏服务。", ["请说明：(a)预算不足；", "(b)缺乏服务。"]),
        ("zh", "见A/RES/66/139号决议第12段。", ["见A/RES/66/139号决议第12段。"]),
        # Arabic: "." and "؟" end sentences; "؛" closes a lettered item
        ("ar", "اعتمدت اللجنة التقرير. واختتمت الدورة.", ["اعتمدت اللجنة التقرير.", "واختتمت الدورة."]),
        ("ar", "هل نفذت التوصيات؟ نعم.", ["هل نفذت التوصيات؟", "نعم."]),
        (
            "ar",
            "تدعو إلى ما يلي: (أ) التصديق؛ (ب) تقديم التقارير.",
            ["تدعو إلى ما يلي: (أ) التصديق؛", "(ب) تقديم التقارير."],
        ),
        ("ar", "انظر القرار A/RES/66/139 والفقرة 12.5 منه.", ["انظر القرار A/RES/66/139 والفقرة 12.5 منه."]),
    ],
)
def test_splits_un_writing(lang: str, text: str, expected: list[str]) -> None:
    assert sentences(text, lang) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_empty_and_blank_text_has_no_sentences(lang: str) -> None:
    assert split_sentences("", lang) == []
    assert split_sentences(" \n\t ", lang) == []


def test_offsets_skip_surrounding_white_space() -> None:
    text = "  First one.   Second one.  "

    assert split_sentences(text, "en") == [(2, 12), (15, 26)]


def test_an_unknown_language_is_a_named_error() -> None:
    with pytest.raises(InvalidInputError, match="Unknown language"):
        split_sentences("Text.", "de")


ALPHABET = st.sampled_from(
    [
        *"ab AB.!?;:()\n1290 ،؟؛。！？；「」”\"'»«eM.pnI",
        "e.g.",
        "No.",
        "(b) ",
        "Mr.",
        "12. ",
        "U.S.",
        "т.е.",
        "…",
        "annex I.",
    ]
)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(ALPHABET, max_size=40).map("".join), lang=st.sampled_from(LANGS))
def test_spans_are_ordered_stripped_and_cover_every_non_space_character(text: str, lang: str) -> None:
    spans = split_sentences(text, lang)

    covered: set[int] = set()
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= covered


@settings(max_examples=300, deadline=None)
@given(text=st.lists(ALPHABET, max_size=40).map("".join), lang=st.sampled_from(LANGS))
def test_splitting_is_idempotent_on_rejoined_sentences(text: str, lang: str) -> None:
    parts = sentences(text, lang)

    assert sentences(" ".join(parts), lang) == parts
    assert all(sentences(part, lang) == [part] for part in parts)


@pytest.mark.skipif(not UNPC.exists(), reason=f"UN Parallel Corpus sample not found at {UNPC}")
def test_aligned_un_sentences_are_one_sentence_in_at_least_95_percent_of_lines() -> None:
    rows = [json.loads(line) for line in UNPC.read_text(encoding="utf-8").splitlines() if line.strip()]
    single: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        for lang in LANGS:
            text = row.get(lang) or ""
            if text.strip():
                total[lang] += 1
                single[lang] += len(split_sentences(text, lang)) == 1

    rate = {lang: single[lang] / total[lang] for lang in LANGS}
    assert min(rate.values()) >= 0.95, rate
