"""Language identification: scripts, Latin profiles, documents, and accuracy on the UN Parallel Corpus."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from cpcollab.engine.langid import detect_document_language, detect_language, script_language

UNPC = Path(__file__).resolve().parents[3] / "shared" / "data" / "unpc" / "unpc.jsonl"
LANGS = ("ar", "zh", "en", "fr", "ru", "es")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتعمل اليونيسف مع الحكومة على حماية الأطفال من العنف.", "ar"),
        ("儿童基金会与政府合作，保护儿童免遭暴力。", "zh"),
        ("UNICEF works with the Government to protect children from violence.", "en"),
        ("L'UNICEF collabore avec le Gouvernement pour protéger les enfants contre la violence.", "fr"),
        ("ЮНИСЕФ сотрудничает с правительством в деле защиты детей от насилия.", "ru"),
        ("El UNICEF colabora con el Gobierno para proteger a los niños contra la violencia.", "es"),
        ("Le Comité recommande à l'État partie de renforcer ses efforts.", "fr"),
        ("Continue its cooperation with OHCHR and UNICEF (Chile);", "en"),
        ("Sírvanse indicar las medidas adoptadas para prevenir la trata de niños.", "es"),
    ],
)
def test_detects_each_official_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("儿童基金会（UNICEF）和世卫组织（WHO）", "zh"),  # Latin acronyms inside Chinese
        ("Доклад подготовлен в соответствии с резолюцией A/RES/66/139 (UNICEF, OHCHR).", "ru"),
        ("تقرير الأمين العام عن الأطفال والنزاع المسلح (A/69/926-S/2015/409)", "ar"),
    ],
)
def test_the_script_of_the_words_outweighs_embedded_latin(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   ", "12.", "A/68/274", "UN", "ÉÉ", "子供たちはがっこうへいきます。", "Η Επιτροπή"]
)
def test_too_little_text_or_another_language_gives_none(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("安全理事会临时议程", "zh"),
        ("مذكرة من الأمين العام", "ar"),
        ("Совет по правам человека", "ru"),
        # Latin text needs its profiles; a script of none of the six, or too little, tells nothing.
        ("Note du Secrétaire général", None),
        ("Human Rights Council", None),
        ("子供たちはがっこうへ", None),
        ("Η Επιτροπή", None),
        ("ЮН", None),
    ],
)
def test_a_short_text_in_arabic_chinese_or_russian_script_is_told_by_its_script(
    text: str, expected: str | None
) -> None:
    assert script_language(text) == expected


def test_detection_is_deterministic() -> None:
    text = "La Comisión acordó organizar cinco debates interactivos."

    assert {detect_language(text) for _ in range(5)} == {"es"}


def test_a_document_takes_the_language_of_most_of_its_text() -> None:
    blocks = [
        "Distr.: General",
        "Original: English",
        "Le Comité des droits de l'enfant a examiné le rapport initial de l'État partie à sa séance.",
        "Le Comité se félicite de la coopération de l'État partie avec le HCDH et l'UNICEF.",
        "UNICEF",
    ]

    assert detect_document_language(blocks) == "fr"


def test_a_document_with_nothing_to_tell_has_no_language() -> None:
    assert detect_document_language(["", "A/68/274", "12."]) is None
    assert detect_document_language([]) is None


@pytest.mark.skipif(not UNPC.exists(), reason=f"UN Parallel Corpus sample not found at {UNPC}")
def test_accuracy_on_the_un_parallel_corpus_is_at_least_98_percent_per_language() -> None:
    rows = [json.loads(line) for line in UNPC.read_text(encoding="utf-8").splitlines() if line.strip()]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        for lang in LANGS:
            text = row.get(lang) or ""
            if len(text) >= 40:
                total[lang] += 1
                right[lang] += detect_language(text) == lang

    accuracy = {lang: right[lang] / total[lang] for lang in LANGS}
    assert all(total[lang] > 1000 for lang in LANGS)
    assert min(accuracy.values()) >= 0.98, accuracy


def test_script_counts_match_a_count_character_by_character() -> None:
    import random

    from cpcollab.engine.langid import _char_class, _script_counts

    def reference(text: str) -> Counter[str]:
        found: Counter[str] = Counter()
        letters = 0
        for ch in text:
            scripts, letter = _char_class(ch)
            found.update(scripts)
            letters += letter
        counts = Counter({s: n * 2 if s == "han" else n for s, n in found.items() if n})
        others = letters - sum(counts.values()) + counts["han"] // 2
        if others > 0:
            counts["other"] = others
        return counts

    rng = random.Random(7)
    alphabet = "aZq _9,.\n\t\x00éÉßıİ中文Жжاب\u00a0\u3000ぁ가Ωµ"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _script_counts(text) == reference(text), text
