"""Read and check the reference data files (TOML written by hand, JSON generated).

Every reader validates what it reads and raises :class:`ReferenceDataError` naming the file
and the entry, so a typo in a data file fails loudly instead of loading half a registry.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from cpcollab.reference.languages import LANGUAGES
from cpcollab.reference.records import (
    ACTOR_TYPES,
    COUNTRY_STATUSES,
    MEMBER_ROLES,
    NON_ACTOR_BODIES,
    THEME_KINDS,
    ActorRecord,
    CountryName,
    CountryRecord,
    KindRecord,
    LocalName,
    MechanismRecord,
    Membership,
    ReportingLine,
    ResolutionRef,
    ThemeRecord,
)


class ReferenceDataError(ValueError):
    """A reference data file is malformed or inconsistent."""

    def __init__(self, filename: str, entry: str, message: str) -> None:
        super().__init__(f"{filename}: {entry}: {message}")
        self.filename = filename
        self.entry = entry


def _read(filename: str) -> Any:
    path = resources.files("cpcollab.reference") / "data" / filename
    raw = path.read_bytes()
    if filename.endswith(".toml"):
        return tomllib.loads(raw.decode("utf-8"))
    return json.loads(raw)


def _text(value: Any, filename: str, entry: str, what: str, *, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ReferenceDataError(filename, entry, f"{what} must be text")
    if required and not value.strip():
        raise ReferenceDataError(filename, entry, f"{what} is missing")
    return value.strip()


def _texts(value: Any, filename: str, entry: str, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ReferenceDataError(filename, entry, f"{what} must be a list of text")
    return tuple(v.strip() for v in value if v.strip())


def _local_names(raw: Any, filename: str, entry: str) -> dict[str, LocalName]:
    if not isinstance(raw, Mapping):
        raise ReferenceDataError(filename, entry, "names must be a table per language")
    names = {}
    for lang in LANGUAGES:
        if lang not in raw:
            raise ReferenceDataError(filename, entry, f"no names in {lang!r}")
        item = raw[lang]
        where = f"{entry} ({lang})"
        names[lang] = LocalName(
            full=_text(item.get("full"), filename, where, "full name"),
            short=_text(item.get("short"), filename, where, "short name"),
            acronyms=_texts(item.get("acronyms"), filename, where, "acronyms"),
            aliases=_texts(item.get("aliases"), filename, where, "aliases"),
        )
    return names


def _labels(raw: Any, filename: str, entry: str, what: str) -> dict[str, str]:
    if not isinstance(raw, Mapping):
        raise ReferenceDataError(filename, entry, f"{what} must be a table per language")
    return {lang: _text(raw.get(lang), filename, f"{entry} ({lang})", what) for lang in LANGUAGES}


def _resolutions(raw: Any, filename: str, entry: str) -> tuple[ResolutionRef, ...]:
    refs = []
    for item in raw or ():
        year = item.get("year")
        if not isinstance(year, int) or not 1900 <= year <= 2100:
            raise ReferenceDataError(filename, entry, f"resolution year {year!r} is not a year")
        refs.append(
            ResolutionRef(
                symbol=_text(item.get("symbol"), filename, entry, "resolution symbol"),
                year=year,
                body=_text(item.get("body"), filename, entry, "resolution body"),
                paragraph=_text(str(item.get("paragraph") or ""), filename, entry, "paragraph", required=False),
                note=_text(item.get("note"), filename, entry, "note", required=False),
            )
        )
    return tuple(refs)


def _unique(codes: Iterable[str], filename: str) -> set[str]:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ReferenceDataError(filename, code, "code is used twice")
        seen.add(code)
    return seen


@cache
def actors() -> tuple[ActorRecord, ...]:
    """The actors of ``actors.toml``, checked (types, six languages, references resolve)."""
    filename = "actors.toml"
    records = []
    for raw in _read(filename).get("actor", []):
        code = _text(raw.get("code"), filename, "actor", "code")
        kind = raw.get("type")
        if kind not in ACTOR_TYPES:
            raise ReferenceDataError(filename, code, f"type {kind!r} is not one of {ACTOR_TYPES}")
        if not isinstance(raw.get("independent_mandate"), bool):
            raise ReferenceDataError(filename, code, "independent_mandate must be true or false")
        records.append(
            ActorRecord(
                code=code,
                annotation_code=_text(raw.get("annotation_code") or code, filename, code, "annotation code"),
                type=kind,
                independent_mandate=raw["independent_mandate"],
                names=_local_names(raw.get("names"), filename, code),
                parent=_text(raw.get("parent"), filename, code, "parent", required=False),
                website=_text(raw.get("website"), filename, code, "website", required=False),
                reports_to=tuple(
                    ReportingLine(
                        body=_text(line.get("body"), filename, code, "reporting body"),
                        channel=_text(line.get("channel"), filename, code, "channel", required=False),
                    )
                    for line in raw.get("reports_to") or ()
                ),
                mandates=_resolutions(raw.get("mandates"), filename, code),
            )
        )
    codes = _unique((r.code for r in records), filename)
    bodies = codes | NON_ACTOR_BODIES
    for record in records:
        if record.parent and record.parent not in codes:
            raise ReferenceDataError(filename, record.code, f"parent {record.parent!r} is not an actor")
        if record.annotation_code not in codes:
            raise ReferenceDataError(filename, record.code, f"annotation code {record.annotation_code!r} unknown")
        for body in [line.body for line in record.reports_to] + [ref.body for ref in record.mandates]:
            if body not in bodies:
                raise ReferenceDataError(filename, record.code, f"body {body!r} is not an actor")
    return tuple(records)


@cache
def mechanisms() -> tuple[MechanismRecord, ...]:
    """The inter-agency mechanisms of ``mechanisms.toml``, with member actors checked."""
    filename = "mechanisms.toml"
    actor_codes = {a.code for a in actors()}
    records = []
    for raw in _read(filename).get("mechanism", []):
        code = _text(raw.get("code"), filename, "mechanism", "code")
        members = []
        for item in raw.get("members") or ():
            member = Membership(actor=item.get("actor", ""), role=item.get("role", "member"))
            if member.actor not in actor_codes:
                raise ReferenceDataError(filename, code, f"member {member.actor!r} is not an actor")
            if member.role not in MEMBER_ROLES:
                raise ReferenceDataError(filename, code, f"role {member.role!r} is not one of {MEMBER_ROLES}")
            members.append(member)
        year = raw.get("established_year")
        if year is not None and not isinstance(year, int):
            raise ReferenceDataError(filename, code, "established_year must be a year")
        records.append(
            MechanismRecord(
                code=code,
                names=_local_names(raw.get("names"), filename, code),
                description=_text(raw.get("description"), filename, code, "description", required=False),
                established_year=year,
                established_by=_resolutions(raw.get("established_by"), filename, code),
                members=tuple(members),
            )
        )
    _unique((r.code for r in records), filename)
    return tuple(records)


#: The theme taxonomy, split by subject; read in this order (parents before children).
THEME_FILES = ("themes-crc.toml", "themes-protection.toml")


@cache
def themes() -> tuple[ThemeRecord, ...]:
    """The one theme taxonomy, from the files of :data:`THEME_FILES`, parents before children."""
    records: list[ThemeRecord] = []
    seen: set[str] = set()
    for filename, raw in ((f, raw) for f in THEME_FILES for raw in _read(f).get("theme", [])):
        code = _text(raw.get("code"), filename, "theme", "code")
        kind = raw.get("kind")
        if kind not in THEME_KINDS:
            raise ReferenceDataError(filename, code, f"kind {kind!r} is not one of {THEME_KINDS}")
        parent = _text(raw.get("parent"), filename, code, "parent", required=False)
        if parent and parent not in seen:
            raise ReferenceDataError(filename, code, f"parent {parent!r} must come earlier in the file")
        if code in seen:
            raise ReferenceDataError(filename, code, "code is used twice")
        seen.add(code)
        keywords_raw = raw.get("keywords") or {}
        records.append(
            ThemeRecord(
                code=code,
                kind=kind,
                names=_labels(raw.get("names"), filename, code, "name"),
                parent=parent,
                ref=_text(raw.get("ref"), filename, code, "ref", required=False),
                related=_texts(raw.get("related"), filename, code, "related"),
                keywords={
                    lang: _texts(keywords_raw.get(lang), filename, code, "keywords")
                    for lang in LANGUAGES
                    if keywords_raw.get(lang)
                },
            )
        )
    for record in records:
        for other in record.related:
            if other not in seen:
                raise ReferenceDataError("themes", record.code, f"related theme {other!r} does not exist")
    return tuple(records)


@cache
def kinds() -> tuple[KindRecord, ...]:
    """The six collaboration kinds of ``kinds.toml``."""
    filename = "kinds.toml"
    records = []
    for raw in _read(filename).get("kind", []):
        code = _text(raw.get("code"), filename, "kind", "code")
        records.append(
            KindRecord(
                code=code,
                names=_labels(raw.get("names"), filename, code, "name"),
                description=_labels(raw.get("description"), filename, code, "description"),
                examples_en=_texts(raw.get("examples_en"), filename, code, "examples"),
            )
        )
    _unique((r.code for r in records), filename)
    return tuple(records)


@cache
def countries() -> tuple[CountryRecord, ...]:
    """Countries and territories of ``countries.json`` (see ``scripts/build_countries.py``)."""
    filename = "countries.json"
    records = []
    for raw in _read(filename)["countries"]:
        iso3 = _text(raw.get("iso3"), filename, "country", "ISO code")
        status = raw.get("status")
        if status not in COUNTRY_STATUSES:
            raise ReferenceDataError(filename, iso3, f"status {status!r} is not one of {COUNTRY_STATUSES}")
        names = {
            lang: CountryName(short=value["short"], formal=value.get("formal", ""))
            for lang, value in (raw.get("names") or {}).items()
            if lang in LANGUAGES
        }
        if "en" not in names:
            raise ReferenceDataError(filename, iso3, "no English name")
        if status != "territory" and len(names) != len(LANGUAGES):
            raise ReferenceDataError(filename, iso3, "a State needs its name in all six languages")
        records.append(
            CountryRecord(
                iso3=iso3,
                iso2=raw.get("iso2") or "",
                m49=raw.get("m49"),
                status=status,
                region_code=raw.get("region_code"),
                region=raw.get("region") or "",
                subregion_code=raw.get("subregion_code"),
                subregion=raw.get("subregion") or "",
                names=names,
                pattern_en=raw.get("pattern_en") or "",
            )
        )
    _unique((r.iso3 for r in records), filename)
    return tuple(records)


@cache
def correspondence_languages() -> dict[str, str]:
    """ISO3 → the language of correspondence a Member State starts with (``correspondence.toml``);
    States not listed start with English."""
    filename = "correspondence.toml"
    known = {r.iso3 for r in countries()}
    languages: dict[str, str] = {}
    for lang, codes in _read(filename).items():
        if lang not in LANGUAGES:
            raise ReferenceDataError(filename, lang, f"not one of {', '.join(LANGUAGES)}")
        for iso3 in codes:
            if iso3 not in known:
                raise ReferenceDataError(filename, lang, f"unknown country {iso3!r}")
            if iso3 in languages:
                raise ReferenceDataError(filename, iso3, "listed under two languages")
            languages[iso3] = lang
    return languages
