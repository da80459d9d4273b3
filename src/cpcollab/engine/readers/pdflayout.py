"""From the lines of a PDF's pages to blocks: furniture out, footnotes apart, paragraphs joined.

* Running heads and feet: in the top and bottom margins, lines that are only a document
  symbol, a page number or a job number ("GE.14-12345"), and lines repeated on most pages.
* Footnotes: on each page, the lines below the lowest line in body type, set in smaller type,
  the first starting with a superscript label (or "*"), each note starting at a label.
* Endnotes: the notes collected at the end of the document, under a heading such as "Notes"
  (``lang/<code>/layout.toml``) or as a trailing run of small lines with consecutive labels;
  they run over whole pages, where no line in body type marks a footnote zone.
* Paragraphs: consecutive lines join unless a vertical gap, a change of size, a heading, a
  bullet, an indented first line or the next UN paragraph number ("12.", "(a)") starts a block.
* Headings: larger or bold type, or the usual patterns ("I. Introduction", "A. …").
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

from cpcollab.engine.lang.data import load, strings
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import BlockKind
from cpcollab.engine.readers.builder import BlockSink
from cpcollab.engine.readers.layout import (
    BREAK_MARKERS,
    Numbering,
    Vocabulary,
    bullet_of,
    clean_text,
    furniture_key,
    has_break_marker,
    has_leaders,
    heading_level,
    is_furniture,
    is_job_number_line,
    is_page_number,
    is_rule,
    join_lines,
    number_label,
    numbered_heading,
    resolve_break_markers,
    strip_bullet,
)
from cpcollab.reference.languages import LANGUAGES

_MARGIN = 0.12  # share of the page height at the top and bottom where running heads sit
_SMALL = 0.92  # footnote type is at most this share of the body type
_LARGE = 1.15  # heading type is at least this share of the body type
_BREAK = 1.3  # a gap of this many line pitches starts a paragraph
#: How a sentence, or a clause before a list, ends ("… (Slovenia);", "… at its fourteenth session:").
_END = (".", "!", "?", ":", ";", "。", "！", "？", "：", "；", "؟", "؛")
#: The last characters of a line that cannot be a heading's: a sentence's or a clause's end.
_NOT_A_HEADING_END = ".;,:。；，：،؛"
_NOTES_HEADING_LENGTH = 40  # no heading over endnotes is longer (a cheap test before folding)
_TRAILING_NOTES = 3  # a trailing run of small lines needs this many numbered labels to be endnotes
_CONSECUTIVE = 0.8  # share of the labels of such a run that follow the one before by one
_LABEL = re.compile(r"^(\*{1,3}|\d{1,3}|[a-z]|[†‡§]{1,3})(?=\s|$|[A-Z(“\"])")
_STAR_NOTE = re.compile(r"^(\*{1,3})\s+(?=\S)")
_STAR_MARK = re.compile(r"[^\W_](\*{1,3})(?!\*)")
#: A footnote number set in superscript right after a word or its punctuation, as the text of a
#: PDF gives it ("the Working Group.2 The", "Review,1 the"): the word's last letter, then the
#: punctuation, then the number.
_NOTE_REFERENCE = re.compile(r"(?<=[^\W\d_])([.,;:]?\)?[.,;:]?)(\d{1,3})(?=[\s.,;:)\]]|$)")
#: Words whose number follows without a space and is no footnote ("Add.1", "No.5", "para.3").
_NUMBERED_WORDS = frozenset(
    [
        "add",
        "rev",
        "corr",
        "no",
        "nos",
        "para",
        "paras",
        "art",
        "arts",
        "p",
        "pp",
        "vol",
        "suppl",
        "sect",
        "chap",
        "ch",
        "fig",
        "op",
        "amend",
        "ann",
        "n",
        "n°",
        "nº",
        "№",
        "l",
        "misc",
        "inf",
        "sr",
        "wp",
        "crp",
        "km",
        "m",
        "cm",
        "mm",
    ]
)


@dataclass(slots=True)
class Line:
    """One line of a page's text layer, in PDF points (origin at the bottom left of the page).

    ``base`` is the bottom of the first character, ``end_base`` that of the last (a line whose
    end pdfium joined with the next one ends lower down); ``size`` is the median font size and
    ``first_size`` the size of the first character (small for a superscript footnote label).
    A size of 0 means the geometry is unknown.
    """

    text: str
    page: int
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    base: float = 0.0
    end_base: float = 0.0
    size: float = 0.0
    first_size: float = 0.0
    bold: bool = False
    page_height: float = 0.0


def body_size(pages: list[list[Line]]) -> float:
    """The most common type size, weighted by characters (0 when unknown)."""
    weights: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            if line.size > 0:
                weights[round(line.size * 2) / 2] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def is_label_start(line: Line) -> bool:
    """Whether a line starts with a footnote label: a superscript number or an asterisk."""
    text = line.text.lstrip()
    if text.startswith("*"):
        return True
    if not line.size or not line.first_size or line.first_size > 0.8 * line.size:
        return False
    return bool(_LABEL.match(text))


def _margin(line: Line, position: int, count: int) -> str | None:
    if line.page_height and line.size:
        if line.top > (1 - _MARGIN) * line.page_height:
            return "top"
        if line.base < _MARGIN * line.page_height:
            return "bottom"
        return None
    if position < 2:
        return "top"
    return "bottom" if position >= count - 2 else None


def remove_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages without running heads and feet, barcodes and job numbers."""
    return _remove_furniture(pages, {})


def _remove_furniture(pages: list[list[Line]], cleaned: dict[int, str]) -> list[list[Line]]:
    """:func:`remove_furniture`, noting in ``cleaned`` the clean text of each line kept (by its id)."""
    counts: Counter[str] = Counter()
    zones = [[_margin(line, i, len(lines)) for i, line in enumerate(lines)] for lines in pages]
    texts = [[clean_text(line.text) for line in lines] for lines in pages]
    # The key of each line in a margin (None elsewhere), computed once for both passes.
    keys = [
        [furniture_key(text) if zone else None for zone, text in zip(page_zones, page_texts, strict=True)]
        for page_zones, page_texts in zip(zones, texts, strict=True)
    ]
    for page_keys in keys:
        counts.update({key for key in page_keys if key is not None})
    threshold = max(3, math.ceil(0.5 * len(pages)))
    repeated = {key for key, count in counts.items() if key and count >= threshold}
    result: list[list[Line]] = []
    for lines, page_zones, page_texts, page_keys in zip(pages, zones, texts, keys, strict=True):
        kept: list[Line] = []
        for line, zone, text, key in zip(lines, page_zones, page_texts, page_keys, strict=True):
            if not text or is_job_number_line(text) or is_rule(text):
                continue
            if zone == "top" and (is_furniture(text) or key in repeated):
                continue
            if zone == "bottom" and (is_page_number(text) or key in repeated) and not is_label_start(line):
                continue
            kept.append(line)
            cleaned[id(line)] = text
        result.append(kept)
    return result


def split_footnotes(lines: list[Line], size: float, *, continuing: bool = False) -> tuple[list[Line], list[list[Line]]]:
    """A page's body lines and its footnotes (the lines of each note).

    With ``continuing`` (the previous page ended in footnotes) the first note may start without a
    label: it is the rest of the previous page's last note.
    """
    if not size:
        return lines, []
    small = [0 < line.size <= _SMALL * size for line in lines]
    floor = min((line.base for line, is_small in zip(lines, small, strict=True) if not is_small), default=math.inf)
    zone = [i for i, line in enumerate(lines) if small[i] and line.top < floor]
    if not zone or not (continuing or is_label_start(lines[zone[0]])):
        return lines, []
    if not any(is_label_start(lines[i]) for i in zone):
        return lines, []
    notes: list[list[Line]] = []
    for i in zone:
        if is_label_start(lines[i]) or not notes:
            notes.append([lines[i]])
        else:
            notes[-1].append(lines[i])
    in_zone = set(zone)
    return [line for i, line in enumerate(lines) if i not in in_zone], notes


def _fold_heading(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip().rstrip(":：").rstrip()


@functools.cache
def notes_headings() -> frozenset[str]:
    """The headings over endnotes in the six languages (``lang/<code>/layout.toml``), folded."""
    words: set[str] = set()
    for code in LANGUAGES:
        table = load(code, "layout")
        words.update(_fold_heading(w) for w in strings(table, "notes_headings", where=f"lang/{code}/layout.toml"))
    return frozenset(words)


def is_notes_heading(text: str) -> bool:
    """Whether a line is only a heading over endnotes ("Notes", "Notas", "Примечания", "注")."""
    text = text.strip()
    return 0 < len(text) <= _NOTES_HEADING_LENGTH and _fold_heading(text) in notes_headings()


def _note_number(line: Line) -> int | None:
    """The number of the note that ``line`` starts with a superscript label, else None."""
    if not is_label_start(line):
        return None
    match = _LABEL.match(line.text.lstrip())
    return int(match.group(1)) if match and match.group(1).isdecimal() else None


def _next_line(pages: list[list[Line]], page: int, index: int) -> tuple[int, int] | None:
    """The position of the line after ``pages[page][index]``, on a later page if need be."""
    if index + 1 < len(pages[page]):
        return page, index + 1
    return next(((later, 0) for later in range(page + 1, len(pages)) if pages[later]), None)


def _after_notes_heading(pages: list[list[Line]], size: float) -> tuple[int, int] | None:
    """Where the notes under the document's last heading over notes begin.

    The heading is in body type or larger (a "Notes" line under a table is small) and a numbered
    note label follows it at once; otherwise it is a heading like any other.
    """
    for page in range(len(pages) - 1, -1, -1):
        lines = pages[page]
        for index in range(len(lines) - 1, -1, -1):
            line = lines[index]
            if line.size <= _SMALL * size or not is_notes_heading(line.text):
                continue
            start = _next_line(pages, page, index)
            if start is not None and _note_number(pages[start[0]][start[1]]) is not None:
                return start
    return None


def _small_tail(pages: list[list[Line]], size: float) -> list[tuple[int, int]]:
    """The positions of the lines in small type at the end of the document, in reading order."""
    tail: list[tuple[int, int]] = []
    for page in range(len(pages) - 1, -1, -1):
        lines = pages[page]
        for index in range(len(lines) - 1, -1, -1):
            if not 0 < lines[index].size <= _SMALL * size:
                tail.reverse()
                return tail
            tail.append((page, index))
    tail.reverse()
    return tail


def _trailing_notes(pages: list[list[Line]], size: float) -> tuple[int, int] | None:
    """Where the endnotes begin when no heading announces them: the first numbered label of the
    small lines that end the document, if their labels count up, nearly always by one.
    """
    numbered = [
        (position, number)
        for position in _small_tail(pages, size)
        if (number := _note_number(pages[position[0]][position[1]])) is not None
    ]
    if len(numbered) < _TRAILING_NOTES:
        return None
    steps = [b - a for (_, a), (_, b) in itertools.pairwise(numbered)]
    if min(steps) <= 0 or steps.count(1) < _CONSECUTIVE * len(steps):
        return None
    return numbered[0][0]


def _ends_notes(line: Line, note_size: float, size: float) -> bool:
    """Whether a line after endnotes, and not starting a note, is no longer part of them: it is in
    larger type than the notes, or a bold or heading line in body type (an annex after the notes).
    """
    if not line.size or line.size > note_size + 0.5:
        return True
    if line.size <= _SMALL * size:
        return False
    return line.bold or heading_level(clean_text(line.text)) is not None


def split_endnotes(pages: list[list[Line]], size: float) -> tuple[list[list[Line]], list[list[Line]]]:
    """The pages without the document's endnotes, and the endnotes (the lines of each note).

    From the first endnote on, a line with a label starts a note and any other line continues
    the last one, across pages that hold nothing but notes, until a line ends them
    (:func:`_ends_notes`); what follows is read as usual.
    """
    if not size:
        return pages, []
    start = _after_notes_heading(pages, size) or _trailing_notes(pages, size)
    if start is None:
        return pages, []
    first_page, first_index = start
    note_size = pages[first_page][first_index].size
    result = pages[:first_page]
    notes: list[list[Line]] = []
    for page in range(first_page, len(pages)):
        lines = pages[page]
        begin = first_index if page == first_page else 0
        kept = lines[:begin]
        for index in range(begin, len(lines)):
            line = lines[index]
            if is_label_start(line):
                notes.append([line])
            elif _ends_notes(line, note_size, size):
                result.append(kept + lines[index:])
                return result + pages[page + 1 :], notes
            else:
                notes[-1].append(line)
        result.append(kept)
    return result, notes


#: A paragraph number, a range or list of them, or a lettered label, on a line of its own.
_LABEL_ONLY = re.compile(
    r"\d{1,3}(?:\.\d{1,3})*(?:\s*[-–]\s*\d{1,3})?(?:,\s*\d{1,3}(?:[-–]\d{1,3})?)*\.?$"  # 140.22-25, 140.82-85, 87
    r"|\([a-z]{1,2}\)$"  # (a)
)
#: Characters that stand above the baseline: a line ending in one is measured from its first
#: character's bottom ("… after the 20-" / "year internal conflict": the hyphen's bottom is some
#: two points up, enough to take the next line for a new paragraph). pdfium's marks of a word
#: broken at the line's end (BREAK_MARKERS) are such hyphens.
_RAISED_END = ("-", *BREAK_MARKERS, "\u2010", "\u2011", "\u2013", "\u2014", "*", "\u2019", "\u201d", '"', "'", "\u00ad")


def _main_number(text: str) -> bool:
    """Whether ``text`` opens with a paragraph number ("12.", "67.11"), not a lettered label."""
    label = number_label(text)
    return label is not None and label[0] == "main"


def _bottom(line: Line) -> float:
    """Where a line ends, vertically: the bottom of its last character, unless that character
    stands above the baseline."""
    return line.base if line.text.rstrip().endswith(_RAISED_END) else line.end_base


def _pitch(lines: list[Line], size: float) -> float:
    diffs = [
        _bottom(a) - b.base
        for a, b in itertools.pairwise(lines)
        if a.size and 0.5 * a.size < _bottom(a) - b.base < 2.5 * a.size
    ]
    return statistics.median(diffs) if diffs else 1.2 * (size or 10.0)


def _left_margin(lines: list[Line]) -> float:
    positions = Counter(round(line.x0) for line in lines if line.size)
    return float(positions.most_common(1)[0][0]) if positions else 0.0


class _Assembler:
    """Joins body lines into blocks, one page after another."""

    def __init__(self, vocabulary: Vocabulary, size: float, cleaned: dict[int, str] | None = None) -> None:
        self.vocabulary = vocabulary
        self.cleaned = cleaned or {}  # line id → clean_text(line.text), known from the furniture pass
        self.size = size
        self.numbering = Numbering()
        self.blocks: list[tuple[BlockKind, str, int, str | None, int | None]] = []
        self.lines: list[Line] = []
        self.texts: list[str] = []
        self.level: int | None = None
        self.para_number: str | None = None
        self.pitch = 12.0
        self.margin = 0.0

    def text_of(self, line: Line) -> str:
        if not has_break_marker(line.text):  # then it is the line's clean text
            known = self.cleaned.get(id(line))
            if known is not None:
                return known
        return clean_text(resolve_break_markers(line.text, self.vocabulary))

    def heading(self, line: Line, text: str) -> int | None:
        if len(text) > 150 or text[-1] in _NOT_A_HEADING_END or text[0].islower() or has_leaders(text):
            return None  # (a heading does not start in lower case: "to promptly adopt …" goes on)
        label = number_label(text)  # (numbered_heading needs one: most lines have none)
        if label is not None and numbered_heading(text, self.numbering):
            return 3
        if label or (bullet_of(text) and not text.startswith("*")):
            return None
        level = heading_level(text)
        if level is not None:
            return level
        if self.size and line.size >= _LARGE * self.size:
            return 1 if line.size >= 1.3 * self.size else 2
        if line.bold and len(text) <= 100:
            return 2
        return None

    def page(self, lines: list[Line]) -> None:
        self.pitch, self.margin = _pitch(lines, self.size), _left_margin(lines)
        for line in lines:
            text = self.text_of(line)
            if not text:
                continue
            level = self.heading(line, text)
            if level is not None and (self._goes_on_in_bold(line, text) or self._goes_on_in_body(line)):
                level = None  # a paragraph's next line, not a heading
            if self.lines and self.continues(line, text, level):
                self.lines.append(line)
                self.texts.append(text)
                continue
            self.flush()
            self.lines, self.texts, self.level = [line], [text], level
            self.para_number = None if level is not None else self.numbering.assign(text)

    def _numbered_mid_sentence(self) -> bool:
        """Whether the block opens with a paragraph number and its sentence has not ended yet."""
        return _main_number(self.texts[0]) and not self.texts[-1].rstrip().endswith(_END)

    def _goes_on_in_bold(self, line: Line, text: str) -> bool:
        """Whether a bold line of body size carries on the bold paragraph above it (or at the foot
        of the page before) mid-sentence. UPR reports print their recommendations in bold: "67.11.
        Work with the Office of the High Commissioner for Human Rights to" / "prepare a Common Core
        Document …" is one paragraph, not a paragraph and a heading. So is an unlabelled line after
        a semicolon in a numbered one, which lists treaties ("… and its Optional Protocol;" /
        "Optional Protocol to the International Covenant …"), unless the semicolon closes the
        name of the State that made the recommendation."""
        if not self.lines or self.level is not None or not line.bold:
            return False
        previous = self.lines[-1]
        gap = _bottom(previous) - line.base
        ended = self.texts[-1].rstrip()
        return (
            previous.bold
            and abs(line.size - previous.size) <= 0.5
            and line.size < _LARGE * self.size
            and (0 < gap <= _BREAK * self.pitch if line.page == previous.page else line.page == previous.page + 1)
            and (
                not ended.endswith(_END)
                or (
                    ended.endswith(";")
                    and not ended.endswith(");")  # "… (Turkey);" ends a State's recommendation
                    and number_label(self.texts[0]) is not None
                    and number_label(text) is None
                    and heading_level(text) is None
                )
            )
        )

    def _goes_on_in_body(self, line: Line) -> bool:
        """Whether a line in body type that looks like a lettered heading carries on the paragraph
        above it mid-sentence, a line's pitch below it: "… was headed by H.E. Mr. Camillo" / "M.
        Gonsalves, Permanent Representative …" (a name's initial), « … composée de » / « M. Bakary
        Traoré … »."""
        if not self.lines or self.level is not None or line.bold:
            return False
        previous = self.lines[-1]
        gap = _bottom(previous) - line.base
        return (
            not previous.bold
            and abs(line.size - previous.size) <= 0.5
            and line.size < _LARGE * self.size
            and line.page == previous.page
            and 0 < gap <= 1.2 * self.pitch
            and (self.texts[-1].rstrip()[-1:].isalpha() or self.texts[-1].rstrip().endswith(","))
            and not has_leaders(self.texts[-1])
        )

    def _numbered_paragraph_after_all(self, line: Line, text: str, level: int | None, gap: float) -> bool:
        """Whether a numbered line in body type, taken for a heading because its number is out of
        sequence ("85. Review the reservations which the Republic of Iraq made when acceding to"),
        goes on in the next line mid-sentence ("international human rights treaties."): then it
        opens a paragraph."""
        previous = self.lines[-1]
        return (
            len(self.lines) == 1
            and level is None
            and number_label(self.texts[0]) is not None
            and not previous.bold
            and not line.bold
            and previous.size < _LARGE * self.size
            and abs(line.size - previous.size) <= 0.5
            and line.page == previous.page
            and 0 < gap <= _BREAK * self.pitch
            and text[:1].islower()
        )

    def continues(self, line: Line, text: str, level: int | None) -> bool:
        previous, previous_text = self.lines[-1], self.texts[-1]
        gap = _bottom(previous) - line.base
        if self.level is not None and self._numbered_paragraph_after_all(line, text, level, gap):
            self.level, self.para_number = None, self.numbering.assign(previous_text)
            return True
        if self.level is not None:
            large = line.bold or line.size >= _LARGE * self.size
            numbered_goes_on = self._numbered_mid_sentence()
            return (
                large
                and abs(line.size - previous.size) <= 0.5
                and (
                    0 < gap <= 1.6 * line.size
                    if line.page == previous.page
                    else numbered_goes_on and line.page == previous.page + 1
                )
                and heading_level(text) is None
                and not (number_label(text) is not None and previous_text.rstrip().endswith(_END))
                # (a title in large type may run to six lines: "Summary prepared by the Office of
                # the United Nations High Commissioner for Human Rights in accordance with …")
                and (len(self.lines) < (6 if line.size >= _LARGE * self.size else 4) or numbered_goes_on)
            )
        if level is not None or bullet_of(text) or has_leaders(text) or has_leaders(previous_text):
            return False
        if len(self.lines) == 1 and _LABEL_ONLY.match(previous_text) and number_label(text) is None:
            # A number set on a line of its own ("140.22-25") labels the text below it.
            return line.page == previous.page and 0 < gap <= 2.5 * self.pitch
        numbered = number_label(text) is not None
        ends = previous_text.endswith(_END)
        if line.page != previous.page or not line.size or not previous.size:
            return not numbered and (not ends or text[:1].islower())
        if gap <= 0 or gap > _BREAK * self.pitch or abs(line.size - previous.size) > 1.0:
            return False
        if numbered and (ends or self.numbering.expects(text) or abs(line.x0 - self.margin) > 5):
            return False
        return not (ends and line.x0 > self.margin + 10)

    def flush(self) -> None:
        if not self.lines:
            return
        text = join_lines(self.texts, self.vocabulary)
        page = self.lines[0].page
        if self.level is not None and (text.endswith(";") or (text.endswith(_END) and _main_number(text))):
            # A "heading" that ends with a semicolon, or a numbered one that ends as a sentence
            # ends: a bold recommendation ("1. Consider ratifying … (Slovenia);"), a paragraph.
            self.level, self.para_number = None, self.numbering.assign(text)
        if self.level is not None:
            self.blocks.append((BlockKind.HEADING, text, page, None, self.level))
        elif bullet_of(text) and not _STAR_NOTE.match(text):
            self.blocks.append((BlockKind.LIST_ITEM, strip_bullet(text), page, None, None))
        else:
            self.blocks.append((BlockKind.PARAGRAPH, text, page, self.para_number, None))
        self.lines, self.texts, self.level = [], [], None


def _note_text(lines: list[Line], vocabulary: Vocabulary) -> tuple[str, str | None]:
    texts = [clean_text(resolve_break_markers(line.text, vocabulary)) for line in lines]
    text = join_lines(texts, vocabulary)
    match = _LABEL.match(text)
    if not match:
        return text, None
    return text[match.end() :].strip(), match.group(1)


def _add_note(notes: list[tuple[str, str | None, int]], lines: list[Line], vocabulary: Vocabulary) -> None:
    """Add a note's text, label and page to ``notes``; a note without a label is the rest of the
    note before it (cut by a page break) and joins it.
    """
    text, label = _note_text(lines, vocabulary)
    if label is None and notes:
        previous_text, previous_label, previous_page = notes[-1]
        notes[-1] = (join_lines([previous_text, text], vocabulary), previous_label, previous_page)
    else:
        notes.append((text, label, lines[0].page))


def drop_note_references(text: str, labels: set[str]) -> str:
    """``text`` without the note numbers glued to its words, where a note of the document has that
    number: "the Working Group.2 The" → "the Working Group. The". A number after an upper-case
    letter, a digit or a numbered word ("Add.1", "art.5") stays.
    """
    if not labels:
        return text

    def replace(match: re.Match[str]) -> str:
        if match.group(2) not in labels:
            return match.group(0)
        word = text[: match.start()].rsplit(None, 1)[-1] if text[: match.start()].strip() else ""
        letters = word.rstrip(".,;:)(")
        if not letters[-1:].islower() or letters.lower().rsplit("/", 1)[-1] in _NUMBERED_WORDS:
            return match.group(0)
        return match.group(1)

    return _NOTE_REFERENCE.sub(replace, text)


def top_first(lines: list[Line]) -> list[Line]:
    """A page's lines with a run that the content stream gives last but that stands above all
    the rest moved to the front: the masthead of a UN document's first page ("United Nations
    A/HRC/WG.6/48/SVN/3", "General Assembly Distr.: General", "Original: English") is often
    written after the text, and would otherwise cut the paragraph that runs on to the next
    page. The run must read top down, like most of the page before it; a page without geometry,
    or one the stream gives from the bottom up, is left as it is."""
    if len(lines) < 3 or not all(line.size for line in lines):
        return lines
    downward = sum(1 for a, b in itertools.pairwise(lines) if b.base < a.base)
    if 2 * downward <= len(lines) - 1:
        return lines
    start = len(lines) - 1
    while start > 0 and lines[start - 1].base >= lines[start].base - 1.0:
        start -= 1  # the run goes back while its lines read top down
    # The longest such run whose lines all stand above every line before it.
    highest = list(itertools.accumulate((line.top for line in lines), max))
    lowest = list(itertools.accumulate((line.base for line in reversed(lines)), min))[::-1]
    for k in range(max(start, 1), len(lines)):
        if lowest[k] > highest[k - 1]:
            return lines[k:] + lines[:k]
    return lines


#: A note's number after a sentence's end ("… of social life.32").
_NOTE_REFERENCE_AT_END = re.compile(r"(?<=[.;:)”\"])\s?\d{1,3}$")


def _mark_run_in_headings(blocks: list[tuple[BlockKind, str, int, str | None, int | None]]) -> None:
    """Make a heading of each short unnumbered paragraph in body type that does not end as a
    sentence ends and stands between a finished block and a numbered paragraph: the italic
    sub-headings of UN reports ("Equality and non-discrimination" / "24. APE recommended …"),
    which neither size nor weight sets apart."""
    for k in range(1, len(blocks) - 1):
        kind, text, page, number, _level = blocks[k]
        if kind != BlockKind.PARAGRAPH or number is not None or len(text) > 80 or not text[:1].isupper():
            continue
        if text.endswith((*_END, ",")) or has_leaders(text) or _STAR_NOTE.match(text) or any(c.isdigit() for c in text):
            continue
        before, after = blocks[k - 1], blocks[k + 1]
        if after[0] != BlockKind.PARAGRAPH or after[3] is None or after[2] != page:
            continue
        ending = _NOTE_REFERENCE_AT_END.sub("", before[1].rstrip())
        if before[0] == BlockKind.PARAGRAPH and not ending.endswith((*_END, "”", '"', ")")):
            continue  # the paragraph before goes on: this may be its last words
        blocks[k] = (BlockKind.HEADING, text, page, None, 3)


def pdf_blocks(pages: list[list[Line]], limits: Limits) -> BlockSink:
    """The blocks of a PDF: body blocks in reading order, then the footnotes of every page."""
    size = body_size(pages)
    cleaned: dict[int, str] = {}
    pages = _remove_furniture([top_first(lines) for lines in pages], cleaned)
    vocabulary = Vocabulary(line.text for lines in pages for line in lines)
    pages, endnotes = split_endnotes(pages, size)
    assembler = _Assembler(vocabulary, size, cleaned)
    notes: list[tuple[str, str | None, int]] = []
    continuing = False
    for lines in pages:
        body, page_notes = split_footnotes(lines, size, continuing=continuing)
        assembler.page(body)
        for note in page_notes:
            _add_note(notes, note, vocabulary)
        continuing = bool(page_notes)
    assembler.flush()
    _mark_run_in_headings(assembler.blocks)
    for note in endnotes:
        _add_note(notes, note, vocabulary)
    sink = BlockSink(limits)
    stars: set[str] = set()
    # Footnotes at the foot of the page or endnotes at the end: a number is a note's if any note
    # of the document has it.
    labels = {label for _text, label, _page in notes if label and label.isdecimal()}
    for kind, text, page, para_number, level in assembler.blocks:
        text = drop_note_references(text, labels)
        star = _STAR_NOTE.match(text)
        if kind == BlockKind.PARAGRAPH and star and star.group(1) in stars:
            notes.append((text[star.end() :], star.group(1), page))
            continue
        if "*" in text:  # the only texts that can hold a star mark
            stars.update(_STAR_MARK.findall(text))
        sink.add(kind, text, page=page, para_number=para_number, level=level)
    for text, label, page in sorted(notes, key=lambda note: note[2]):
        sink.add(BlockKind.FOOTNOTE, text, page=page, label=label)
    return sink
