"""Reviewing what the engine found: accept a statement (a new record, or evidence for an
existing one), accept it with corrections, or reject it.

Reviewers of the organisation that owns the document review its statements, and so do the
Secretariat's editors; the record a review creates belongs to the reviewer's organisation.
Each decision is audited and stamps the statement with who decided and when.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from cpcollab.accounts.access import may_review_for
from cpcollab.audit.services import audit_record
from cpcollab.collaboration import selectors
from cpcollab.collaboration.models import OTHER_PARTY_NAME, Evidence, Record
from cpcollab.collaboration.services.records import (
    EvidenceSpec,
    _add_evidence,
    _commit,
    _create,
    _locked,
    clean_or_raise,
    record_snapshot,
)
from cpcollab.core.errors import ConflictError, PermissionDeniedError, ValidationFailedError
from cpcollab.documents.models import ReviewStatus, Statement
from cpcollab.documents.selectors import access_statement, statement_details
from cpcollab.registry.models import Theme

REVIEWABLE = {
    ReviewStatus.ACCEPTED: (ReviewStatus.PENDING, ReviewStatus.REJECTED),
    ReviewStatus.CORRECTED: (ReviewStatus.PENDING, ReviewStatus.REJECTED),
    ReviewStatus.REJECTED: (ReviewStatus.PENDING,),
}
MAX_REASON = 2000


@dataclass
class Review:
    """What a decision did: the statement, and the record and evidence it made (if any)."""

    statement: Statement
    record: Record | None = None
    evidence: Evidence | None = None
    created: bool = False


def access_statement_for_review(user: Any, statement_id: Any) -> Statement:
    """The statement, if ``user`` may review it: 404 if they may not see it, 403 if they may
    see it but it is another organisation's to review."""
    statement = access_statement(user, statement_id)
    if not may_review_for(user, statement.document.owner_id):
        raise PermissionDeniedError("Only the reviewers of the document's organisation or the Secretariat review it.")
    return statement


def _parties(participants: Sequence[str]) -> list[str]:
    """Participants as party tokens: ``OTHER`` becomes a party named in the source."""
    return [f"other: {OTHER_PARTY_NAME}" if code == "OTHER" else code for code in participants]


def _details(statement: Statement) -> dict[str, Any]:
    """The themes the sentence names and, for a reported collaboration, the years it gives:
    the first and last year of its dates ("in 2014", "2014-2016"). A call for collaboration has
    no period of its own (its dates are deadlines)."""
    found = statement_details([statement]).get(statement.pk, [])
    details: dict[str, Any] = {}
    named = {m.value for m in found if m.kind == "theme"}
    themes = sorted(Theme.objects.filter(code__in=named).values_list("code", flat=True)) if named else []
    if themes:
        details["themes"] = themes
    if statement.collaboration == "reported":
        years = sorted(
            {int(part[:4]) for m in found if m.kind == "date" for part in m.value.split("/") if part[:4].isdigit()}
        )
        if years:
            details["start"], details["end"] = str(years[0]), str(years[-1])
    return details


def _title(statement: Statement, parties: Sequence[str]) -> str:
    names = [p for p in parties if not p.startswith("other:")][:4] or ["—"]
    return f"{', '.join(names)} ({statement.citation})"[:300]


def _decide(statement: Statement, *, user: Any, status: str, extra: dict[str, Any]) -> None:
    """Lock the statement, check it may still take this decision, stamp it and audit it."""
    locked = Statement.objects.select_for_update().get(pk=statement.pk)
    if locked.review_status not in REVIEWABLE[ReviewStatus(status)]:
        raise ConflictError(
            f"This statement was already {locked.get_review_status_display().lower()}.",
            details={"review_status": [locked.review_status]},
        )
    before = {"review_status": locked.review_status}
    statement.review_status, statement.reviewed_by, statement.reviewed_at = status, user, timezone.now()
    statement.save(update_fields=["review_status", "reviewed_by", "reviewed_at"])
    audit_record(
        user=user,
        action=f"statement.{status.removesuffix('ed')}",
        obj=statement,
        subject_organisation=statement.document.owner.code,
        before=before,
        after={"review_status": status, **extra},
    )


def _accept(
    *, user: Any, statement: Statement, status: str, raw: dict[str, Any] | None, record_id: Any, corrections: Any
) -> Review:
    spec = EvidenceSpec(statement=statement, text=statement.text)
    if record_id is not None:
        record = selectors.access_record(user, record_id, write=True)
        with transaction.atomic():
            record = _locked(record)
            before = record_snapshot(record)
            evidence = _add_evidence(record, spec, user=user)
            _commit(user=user, record=record, action="evidence_add", before=before)
            _decide(statement, user=user, status=status, extra={"record": record.pk, **corrections})
        return Review(statement, record, evidence)
    values = clean_or_raise(raw or {})
    with transaction.atomic():
        record = _create(user=user, values=values, evidence=[spec], action="create_from_statement")
        _decide(statement, user=user, status=status, extra={"record": record.pk, **corrections})
    return Review(statement, record, record.evidence.get(), created=True)


def statement_accept(*, user: Any, statement_id: Any, record_id: Any = None) -> Review:
    """Accept a statement: a new record from it (its participants, kinds and States, the
    sentence as description, the statement as evidence), or, with ``record_id``, add it as
    evidence to that record of the reviewer's organisation."""
    statement = access_statement_for_review(user, statement_id)
    parties = _parties(statement.participants)
    raw = {
        "title": _title(statement, parties),
        "description": statement.text,
        "parties": parties,
        "kinds": list(statement.kinds),
        "countries": list(statement.states),
        **_details(statement),
    }
    return _accept(
        user=user, statement=statement, status=ReviewStatus.ACCEPTED, raw=raw, record_id=record_id, corrections={}
    )


def statement_correct(
    *,
    user: Any,
    statement_id: Any,
    participants: Sequence[str],
    kinds: Sequence[str] = (),
    themes: Sequence[str] = (),
    countries: Sequence[str] = (),
    years: Sequence[int] = (),
    record_id: Any = None,
) -> Review:
    """Accept a statement with corrections to what the engine read in it. The corrections make
    the new record (with ``record_id``: they are kept in the audit trail with the decision)."""
    statement = access_statement_for_review(user, statement_id)
    if any(isinstance(y, bool) or not isinstance(y, int) for y in years):
        raise ValidationFailedError(details={"years": ["Expected a list of years."]})
    parties = _parties(participants)
    raw: dict[str, Any] = {
        "title": _title(statement, parties),
        "description": statement.text,
        "parties": parties,
        "kinds": list(kinds),
        "themes": list(themes),
        "countries": list(countries),
        "start": min(years) if years else None,
        "end": max(years) if years else None,
    }
    checked = clean_or_raise(raw)  # corrections are checked even when they only go to the trail
    corrections = {
        "corrections": {
            "participants": [p.key for p in checked["parties"]],
            "kinds": sorted(k.code for k in checked.get("kinds", [])),
            "themes": sorted(t.code for t in checked.get("themes", [])),
            "countries": sorted(c.iso3 for c in checked.get("countries", [])),
            "years": sorted(set(years)),
        }
    }
    return _accept(
        user=user,
        statement=statement,
        status=ReviewStatus.CORRECTED,
        raw=raw,
        record_id=record_id,
        corrections=corrections,
    )


def statement_reject(*, user: Any, statement_id: Any, reason: str = "") -> Statement:
    """Reject a statement: it does not report collaboration (the reason goes to the trail)."""
    statement = access_statement_for_review(user, statement_id)
    reason = (reason or "").strip()
    if len(reason) > MAX_REASON:
        raise ValidationFailedError(details={"reason": [f"At most {MAX_REASON} characters."]})
    with transaction.atomic():
        _decide(statement, user=user, status=ReviewStatus.REJECTED, extra={"reason": reason})
    return statement
