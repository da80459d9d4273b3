"""Reading collaboration records through the one set of access rules
(:mod:`cpcollab.accounts.access`): published records for everyone, drafts for their owner and
the Secretariat. Versions, evidence and confirmations are visible exactly when their record is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from cpcollab.accounts.access import access_owned_by_id, owned_for_user
from cpcollab.collaboration.models import Confirmation, Evidence, Party, Record, RecordVersion
from cpcollab.documents.models import Statement

MAX_CANDIDATES = 10


def _with_related(queryset: QuerySet[Record]) -> QuerySet[Record]:
    return queryset.select_related("owner", "mechanism").prefetch_related(
        Prefetch("parties", queryset=Party.objects.select_related("actor", "country")),
        "kinds",
        "themes",
        "countries",
    )


def records_for_user(user: Any) -> QuerySet[Record]:
    return _with_related(owned_for_user(user, Record.objects.all()))


def access_record(user: Any, pk: Any, *, write: bool = False) -> Record:
    return access_owned_by_id(user, _with_related(Record.objects.all()), pk, write=write)


def filter_records(
    queryset: QuerySet[Record],
    *,
    actor: str = "",
    state: str = "",
    theme: str = "",
    kind: str = "",
    year: int | None = None,
    status: str = "",
    owner: str = "",
    search: str = "",
) -> QuerySet[Record]:
    """The records of ``queryset`` that match every filter given (empty ones are ignored)."""
    if actor:
        queryset = queryset.filter(parties__actor__code__iexact=actor)
    if state:
        queryset = queryset.filter(Q(parties__country__iso3__iexact=state) | Q(countries__iso3__iexact=state))
    if theme:
        queryset = queryset.filter(themes__code__iexact=theme)
    if kind:
        queryset = queryset.filter(kinds__code=kind)
    if year is not None:
        queryset = queryset.filter(start_year__lte=year).filter(
            Q(end_year__gte=year) | Q(end_year__isnull=True, start_year=year)
        )
    if status:
        queryset = queryset.filter(is_published=status == "published")
    if owner:
        queryset = queryset.filter(owner__code__iexact=owner)
    if search:
        queryset = queryset.filter(Q(title__icontains=search) | Q(description__icontains=search))
    return queryset.distinct()


def record_evidence(record: Record) -> QuerySet[Evidence]:
    return record.evidence.select_related("document", "statement", "added_by").order_by("created_at", "id")


def record_versions(record: Record) -> QuerySet[RecordVersion]:
    return record.versions.select_related("user").order_by("-number")


def record_confirmations(record: Record) -> QuerySet[Confirmation]:
    return record.confirmations.select_related("organisation", "user").order_by("created_at", "id")


@dataclass
class Candidate:
    """A record that may already describe a statement's collaboration, and why."""

    record: Record
    shared_parties: list[str]
    same_document: bool
    shared_kinds: list[str]

    @property
    def weight(self) -> tuple[int, int, int]:
        return (int(self.same_document), len(self.shared_parties), len(self.shared_kinds))


def _party_codes(record: Record) -> set[str]:
    return {p.code for p in record.parties.all() if p.code}


def duplicate_candidates(user: Any, statement: Statement) -> list[Candidate]:
    """Records ``user`` may read that likely describe ``statement`` already: sharing two
    parties, citing the same document, or sharing a party and a kind. Most likely first."""
    codes = {c for c in statement.participants if c != "OTHER"}
    kinds = set(statement.kinds)
    nearby = (
        records_for_user(user)
        .filter(
            Q(parties__actor__code__in=codes)
            | Q(parties__country__iso3__in=codes)
            | Q(evidence__document_id=statement.document_id)
        )
        .distinct()
        .prefetch_related("evidence")
        .order_by("-updated_at")[:500]
    )
    candidates = []
    for record in nearby:
        shared = sorted(codes & _party_codes(record))
        same_document = any(e.document_id == statement.document_id for e in record.evidence.all())
        shared_kinds = sorted(kinds & {k.code for k in record.kinds.all()})
        if len(shared) >= 2 or same_document or (shared and shared_kinds):
            candidates.append(Candidate(record, shared, same_document, shared_kinds))
    candidates.sort(key=lambda c: c.weight, reverse=True)
    return candidates[:MAX_CANDIDATES]
