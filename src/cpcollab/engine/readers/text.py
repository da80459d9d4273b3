"""Plain text: decode, normalise line ends, find paragraphs, headings and paragraph numbers.

Two layouts are common: paragraphs separated by blank lines and hard-wrapped at a fixed width,
and one paragraph per line (the UPR text files). A group of lines between blank lines is read as
one wrapped paragraph when its lines fill a similar width; otherwise each line is a paragraph,
except that a line which does not end a sentence and is followed by one starting in lower case
continues onto it, across a blank line too (a page break kept in the text).
"""

from __future__ import annotations

import re
from collections import deque

from cpcollab.engine.limits import Limits
from cpcollab.engine.model import BlockKind, Document
from cpcollab.engine.readers.builder import BlockSink, make_document
from cpcollab.engine.readers.encoding import decode_text
from cpcollab.engine.readers.layout import (
    Numbering,
    Vocabulary,
    bullet_of,
    clean_text,
    heading_level,
    is_bare_number,
    is_job_number_line,
    join_lines,
    number_label,
    numbered_heading,
    strip_bullet,
)

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SENTENCE_END = ".!?:;"
# A note on the title ("Report …*" then "* The annex …"), the usual kind in UN documents.
_STAR_NOTE = re.compile(r"^(\*{1,3})\s+(?=\S)")
_STAR_MARK = re.compile(r"[^\W_](\*{1,3})(?!\*)")
#: A footnote set inside the text, as the UPR text files have them: its number, a tab, its text
#: ("1 \tKazakhstan, the Libyan Arab Jamahiriya, …"). The sentence around it goes on after it. A
#: row of a table ("1\tAfghanistan\t23") has more than one tab, and stays text.
_NOTE_LINE = re.compile(r"^\s*(\d{1,3})\s*\t\s*(\S[^\t]*)$")
#: A note without the tab, which only the text before it tells apart: one of its last lines
#: carries its number as a mark, set right after a word or a bracket ("… (Ghana)3;" / "3 The
#: recommendation as made during the interactive dialogue was …").
_MARKED_NOTE_LINE = re.compile(r"^\s*(\d{1,2}) +(\D.*)$")
#: How many lines of text back a note's mark may be: the note comes at the foot of the page.
_MARK_LINES = 40
_NOTE_MARK = re.compile(r"(?:(?<=[^\W\d_])|(?<=[)\]”’\"]))(\d{1,2})(?=[\s;,.:)]|$)")


def normalise_newlines(text: str) -> str:
    """Turn CR, CRLF, mixed and Unicode line separators into ``\\n``."""
    return _LINE_BREAKS.sub("\n", text)


def _is_wrapped(chunk: list[str]) -> bool:
    """Whether a group of lines is one paragraph wrapped at a fixed width."""
    if len(chunk) < 2:
        return False
    widths = [len(line) for line in chunk[:-1]]
    longest = max(len(line) for line in chunk)
    if not 30 <= longest <= 120:
        return False
    full = sum(1 for width in widths if width >= 0.6 * longest)
    return full >= 0.75 * len(widths)


def _starts_block(line: str) -> bool:
    return bool(number_label(line) or bullet_of(line) or heading_level(line))


def _continues(previous: str, line: str, wrapped: bool) -> bool:
    if is_bare_number(previous):
        return True
    if _starts_block(line) or heading_level(previous):
        return False
    if wrapped:
        return True
    if previous.endswith("-") and line[:1].isalpha():
        return True
    return previous[-1] not in _SENTENCE_END and line[:1].islower()


def _across_a_gap(previous: str, line: str) -> bool:
    """Whether a line after a blank one goes on with the sentence before the blank: the UPR text
    files keep the page breaks of the printed report as blank lines ("the Law on Criminal
    Procedure" / "" / "had been amended in 2010")."""
    if _CLAUSE_END.search(previous) and _CLAUSE_END.search(line):
        return False  # one whole clause after another ("подчеркивая …," / "" / "приветствуя …,")
    return line[:1].islower() and previous[-1] not in _SENTENCE_END and not heading_level(previous)


#: How a preambular paragraph of a resolution ends, which Russian begins in lower case ("вновь
#: подтверждая …,").
_CLAUSE_END = re.compile(r",\s*$")


def paragraphs(lines: list[str]) -> list[list[str]]:
    """Group cleaned lines (blank ones separate groups) into the lines of each paragraph."""
    result: list[list[str]] = []
    chunk: list[str] = []
    for line in [*lines, ""]:
        if line:
            chunk.append(line)
            continue
        wrapped = _is_wrapped(chunk)
        for item in chunk:
            if len(result) >= 2 and not result[-1] and _across_a_gap(result[-2][-1], item):
                result.pop()  # the blank line was a page break inside the sentence
            if result and result[-1] and _continues(result[-1][-1], item, wrapped):
                result[-1].append(item)
            else:
                result.append([item])
        chunk = []
        if result and result[-1]:
            result.append([])
    return [para for para in result if para]


def add_paragraphs(sink: BlockSink, paras: list[list[str]], vocabulary: Vocabulary) -> None:
    """Turn grouped lines into heading, list item and paragraph blocks."""
    numbering = Numbering()
    stars: set[str] = set()
    for para in paras:
        if sink.full:
            return
        text = join_lines(para, vocabulary)
        level = heading_level(text) if len(para) == 1 else None
        if level is None and len(para) <= 2 and numbered_heading(text, numbering):
            level = 3
        note = _STAR_NOTE.match(text)
        if note and note.group(1) in stars:
            sink.add(BlockKind.FOOTNOTE, text[note.end() :], label=note.group(1))
            continue
        stars.update(_STAR_MARK.findall(text))
        if level is not None:
            sink.add(BlockKind.HEADING, text, level=level)
        elif bullet_of(text):
            sink.add(BlockKind.LIST_ITEM, strip_bullet(text))
        else:
            sink.add(BlockKind.PARAGRAPH, text, para_number=numbering.assign(text))


def text_blocks(text: str, limits: Limits) -> BlockSink:
    """The blocks of decoded text: the body, then the notes set in it."""
    body: list[str] = []
    notes: list[tuple[str, str]] = []
    marks: deque[list[str]] = deque(maxlen=_MARK_LINES)  # the note marks of the last lines of text
    text_open = False  # whether the last line of text broke off in mid-sentence
    note_open = False  # whether the last line was a note that broke off so
    for line in normalise_newlines(text).split("\n"):
        found = _NOTE_LINE.match(line) if "\t" in line else _MARKED_NOTE_LINE.match(line)
        if found and ("\t" in line or any(found.group(1) in seen for seen in marks)):
            notes.append((found.group(1), found.group(2)))
            note_open = notes[-1][1].rstrip()[-1:] not in _SENTENCE_END
        elif note_open and not text_open and line.strip()[:1].islower():
            # The text before the note was whole, so a line in lower case goes on with the note.
            notes[-1] = (notes[-1][0], f"{notes[-1][1].rstrip()} {line.strip()}")
            note_open = notes[-1][1][-1:] not in _SENTENCE_END
        else:
            note_open = False
            body.append(line)
            if line.strip():
                marks.append(_NOTE_MARK.findall(line))
                text_open = line.rstrip()[-1:] not in _SENTENCE_END
    lines = clean_text("\n".join(body), keep_newlines=True, keep_blank=True).split("\n")
    lines = ["" if is_job_number_line(line) else line for line in lines]
    sink = BlockSink(limits)
    add_paragraphs(sink, paragraphs(lines), Vocabulary(lines))
    for label, note in notes:
        if sink.full:
            break
        sink.add(BlockKind.FOOTNOTE, clean_text(note), label=label)
    return sink


def read_text(data: bytes, limits: Limits) -> Document:
    """Read plain text of any common encoding into a Document (``Document.encoding`` says which)."""
    text, encoding = decode_text(data)
    return make_document("txt", data, text_blocks(text, limits), encoding=encoding)
