"""A letter as a PDF (fpdf2), in the DejaVu Sans font that the matplotlib wheel ships.

PDFs exist for Arabic (shaped by HarfBuzz through uharfbuzz and laid out right to left), English,
French, Russian and Spanish. DejaVu Sans has no Chinese glyphs and no free CJK font comes with a
PyPI package of reasonable size, so Chinese letters are DOCX only: ``letter_pdf`` raises
``PdfUnavailableError`` for them (``pdf_available`` says so beforehand). No font is ever downloaded.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from cpcollab.inputs.letters.model import Letter, LetterKind, writes_rtl

PDF_LANGUAGES = frozenset({"ar", "en", "fr", "ru", "es"})
FONT = "DejaVu"


class PdfUnavailableError(Exception):
    """No PDF can be made for this letter (its language needs glyphs the font lacks)."""


@cache
def font_path() -> Path | None:
    """DejaVuSans.ttf from the installed matplotlib package (found without importing matplotlib)."""
    spec = importlib.util.find_spec("matplotlib")
    for location in (spec.submodule_search_locations or []) if spec else []:
        path = Path(location) / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
        if path.is_file():
            return path
    return None


def pdf_available(language: str) -> bool:
    return language in PDF_LANGUAGES and font_path() is not None


def letter_pdf(letter: Letter) -> bytes:
    """The letter as PDF bytes (A4); raises PdfUnavailableError for a language without PDF."""
    path = font_path()
    if letter.language not in PDF_LANGUAGES or path is None:
        raise PdfUnavailableError(f"no PDF for letters in {letter.language!r}; use the DOCX")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_font(FONT, fname=str(path))
    pdf.set_font(FONT, size=11)
    if letter.rtl:
        pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ara")
    pdf.add_page()
    start = Align.R if letter.rtl else Align.L
    end = Align.L if letter.rtl else Align.R

    def line(text: str, align: Align = start, *, size: float = 11, gap: float = 2) -> None:
        if not text:
            return
        pdf.set_font_size(size)
        pdf.multi_cell(0, 5.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(gap)

    line(letter.organisation, Align.C, size=14, gap=4)
    line(letter.reference_line)
    if letter.kind == LetterKind.LETTER:
        line(letter.date_line, end)
        for text in letter.address:
            line(text, gap=0)
        pdf.ln(3)
        line(letter.salutation)
    else:
        line(letter.heading, Align.C, size=12, gap=4)
    for text in letter.body:
        line(text, Align.J if not letter.rtl else start)
    for number, question in enumerate(letter.questions, start=1):
        if letter.rtl and not writes_rtl(question):  # a question left in English keeps its direction
            pdf.set_text_shaping(use_shaping_engine=True, direction="ltr")
            line(f"{number}. {question}", Align.L)
            pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="ara")
        else:
            line(f"{number}. {question}")
    for text in letter.after:
        line(text, Align.J if not letter.rtl else start)
    line(letter.closing, Align.J if not letter.rtl else start, gap=6)
    for text in letter.signature:
        line(text, end, gap=0)
    if letter.kind == LetterKind.NOTE_VERBALE:
        line(letter.date_line, end, gap=6)
        for text in letter.address:
            line(text, gap=0)
    return bytes(pdf.output())
