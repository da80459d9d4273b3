"""The plain data of the generated letters: what goes in (``LetterSpec``) and what comes out (``Letter``)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
FALLBACK_LANGUAGE = "en"


class RecipientKind(StrEnum):
    MEMBER_STATE = "member_state"
    UN_ENTITY = "un_entity"
    CIVIL_SOCIETY = "civil_society"


class LetterKind(StrEnum):
    NOTE_VERBALE = "note_verbale"  # Secretariat → a Member State's Permanent Mission
    LETTER = "letter"  # → the head of a UN entity or of a civil society organisation


@dataclass(frozen=True)
class Recipient:
    """Who a letter goes to.

    ``name`` is the name in the language of correspondence ("France", "Fonds des Nations Unies pour
    l'enfance"). ``name_of`` is the name as it follows "Permanent Representative of" in that language
    ("de la France", "Франции", "لفرنسا"); without it each template's default form is used.
    ``code`` (ISO3 or actor code) names the files; ``addressee`` is the head of an entity.
    """

    name: str
    kind: RecipientKind
    language: str = FALLBACK_LANGUAGE
    code: str = ""
    addressee: str = ""
    name_of: str = ""


@dataclass(frozen=True)
class LetterSpec:
    """Everything one letter needs. ``questions`` maps a language to its ordered questions."""

    recipient: Recipient
    resolution_symbol: str  # "A/RES/66/139"
    paragraph: str  # "4"
    session: int  # 82 → "82nd session"
    agenda_number: str  # "66 (a)"
    agenda_title: str
    report_title: str
    due_date: dt.date
    reference: str
    contact_email: str
    questions: Mapping[str, Sequence[str]] = field(default_factory=dict)
    date: dt.date | None = None  # the letter's date; today when absent
    signatory: str = ""
    signatory_title: str = ""


@dataclass(frozen=True)
class Letter:
    """A rendered letter: its parts in reading order, in ``language`` (``requested_language`` was asked)."""

    recipient: Recipient
    kind: LetterKind
    language: str
    requested_language: str
    rtl: bool
    organisation: str
    heading: str
    reference_line: str
    date_line: str
    address: tuple[str, ...]
    salutation: str
    body: tuple[str, ...]
    questions: tuple[str, ...]
    after: tuple[str, ...]
    closing: str
    signature: tuple[str, ...]

    @property
    def fell_back(self) -> bool:
        return self.language != self.requested_language

    def text(self) -> str:
        """All the words of the letter as plain text, in reading order."""
        parts = [self.organisation, self.heading, self.reference_line, *self.address, self.salutation, *self.body]
        parts += [f"{number}. {question}" for number, question in enumerate(self.questions, start=1)]
        parts += [*self.after, self.closing, *self.signature, self.date_line]
        return "\n".join(part for part in parts if part)


def writes_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left: its first strongly directional character is Arabic
    or Hebrew. A question left in English inside an Arabic letter stays left to right."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
