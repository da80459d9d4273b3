"""DOCX with python-docx: paragraphs and tables in body order, footnotes and endnotes after.

The ZIP container is checked for decompression bombs before python-docx opens it. python-docx
resolves the package (content types, relationships) and the styles; the body and notes XML are
then walked with defusedxml's parser so that deleted revisions, field codes and text-box copies
stay out of the text. Automatically numbered paragraphs get the number Word shows in front of
their text ("12. The Committee …", see :mod:`.docxlists`); bullets are list items.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE

from cpcollab.engine.errors import MalformedDocumentError
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import BlockKind, Document
from cpcollab.engine.readers.archive import open_zip, read_member
from cpcollab.engine.readers.builder import BlockSink, make_document
from cpcollab.engine.readers.docxlists import ListNumbering, NumberingDefinitions, StyleNumbering
from cpcollab.engine.readers.layout import Numbering, heading_level
from cpcollab.engine.readers.listlabels import roman
from cpcollab.engine.readers.xmlsafe import parse_xml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees whose text is not part of the paragraph: deletions, field codes, properties, the
# fallback copy of drawings, text boxes.
_SKIP = frozenset(
    {W + "del", W + "moveFrom", W + "delText", W + "instrText", W + "pPr", W + "rPr", W + "txbxContent", _FALLBACK}
)
_INLINE_TEXT = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
_NOTE_TYPES = ("separator", "continuationSeparator", "continuationNotice")
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$")
_UN_HEADING_STYLE = re.compile(r"^_+\s*h\s*_+\s*(ch|\d)")


def _val(element: ET.Element | None) -> str | None:
    return None if element is None else element.get(W + "val")


def inline_text(paragraph: ET.Element, references: list[tuple[str, str]] | None = None) -> str:
    """The text of one ``w:p``; note references found on the way are appended to ``references``."""
    parts: list[str] = []
    stack = list(reversed(paragraph))
    while stack:
        element = stack.pop()
        tag = element.tag
        if tag in _SKIP or tag == W + "p":
            continue
        if tag == W + "t":
            parts.append(element.text or "")
        elif tag in _INLINE_TEXT:
            parts.append(_INLINE_TEXT[tag])
        elif tag in (W + "footnoteReference", W + "endnoteReference") and references is not None:
            references.append((tag, element.get(W + "id") or ""))
        stack.extend(reversed(element))
    return "".join(parts)


def paragraphs_under(element: ET.Element) -> list[ET.Element]:
    """The ``w:p`` elements under ``element`` in document order (text boxes left out)."""
    found: list[ET.Element] = []
    stack = list(reversed(element))
    while stack:
        child = stack.pop()
        if child.tag == W + "p":
            found.append(child)
        elif child.tag not in _SKIP:
            stack.extend(reversed(child))
    return found


class _Styles:
    """Heading levels, list styles and the numbering of styles by style id, following ``based on`` chains."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, int] = {}
        self.lists: set[str] = set()
        self.numbering: dict[str, StyleNumbering] = {}
        for style in document.styles:
            style_id = style.style_id
            level, is_list, numbering = self._inspect(style)
            if level is not None:
                self.levels[style_id] = level
            if is_list:
                self.lists.add(style_id)
            if numbering is not None:
                self.numbering[style_id] = numbering

    @staticmethod
    def _inspect(style: Any) -> tuple[int | None, bool, StyleNumbering | None]:
        level: int | None = None
        is_list = False
        num_id: str | None = None
        ilvl: str | None = None
        for _ in range(8):  # a cycle of ``based on`` styles ends here
            if style is None:
                break
            name = (style.name or "").lower().strip()
            if level is None:
                level = _style_name_level(name)
            ppr = getattr(style.element, "pPr", None)
            is_list = is_list or "list" in name or getattr(ppr, "numPr", None) is not None
            if level is None and ppr is not None and getattr(ppr, "outlineLvl", None) is not None:
                level = int(ppr.outlineLvl.val) + 1
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            if numpr is not None:  # the nearest style that says wins, item by item
                num_id = num_id if num_id is not None else _val(numpr.find(W + "numId"))
                ilvl = ilvl if ilvl is not None else _val(numpr.find(W + "ilvl"))
            style = getattr(style, "base_style", None)
        numbering = StyleNumbering(num_id, ilvl) if num_id is not None or ilvl is not None else None
        return (level if level is None or level <= 9 else None), is_list, numbering


def _style_name_level(name: str) -> int | None:
    match = _HEADING_STYLE.match(name)
    if match:
        return int(match.group(1))
    if name == "title":
        return 1
    if name == "subtitle":
        return 2
    match = _UN_HEADING_STYLE.match(name)
    if match:
        return 1 if match.group(1) == "ch" else int(match.group(1)) + 1
    return None


class _Body:
    """Walks ``w:body`` and fills the sink."""

    def __init__(self, sink: BlockSink, styles: _Styles, lists: ListNumbering) -> None:
        self.sink = sink
        self.styles = styles
        self.lists = lists
        self.numbering = Numbering()
        self.references: list[tuple[str, str]] = []

    def walk(self, body: ET.Element) -> None:
        stack = list(reversed(body))
        while stack and not self.sink.full:
            element = stack.pop()
            if element.tag == W + "p":
                self.paragraph(element)
            elif element.tag == W + "tbl":
                self.table(element)
            elif element.tag not in _SKIP and element.tag != W + "sectPr":
                stack.extend(reversed(element))

    def text(self, paragraph: ET.Element) -> tuple[str, bool]:
        """The paragraph's text as Word shows it, with the label of its automatic number in front.

        Also whether it is numbered with a number or letter. A numbered paragraph without text
        is counted but shows no label here: the sink drops it.
        """
        text = inline_text(paragraph, self.references)
        ppr = paragraph.find(W + "pPr")
        label = self.lists.label(ppr, _val(ppr.find(W + "pStyle")) if ppr is not None else None)
        if label is None or not text.strip():
            return text, False
        return label + text.lstrip(), True

    def paragraph(self, paragraph: ET.Element) -> None:
        text, numbered = self.text(paragraph)
        ppr = paragraph.find(W + "pPr")
        style = _val(ppr.find(W + "pStyle")) if ppr is not None else None
        outline = _val(ppr.find(W + "outlineLvl")) if ppr is not None else None
        num_id = _val(ppr.find(f"{W}numPr/{W}numId")) if ppr is not None else None
        level = self.styles.levels.get(style or "")
        if outline is not None and outline.isdigit() and int(outline) < 9:
            level = int(outline) + 1
        if level is None:
            level = heading_level(text.strip())
        if level is not None:
            self.sink.add(BlockKind.HEADING, text, level=level)
        elif not numbered and num_id != "0" and (num_id is not None or style in self.styles.lists):
            self.sink.add(BlockKind.LIST_ITEM, text)  # a bullet, or numbering that does not resolve
        else:
            self.sink.add(BlockKind.PARAGRAPH, text, para_number=self.numbering.assign(text.strip()))

    def table(self, table: ET.Element) -> None:
        for row in table.findall(W + "tr"):
            for cell in row.findall(W + "tc"):
                texts = [self.text(p)[0] for p in paragraphs_under(cell)]
                self.sink.add(BlockKind.TABLE_CELL, "\n".join(texts), keep_newlines=True)


def _related_part(document: Any, reltype: str) -> str | None:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return str(rel.target_part.partname).lstrip("/")
    return None


def _add_notes(sink: BlockSink, root: ET.Element, tag: str, order: list[str], in_roman: bool) -> None:
    labels = {note_id: (roman(i) if in_roman else str(i)) for i, note_id in enumerate(dict.fromkeys(order), start=1)}
    notes = [
        note
        for note in root.findall(W + tag)
        if note.get(W + "type") not in _NOTE_TYPES and note.get(W + "id") is not None
    ]
    position = {note_id: i for i, note_id in enumerate(labels)}
    notes.sort(key=lambda note: position.get(note.get(W + "id") or "", len(position)))
    for note in notes:
        note_id = note.get(W + "id") or ""
        text = " ".join(inline_text(p) for p in paragraphs_under(note))
        sink.add(BlockKind.FOOTNOTE, text, label=labels.get(note_id, note_id))


def _list_numbering(document: Any, archive: zipfile.ZipFile, styles: _Styles, limits: Limits) -> ListNumbering:
    """The numbering definitions of ``word/numbering.xml``; none when the part is missing or damaged.

    Without definitions numbered paragraphs stay unnumbered list items, as they would be if
    their numbers were not computed at all: a broken numbering part costs the labels, not the text.
    """
    root: ET.Element | None = None
    part = _related_part(document, RELATIONSHIP_TYPE.NUMBERING)
    if part is not None:
        try:
            root = parse_xml(read_member(archive, part, limits.max_decompressed_bytes))
        except MalformedDocumentError:
            root = None
    style_nums = {style_id: n.num_id for style_id, n in styles.numbering.items() if n.num_id is not None}
    return ListNumbering(NumberingDefinitions(root, style_nums), styles.numbering)


def read_docx(data: bytes, limits: Limits) -> Document:
    """Read a DOCX file into a Document."""
    with open_zip(data, limits) as archive:
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:  # python-docx raises many kinds on a broken package
            raise MalformedDocumentError(f"The DOCX package cannot be opened ({type(exc).__name__}).") from exc
        main = str(document.part.partname).lstrip("/")
        root = parse_xml(read_member(archive, main, limits.max_decompressed_bytes))
        body = root.find(W + "body")
        if body is None:
            raise MalformedDocumentError("The DOCX document has no body.")
        sink = BlockSink(limits)
        styles = _Styles(document)
        walker = _Body(sink, styles, _list_numbering(document, archive, styles, limits))
        walker.walk(body)
        for reltype, tag, reference, in_roman in (
            (RELATIONSHIP_TYPE.FOOTNOTES, "footnote", W + "footnoteReference", False),
            (RELATIONSHIP_TYPE.ENDNOTES, "endnote", W + "endnoteReference", True),
        ):
            part = _related_part(document, reltype)
            if part is None or sink.full:
                continue
            order = [note_id for kind, note_id in walker.references if kind == reference]
            notes_root = parse_xml(read_member(archive, part, limits.max_decompressed_bytes))
            _add_notes(sink, notes_root, tag, order, in_roman)
    return make_document("docx", data, sink)
