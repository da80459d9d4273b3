"""All the letters of a call at once: a ZIP with a DOCX and, where the language allows, a PDF per recipient."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable

from cpcollab.inputs.letters.model import Letter
from cpcollab.inputs.letters.pdf import letter_pdf, pdf_available
from cpcollab.inputs.letters.word import letter_docx

MAX_STEM = 60


def safe_stem(text: str) -> str:
    """ASCII letters, digits and dashes only, at most MAX_STEM characters; "recipient" when nothing is left."""
    spaced = re.sub(r"[\W_]+", " ", text)  # punctuation of any script separates words
    ascii_text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:MAX_STEM].strip("-")
    return stem or "recipient"


def letter_stem(letter: Letter) -> str:
    """The file name (without extension) of a letter: code or name of the recipient, and the language."""
    return f"{safe_stem(letter.recipient.code or letter.recipient.name)}-{letter.language}"


def letters_zip(letters: Iterable[Letter]) -> bytes:
    """A ZIP of every letter as DOCX and (except where ``pdf_available`` is false) as PDF;
    file names are ASCII, safe and unique per recipient (a counter is added when two stems meet)."""
    out = io.BytesIO()
    seen: set[str] = set()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for letter in letters:
            stem = letter_stem(letter)
            unique, counter = stem, 1
            while unique.lower() in seen:
                counter += 1
                unique = f"{stem}-{counter}"
            seen.add(unique.lower())
            archive.writestr(f"{unique}.docx", letter_docx(letter))
            if pdf_available(letter.language):
                archive.writestr(f"{unique}.pdf", letter_pdf(letter))
    return out.getvalue()
