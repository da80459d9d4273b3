"""Writes to the registry: loading the reference data files, and edits by administrators.

``reference_load`` is idempotent: it compares each entry's current state with the data file
and writes (and audits) only what differs, so a second run changes nothing and records no event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import models, transaction

from cpcollab import reference
from cpcollab.accounts.access import require
from cpcollab.accounts.roles import Capability
from cpcollab.audit.services import audit_record, snapshot, to_json
from cpcollab.reference.records import ActorRecord, LocalName, ResolutionRef
from cpcollab.registry.models import (
    Actor,
    CollaborationKind,
    Country,
    Mandate,
    Mechanism,
    MechanismMembership,
    ReportingLine,
    Theme,
)


@dataclass
class LoadReport:
    """What a load did, per kind of entry: created, updated, unchanged."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, kind: str, outcome: str) -> None:
        self.counts.setdefault(kind, Counter())[outcome] += 1

    @property
    def changed(self) -> int:
        return sum(c["created"] + c["updated"] for c in self.counts.values())

    def lines(self) -> list[str]:
        return [
            f"{kind}: {c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged"
            for kind, c in self.counts.items()
        ]


def _names_json(names: Any) -> dict[str, Any]:
    return {
        lang: {"full": n.full, "short": n.short, "acronyms": list(n.acronyms), "aliases": list(n.aliases)}
        for lang, n in names.items()
        if isinstance(n, LocalName)
    }


def _refs_json(refs: Iterable[ResolutionRef]) -> list[dict[str, Any]]:
    return [
        {"symbol": r.symbol, "year": r.year, "paragraph": r.paragraph, "body": r.body, "note": r.note} for r in refs
    ]


def _apply(*, user: Any, report: LoadReport, kind: str, obj: models.Model, before: Any, after: Any, write: Any) -> None:
    """Write ``obj`` (via ``write``) and audit it, unless its state already equals ``after``."""
    after = to_json(after)
    if before == after:
        report.add(kind, "unchanged")
        return
    created = obj.pk is None
    write()
    audit_record(
        user=user,
        action=f"{kind}.{'create' if created else 'update'}",
        obj=obj,
        before=None if created else before,
        after=after,
    )
    report.add(kind, "created" if created else "updated")


def _upsert_fields(
    *, user: Any, report: LoadReport, kind: str, obj: models.Model, fields: tuple[str, ...], after: dict[str, Any]
) -> None:
    """Create or update an entry whose state is just ``fields`` (no related rows)."""

    def write() -> None:
        for name in fields:
            setattr(obj, name, after[name])
        obj.save()

    before = snapshot(obj, fields) if obj.pk else None
    _apply(user=user, report=report, kind=kind, obj=obj, before=before, after=after, write=write)


# --- Actors ------------------------------------------------------------------------------

ACTOR_FIELDS = ("annotation_code", "type", "independent_mandate", "website", "names")


def actor_state(actor: Actor) -> dict[str, Any]:
    """An actor with its reporting lines and mandates, as plain JSON (for diffs and audit)."""
    state = snapshot(actor, ACTOR_FIELDS)
    state["parent"] = actor.parent.code if actor.parent_id else ""  # type: ignore[union-attr]
    state["reports_to"] = [{"body": r.body, "channel": r.channel} for r in actor.reporting_lines.all()]
    state["mandates"] = to_json(
        [
            {"symbol": m.symbol, "year": m.year, "paragraph": m.paragraph, "body": m.body, "note": m.note}
            for m in actor.mandates.all()
        ]
    )
    return state


def _parents_first(records: Iterable[ActorRecord]) -> list[ActorRecord]:
    pending = list(records)
    ordered: list[ActorRecord] = []
    placed: set[str] = set()
    while pending:
        ready = [r for r in pending if not r.parent or r.parent in placed]
        if not ready:
            raise reference.ReferenceDataError("actors.toml", pending[0].code, "parents form a cycle")
        ordered += ready
        placed |= {r.code for r in ready}
        pending = [r for r in pending if r.code not in placed]
    return ordered


def _load_actors(user: Any, report: LoadReport) -> None:
    existing = {
        a.code: a for a in Actor.objects.prefetch_related("reporting_lines", "mandates").select_related("parent")
    }
    for record in _parents_first(reference.actors()):
        actor = existing.get(record.code) or Actor(code=record.code)
        after = {
            "annotation_code": record.annotation_code,
            "type": record.type,
            "independent_mandate": record.independent_mandate,
            "website": record.website,
            "names": _names_json(record.names),
            "parent": record.parent,
            "reports_to": [{"body": r.body, "channel": r.channel} for r in record.reports_to],
            "mandates": _refs_json(record.mandates),
        }

        def write(actor: Actor = actor, record: ActorRecord = record, after: dict[str, Any] = after) -> None:
            for name in ACTOR_FIELDS:
                setattr(actor, name, after[name])
            actor.parent = existing[record.parent] if record.parent else None
            actor.save()
            actor.reporting_lines.all().delete()
            ReportingLine.objects.bulk_create(
                ReportingLine(actor=actor, body=r.body, channel=r.channel, position=i)
                for i, r in enumerate(record.reports_to)
            )
            actor.mandates.all().delete()
            Mandate.objects.bulk_create(
                Mandate(actor=actor, position=i, **ref) for i, ref in enumerate(_refs_json(record.mandates))
            )
            existing[record.code] = actor

        before = actor_state(actor) if actor.pk else None
        _apply(user=user, report=report, kind="actor", obj=actor, before=before, after=after, write=write)


# --- Countries ---------------------------------------------------------------------------

COUNTRY_FIELDS = ("iso2", "m49", "status", "region_code", "region", "subregion_code", "subregion", "names")


def _load_countries(user: Any, report: LoadReport) -> None:
    existing = {c.iso3: c for c in Country.objects.all()}
    for record in reference.countries():
        country = existing.get(record.iso3) or Country(iso3=record.iso3)
        after = {
            "iso2": record.iso2,
            "m49": record.m49,
            "status": record.status,
            "region_code": record.region_code,
            "region": record.region,
            "subregion_code": record.subregion_code,
            "subregion": record.subregion,
            "names": {
                lang: {"short": n.short, **({"formal": n.formal} if n.formal else {})}
                for lang, n in record.names.items()
            },
        }

        _upsert_fields(user=user, report=report, kind="country", obj=country, fields=COUNTRY_FIELDS, after=after)


# --- Themes ------------------------------------------------------------------------------

THEME_FIELDS = ("kind", "ref", "names", "keywords", "position")


def _theme_state(theme: Theme, codes: dict[int, str]) -> dict[str, Any]:
    state = snapshot(theme, THEME_FIELDS)
    state["parent"] = codes.get(theme.parent_id, "") if theme.parent_id else ""
    return state


def _load_themes(user: Any, report: LoadReport) -> None:
    existing = {t.code: t for t in Theme.objects.all()}
    codes = {t.pk: t.code for t in existing.values()}
    records = reference.themes()
    for position, record in enumerate(records):
        theme = existing.get(record.code) or Theme(code=record.code)
        after = {
            "kind": record.kind,
            "ref": record.ref,
            "names": dict(record.names),
            "keywords": {lang: list(words) for lang, words in record.keywords.items()},
            "position": position,
            "parent": record.parent,
        }

        def write(theme: Theme = theme, after: dict[str, Any] = after) -> None:
            for name in THEME_FIELDS:
                setattr(theme, name, after[name])
            theme.parent = existing[after["parent"]] if after["parent"] else None
            theme.save()
            existing[theme.code] = theme
            codes[theme.pk] = theme.code

        before = _theme_state(theme, codes) if theme.pk else None
        _apply(user=user, report=report, kind="theme", obj=theme, before=before, after=after, write=write)
    # Relations may point forward, so they are set once every theme exists. They are
    # symmetric: a theme is related to those it lists and to those that list it.
    related: dict[str, set[str]] = {record.code: set(record.related) for record in records}
    for record in records:
        for other in record.related:
            related[other].add(record.code)
    for record in records:
        theme = existing[record.code]
        current = sorted(theme.related.values_list("code", flat=True))
        wanted = sorted(related[record.code])
        if current != wanted:
            theme.related.set([existing[code] for code in wanted])
            audit_record(
                user=user, action="theme.update", obj=theme, before={"related": current}, after={"related": wanted}
            )
            report.add("theme relations", "updated")


# --- Mechanisms and kinds ----------------------------------------------------------------

MECHANISM_FIELDS = ("names", "description", "established_year", "established_by")


def _load_mechanisms(user: Any, report: LoadReport) -> None:
    actors = {a.code: a for a in Actor.objects.all()}
    existing = {m.code: m for m in Mechanism.objects.prefetch_related("memberships__actor")}
    for record in reference.mechanisms():
        mechanism = existing.get(record.code) or Mechanism(code=record.code)
        after = {
            "names": _names_json(record.names),
            "description": record.description,
            "established_year": record.established_year,
            "established_by": _refs_json(record.established_by),
            "members": sorted(({"actor": m.actor, "role": m.role} for m in record.members), key=lambda m: m["actor"]),
        }

        def write(mechanism: Mechanism = mechanism, after: dict[str, Any] = after) -> None:
            for name in MECHANISM_FIELDS:
                setattr(mechanism, name, after[name])
            mechanism.save()
            mechanism.memberships.all().delete()
            MechanismMembership.objects.bulk_create(
                MechanismMembership(mechanism=mechanism, actor=actors[m["actor"]], role=m["role"])
                for m in after["members"]
            )

        before = None
        if mechanism.pk:
            before = snapshot(mechanism, MECHANISM_FIELDS)
            before["members"] = sorted(
                ({"actor": m.actor.code, "role": m.role} for m in mechanism.memberships.all()),
                key=lambda m: m["actor"],
            )
        _apply(user=user, report=report, kind="mechanism", obj=mechanism, before=before, after=after, write=write)


KIND_FIELDS = ("names", "description", "position")


def _load_kinds(user: Any, report: LoadReport) -> None:
    existing = {k.code: k for k in CollaborationKind.objects.all()}
    for position, record in enumerate(reference.kinds()):
        kind = existing.get(record.code) or CollaborationKind(code=record.code)
        after = {"names": dict(record.names), "description": dict(record.description), "position": position}

        _upsert_fields(user=user, report=report, kind="collaboration_kind", obj=kind, fields=KIND_FIELDS, after=after)


def reference_load(*, user: Any = None) -> LoadReport:
    """Bring the registry in line with the reference data files, in one transaction.

    ``user=None`` is the system (the ``load-reference`` command); a person must administer.
    """
    if user is not None:
        require(user, Capability.ADMINISTER)
    report = LoadReport()
    with transaction.atomic():
        _load_actors(user, report)
        _load_countries(user, report)
        _load_themes(user, report)
        _load_mechanisms(user, report)
        _load_kinds(user, report)
    return report
