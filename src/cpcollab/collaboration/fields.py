"""Reading a record's fields from what people type: codes, names, years, dates.

One set of rules for the API, the pages and spreadsheet import, so a value refused in one is
refused in all, with the same message under the same field name.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from cpcollab.collaboration.models import OTHER_PARTY_NAME, RecordStatus
from cpcollab.core.errors import ValidationFailedError
from cpcollab.registry.models import Actor, CollaborationKind, Country, CountryStatus, Mechanism, Theme

#: The fields a record is written from, in the order of the spreadsheet template.
FIELDS = ("title", "description", "parties", "kinds", "themes", "countries", "start", "end", "mechanism", "status")
LIST_FIELDS = ("parties", "kinds", "themes", "countries")
#: Prefix that makes a party a free-text organisation even if it looks like a code.
OTHER_PREFIX = "other:"
PARTY_STATES = (CountryStatus.MEMBER_STATE, CountryStatus.OBSERVER_STATE)
FIRST_YEAR, LAST_YEAR = 1945, 2100
MAX_TITLE, MAX_NAME, MAX_DESCRIPTION, MAX_ITEMS = 300, 200, 20_000, 100
_CODE_LIKE = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{1,31}$")


@dataclass(frozen=True)
class PartySpec:
    """A party, resolved: exactly one of ``actor``, ``country`` and ``name``."""

    actor: Actor | None = None
    country: Country | None = None
    name: str = ""

    @property
    def key(self) -> str:
        if self.actor is not None:
            return f"actor:{self.actor.code}"
        if self.country is not None:
            return f"state:{self.country.iso3}"
        return f"other:{self.name.casefold()}"


class Registry:
    """The registry's codes, loaded once per request or import (a few queries, not one per cell)."""

    @cached_property
    def actors(self) -> dict[str, Actor]:
        return {a.code.upper(): a for a in Actor.objects.all()}

    @cached_property
    def countries(self) -> dict[str, Country]:
        return {c.iso3.upper(): c for c in Country.objects.all()}

    @cached_property
    def kinds(self) -> dict[str, CollaborationKind]:
        return {k.code: k for k in CollaborationKind.objects.all()}

    @cached_property
    def themes(self) -> dict[str, Theme]:
        return {t.code.casefold(): t for t in Theme.objects.all()}

    @cached_property
    def mechanisms(self) -> dict[str, Mechanism]:
        return {m.code.upper(): m for m in Mechanism.objects.all()}


@dataclass
class Cleaned:
    """Field values ready for the model, and the errors found, by field name."""

    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def error(self, name: str, message: str) -> None:
        self.errors.setdefault(name, []).append(message)

    def raise_if_invalid(self) -> None:
        if self.errors:
            raise ValidationFailedError(details=self.errors)


def parse_party(token: str, registry: Registry) -> PartySpec | str:
    """A party from an actor code, an ISO3 code, ``OTHER`` or a name; a message if it is none."""
    text = " ".join(token.split())
    if text.casefold().startswith(OTHER_PREFIX):
        name = text[len(OTHER_PREFIX) :].strip()
        return PartySpec(name=name) if name else f"{token!r}: give the organisation's name after 'other:'."
    upper = text.upper()
    if upper == "OTHER":
        return PartySpec(name=OTHER_PARTY_NAME)
    if upper in registry.actors:
        return PartySpec(actor=registry.actors[upper])
    if upper in registry.countries:
        country = registry.countries[upper]
        if country.status not in PARTY_STATES:
            return f"{text}: a party must be a Member State or an observer State, not a territory."
        return PartySpec(country=country)
    if _CODE_LIKE.match(text):
        return f"{text}: no actor or Member State has this code (write 'other: {text}' for another organisation)."
    if len(text) > MAX_NAME:
        return f"{text[:40]}…: an organisation's name has at most {MAX_NAME} characters."
    return PartySpec(name=text)


def _as_list(value: Any, name: str, cleaned: Cleaned) -> list[str] | None:
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        items = [v.strip() for v in value if v.strip()]
        if len(items) > MAX_ITEMS:
            cleaned.error(name, f"At most {MAX_ITEMS} items.")
            return None
        return items
    cleaned.error(name, "Expected a list of codes.")
    return None


def _unique(items: Iterable[Any], key: Any = None) -> list[Any]:
    seen: dict[Any, Any] = {}
    for item in items:
        seen.setdefault(key(item) if key else item, item)
    return list(seen.values())


def _clean_parties(value: Any, cleaned: Cleaned, registry: Registry) -> None:
    tokens = _as_list(value, "parties", cleaned)
    if tokens is None:
        return
    parties: list[PartySpec] = []
    for token in tokens:
        party = parse_party(token, registry)
        if isinstance(party, str):
            cleaned.error("parties", party)
        else:
            parties.append(party)
    parties = _unique(parties, key=lambda p: p.key)
    if len(parties) < 2 and "parties" not in cleaned.errors:
        cleaned.error("parties", "A collaboration has at least two parties.")
    cleaned.values["parties"] = parties


def _clean_codes(name: str, value: Any, table: Mapping[str, Any], fold: Any, cleaned: Cleaned) -> None:
    codes = _as_list(value, name, cleaned)
    if codes is None:
        return
    unknown = [code for code in codes if fold(code) not in table]
    if unknown:
        cleaned.error(name, f"Unknown code: {', '.join(unknown[:10])}.")
        return
    cleaned.values[name] = _unique(table[fold(code)] for code in codes)


def parse_period(value: Any) -> tuple[int | None, datetime.date | None] | str:
    """``(year, date)`` from a year (``2021``) or a date (``2021-03-01``); a message if neither."""
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        year, date = value.year, value
    elif isinstance(value, int) and not isinstance(value, bool):
        year, date = value, None
    elif isinstance(value, float) and value.is_integer():
        year, date = int(value), None
    elif isinstance(value, str) and re.fullmatch(r"\d{4}", value.strip()):
        year, date = int(value.strip()), None
    elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            date = datetime.date.fromisoformat(value.strip())
        except ValueError:
            return f"{value}: not a valid date."
        year = date.year
    else:
        return f"{value}: write a year (2021) or a date (2021-03-01)."
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return f"{value}: the year must be between {FIRST_YEAR} and {LAST_YEAR}."
    return year, date


def _clean_period(raw: Mapping[str, Any], cleaned: Cleaned) -> None:
    for name in ("start", "end"):
        if name not in raw:
            continue
        period = parse_period(raw[name])
        if isinstance(period, str):
            cleaned.error(name, period)
        else:
            cleaned.values[f"{name}_year"], cleaned.values[f"{name}_date"] = period


def _clean_text(raw: Mapping[str, Any], cleaned: Cleaned) -> None:
    for name, limit in (("title", MAX_TITLE), ("description", MAX_DESCRIPTION)):
        if name not in raw:
            continue
        value = raw[name]
        if value is None:
            value = ""
        if not isinstance(value, str):
            cleaned.error(name, "Expected text.")
            continue
        value = value.strip().replace("\x00", "")
        if name == "title" and not value:
            cleaned.error(name, "A record needs a title.")
        elif len(value) > limit:
            cleaned.error(name, f"At most {limit} characters.")
        else:
            cleaned.values[name] = value


def clean_record_fields(raw: Mapping[str, Any], *, registry: Registry | None = None, partial: bool = False) -> Cleaned:
    """Check every field of ``raw`` (names of :data:`FIELDS`); ``partial``: only those given."""
    registry = registry or Registry()
    cleaned = Cleaned()
    unknown = sorted(set(raw) - set(FIELDS))
    for name in unknown:
        cleaned.error(name, "Unknown field.")
    if not partial:
        for name in ("title", "parties"):
            if not raw.get(name):
                cleaned.error(name, "This field is required.")
    _clean_text(raw, cleaned)
    if raw.get("parties") or (partial and "parties" in raw):
        _clean_parties(raw["parties"], cleaned, registry)
    if "kinds" in raw:
        _clean_codes("kinds", raw["kinds"], registry.kinds, str.strip, cleaned)
    if "themes" in raw:
        _clean_codes("themes", raw["themes"], registry.themes, str.casefold, cleaned)
    if "countries" in raw:
        _clean_codes("countries", raw["countries"], registry.countries, str.upper, cleaned)
    _clean_period(raw, cleaned)
    if "mechanism" in raw:
        code = (raw["mechanism"] or "").strip().upper() if isinstance(raw["mechanism"], (str, type(None))) else None
        if code is None or (code and code not in registry.mechanisms):
            cleaned.error("mechanism", f"Unknown mechanism: {raw['mechanism']}.")
        else:
            cleaned.values["mechanism"] = registry.mechanisms.get(code)
    if "status" in raw:
        status = raw["status"] if raw["status"] not in (None, "") else RecordStatus.DRAFT
        if status not in RecordStatus.values:
            cleaned.error("status", f"Use {' or '.join(RecordStatus.values)}.")
        else:
            cleaned.values["is_published"] = status == RecordStatus.PUBLISHED
    return cleaned


def check_period_order(values: Mapping[str, Any], cleaned: Cleaned) -> None:
    """The end of the period may not come before its start (on the full record)."""
    start = values.get("start_date") or (values.get("start_year") and datetime.date(values["start_year"], 1, 1))
    end = values.get("end_date") or (values.get("end_year") and datetime.date(values["end_year"], 12, 31))
    if start and end and end < start:
        cleaned.error("end", "The end comes before the start.")
