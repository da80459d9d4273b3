"""DOCX and ODT: structure from styles and markup, footnotes apart, zip bombs refused unopened."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import Any
from xml.sax.saxutils import escape

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn

from cpcollab.engine.errors import DecompressionBombError, MalformedDocumentError, UnsupportedFormatError
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import BlockKind
from cpcollab.engine.readers import read_bytes

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_bytes(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _with_footnote(data: bytes) -> bytes:
    """Add a footnotes part with one note, cited at the end of the second body paragraph."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    footnotes = (
        f'<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See A/HRC/43/15.</w:t>'
        "</w:r></w:p></w:footnote></w:footnotes>"
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = content.replace(
                    b"UNICEF.</w:t></w:r>",
                    b'UNICEF.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>',
                    1,
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            elif item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", footnotes)
    return out.getvalue()


def test_docx_keeps_body_order_styles_tables_and_footnotes() -> None:
    # given a DOCX with headings, numbered paragraphs, a list, a table and a footnote
    document = docx.Document()
    document.add_heading("I. Introduction", level=1)
    document.add_paragraph("1. The Committee welcomed the cooperation with UNICEF.")
    document.add_paragraph("(a) A national report;")
    document.add_paragraph("Child protection systems", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Actor"
    table.cell(0, 1).text = "UNICEF"
    document.add_heading("A. Recommendations", level=2)
    data = _with_footnote(_docx_bytes(document))

    # when read
    result = read_bytes(data, filename="report.docx")

    # then every block has its kind, in order, and the note is apart
    assert [(b.kind, b.text, b.level, b.para_number, b.label) for b in result.blocks] == [
        (BlockKind.HEADING, "I. Introduction", 1, None, None),
        (BlockKind.PARAGRAPH, "1. The Committee welcomed the cooperation with UNICEF.", None, "1", None),
        (BlockKind.PARAGRAPH, "(a) A national report;", None, "1 (a)", None),
        (BlockKind.LIST_ITEM, "Child protection systems", None, None, None),
        (BlockKind.TABLE_CELL, "Actor", None, None, None),
        (BlockKind.TABLE_CELL, "UNICEF", None, None, None),
        (BlockKind.HEADING, "A. Recommendations", 2, None, None),
        (BlockKind.FOOTNOTE, "See A/HRC/43/15.", None, None, "1"),
    ]
    assert result.format == "docx" and len(result.sha256) == 64 and result.byte_size == len(data)


def _zeros_bomb(mebibytes: int) -> bytes:
    """A DOCX-looking ZIP whose word/document.xml inflates to ``mebibytes`` MiB of zeros.

    The deflate stream is built from one compressed MiB repeated (each piece ends in a full
    flush, so pieces are independent), which keeps the test light however large the bomb.
    """
    chunk = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    piece = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    stream = first + piece * (mebibytes - 1) + compressor.flush()
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(chunk, crc)
    name, size = b"word/document.xml", mebibytes << 20
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(stream), size, len(name), 0)
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(stream), size, len(name), 0, 0, 0, 0, 0, 0
    )
    directory = central + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(directory), len(local) + len(name) + len(stream), 0)
    return local + name + stream + directory + end


def test_the_bomb_builder_writes_a_real_zip() -> None:
    with zipfile.ZipFile(io.BytesIO(_zeros_bomb(3))) as archive:
        assert archive.read("word/document.xml") == bytes(3 << 20)


def test_a_docx_zip_bomb_is_refused_before_decompression() -> None:
    # given 1 GiB of zeros compressed into about a megabyte
    data = _zeros_bomb(1024)
    assert len(data) < 2 << 20

    # then it is refused from the sizes in its directory
    with pytest.raises(DecompressionBombError):
        read_bytes(data, filename="bomb.docx")


def test_the_compression_ratio_alone_is_enough_to_refuse() -> None:
    data = _zeros_bomb(4)

    with pytest.raises(DecompressionBombError):
        read_bytes(data, limits=Limits(max_compression_ratio=100))


def test_a_zip_that_is_neither_docx_nor_odt_is_unsupported() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("data.csv", "a,b\n1,2\n")

    with pytest.raises(UnsupportedFormatError):
        read_bytes(out.getvalue(), filename="report.docx")


def test_a_docx_with_broken_xml_is_malformed() -> None:
    source = zipfile.ZipFile(io.BytesIO(_docx_bytes(docx.Document())))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            target.writestr(item, b"<w:document><w:body>" if item.filename == "word/document.xml" else content)

    with pytest.raises(MalformedDocumentError):
        read_bytes(out.getvalue())


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _odt(body: str, automatic_styles: str = "", styles_xml: str | None = None) -> bytes:
    """An ODT of ``body``, with list styles in content.xml and, if given, a styles.xml."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            f'<?xml version="1.0"?><office:document-content {ODT_NS}>'
            f"<office:automatic-styles>{automatic_styles}</office:automatic-styles><office:body><office:text>{body}"
            "</office:text></office:body></office:document-content>",
        )
        if styles_xml is not None:
            archive.writestr("styles.xml", styles_xml)
    return out.getvalue()


def test_odt_headings_paragraphs_lists_tables_and_notes() -> None:
    # given an ODT whose paragraph cites a footnote
    body = (
        '<text:h text:outline-level="2">A. Presentation</text:h>'
        "<text:p>12. The State cooperated with UNICEF"
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>A/HRC/43/15, para. 4.</text:p></text:note-body></text:note>"
        ' on child protection.<text:s text:c="2"/>It<text:tab/>continued.</text:p>'
        "<text:list><text:list-item><text:p>birth registration</text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>Cell text</text:p></table:table-cell>"
        "<table:covered-table-cell/></table:table-row></table:table>"
        f"<text:p>{escape('Fish & chips <ok>')}</text:p>"
    )

    # when read
    result = read_bytes(_odt(body))

    # then the note is a footnote block and not part of the paragraph
    assert [(b.kind, b.text, b.level, b.para_number, b.label) for b in result.blocks] == [
        (BlockKind.HEADING, "A. Presentation", 2, None, None),
        (
            BlockKind.PARAGRAPH,
            "12. The State cooperated with UNICEF on child protection. It continued.",
            None,
            "12",
            None,
        ),
        (BlockKind.LIST_ITEM, "birth registration", None, None, None),
        (BlockKind.TABLE_CELL, "Cell text", None, None, None),
        (BlockKind.PARAGRAPH, "Fish & chips <ok>", None, None, None),
        (BlockKind.FOOTNOTE, "A/HRC/43/15, para. 4.", None, None, "1"),
    ]


def test_an_odt_with_an_entity_bomb_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
            f"<office:document-content {ODT_NS}><office:body><office:text><text:p>&b;</text:p>"
            "</office:text></office:body></office:document-content>",
        )

    with pytest.raises(MalformedDocumentError):
        read_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------
# Automatic numbering: the "12." that Word and LibreOffice show but do not store in the text


def _lvl(ilvl: int, fmt: str, text: str, start: str = "1", extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


# Paragraphs "1." with sub-paragraphs "(a)" (numId 90); Roman chapters with lettered sections, the
# sections linked to the Heading 2 style (numId 95).
_PARAGRAPHS = (
    f'<w:abstractNum w:abstractNumId="90">{_lvl(0, "decimal", "%1.")}{_lvl(1, "lowerLetter", "(%2)")}</w:abstractNum>'
    '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
)
_CHAPTERS = (
    f'<w:abstractNum w:abstractNumId="95">{_lvl(0, "upperRoman", "%1.")}'
    + _lvl(1, "upperLetter", "%2.", extra='<w:pStyle w:val="Heading2"/>')
    + "</w:abstractNum>"
    '<w:num w:numId="95"><w:abstractNumId w:val="95"/></w:num>'
)


def _add_numbering(document: docx.document.Document, definitions: str) -> None:
    """Add ``w:abstractNum`` and ``w:num`` definitions to the document's numbering part."""
    numbering = document.part.numbering_part.element
    fragment = docx.oxml.parse_xml(f'<w:numbering xmlns:w="{W_NS}">{definitions}</w:numbering>')
    first_num = numbering.find(qn("w:num"))
    for child in list(fragment):
        if child.tag == qn("w:abstractNum") and first_num is not None:
            first_num.addprevious(child)
        else:
            numbering.append(child)


def _number(element: Any, num_id: str, ilvl: str | None = "0") -> None:
    """Give a paragraph (``w:p``) or a style (``w:style``) a ``w:numPr``, values written as given."""
    numpr = element.get_or_add_pPr().get_or_add_numPr()
    if ilvl is not None:
        numpr.get_or_add_ilvl().set(qn("w:val"), ilvl)
    numpr.get_or_add_numId().set(qn("w:val"), num_id)


def _numbered(document: docx.document.Document, text: str, num_id: str, ilvl: str | None = "0") -> None:
    _number(document.add_paragraph(text)._p, num_id, ilvl)


def _blocks(data: bytes) -> list[tuple[BlockKind, str, str | None]]:
    return [(b.kind, b.text, b.para_number) for b in read_bytes(data, filename="report.docx").blocks]


def test_docx_auto_numbered_paragraphs_show_words_numbers() -> None:
    # given paragraphs numbered by Word: 1–3, (a)–(b) under 2, (a) again under 3, and a bullet
    document = docx.Document()
    _add_numbering(document, _PARAGRAPHS)
    _numbered(document, "The Committee welcomes the report.", "90")
    _numbered(document, "The Committee recommends that the State:", "90")
    _numbered(document, "Work with UNICEF on birth registration;", "90", "1")
    _numbered(document, "Strengthen child protection.", "90", "1")
    document.add_paragraph("Child protection systems", style="List Bullet")
    _numbered(document, "It also recommends that the State:", "90")
    _numbered(document, "Ratify the Optional Protocol.", "90", "1")

    # when read
    blocks = _blocks(_docx_bytes(document))

    # then each numbered paragraph starts with its number and can be cited by it; the bullet stays a list item
    assert blocks == [
        (BlockKind.PARAGRAPH, "1. The Committee welcomes the report.", "1"),
        (BlockKind.PARAGRAPH, "2. The Committee recommends that the State:", "2"),
        (BlockKind.PARAGRAPH, "(a) Work with UNICEF on birth registration;", "2 (a)"),
        (BlockKind.PARAGRAPH, "(b) Strengthen child protection.", "2 (b)"),
        (BlockKind.LIST_ITEM, "Child protection systems", None),
        (BlockKind.PARAGRAPH, "3. It also recommends that the State:", "3"),
        (BlockKind.PARAGRAPH, "(a) Ratify the Optional Protocol.", "3 (a)"),
    ]


def test_docx_start_override_restarts_and_numids_of_one_definition_share_the_count() -> None:
    # given three numIds over one definition, two of them restarting it (at 1 and at 10)
    document = docx.Document()
    _add_numbering(
        document,
        f'<w:abstractNum w:abstractNumId="91">{_lvl(0, "decimal", "%1.")}</w:abstractNum>'
        '<w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>'
        '<w:num w:numId="92"><w:abstractNumId w:val="91"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        '<w:num w:numId="93"><w:abstractNumId w:val="91"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>',
    )
    for text, num_id in (("A", "91"), ("B", "91"), ("C", "92"), ("D", "92"), ("E", "91"), ("F", "93")):
        _numbered(document, f"Paragraph {text}.", num_id)

    # when read
    blocks = _blocks(_docx_bytes(document))

    # then the override restarts the count where its numId first appears, and the count goes on from there
    assert [para_number for _, _, para_number in blocks] == ["1", "2", "1", "2", "3", "10"]


def test_docx_numbering_comes_from_the_paragraph_style_and_the_paragraphs_own_wins() -> None:
    # given a numbered paragraph style, a style based on it, and two styles based on each other
    document = docx.Document()
    _add_numbering(
        document,
        _PARAGRAPHS + f'<w:abstractNum w:abstractNumId="94">{_lvl(0, "decimal", "%1.")}</w:abstractNum>'
        '<w:num w:numId="94"><w:abstractNumId w:val="94"/></w:num>',
    )
    numbered = document.styles.add_style("UN Numbered Para", WD_STYLE_TYPE.PARAGRAPH)
    _number(numbered.element, "94", ilvl=None)
    document.styles.add_style("UN Numbered Para 2", WD_STYLE_TYPE.PARAGRAPH).base_style = numbered
    first = document.styles.add_style("Looped A", WD_STYLE_TYPE.PARAGRAPH)
    second = document.styles.add_style("Looped B", WD_STYLE_TYPE.PARAGRAPH)
    first.base_style, second.base_style = second, first
    _number(second.element, "94", ilvl=None)
    document.add_paragraph("The State submitted its report.", style="UN Numbered Para")
    document.add_paragraph("The Committee held a dialogue.", style="UN Numbered Para 2")
    _number(document.add_paragraph("With the delegation;", style="UN Numbered Para")._p, "90", "1")
    _number(document.add_paragraph("A quoted passage.", style="UN Numbered Para")._p, "0")
    document.add_paragraph("The Committee thanks the State.", style="Looped A")

    # when read
    blocks = _blocks(_docx_bytes(document))

    # then the style numbers its paragraphs, a paragraph's own numPr wins, and numId 0 means none
    assert blocks == [
        (BlockKind.PARAGRAPH, "1. The State submitted its report.", "1"),
        (BlockKind.PARAGRAPH, "2. The Committee held a dialogue.", "2"),
        (BlockKind.PARAGRAPH, "(a) With the delegation;", "2 (a)"),
        (BlockKind.PARAGRAPH, "A quoted passage.", None),
        (BlockKind.PARAGRAPH, "3. The Committee thanks the State.", "3"),
    ]


def test_docx_numbered_headings_stay_headings_with_their_number() -> None:
    # given Heading 1 numbered "I." by its style, Heading 2 lettered by the level linked to it
    document = docx.Document()
    _add_numbering(document, _PARAGRAPHS + _CHAPTERS)
    _number(document.styles["Heading 1"].element, "95", ilvl=None)
    _number(document.styles["Heading 2"].element, "95", ilvl=None)
    document.add_heading("Introduction", level=1)
    _numbered(document, "The Committee considered the report.", "90")
    document.add_heading("Cooperation with UNICEF", level=2)
    _numbered(document, "The State cooperated with UNICEF.", "90")
    document.add_heading("Recommendations", level=1)
    document.add_heading("Children", level=2)

    # when read
    result = read_bytes(_docx_bytes(document), filename="report.docx")

    # then the headings keep their level and show their number; the paragraphs count on their own
    assert [(b.kind, b.text, b.level, b.para_number) for b in result.blocks] == [
        (BlockKind.HEADING, "I. Introduction", 1, None),
        (BlockKind.PARAGRAPH, "1. The Committee considered the report.", None, "1"),
        (BlockKind.HEADING, "A. Cooperation with UNICEF", 2, None),
        (BlockKind.PARAGRAPH, "2. The State cooperated with UNICEF.", None, "2"),
        (BlockKind.HEADING, "II. Recommendations", 1, None),
        (BlockKind.HEADING, "A. Children", 2, None),
    ]


@pytest.mark.parametrize(
    ("definitions", "num_id", "ilvl"),
    [
        pytest.param(_PARAGRAPHS, "77", "0", id="numId-pointing-nowhere"),
        pytest.param('<w:num w:numId="96"><w:abstractNumId w:val="404"/></w:num>', "96", "0", id="abstract-missing"),
        pytest.param(_PARAGRAPHS, "90", "12", id="level-out-of-range"),
        pytest.param(_PARAGRAPHS, "90", "x", id="level-not-a-number"),
        pytest.param(
            f'<w:abstractNum w:abstractNumId="97">{_lvl(0, "decimal", "%1.", start="99999999999")}</w:abstractNum>'
            '<w:num w:numId="97"><w:abstractNumId w:val="97"/></w:num>',
            "97",
            "0",
            id="absurd-start",
        ),
        pytest.param(
            f'<w:abstractNum w:abstractNumId="97">{_lvl(0, "decimal", "%1.", start="-3")}</w:abstractNum>'
            '<w:num w:numId="97"><w:abstractNumId w:val="97"/></w:num>',
            "97",
            "0",
            id="negative-start",
        ),
        pytest.param(
            f'<w:abstractNum w:abstractNumId="97">{_lvl(0, "lowerLetter", "(%1)", start="32767")}</w:abstractNum>'
            '<w:num w:numId="97"><w:abstractNumId w:val="97"/></w:num>',
            "97",
            "0",
            id="runaway-label",
        ),
        pytest.param(
            f'<w:abstractNum w:abstractNumId="97">{_lvl(0, "decimal", "%1.%5.")}</w:abstractNum>'
            '<w:num w:numId="97"><w:abstractNumId w:val="97"/></w:num>',
            "97",
            "0",
            id="text-naming-an-undefined-level",
        ),
        pytest.param(
            '<w:abstractNum w:abstractNumId="98"><w:numStyleLink w:val="LoopedList"/></w:abstractNum>'
            '<w:num w:numId="98"><w:abstractNumId w:val="98"/></w:num>',
            "98",
            "0",
            id="style-link-cycle",
        ),
    ],
)
def test_docx_numbering_that_does_not_resolve_leaves_an_unnumbered_list_item(
    definitions: str, num_id: str, ilvl: str
) -> None:
    # given a numbered paragraph whose numbering is broken, between two that are numbered well
    document = docx.Document()
    _add_numbering(document, definitions if definitions == _PARAGRAPHS else _PARAGRAPHS + definitions)
    looped = document.styles.add_style("Looped List", WD_STYLE_TYPE.LIST)
    _number(looped.element, "98")
    _numbered(document, "The State submitted its report.", "90")
    _numbered(document, "The Committee welcomes the report.", num_id, ilvl)
    _numbered(document, "The Committee thanks the State.", "90")

    # when read, then it is a list item without a number, as before numbers were computed
    assert _blocks(_docx_bytes(document)) == [
        (BlockKind.PARAGRAPH, "1. The State submitted its report.", "1"),
        (BlockKind.LIST_ITEM, "The Committee welcomes the report.", None),
        (BlockKind.PARAGRAPH, "2. The Committee thanks the State.", "2"),
    ]


def test_docx_without_a_numbering_part_keeps_numbered_paragraphs_as_list_items() -> None:
    # given a numbered paragraph in a document whose numbering part is gone, and one whose part is no numbering
    document = docx.Document()
    _numbered(document, "The Committee welcomes the report.", "5")
    data = _docx_bytes(document)
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.NUMBERING:
            document.part.drop_rel(rel_id)
    without = _docx_bytes(document)
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            target.writestr(item, b"<other/>" if item.filename == "word/numbering.xml" else content)

    # when read, then the paragraph is a list item without a number
    assert "word/numbering.xml" not in zipfile.ZipFile(io.BytesIO(without)).namelist()
    for variant in (without, out.getvalue()):
        assert _blocks(variant) == [(BlockKind.LIST_ITEM, "The Committee welcomes the report.", None)]


_ODT_LISTS = (
    '<text:list-style style:name="L1">'
    '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:list-level-style-number text:level="2" style:num-format="a" style:num-prefix="(" style:num-suffix=")"/>'
    '<text:list-level-style-number text:level="3" style:num-format="i" text:display-levels="3"/>'
    "</text:list-style>"
    '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/>'
    "</text:list-style>"
)


def _items(*texts: str, start: str | None = None) -> str:
    first = f' text:start-value="{start}"' if start else ""
    return "".join(
        f"<text:list-item{first if i == 0 else ''}><text:p>{text}</text:p></text:list-item>"
        for i, text in enumerate(texts)
    )


def _odt_blocks(data: bytes) -> list[tuple[BlockKind, str, int | None, str | None]]:
    return [(b.kind, b.text, b.level, b.para_number) for b in read_bytes(data).blocks]


def test_odt_numbered_lists_show_their_numbers() -> None:
    # given a numbered list with a nested lettered list, continued after a paragraph, a new list
    # starting at 7 and a bulleted list
    body = (
        '<text:list text:style-name="L1" xml:id="list1">'
        + _items("The State cooperated with UNICEF.")
        + "<text:list-item><text:p>The Committee recommends that the State:</text:p>"
        + "<text:list>"
        + _items("Register every birth;")
        + "<text:list-item><text:soft-page-break/><text:p>Protect children;</text:p>"
        + "<text:list>"
        + _items("in schools.")
        + "</text:list></text:list-item></text:list>"
        + "<text:p>In particular:</text:p></text:list-item></text:list>"
        + "<text:p>The Committee notes the following.</text:p>"
        + '<text:list text:style-name="L1" text:continue-numbering="true">'
        + _items("It welcomes the plan.")
        + "</text:list>"
        + '<text:list text:style-name="L1">'
        + _items("It met the delegation.", start="7")
        + "</text:list>"
        + '<text:list text:style-name="L2">'
        + _items("birth registration")
        + "</text:list>"
    )

    # when read
    blocks = _odt_blocks(_odt(body, _ODT_LISTS))

    # then numbered items are paragraphs that start with their number, as the PDF would show them
    assert blocks == [
        (BlockKind.PARAGRAPH, "1. The State cooperated with UNICEF.", None, "1"),
        (BlockKind.PARAGRAPH, "2. The Committee recommends that the State:", None, "2"),
        (BlockKind.PARAGRAPH, "(a) Register every birth;", None, "2 (a)"),
        (BlockKind.PARAGRAPH, "(b) Protect children;", None, "2 (b)"),
        (BlockKind.PARAGRAPH, "2.b.i in schools.", None, None),
        (BlockKind.PARAGRAPH, "In particular:", None, None),
        (BlockKind.PARAGRAPH, "The Committee notes the following.", None, None),
        (BlockKind.PARAGRAPH, "3. It welcomes the plan.", None, "3"),
        (BlockKind.PARAGRAPH, "7. It met the delegation.", None, "7"),
        (BlockKind.LIST_ITEM, "birth registration", None, None),
    ]


def test_odt_headings_are_numbered_by_the_outline_style() -> None:
    # given an outline style numbering chapters "I." and sections "A."
    styles_xml = (
        f'<?xml version="1.0"?><office:document-styles {ODT_NS}><office:styles>'
        '<text:outline-style style:name="Outline">'
        '<text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."/>'
        '<text:outline-level-style text:level="2" style:num-format="A" style:num-suffix="."/>'
        "</text:outline-style></office:styles></office:document-styles>"
    )
    body = (
        '<text:h text:outline-level="1">Introduction</text:h>'
        '<text:h text:outline-level="2">Methodology</text:h>'
        '<text:h text:outline-level="1">Recommendations</text:h>'
        '<text:h text:outline-level="2">Children</text:h>'
        '<text:list text:style-name="Outline"><text:list-item><text:h text:outline-level="1">Conclusions</text:h>'
        "</text:list-item></text:list>"
        '<text:h text:outline-level="2"><text:number>B.</text:number>Follow-up</text:h>'
    )

    # when read
    blocks = _odt_blocks(_odt(body, styles_xml=styles_xml))

    # then the headings show their numbers, in a list of the outline style too; a number the
    # producer wrote into the heading is the one shown
    assert blocks == [
        (BlockKind.HEADING, "I. Introduction", 1, None),
        (BlockKind.HEADING, "A. Methodology", 2, None),
        (BlockKind.HEADING, "II. Recommendations", 1, None),
        (BlockKind.HEADING, "A. Children", 2, None),
        (BlockKind.HEADING, "III. Conclusions", 1, None),
        (BlockKind.HEADING, "B. Follow-up", 2, None),
    ]


@pytest.mark.parametrize(
    ("automatic_styles", "list_style"),
    [
        pytest.param(_ODT_LISTS, "Nowhere", id="style-not-defined"),
        pytest.param(
            '<text:list-style style:name="L9"><text:list-level-style-number text:level="1" style:num-format="1"'
            ' text:start-value="99999999999"/></text:list-style>',
            "L9",
            id="absurd-start",
        ),
        pytest.param(
            '<text:list-style style:name="L9"><text:list-level-style-number text:level="1" style:num-format="1"'
            ' text:start-value="-4"/></text:list-style>',
            "L9",
            id="negative-start",
        ),
        pytest.param(
            '<text:list-style style:name="L9"><text:list-level-style-number text:level="x" style:num-format="1"/>'
            "</text:list-style>",
            "L9",
            id="level-not-a-number",
        ),
        pytest.param(
            '<text:list-style style:name="L9"><text:list-level-style-number text:level="1" style:num-format="١"/>'
            "</text:list-style>",
            "L9",
            id="format-not-written",
        ),
    ],
)
def test_odt_numbering_that_does_not_resolve_leaves_an_unnumbered_list_item(
    automatic_styles: str, list_style: str
) -> None:
    # given a list whose numbering is broken, nested past the ten levels of a list style too
    deep = "<text:list><text:list-item>" * 12 + "<text:p>Deep.</text:p>" + "</text:list-item></text:list>" * 12
    body = f'<text:list text:style-name="{list_style}">{_items("The State cooperated.")}<text:list-item>{deep}'
    body += '</text:list-item></text:list><text:list text:style-name="L1">' + _items("It welcomes the plan.")
    body += "</text:list>"
    styles = automatic_styles if automatic_styles == _ODT_LISTS else _ODT_LISTS + automatic_styles

    # when read (with a styles.xml that is no XML), then its items are list items without a number,
    # and the list after it is numbered
    assert _odt_blocks(_odt(body, styles, styles_xml="<office:document-styles")) == [
        (BlockKind.LIST_ITEM, "The State cooperated.", None, None),
        (BlockKind.LIST_ITEM, "Deep.", None, None),
        (BlockKind.PARAGRAPH, "1. It welcomes the plan.", None, "1"),
    ]
