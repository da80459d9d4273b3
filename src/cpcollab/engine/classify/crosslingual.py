"""Words that translations share: each language's words (stems; Chinese character pairs) with
the English word they most often stand for, learnt from the aligned lines of the UN Parallel
Corpus sample (ADR 0012).

The classifier reads a sentence's own words per language (``w:fr:coopération``) and, beside them,
the English word each one translates, by its first letters (``w:x:coopera``; an English sentence
gives its own words there). What the model learns of a word from the English sentences, which are the most
numerous among the labelled ones, then counts for its translations too.

:func:`align` finds the table from pairs of aligned lines (a line's English words and its
translation's) by the Dice coefficient of their co-occurrence; ``scripts/train_classifier.py``
runs it on the corpus lines that are not in the evaluation set and stores the result in
``models/crosslingual.json``, which :func:`table` loads. No labels take part.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

TABLE_FILE = "crosslingual.json"
#: Prefix of the features named by an English word, whatever the sentence's language.
SHARED = "w:x:"
#: A pair is kept when its Dice coefficient reaches this (chosen by the grouped cross-validation
#: among 0.2, 0.25, 0.3, 0.4 and 0.5).
THRESHOLD = 0.3
#: Each word of a pair must occur on at least this many lines.
MIN_COUNT = 3
#: The features name an English word by its first letters (chosen by the grouped
#: cross-validation among 6, 7, 8 and the whole word), and whether it is a past form.
ENGLISH_STEM = 7


@lru_cache(maxsize=65536)
def english_key(word: str) -> str:
    """The name a shared feature gives an English word: its first letters, so that "cooperate"
    and "cooperation" are one, and a mark for the past ("cooperated", "supported"), which tells
    a report of collaboration from a call for it."""
    return word[:ENGLISH_STEM] + ("~ed" if len(word) > 4 and word.endswith("ed") else "")


@cache
def table() -> dict[str, dict[str, str]]:
    """For each language but English, its words (as :func:`~.features.alignment_keys` gives them)
    and the English word each stands for; empty when no table ships."""
    path = resources.files("cpcollab.engine").joinpath("models", TABLE_FILE)
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {lang: dict(words) for lang, words in data["words"].items()}


def align(
    lines: Iterable[tuple[Iterable[str], Iterable[str]]], *, threshold: float = THRESHOLD, min_count: int = MIN_COUNT
) -> dict[str, str]:
    """The English word each word of a translation stands for, from aligned lines given as (the
    English line's words, the translation's words).

    A translation's word takes the English word with which it shares the most lines relative
    to how often both occur (Dice: 2 × both / (one + other)), if that reaches ``threshold`` and
    both occur on ``min_count`` lines or more. Ties go to the pair seen together more often,
    then to the English word first in alphabetical order, so the table does not depend on the
    order of the lines or of the words.
    """
    english: Counter[str] = Counter()
    translated: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    for english_words, translated_words in lines:
        e_set, t_set = set(english_words), set(translated_words)
        english.update(e_set)
        translated.update(t_set)
        together.update((t, e) for t in t_set for e in e_set)
    best: dict[str, tuple[float, int, str]] = {}
    for (word, english_word), both in together.items():
        if translated[word] < min_count or english[english_word] < min_count:
            continue
        dice = 2 * both / (translated[word] + english[english_word])
        known = best.get(word)
        if known is None or (dice, both) > known[:2] or ((dice, both) == known[:2] and english_word < known[2]):
            best[word] = (dice, both, english_word)
    return {word: english_word for word, (dice, _both, english_word) in sorted(best.items()) if dice >= threshold}
