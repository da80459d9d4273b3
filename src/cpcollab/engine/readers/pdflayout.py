"""From the lines of a PDF's pages to blocks: furniture out, footnotes apart, paragraphs joined.

* Running heads and feet: in the top and bottom margins, lines that are only a document
  symbol, a page number or a job number ("GE.14-12345"), and lines repeated on most pages.
* Footnotes: on each page, the lines below the lowest line in body type, set in smaller type,
  the first starting with a superscript label (or "*"), each note starting at a label.
* Paragraphs: consecutive lines join unless a vertical gap, a change of size, a heading, a
  bullet, an indented first line or the next UN paragraph number ("12.", "(a)") starts a block.
* Headings: larger or bold type, or the usual patterns ("I. Introduction", "A. …").
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from cpcollab.engine.limits import Limits
from cpcollab.engine.model import BlockKind
from cpcollab.engine.readers.builder import BlockSink
from cpcollab.engine.readers.layout import (
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

_MARGIN = 0.12  # share of the page height at the top and bottom where running heads sit
_SMALL = 0.92  # footnote type is at most this share of the body type
_LARGE = 1.15  # heading type is at least this share of the body type
_BREAK = 1.3  # a gap of this many line pitches starts a paragraph
_END = (".", "!", "?", ":", ";")
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


def _pitch(lines: list[Line], size: float) -> float:
    diffs = [
        a.end_base - b.base
        for a, b in itertools.pairwise(lines)
        if a.size and 0.5 * a.size < a.end_base - b.base < 2.5 * a.size
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
        if len(text) > 150 or text[-1] in ".;,:" or has_leaders(text):
            return None
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
            if self.lines and self.continues(line, text, level):
                self.lines.append(line)
                self.texts.append(text)
                continue
            self.flush()
            self.lines, self.texts, self.level = [line], [text], level
            self.para_number = None if level is not None else self.numbering.assign(text)

    def continues(self, line: Line, text: str, level: int | None) -> bool:
        previous, previous_text = self.lines[-1], self.texts[-1]
        gap = previous.end_base - line.base
        if self.level is not None:
            large = line.bold or line.size >= _LARGE * self.size
            return (
                large
                and line.page == previous.page
                and abs(line.size - previous.size) <= 0.5
                and 0 < gap <= 1.6 * line.size
                and heading_level(text) is None
                and len(self.lines) < 4
            )
        if level is not None or bullet_of(text) or has_leaders(text) or has_leaders(previous_text):
            return False
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


def pdf_blocks(pages: list[list[Line]], limits: Limits) -> BlockSink:
    """The blocks of a PDF: body blocks in reading order, then the footnotes of every page."""
    size = body_size(pages)
    cleaned: dict[int, str] = {}
    pages = _remove_furniture(pages, cleaned)
    vocabulary = Vocabulary(line.text for lines in pages for line in lines)
    assembler = _Assembler(vocabulary, size, cleaned)
    notes: list[tuple[str, str | None, int]] = []
    continuing = False
    for lines in pages:
        body, page_notes = split_footnotes(lines, size, continuing=continuing)
        assembler.page(body)
        for note in page_notes:
            text, label = _note_text(note, vocabulary)
            if label is None and notes:
                previous_text, previous_label, previous_page = notes[-1]
                notes[-1] = (join_lines([previous_text, text], vocabulary), previous_label, previous_page)
            else:
                notes.append((text, label, note[0].page))
        continuing = bool(page_notes)
    assembler.flush()
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
