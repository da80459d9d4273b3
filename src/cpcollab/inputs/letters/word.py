"""A letter as a Word document: A4, United Nations header, reference and date, body, numbered questions.

Arabic letters get right-to-left paragraphs (``w:bidi``) and runs (``w:rtl``).
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from cpcollab.inputs.letters.model import Letter, LetterKind, writes_rtl

_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:jc", "w:rPr")


def _rtl(paragraph: Paragraph) -> None:
    """Mark a paragraph right to left (w:bidi, in its schema place) and its runs (w:rtl)."""
    paragraph._p.get_or_add_pPr().insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


def letter_docx(letter: Letter) -> bytes:
    """The letter as DOCX bytes."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin = section.bottom_margin = Mm(20)
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    # In a right-to-left paragraph Word reads jc "left"/"right" as start/end: the start needs no jc.
    start: WD_ALIGN_PARAGRAPH | None = None if letter.rtl else WD_ALIGN_PARAGRAPH.LEFT
    end = WD_ALIGN_PARAGRAPH.RIGHT
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    written: list[Paragraph] = []

    def add(
        text: str,
        *,
        align: WD_ALIGN_PARAGRAPH | None = start,
        bold: bool = False,
        style: str | None = None,
        own_direction: bool = False,
    ) -> None:
        """``own_direction``: the paragraph follows its text's direction, not the letter's."""
        if not text:
            return
        paragraph = document.add_paragraph(style=style)
        run = paragraph.add_run(text)
        run.bold = bold
        if align is not None:
            paragraph.alignment = align
        if not own_direction or writes_rtl(text):
            written.append(paragraph)

    add(letter.organisation, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    add(letter.reference_line)
    if letter.kind == LetterKind.LETTER:
        add(letter.date_line, align=end)
        for line in letter.address:
            add(line)
        add(letter.salutation)
    else:
        add(letter.heading, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    for text in letter.body:
        add(text, align=justify)
    for question in letter.questions:  # a question left in English keeps its direction
        add(question, style="List Number", own_direction=True)
    for text in letter.after:
        add(text, align=justify)
    add(letter.closing, align=justify)
    for line in letter.signature:
        add(line, align=end)
    if letter.kind == LetterKind.NOTE_VERBALE:
        add(letter.date_line, align=end)
        for line in letter.address:
            add(line)
    if letter.rtl:
        for paragraph in written:
            _rtl(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
