"""ODT (OpenDocument text): ``content.xml`` read with a bounded read and parsed with defusedxml.

``text:h`` → heading (its outline level), ``text:p`` → paragraph, ``text:list-item`` → list item,
table cells → table cells, ``text:note`` → footnote blocks after the body, kept out of the text
of the paragraph that cites them. Tables of contents and indexes are left out (they repeat the
headings); deleted revisions and comments are not text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from cpcollab.engine.errors import MalformedDocumentError
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import BlockKind, Document
from cpcollab.engine.readers.archive import open_zip, read_member
from cpcollab.engine.readers.builder import BlockSink, make_document
from cpcollab.engine.readers.layout import Numbering
from cpcollab.engine.readers.xmlsafe import parse_xml

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"

_INDEXES = frozenset(
    TEXT + name
    for name in (
        "table-of-content",
        "illustration-index",
        "alphabetical-index",
        "bibliography",
        "user-index",
        "object-index",
        "table-index",
        "tracked-changes",
        "sequence-decls",
        "variable-decls",
        "user-field-decls",
    )
)
_SKIP_INLINE = frozenset({OFFICE + "annotation", OFFICE + "annotation-end", DRAW + "frame", TEXT + "tracked-changes"})
_ROW_CONTAINERS = frozenset(
    TABLE + name for name in ("table-row", "table-rows", "table-header-rows", "table-row-group")
)
_MAX_SPACES = 100  # text:s c="…" is capped: a count is not a licence to allocate


class _Notes:
    """Footnotes met in paragraphs, in order: (label, text)."""

    def __init__(self) -> None:
        self.items: list[tuple[str | None, str]] = []

    def add(self, note: ET.Element) -> None:
        citation = note.find(TEXT + "note-citation")
        label = None
        if citation is not None:
            label = citation.get(TEXT + "label") or "".join(citation.itertext()).strip() or None
        body = note.find(TEXT + "note-body")
        texts = [inline_text(p) for p in blocks_under(body)] if body is not None else []
        self.items.append((label, " ".join(texts)))


def inline_text(paragraph: ET.Element, notes: _Notes | None = None) -> str:
    """The text of a ``text:p`` or ``text:h``; notes go to ``notes`` instead of into the text."""
    parts: list[str] = [paragraph.text or ""]
    stack: list[ET.Element | str] = []
    for child in reversed(paragraph):
        stack.extend((child.tail or "", child))
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        tag = item.tag
        if tag == TEXT + "note":
            if notes is not None:
                notes.add(item)
            continue
        if tag in _SKIP_INLINE:
            continue
        if tag == TEXT + "s":
            count = item.get(TEXT + "c") or "1"
            parts.append(" " * min(int(count) if count.isdigit() else 1, _MAX_SPACES))
        elif tag == TEXT + "tab":
            parts.append("\t")
        elif tag == TEXT + "line-break":
            parts.append("\n")
        parts.append(item.text or "")
        for child in reversed(item):
            stack.extend((child.tail or "", child))
    return "".join(parts)


def blocks_under(element: ET.Element) -> list[ET.Element]:
    """The ``text:p`` and ``text:h`` elements under ``element`` in order (notes and frames left out)."""
    found: list[ET.Element] = []
    stack = list(reversed(element))
    while stack:
        child = stack.pop()
        if child.tag in (TEXT + "p", TEXT + "h"):
            found.append(child)
        elif child.tag not in _SKIP_INLINE and child.tag not in _INDEXES and child.tag != TEXT + "note":
            stack.extend(reversed(child))
    return found


def _outline_level(heading: ET.Element) -> int:
    value = heading.get(TEXT + "outline-level") or "1"
    return max(1, min(int(value), 10)) if value.isdigit() else 1


def _table(sink: BlockSink, table: ET.Element, notes: _Notes) -> None:
    stack = list(reversed(table))
    while stack and not sink.full:
        element = stack.pop()
        if element.tag == TABLE + "table-cell":
            texts = [inline_text(p, notes) for p in blocks_under(element)]
            sink.add(BlockKind.TABLE_CELL, "\n".join(texts), keep_newlines=True)
        elif element.tag in _ROW_CONTAINERS:
            stack.extend(reversed(element))


def _walk(sink: BlockSink, text_root: ET.Element, notes: _Notes) -> None:
    numbering = Numbering()
    stack: list[tuple[ET.Element, bool]] = [(child, False) for child in reversed(text_root)]
    while stack and not sink.full:
        element, in_list = stack.pop()
        tag = element.tag
        if tag == TEXT + "h":
            sink.add(BlockKind.HEADING, inline_text(element, notes), level=_outline_level(element))
        elif tag == TEXT + "p":
            text = inline_text(element, notes)
            if in_list:
                sink.add(BlockKind.LIST_ITEM, text)
            else:
                sink.add(BlockKind.PARAGRAPH, text, para_number=numbering.assign(text.strip()))
        elif tag == TABLE + "table":
            _table(sink, element, notes)
        elif tag in _INDEXES or tag in _SKIP_INLINE:
            continue
        else:
            inside = in_list or tag in (TEXT + "list", TEXT + "list-item", TEXT + "list-header")
            stack.extend((child, inside) for child in reversed(element))


def read_odt(data: bytes, limits: Limits) -> Document:
    """Read an OpenDocument text file into a Document."""
    with open_zip(data, limits) as archive:
        root = parse_xml(read_member(archive, "content.xml", limits.max_decompressed_bytes))
    body = root.find(OFFICE + "body")
    text_root = body.find(OFFICE + "text") if body is not None else None
    if text_root is None:
        raise MalformedDocumentError("The ODT file has no text body.")
    sink = BlockSink(limits)
    notes = _Notes()
    _walk(sink, text_root, notes)
    for label, text in notes.items:
        sink.add(BlockKind.FOOTNOTE, text, label=label)
    return make_document("odt", data, sink)
