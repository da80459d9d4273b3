"""ODT (OpenDocument text): ``content.xml`` read with a bounded read and parsed with defusedxml.

``text:h`` → heading (its outline level), ``text:p`` → paragraph, ``text:list-item`` → list item,
or a paragraph that starts with its number when the list is numbered (see :mod:`.odtlists`),
table cells → table cells, ``text:note`` → footnote blocks after the body, kept out of the text
of the paragraph that cites them. Tables of contents and indexes are left out (they repeat the
headings); deleted revisions and comments are not text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass

from cpcollab.engine.errors import MalformedDocumentError
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import BlockKind, Document
from cpcollab.engine.readers.archive import open_zip, read_member
from cpcollab.engine.readers.builder import BlockSink, make_document
from cpcollab.engine.readers.layout import Numbering
from cpcollab.engine.readers.odtlists import ListNumbering, ListStyles, Place
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
# text:number is the number a producer wrote into a heading: the walk puts it before the text.
_SKIP_INLINE = frozenset(
    {OFFICE + "annotation", OFFICE + "annotation-end", DRAW + "frame", TEXT + "tracked-changes", TEXT + "number"}
)
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


@dataclass(frozen=True, slots=True)
class _At:
    """What the walk knows of an element's place: the list it is in, and the label it gets."""

    place: Place | None = None  # the innermost list around it
    in_list: bool = False  # a paragraph here is a list item (a bullet, or an item without a number)
    label: str | None = None  # the number of the list item whose first paragraph this is


_OUTSIDE = _At()


def _first_block(item: ET.Element) -> ET.Element | None:
    """The paragraph or heading that opens a list item (and takes its number), if it opens with one."""
    for child in item:
        if child.tag != TEXT + "soft-page-break":
            return child if child.tag in (TEXT + "p", TEXT + "h") else None
    return None


def _given_number(heading: ET.Element) -> str | None:
    """The number a producer wrote into a heading (``text:number``), if any."""
    number = heading.find(TEXT + "number")
    text = "".join(number.itertext()).strip() if number is not None else ""
    return text + " " if text else None


def _walk(sink: BlockSink, text_root: ET.Element, notes: _Notes, lists: ListNumbering) -> None:
    numbering = Numbering()
    stack: list[tuple[ET.Element, _At]] = [(child, _OUTSIDE) for child in reversed(text_root)]
    while stack and not sink.full:
        element, at = stack.pop()
        tag = element.tag
        if tag == TEXT + "h":
            level = _outline_level(element)
            label = at.label if at.place is not None else lists.heading(element, level)
            label = _given_number(element) or label
            text = inline_text(element, notes)
            sink.add(BlockKind.HEADING, label + text.lstrip() if label and text.strip() else text, level=level)
        elif tag == TEXT + "p":
            text = inline_text(element, notes)
            if at.label and text.strip():
                text = at.label + text.lstrip()
                sink.add(BlockKind.PARAGRAPH, text, para_number=numbering.assign(text.strip()))
            elif at.in_list:
                sink.add(BlockKind.LIST_ITEM, text)
            else:
                sink.add(BlockKind.PARAGRAPH, text, para_number=numbering.assign(text.strip()))
        elif tag == TABLE + "table":
            _table(sink, element, notes)
        elif tag in _INDEXES or tag in _SKIP_INLINE:
            continue
        elif tag == TEXT + "list":
            inner = _At(lists.enter(element, at.place), in_list=True)
            stack.extend((child, inner) for child in reversed(element))
        elif tag == TEXT + "list-item" and at.place is not None:
            first = _first_block(element)
            label = lists.item(element, at.place) if first is not None else None
            # The later paragraphs of a numbered item are paragraphs of their own, not list items.
            inner = _At(at.place, in_list=label is None)
            numbered = _At(at.place, in_list=False, label=label)
            stack.extend((child, numbered if child is first and label else inner) for child in reversed(element))
        else:
            inside = _At(at.place, in_list=at.in_list or tag in (TEXT + "list-item", TEXT + "list-header"))
            stack.extend((child, inside) for child in reversed(element))


def read_odt(data: bytes, limits: Limits) -> Document:
    """Read an OpenDocument text file into a Document."""
    with open_zip(data, limits) as archive:
        root = parse_xml(read_member(archive, "content.xml", limits.max_decompressed_bytes))
        styles_root = _styles_part(archive, limits)
    body = root.find(OFFICE + "body")
    text_root = body.find(OFFICE + "text") if body is not None else None
    if text_root is None:
        raise MalformedDocumentError("The ODT file has no text body.")
    sink = BlockSink(limits)
    notes = _Notes()
    _walk(sink, text_root, notes, ListNumbering(ListStyles.read(styles_root, root)))
    for label, text in notes.items:
        sink.add(BlockKind.FOOTNOTE, text, label=label)
    return make_document("odt", data, sink)


def _styles_part(archive: zipfile.ZipFile, limits: Limits) -> ET.Element | None:
    """The root of ``styles.xml`` (named list styles, the outline style); None when missing or damaged.

    Only the numbers of lists come from it: without it lists stay unnumbered list items.
    """
    try:
        return parse_xml(read_member(archive, "styles.xml", limits.max_decompressed_bytes))
    except MalformedDocumentError:
        return None
