"""Text folding shared by search and recognition."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Fold text for matching: compatibility forms, no diacritics or harakat, case-folded.

    ``fold("Côte d'Ivoire") == fold("COTE D'IVOIRE")``; Arabic vowel marks and tatweel are
    dropped; Chinese is unchanged. Both sides of a comparison must be folded.
    """
    decomposed = unicodedata.normalize("NFKD", text.replace("\u0640", ""))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept).casefold().replace("\u2019", "'")
