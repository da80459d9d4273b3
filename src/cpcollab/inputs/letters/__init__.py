"""Generated letters of a call for inputs (pure Python: dataclasses in, bytes out; no Django).

``render_letter(spec)`` picks the template by recipient kind (note verbale for a Member State's
Permanent Mission, letter for a UN entity or civil society organisation) and language of
correspondence, falling back to English; ``letter_docx``, ``letter_pdf`` (not for Chinese: see
``pdf``) and ``letters_zip`` turn letters into bytes.
"""

from cpcollab.inputs.letters.bundle import letter_stem, letters_zip, safe_stem
from cpcollab.inputs.letters.model import (
    LANGUAGES,
    Letter,
    LetterKind,
    LetterSpec,
    Recipient,
    RecipientKind,
)
from cpcollab.inputs.letters.pdf import PDF_LANGUAGES, PdfUnavailableError, letter_pdf, pdf_available
from cpcollab.inputs.letters.templates import format_date, render_letter
from cpcollab.inputs.letters.word import letter_docx

__all__ = [
    "LANGUAGES",
    "PDF_LANGUAGES",
    "Letter",
    "LetterKind",
    "LetterSpec",
    "PdfUnavailableError",
    "Recipient",
    "RecipientKind",
    "format_date",
    "letter_docx",
    "letter_pdf",
    "letter_stem",
    "letters_zip",
    "pdf_available",
    "render_letter",
    "safe_stem",
]
