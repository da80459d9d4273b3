"""DOCX and ODT: structure from styles and markup, footnotes apart, zip bombs refused unopened."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

import docx
import pytest

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
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _odt(body: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            f'<?xml version="1.0"?><office:document-content {ODT_NS}><office:body><office:text>{body}'
            "</office:text></office:body></office:document-content>",
        )
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
