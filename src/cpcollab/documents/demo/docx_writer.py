"""A demonstration report as DOCX (python-docx), with real footnotes and a stable byte output.

python-docx stamps the time into the core properties and the ZIP entries; both are fixed
here, so the same report always gives the same bytes (and therefore the same document).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from cpcollab.documents.demo.texts import NOTE_MARK, DemoReport

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_TIME = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_RED = RGBColor(0xB0, 0x00, 0x20)


def _bidi(paragraph: Paragraph, rtl: bool) -> Paragraph:
    """Mark an Arabic paragraph (and its runs) as right to left."""
    if rtl:
        paragraph.paragraph_format.element.get_or_add_pPr().append(OxmlElement("w:bidi"))
        for run in paragraph.runs:
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    return paragraph


def _note_reference(paragraph: Paragraph, number: int) -> None:
    run = paragraph.add_run()
    run.font.superscript = True
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), str(number))
    run._r.append(reference)


def _add_text(paragraph: Paragraph, text: str) -> None:
    """Add ``text`` to the paragraph, turning each ``[^n]`` into a footnote reference."""
    position = 0
    for match in NOTE_MARK.finditer(text):
        paragraph.add_run(text[position : match.start()])
        _note_reference(paragraph, int(match.group(1)))
        position = match.end()
    paragraph.add_run(text[position:])


def _footnotes_xml(report: DemoReport) -> bytes:
    bidi = "<w:bidi/>" if report.rtl else ""
    rtl = "<w:rtl/>" if report.rtl else ""
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        "</w:p></w:footnote>",
    ]
    for number, text in sorted(report.footnotes.items()):
        notes.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr>{bidi}</w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/>{rtl}</w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="17"/>{rtl}</w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
            "</w:p></w:footnote>"
        )
    declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    return f'{declaration}<w:footnotes xmlns:w="{W_NS}">{"".join(notes)}</w:footnotes>'.encode()


def _masthead(document: docx.document.Document, report: DemoReport) -> None:
    rtl = report.rtl
    first = document.add_paragraph()
    first.paragraph_format.tab_stops.add_tab_stop(Pt(451), WD_TAB_ALIGNMENT.RIGHT)
    first.add_run(report.united_nations).font.size = Pt(10)
    symbol = first.add_run("\t" + report.symbol)
    symbol.bold, symbol.font.size = True, Pt(14)
    _bidi(first, rtl)
    organ = document.add_paragraph()
    organ_run = organ.add_run(report.organ)
    organ_run.bold, organ_run.font.size = True, Pt(16)
    _bidi(organ, rtl)
    for line in report.right:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if rtl else WD_ALIGN_PARAGRAPH.RIGHT
        _bidi(paragraph, rtl)
    for line in report.left:
        _bidi(document.add_paragraph(line), rtl)
    title = document.add_paragraph()
    title_run = title.add_run(report.title)
    title_run.bold, title_run.font.size = True, Pt(14)
    _bidi(title, rtl)
    notice = document.add_paragraph()
    run = notice.add_run(f"[{report.notice}]")
    run.bold, run.font.color.rgb, run.font.size = True, _RED, Pt(11)
    notice.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _bidi(notice, rtl)
    heading = document.add_paragraph()
    heading.add_run(report.summary_heading).bold = True
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _bidi(heading, rtl)
    _bidi(document.add_paragraph(report.summary), rtl)


def render_docx(report: DemoReport) -> bytes:
    """The report as a DOCX file."""
    document = docx.Document()
    properties = document.core_properties
    properties.title = report.title
    properties.subject = report.notice
    properties.comments = report.notice
    properties.author = properties.last_modified_by = "cpcollab demonstration data"
    properties.language = report.language
    properties.created = properties.modified = FIXED_TIME.replace(tzinfo=None)
    properties.revision = 1
    header = document.sections[0].header.paragraphs[0]
    header.text = report.notice
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _masthead(document, report)
    for heading, paragraphs in report.numbered():
        _bidi(document.add_heading(heading, level=1), report.rtl)
        for text in paragraphs:
            paragraph = document.add_paragraph()
            _add_text(paragraph, text)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _bidi(paragraph, report.rtl)
    if report.footnotes:
        part = Part(
            PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, _footnotes_xml(report), document.part.package
        )
        document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    buffer = io.BytesIO()
    document.save(buffer)
    return _stable_zip(buffer.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """The same package with every entry dated 1980-01-01, so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(item.filename))
    return out.getvalue()
