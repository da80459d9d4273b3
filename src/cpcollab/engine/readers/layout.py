"""Layout helpers shared by every reader.

Whitespace cleanup, UN paragraph numbers ("12.", "99.59", "(a)"), headings, words hyphenated
across line ends, and page furniture (running heads and feet: document symbols, page numbers,
"GE.14-12345" job numbers, barcodes). Each reader turns its format into lines or paragraphs;
these functions decide what the lines mean.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

# Private-use code points that symbol fonts use for bullets.
_PUA_BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8\uf0de"
_SPACED_NEWLINE = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{2,}")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

#: Markers that a PDF text layer puts where a word was hyphenated at a line end.
BREAK_MARKERS = "\ufffe\x02"


# C0 and C1 controls (but tab and newline), private-use characters, soft hyphens, zero-width
# spaces, word joiners, byte-order marks and non-characters.
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u2060\ue000-\uf8ff\ufeff\ufffe\U000f0000-\U0010ffff]")


# Any character that clean_text changes or drops (the dropped ones, the spaces it folds, line
# breaks): a text without any of them and without two spaces in a row only loses its ends.
_UNCLEAN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00a0\u00ad\u1680\u2000-\u200b\u202f\u205f\u2060\u3000"
    "\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe"
    "\ue000-\uf8ff\ufeff\ufffe\U000f0000-\U0010ffff]"
)


#: Scripts written without spaces between words (Chinese, and Japanese kana), their punctuation
#: and full-width forms: a line break between two of them is no space.
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_NEWLINE = re.compile(rf"(?<=[{_CJK}0-9])[ \t]*\n\s*(?=[{_CJK}])|(?<=[{_CJK}])[ \t]*\n\s*(?=[0-9])")


def joins_without_space(left: str, right: str) -> bool:
    """Whether the lines ending in ``left`` and starting with ``right`` join without a space:
    Chinese is written without spaces, and breaks a line anywhere, inside a name too
    ("联合国儿童基" / "金会"), and between a number and its word ("2014" / "年")."""
    if not left or not right:
        return False
    if _CJK_CHAR.match(left):
        return bool(_CJK_CHAR.match(right)) or right.isdigit()
    return left.isdigit() and bool(_CJK_CHAR.match(right))


#: Ligatures and the shapes of Arabic letters (initial, medial, final, isolated, lam-alef) that
#: some PDF text layers and old files give in place of the letters: "ﻣﻨﻈﻤﺔ" for "منظمة", "ﬁ" for "fi".
_PRESENTATION_FORM = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefe]+")


def _base_letters(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def clean_text(text: str, *, keep_newlines: bool = False, keep_blank: bool = False) -> str:
    """Normalise whitespace and drop invisible or control characters.

    Soft hyphens, zero-width spaces, byte-order marks and private-use characters (barcode fonts)
    go; the bullets of symbol fonts become "•"; runs of spaces become one. With
    ``keep_newlines`` line breaks survive (each line trimmed, blank lines dropped unless
    ``keep_blank``), otherwise they become spaces.
    """
    if not text:
        return ""
    if not keep_newlines and "  " not in text and _UNCLEAN.search(text) is None:
        return text.strip()  # the usual line: nothing to drop or fold
    for bullet in _PUA_BULLETS:
        if bullet in text:
            text = text.replace(bullet, "•")
    text = _DROPPED.sub("", text)
    if _PRESENTATION_FORM.search(text):
        text = _PRESENTATION_FORM.sub(_base_letters, text)
    if not keep_newlines:
        if "\n" in text and _CJK_CHAR.search(text):
            text = _CJK_NEWLINE.sub("", text)  # a line break inside Chinese text is no space
        return _SPACES.sub(" ", text.replace("\n", " ")).strip()
    text = _SPACED_NEWLINE.sub("\n", _SPACES.sub(" ", text)).strip(" ")
    return text if keep_blank else _BLANK_LINES.sub("\n", text).strip("\n")


# ---------------------------------------------------------------------------------------------
# Paragraph numbers

#: The months as Arabic documents name them (both calendars' names), which follow a span of days.
_ARABIC_MONTHS = (
    "كانون",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيه",
    "يونيو",
    "يوليه",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
_MAIN_NUMBER = re.compile(
    r"^(\d{1,3}(?:\.\d{1,3})+)\.?(?=\s+\S)|^(\d{1,3})\.(?=\s+\S)"
    r"|^(\d{1,3})\s?[-–](?=\s+[^\W\d_])"  # Arabic documents: "12 - يرحب …"
    # and their sub-numbers, "122-1 التصديق …" for "122.1", not a span of days ("4-13 شباط/فبراير")
    r"|^(\d{1,3}-\d{1,3})(?=\s+[\u0621-\u064a])(?!\s+(?:" + "|".join(_ARABIC_MONTHS) + r"))"
)
_SUB_NUMBER = re.compile(
    r"^\(([a-z]{1,2}|[ivxl]{1,6}|\d{1,2}|[\u0621-\u064a])\)(?=\s+\S)"
    r"|^([a-z]|[ivx]{1,4}|[а-я])\)(?=\s+\S)"  # French, Spanish and Russian: "a) De coopérer …", "б) …"
)
_BULLET = re.compile(r"^([•·▪◦‣∙○■□➢►\-–—*])\s+(?=\S)")


def number_label(text: str) -> tuple[str, str] | None:
    """The UN paragraph number a text starts with: ``("main", "12")``, ``("sub", "a")`` or None.

    "12. The Council …" → main 12; "99.59 Ratify …" → main 99.59; "(a) A national …" → sub a;
    Arabic "12 - يرحب …" → main 12, "122-1 …" → main 122.1 and "(أ) …" → sub أ; French, Spanish
    and Russian "a) De …" → sub a.
    Years ("2019. The …") are not paragraph numbers: main numbers have at most three digits.
    """
    match = _MAIN_NUMBER.match(text)
    if match:
        return ("main", match.group(1) or match.group(2) or match.group(3) or match.group(4).replace("-", "."))
    match = _SUB_NUMBER.match(text)
    if match:
        return ("sub", match.group(1) or match.group(2))
    return None


_BARE_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\))$")


def is_bare_number(text: str) -> bool:
    """A line that holds only a paragraph number ("12.", "(a)"), whose text is on the next line."""
    return bool(_BARE_NUMBER.match(text))


def bullet_of(text: str) -> str | None:
    """The bullet character a list item starts with, if any."""
    match = _BULLET.match(text)
    return match.group(1) if match else None


def strip_bullet(text: str) -> str:
    """The text without its leading bullet."""
    return _BULLET.sub("", text, count=1)


class Numbering:
    """Keeps the current main paragraph number so that "(a)" becomes "12 (a)"."""

    def __init__(self) -> None:
        self.main: str | None = None

    def assign(self, text: str) -> str | None:
        """The ``para_number`` of a block that starts with ``text`` (and remember it)."""
        label = number_label(text)
        if label is None:
            return None
        kind, value = label
        if kind == "main":
            self.main = value
            return value
        return f"{self.main} ({value})" if self.main else f"({value})"

    def expects(self, text: str) -> bool:
        """Whether ``text`` starts with the number that follows the current one (12 after 11)."""
        label = number_label(text)
        if label is None:
            return False
        kind, value = label
        if kind == "sub":
            return True
        if self.main is None:
            return value in {"1", "1.1"}
        head, _, tail = self.main.partition(".")
        new_head, _, new_tail = value.partition(".")
        if new_head.isdigit() and head.isdigit() and not tail and not new_tail:
            return int(new_head) == int(head) + 1
        if head == new_head and new_tail and (tail or new_tail == "1"):
            return True
        return new_head.isdigit() and head.isdigit() and int(new_head) == int(head) + 1


# ---------------------------------------------------------------------------------------------
# Headings

_ROMAN_HEADING = re.compile(r"^[IVXL]{1,6}\.\s+\S")
_LETTER_HEADING = re.compile(r"^[A-Z]\.\s+[A-Z0-9“\"(]")
_WORDS = re.compile(r"[^\W\d_]+")
_ASCII_LOWER = re.compile(r"[a-z]")


def has_leaders(text: str) -> bool:
    """Whether a text holds dot leaders ("....", ". . . .", "……"), as in a table of contents."""
    return "...." in text or ". . . . " in text or "……" in text


_HEADING_WORDS = frozenset(
    {
        "introduction",
        "contents",
        "annex",
        "annexes",
        "notes",
        "endnotes",
        "summary",
        "background",
        "conclusions",
        "recommendations",
        "conclusions and recommendations",
        "conclusions and/or recommendations",
        "composition of the delegation",
        "abbreviations",
        "addendum",
    }
)


def numbered_heading(text: str, numbering: Numbering) -> bool:
    """A short numbered title ("1. Equality and non-discrimination") out of paragraph sequence."""
    label = number_label(text)
    if label is None or label[0] != "main" or len(text) > 100 or text[-1] in ".;,:!?":
        return False
    rest = text.split(None, 1)[1] if " " in text else ""
    return rest[:1].isupper() and not numbering.expects(text)


def heading_level(text: str) -> int | None:
    """The level of a heading-looking line ("I. Introduction" → 1, "A. …" → 2), else None.

    A heading is short, does not end like a sentence, and is a Roman-numeral or letter chapter
    heading, a line in capitals, or one of the usual section titles of UN reports.
    """
    if not text or len(text) > 150 or text[-1] in ".;,:。；，：،؛" or has_leaders(text):
        return None
    if _ROMAN_HEADING.match(text):
        return 1
    if _LETTER_HEADING.match(text) and len(text) <= 120:
        return 2
    if text.lower().rstrip("*") in _HEADING_WORDS:
        return 1
    if "/" in text or _ASCII_LOWER.search(text):
        return None  # a lowercase letter: not a line in capitals
    words = _WORDS.findall(text)
    letters = "".join(words)
    if len(letters) >= 4 and max(len(w) for w in words) >= 4 and letters.isupper():
        return 1
    return None


# ---------------------------------------------------------------------------------------------
# Hyphenation

_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ASCII_WORD_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")  # _WORD_TOKEN in an ASCII text
_TRAILING_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)-$")
_LEADING_WORD = re.compile(r"^([^\W\d_]+)")
# Prefixes that UN English writes with a hyphen (non-discrimination, self-determination …).
_HYPHEN_PREFIXES = frozenset(
    {
        "non",
        "anti",
        "self",
        "co",
        "ex",
        "cross",
        "well",
        "follow",
        "multi",
        "post",
        "semi",
        "quasi",
        "counter",
        "pre",
        "inter",
        "intra",
        "re",
        "de",
        "socio",
    }
)


class Vocabulary:
    """The words of one document, to tell "protec-|tion" (join) from "non-|discrimination" (keep)."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        # The words are counted when first asked for: many documents have no word hyphenated at
        # a line end, and never ask.
        self._texts = list(texts)
        self._words: Counter[str] | None = None

    @property
    def words(self) -> Counter[str]:
        """How often the document writes each word (lower case)."""
        if self._words is None:
            self._words = Counter()
            texts, self._texts = self._texts, []
            # A few hundred texts at a time, joined (no word runs across a line break): fewer
            # calls. The ASCII texts (most lines) go together, through a pattern that needs no
            # Unicode tables; which texts share a batch does not change the counts.
            ascii_texts = [text for text in texts if text.isascii()]
            other_texts = [text for text in texts if not text.isascii()]
            for group, pattern in ((ascii_texts, _ASCII_WORD_TOKEN), (other_texts, _WORD_TOKEN)):
                for k in range(0, len(group), 256):
                    self._words.update(pattern.findall("\n".join(group[k : k + 256]).lower()))
        return self._words

    def add(self, text: str) -> None:
        """Count the words of ``text``."""
        self.words.update(_WORD_TOKEN.findall(text.lower()))

    def keep_hyphen(self, left: str, right: str) -> bool:
        """Whether ``left-`` at a line end and ``right`` on the next line form a hyphenated word.

        UN documents are not hyphenated by the typesetter, so a hyphen at a line end is mostly
        part of a compound; it goes only when the continuation is in lower case and the document
        writes the word without it, or when the first half is no word at all ("protec-|tion").
        """
        if not right or not right[0].islower() or "-" in left:
            return True
        joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
        with_hyphen, without = self.words[hyphenated], self.words[joined]
        if with_hyphen or without:
            return with_hyphen > without
        if left.lower() in _HYPHEN_PREFIXES:
            return True
        # The first half is a word of its own elsewhere in the document ("public-|health",
        # "grass-|roots"); a fragment such as "protec-" is not.
        return self.words[left.lower()] >= 2


def join_lines(lines: Iterable[str], vocabulary: Vocabulary | None = None) -> str:
    """Join the lines of one paragraph, rejoining words hyphenated across line ends."""
    vocabulary = vocabulary or Vocabulary()
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        left = _TRAILING_WORD.search(out[-64:]) if out.endswith("-") else None
        right = _LEADING_WORD.match(line)
        if out.endswith("-") and out[-2:-1].isdigit() and line[:1].isalnum():
            out += line  # "2014-" / "2015", "the 20-" / "year conflict": a range or a compound
        elif left and right and not out.endswith(" -"):
            if vocabulary.keep_hyphen(left.group(1), right.group(1)):
                out += line
            else:
                out = out[:-1] + line
        elif joins_without_space(out[-1], line[0]):
            out += line
        else:
            out += " " + line
    return out


_MARKER_A, _MARKER_B = BREAK_MARKERS[0], BREAK_MARKERS[1]  # its two characters, tested one by one (fast)


def has_break_marker(text: str) -> bool:
    """Whether a text holds a line-end hyphenation marker (:data:`BREAK_MARKERS`)."""
    return _MARKER_A in text or _MARKER_B in text


_MARKED_BREAK = re.compile(r"([^\W\d_]*)[\ufffe\x02]\s*([^\W\d_]*)")


def resolve_break_markers(text: str, vocabulary: Vocabulary | None = None) -> str:
    """Replace a PDF's line-end hyphenation markers by a hyphen or nothing, word by word."""
    if not has_break_marker(text):
        return text
    vocabulary = vocabulary or Vocabulary()

    def decide(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if left and right and not vocabulary.keep_hyphen(left, right):
            return left + right
        return f"{left}-{right}"

    return _MARKED_BREAK.sub(decide, text)


# ---------------------------------------------------------------------------------------------
# Page furniture

_SYMBOL = r"[A-Z]{1,6}(?:/[A-Za-z0-9.()\-]+)+"
_FURNITURE_TOKEN = re.compile(
    r"GE[.:]\s?\d{2}-(?:\d{4,6})?(?:\s?\([A-Z]\))?|\([A-Z]\)|\d{1,4}|\d{6}|page|pages?|[-–—/]|\*\d{5,9}\*|of|"
    + _SYMBOL,
    re.IGNORECASE,
)
#: A job number ("GE.14-12345"; its digits sometimes a text object of their own, leaving "GE.09-")
#: or a barcode.
_JOB_NUMBER = re.compile(r"GE[.:]\s?\d{2}-(?:\d{4,6}|(?=\s|$))|\*\d{5,9}\*", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_SYMBOL_ONLY = re.compile(rf"^{_SYMBOL}$")


def is_job_number_line(text: str) -> bool:
    """A line that holds only a job number or barcode ("GE.14-12345 (E) 120514", "*1409727*")."""
    if "-" not in text and "*" not in text:
        return False  # every job number or barcode has one of these
    return bool(_JOB_NUMBER.search(text)) and _only_furniture(text)


def is_page_number(text: str) -> bool:
    """A line that holds only a page number ("12", "Page 2", "- 3 -", "4/17")."""
    return bool(_PAGE_NUMBER.match(text))


def is_symbol_line(text: str) -> bool:
    """A line that holds only a document symbol ("A/HRC/43/15")."""
    return bool(_SYMBOL_ONLY.match(text))


def _only_furniture(text: str) -> bool:
    return not _FURNITURE_TOKEN.sub(" ", text).strip()


_RULE = re.compile(r"^[_\-–—=*·.\s]{3,}$")


def is_rule(text: str) -> bool:
    """A line drawn with characters ("________", "- - - - -")."""
    return bool(_RULE.match(text))


def is_furniture(text: str) -> bool:
    """A running head or foot: page numbers, job numbers and document symbols, nothing else."""
    if not text:
        return True
    if is_page_number(text) or is_job_number_line(text) or is_symbol_line(text):
        return True
    return _only_furniture(text) and bool(_JOB_NUMBER.search(text) or _SYMBOL_ANYWHERE.search(text))


_SYMBOL_ANYWHERE = re.compile(_SYMBOL)
_DIGITS = re.compile(r"\d+")


def furniture_key(text: str) -> str:
    """The form of a line compared across pages to find running heads (digits do not count)."""
    return _DIGITS.sub("#", text.lower()).strip()
