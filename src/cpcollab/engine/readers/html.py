"""HTML with the standard library's parser: block elements become blocks.

h1–h6 → headings, li → list items, td/th → table cells, p/div/blockquote and the like →
paragraphs; script, style, navigation and the head (but its title) are skipped. Elements marked as
notes (an id or class naming a footnote, endnote, "fn"/"ftn", or a doc-footnote role) give
footnote blocks. Nesting is tracked to a fixed depth, so deeply nested markup costs linear time.
The bytes are decoded by their byte-order mark, else their declared charset, else detection.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from cpcollab.engine.limits import Limits
from cpcollab.engine.model import BlockKind, Document
from cpcollab.engine.readers.builder import BlockSink, make_document
from cpcollab.engine.readers.encoding import bom_encoding, decode_text
from cpcollab.engine.readers.layout import Numbering, clean_text
from cpcollab.engine.readers.listlabels import MAX_COUNT, format_count

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "nav", "svg", "math", "iframe", "object", "select"}
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "blockquote",
        "li",
        "td",
        "th",
        "dt",
        "dd",
        "pre",
        "caption",
        "figcaption",
        "address",
        "section",
        "article",
        "aside",
        "footer",
        "header",
        "main",
        "table",
        "tr",
        "ul",
        "ol",
        "dl",
        "body",
        "html",
        "form",
        "fieldset",
        "center",
        *_HEADINGS,
    }
)
_NOTE_MARK = re.compile(r"footnote|endnote|(?:^|[\s_:-])(?:fn|ftn)(?:\d|$|[\s_:-])", re.IGNORECASE)
_CONTAINERS = frozenset({"ul", "ol", "dl", "table", "tr", "body", "html", "section", "article", "main", "blockquote"})
_NOTE_LABEL = re.compile(r"^\s*(?:\[(\d{1,4}|\*{1,3})\]|(\d{1,4})[.)]?(?=\s)|(\*{1,3}))\s*")
_MAX_DEPTH = 512
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML by its byte-order mark, its meta charset, else by detection."""
    if bom_encoding(data):
        return decode_text(data)
    match = _META_CHARSET.search(data[:4096])
    if match:
        declared = match.group(1).decode("ascii").lower()
        if declared in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
            declared = "cp1252"  # as browsers do
        try:
            codecs.lookup(declared)
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


class _Parser(HTMLParser):
    def __init__(self, sink: BlockSink) -> None:
        super().__init__(convert_charrefs=True)
        self.sink = sink
        self.stack: list[tuple[str, bool]] = []  # (tag, is a note)
        self.overflow = 0
        self.skipping = 0
        self.buffer: list[str] = []
        self.numbering = Numbering()
        self.title: list[str] = []
        self.in_title = False
        self.note_label: str | None = None
        self.breaks = 0
        # The lists open, innermost last: (depth in the stack, an ordered list's count, or None
        # for a bulleted one).
        self.lists: list[tuple[int, _Ordered | None]] = []
        self.label: str | None = None  # the label of the ordered list item under way, until its text

    # -- structure -----------------------------------------------------------------------------

    def in_note(self) -> bool:
        return any(note for _, note in self.stack[-64:])

    def kind(self) -> tuple[BlockKind, int | None]:
        for tag, _ in reversed(self.stack):
            if tag in _HEADINGS:
                return BlockKind.HEADING, _HEADINGS[tag]
            if tag == "li":
                return BlockKind.LIST_ITEM, None
            if tag in ("td", "th"):
                return BlockKind.TABLE_CELL, None
            if tag in _CONTAINERS:
                break
        return BlockKind.PARAGRAPH, None

    def flush(self) -> None:
        text = clean_text("".join(self.buffer))
        self.buffer = []
        if not text:
            return
        if self.in_note():
            match = _NOTE_LABEL.match(text)
            label = self.note_label
            if match:
                label = label or next(group for group in match.groups() if group)
                text = text[match.end() :]
            self.sink.add(BlockKind.FOOTNOTE, text.replace("↩", "").replace("↑", ""), label=label)
            self.note_label = None
            return
        kind, level = self.kind()
        if kind == BlockKind.LIST_ITEM and self.label is not None:
            # An item of an ordered list is a numbered paragraph ("12. The Committee …"), as
            # the page shows it.
            kind, text, self.label = BlockKind.PARAGRAPH, f"{self.label} {text}", None
        if kind == BlockKind.PARAGRAPH:
            self.sink.add(kind, text, para_number=self.numbering.assign(text))
        else:
            self.sink.add(kind, text, level=level)

    def open_list(self, tag: str, attrs: dict[str, str | None]) -> None:
        if tag == "ul":
            self.lists.append((len(self.stack), None))
            return
        fmt = _LIST_TYPES.get(attrs.get("type") or "1", "decimal")
        start = _integer(attrs.get("start"))
        count = _Ordered(fmt, 1 if start is None else start, -1 if "reversed" in attrs else 1)
        self.lists.append((len(self.stack), count))

    def open_item(self, attrs: dict[str, str | None]) -> None:
        self.label = None
        count = self.lists[-1][1] if self.lists else None
        if count is None:
            return
        given = _integer(attrs.get("value"), None)
        value = count.next if given is None else given
        count.next = value + count.step
        shown = format_count(value, count.fmt)
        if shown is not None:
            self.label = f"({shown})" if count.fmt in ("lowerLetter", "lowerRoman") else f"{shown}."

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
            return
        if tag == "title":
            self.in_title = True
        if self.skipping:
            return
        if tag == "br":
            self.breaks += 1
            if self.breaks >= 2:
                self.flush()
            else:
                self.buffer.append("\n")
            return
        if tag in _VOID:
            return
        if tag in _BLOCKS:
            self.breaks = 0
            self.flush()
        marks = " ".join(value or "" for name, value in attrs if name in ("id", "class", "role"))
        is_note = tag in _BLOCKS and bool(_NOTE_MARK.search(marks) or "doc-footnote" in marks or "doc-endnote" in marks)
        if is_note:
            digits = re.search(r"\d+", dict(attrs).get("id") or "")
            self.note_label = digits.group() if digits else None
        if len(self.stack) >= _MAX_DEPTH:
            self.overflow += 1
            return
        if tag in ("ol", "ul"):
            self.open_list(tag, dict(attrs))
        elif tag == "li":
            self.open_item(dict(attrs))
        self.stack.append((tag, is_note))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
            return
        if tag == "title":
            self.in_title = False
        if self.skipping or tag in _VOID:
            return
        if self.overflow:
            self.overflow -= 1
            return
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                if tag in _BLOCKS or any(t in _BLOCKS for t, _ in self.stack[depth:]):
                    self.flush()
                del self.stack[depth:]
                while self.lists and self.lists[-1][0] >= depth:
                    self.lists.pop()
                return

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.skipping or self.sink.full:
            return
        if data.strip():
            self.breaks = 0
        self.buffer.append(data)


@dataclass(slots=True)
class _Ordered:
    """The count of an ordered list (``<ol start="…" type="…" reversed>``)."""

    fmt: str  # a number format of :func:`format_count`
    next: int
    step: int


#: The ``type`` of an ordered list and the number format it shows; lettered and Roman items
#: are labelled as UN documents label sub-paragraphs ("(a)", "(iv)").
_LIST_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def _integer(value: str | None, default: int | None = 1) -> int | None:
    """A ``start`` or ``value`` attribute as a number within the range a label is written for."""
    try:
        number = int((value or "").strip())
    except ValueError:
        return default
    return number if -MAX_COUNT <= number <= MAX_COUNT else default


def read_html(data: bytes, limits: Limits) -> Document:
    """Read an HTML page into a Document (its title into the metadata)."""
    text, encoding = decode_html(data)
    sink = BlockSink(limits)
    parser = _Parser(sink)
    parser.feed(text)
    parser.close()
    parser.flush()
    title = clean_text("".join(parser.title)) or None
    return make_document("html", data, sink, encoding=encoding, title=title)
