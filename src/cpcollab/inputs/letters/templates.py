"""Letter templates (TOML files in ``data/``, one per language) and ``render_letter``.

Placeholders: {recipient} {recipient_of} {addressee} {resolution} {resolution_symbol} {paragraph}
{session} {agenda_number} {agenda_title} {report_title} {due_date} {reference} {contact_email}.
"""

from __future__ import annotations

import datetime as dt
import tomllib
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

from cpcollab.inputs.letters.french import french_of
from cpcollab.inputs.letters.model import FALLBACK_LANGUAGE, Letter, LetterKind, LetterSpec, RecipientKind

Template = dict[str, Any]


@cache
def load_template(language: str) -> Template | None:
    """The templates of one language, or None when there are none."""
    path = resources.files("cpcollab.inputs.letters") / "data" / f"{language}.toml"
    if not language.isalpha() or not path.is_file():
        return None
    return tomllib.loads(path.read_text(encoding="utf-8"))


def format_date(value: dt.date, language: str) -> str:
    """A date as the letters of ``language`` write it ("15 March 2027", "15 mars 2027", "2027年3月15日")."""
    template = load_template(language) or load_template(FALLBACK_LANGUAGE)
    assert template is not None  # the English templates ship with the package
    day = template.get("first_day", "1") if value.day == 1 else str(value.day)
    return str(template["date"]).format(day=day, month=template["months"][value.month - 1], year=value.year)


def _ordinal_suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _name_of(spec: LetterSpec, language: str, template: Template) -> str:
    recipient = spec.recipient
    if recipient.name_of and language == recipient.language:
        return recipient.name_of
    if language == "ar" and recipient.name.startswith("ال"):
        return "لل" + recipient.name[2:]
    if language == "fr":
        return french_of(recipient.name)
    return str(template["recipient_of"]).format(name=recipient.name)


def clean(text: str) -> str:
    """Text fit for a letter: control characters (which XML cannot hold) become spaces."""
    if text.isprintable():
        return text
    kept = (" " if unicodedata.category(char) in {"Cc", "Cs"} or char in "\ufffe\uffff" else char for char in text)
    return " ".join("".join(kept).split())


def _fill(text: str, values: dict[str, str]) -> str:
    return text.format_map(values)


def render_letter(spec: LetterSpec) -> Letter:
    """The letter for ``spec``: a note verbale for a Member State, a letter otherwise, in the recipient's
    language of correspondence, or in English when no template exists in that language."""
    requested = spec.recipient.language
    language = requested if load_template(requested) is not None else FALLBACK_LANGUAGE
    template = load_template(language)
    assert template is not None
    kind = LetterKind.NOTE_VERBALE if spec.recipient.kind == RecipientKind.MEMBER_STATE else LetterKind.LETTER
    part: Template = template[kind.value]
    resolution = spec.resolution_symbol.removeprefix("A/RES/")
    values = {
        "recipient": spec.recipient.name,
        "recipient_of": _name_of(spec, language, template),
        "addressee": spec.recipient.addressee,
        "resolution": resolution,
        "resolution_symbol": spec.resolution_symbol,
        "paragraph": spec.paragraph,
        "session": str(template["session"]).format(n=spec.session, suffix=_ordinal_suffix(spec.session)),
        "agenda_number": spec.agenda_number,
        "agenda_title": spec.agenda_title,
        "report_title": spec.report_title,
        "due_date": format_date(spec.due_date, language),
        "reference": spec.reference,
        "contact_email": spec.contact_email,
    }
    values = {key: clean(value) for key, value in values.items()}
    questions = spec.questions.get(language) or spec.questions.get(FALLBACK_LANGUAGE)
    if questions is None:
        questions = next(iter(spec.questions.values()), ())
    salutation = ""
    if kind == LetterKind.LETTER:
        salutation = part["salutation"] if spec.recipient.addressee else part["salutation_default"]
    address = tuple(line for line in (_fill(text, values).strip() for text in part["address"]) if line)
    return Letter(
        recipient=spec.recipient,
        kind=kind,
        language=language,
        requested_language=requested,
        rtl=template["direction"] == "rtl",
        organisation=template["organisation"],
        heading=part["heading"],
        reference_line=f"{template['reference_label']} {clean(spec.reference)}",
        date_line=format_date(spec.date or dt.date.today(), language),
        address=address,
        salutation=_fill(salutation, values),
        body=tuple(_fill(text, values) for text in part["body"]),
        questions=tuple(clean(question) for question in questions),
        after=tuple(_fill(text, values) for text in part["after"]),
        closing=_fill(part["closing"], values),
        signature=tuple(clean(line) for line in (spec.signatory, spec.signatory_title) if line),
    )
