"""Language identification for the six official languages of the United Nations.

The script decides first: Arabic letters mean Arabic, Han characters mean Chinese, Cyrillic
means Russian. Latin-script text is scored against the English, French and Spanish profiles
in ``lang/<code>/langid.toml`` (function words, short character sequences, distinctive
letters). Pure Python and deterministic: the same text always gets the same answer.

>>> detect_language("Le Comité recommande à l'État partie de renforcer ses efforts.")
'fr'
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from cpcollab.engine.lang.data import load, strings
from cpcollab.reference.languages import LANGUAGES

#: Latin-script languages, in the order used to break exact ties.
LATIN_LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
#: Points for a function word, a character sequence and a distinctive letter.
WORD_POINTS = 1.0
NGRAM_POINTS = 0.3
LETTER_POINTS = 1.0
#: Fewer letters than this (Han characters count double) is too little text to tell.
MIN_LETTERS = 4
#: The best Latin profile must score at least this, and beat the runner-up.
MIN_SCORE = 1.0

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Profile:
    code: str
    words: frozenset[str]
    ngrams: frozenset[str]
    lengths: tuple[int, ...]
    letters: frozenset[str]


@cache
def _profiles() -> tuple[_Profile, ...]:
    out = []
    for code in LATIN_LANGUAGES:
        table = load(code, "langid")
        where = f"lang/{code}/langid.toml"
        ngrams = frozenset(g.casefold() for g in strings(table, "ngrams", where=where))
        out.append(
            _Profile(
                code=code,
                words=frozenset(w.casefold() for w in strings(table, "words", where=where)),
                ngrams=ngrams,
                lengths=tuple(sorted({len(g) for g in ngrams})),
                letters=frozenset("".join(strings(table, "letters", where=where)).casefold()),
            )
        )
    return tuple(out)


@cache
def _script_languages() -> dict[str, str]:
    """Script name → language code, from the ``script`` key of each language's data."""
    out: dict[str, str] = {}
    for code in LANGUAGES:
        script = load(code, "langid").get("script")
        if isinstance(script, str) and script != "latin":
            out[script] = code
    return out


_SCRIPTS: dict[str, re.Pattern[str]] = {
    "arabic": re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufeff]"),
    "han": re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002fa1f]"),
    "kana": re.compile("[\u3040-\u30ff]"),
    "hangul": re.compile("[\uac00-\ud7af\u1100-\u11ff]"),
    "cyrillic": re.compile("[\u0400-\u052f]"),
    "latin": re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"),
}
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=65536)
def _char_class(ch: str) -> tuple[tuple[str, ...], bool]:
    """The scripts one character belongs to, and whether it is a letter (cached: few distinct characters)."""
    return tuple(script for script, pattern in _SCRIPTS.items() if pattern.match(ch)), bool(_LETTER.match(ch))


_ASCII_LETTER_BYTES = string.ascii_letters.encode("ascii")
_ASCII_WORD = re.compile("[A-Za-z]+")  # _WORD in an ASCII text
_ASCII = re.compile("[\x00-\x7f]+")


def _script_counts(text: str) -> Counter[str]:
    """Letters per script; Han characters count double (one character is about one word)."""
    found: Counter[str] = Counter()
    # An ASCII character is a Latin letter (A-Z, a-z) or neither a letter nor of any script:
    # those are counted at C speed, and only the other characters one by one.
    # (In UTF-8 an ASCII letter is one byte of its own, which bytes.translate deletes quickly.)
    encoded = text.encode("utf-8", "surrogatepass")
    ascii_letters = len(encoded) - len(encoded.translate(None, _ASCII_LETTER_BYTES))
    if ascii_letters:
        found["latin"] = ascii_letters
    if len(encoded) == len(text):  # all ASCII: nothing else to count
        return Counter(found)
    letters = ascii_letters
    for ch, n in Counter(_ASCII.sub("", text)).items():  # each distinct character once
        scripts, letter = _char_class(ch)
        for script in scripts:
            found[script] += n
        if letter:
            letters += n
    counts: Counter[str] = Counter()
    for script in _SCRIPTS:
        if found[script]:
            counts[script] = found[script] * 2 if script == "han" else found[script]
    others = letters - sum(counts.values()) + counts["han"] // 2
    if others > 0:
        counts["other"] = others
    return counts


@cache
def _ngram_index() -> tuple[tuple[int, ...], dict[str, tuple[tuple[int, int], ...]]]:
    """Every sequence length of any profile, and sequence → the (profile, length) pairs it counts for.

    One look-up per substring of a word then serves all the profiles at once.
    """
    index: dict[str, list[tuple[int, int]]] = {}
    for k, profile in enumerate(_profiles()):
        for gram in profile.ngrams:
            index.setdefault(gram, []).append((k, len(gram)))
    lengths = tuple(sorted({n for profile in _profiles() for n in profile.lengths}))
    return lengths, {gram: tuple(pairs) for gram, pairs in index.items()}


@lru_cache(maxsize=65536)
def _token_scores(token: str) -> tuple[float, ...]:
    """The points one folded word earns against each Latin profile (cached: words repeat).

    For each profile: a word point, then for each of its sequence lengths (in order) the points
    of the sequences of that length found in the word padded with ``_``, then the letter points.
    The counts are integers, so counting them all in one pass gives the same sums.
    """
    padded = f"_{token}_"
    lengths, index = _ngram_index()
    counts: dict[tuple[int, int], int] = {}
    size = len(padded)
    for pairs in filter(None, map(index.get, [padded[i : i + n] for n in lengths for i in range(size - n + 1)])):
        for pair in pairs:
            counts[pair] = counts.get(pair, 0) + 1
    scores = []
    for k, profile in enumerate(_profiles()):
        score = WORD_POINTS if token in profile.words else 0.0
        for n in profile.lengths:
            score += NGRAM_POINTS * counts.get((k, n), 0)
        score += LETTER_POINTS * sum(map(profile.letters.__contains__, token))
        scores.append(score)
    return tuple(scores)


def latin_scores(text: str) -> dict[str, float]:
    """The score of ``text`` against each Latin-script profile (en, fr, es).

    Exposed so that tests and diagnostics can see why a language won.
    """
    folded = unicodedata.normalize("NFC", text).casefold()
    # Column sums, token by token in text order (the same additions as a running total).
    words = (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)
    columns = list(zip(*map(_token_scores, words), strict=True))
    totals = [sum(column, 0.0) for column in columns] or [0.0] * len(LATIN_LANGUAGES)
    return {profile.code: round(totals[i], 6) for i, profile in enumerate(_profiles())}


def detect_language(text: str) -> str | None:
    """The language of ``text``: one of ``ar zh en fr ru es``, or ``None`` when it cannot tell.

    ``None`` means too little text (fewer than four letters), a script that is none of the
    six languages' (Japanese kana, Korean, Greek …), or Latin text that no profile claims.
    """
    script = _main_script(text)
    if script is None:
        return None
    if script != "latin":
        return _script_languages().get(script)
    scores = latin_scores(text)
    ranked = sorted(LATIN_LANGUAGES, key=lambda code: -scores[code])
    best, second = ranked[0], ranked[1]
    if scores[best] < MIN_SCORE or scores[best] == scores[second]:
        return None
    return best


def script_language(text: str) -> str | None:
    """The language that ``text``'s script alone tells (Arabic, Chinese or Russian: the one
    language of the six written in it), or ``None`` for Latin text and anything unclear.

    Reliable on a short text (a heading, a one-line note) where :func:`detect_language` would
    have to weigh a few Latin words against three profiles.
    """
    if text.isascii():
        return None
    script = _main_script(text)
    return None if script is None or script == "latin" else _script_languages().get(script)


def _main_script(text: str) -> str | None:
    """The script most of ``text``'s letters are written in; ``None`` for too few letters, or
    for Japanese (Han characters mixed with kana)."""
    counts = _script_counts(text)
    if sum(counts.values()) < MIN_LETTERS:
        return None
    script, _ = max(counts.items(), key=lambda item: (item[1], item[0]))
    if script == "han" and counts["kana"] * 4 >= counts["han"]:
        return None
    return script


def detect_document_language(texts: Iterable[str]) -> str | None:
    """The language of a document given its blocks' texts: a majority weighted by length.

    Each text votes for its detected language with its number of non-space characters;
    texts whose language cannot be told do not vote. ``None`` when no text can be told.
    """
    votes: Counter[str] = Counter()
    for text in texts:
        code = detect_language(text)
        if code is not None:
            votes[code] += sum(1 for ch in text if not ch.isspace())
    if not votes:
        return None
    return max(LANGUAGES, key=lambda code: (votes[code], -LANGUAGES.index(code)))
