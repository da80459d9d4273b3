"""A letter as a PDF (fpdf2), in Noto Sans (Latin and Cyrillic) and Noto Sans Arabic, the fonts
the ``fontpkg-noto-sans`` and ``fontpkg-noto-sans-arabic`` packages ship (SIL Open Font Licence).

PDFs exist for Arabic (shaped by HarfBuzz through uharfbuzz and laid out right to left, Noto Sans
Arabic first and Noto Sans for the Latin in it), English, French, Russian and Spanish. No free CJK
font comes with a PyPI package of reasonable size, so Chinese letters are DOCX only: ``letter_pdf``
raises ``PdfUnavailableError`` for them (``pdf_available`` says so beforehand). No font is ever
downloaded.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from cpcollab.inputs.letters.model import Letter, LetterKind, writes_rtl

PDF_LANGUAGES = frozenset({"ar", "en", "fr", "ru", "es"})
FONT = "NotoSans"
ARABIC_FONT = "NotoSansArabic"
#: (package, file) of each font: variable fonts, used at their default instance (regular).
_FONTS = {
    FONT: ("fontpkg_noto_sans", "NotoSans[wdth,wght].ttf"),
    ARABIC_FONT: ("fontpkg_noto_sans_arabic", "NotoSansArabic[wdth,wght].ttf"),
}


class PdfUnavailableError(Exception):
    """No PDF can be made for this letter (its language needs glyphs the font lacks)."""


#: Tables of a variable font that a static font does without.
_VARIATION_TABLES = ("fvar", "gvar", "avar", "cvar", "HVAR", "MVAR", "VVAR", "STAT")


@cache
def font_paths() -> dict[str, Path] | None:
    """The letters' fonts, from their packages, as static fonts; ``None`` when one is missing.

    The packages ship variable fonts whose default instance is the regular weight: without
    their variation tables they are that instance, and embedding them in a PDF is quicker and
    smaller (the variations would be copied into every letter otherwise). The static copies are
    written once into the temporary folder, named by the variable font's digest."""
    paths: dict[str, Path] = {}
    for name, (package, filename) in _FONTS.items():
        try:
            source = Path(str(resources.files(package) / "files" / filename))
        except ModuleNotFoundError:
            return None
        if not source.is_file():
            return None
        paths[name] = _static_copy(source)
    return paths


def _static_copy(source: Path) -> Path:
    data = source.read_bytes()
    folder = Path(tempfile.gettempdir()) / "cpcollab-fonts"
    target = folder / f"{hashlib.sha256(data).hexdigest()[:16]}-{source.stem.split('[')[0]}.ttf"
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    font = TTFont(io.BytesIO(data))
    for tag in _VARIATION_TABLES:
        if tag in font:
            del font[tag]
    partial = folder / f".{target.name}.{os.getpid()}"
    font.save(str(partial))
    partial.replace(target)  # whole or absent: another process may be writing the same font
    return target


def pdf_available(language: str) -> bool:
    return language in PDF_LANGUAGES and font_paths() is not None


def letter_pdf(letter: Letter) -> bytes:
    """The letter as PDF bytes (A4); raises PdfUnavailableError for a language without PDF."""
    paths = font_paths()
    if letter.language not in PDF_LANGUAGES or paths is None:
        raise PdfUnavailableError(f"no PDF for letters in {letter.language!r}; use the DOCX")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(auto=True, margin=20)
    for name, path in paths.items():
        pdf.add_font(name, fname=str(path))
    main, other = (ARABIC_FONT, FONT) if letter.rtl else (FONT, ARABIC_FONT)
    pdf.set_font(main, size=11)
    pdf.set_fallback_fonts([other])  # the Latin of an address in an Arabic letter, and the reverse
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
