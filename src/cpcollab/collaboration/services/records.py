"""Writing collaboration records, their evidence and other participants' confirmations.

Every change to a record goes through :func:`_create` or :func:`_commit`, which save it,
call :func:`_after_record_change` (version history, and anything else that must follow a
change, such as a search index) and write the audit event, all in one transaction.
Only the owner organisation changes a record; other participants only add their own
confirmation or note beside it (A/RES/66/139 para. 2).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Q

from cpcollab.accounts.access import require
from cpcollab.accounts.roles import Capability, capabilities
from cpcollab.audit.services import audit_record, to_json
from cpcollab.collaboration import selectors
from cpcollab.collaboration.fields import Cleaned, Registry, check_period_order, clean_record_fields
from cpcollab.collaboration.models import Confirmation, ConfirmationKind, Evidence, Party, Record, RecordVersion
from cpcollab.core.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailedError
from cpcollab.documents.models import Document, Statement
from cpcollab.documents.selectors import access_document, access_statement
from cpcollab.search.indexing import index_record, remove_record

SCALAR_FIELDS = (
    "title",
    "description",
    "start_year",
    "start_date",
    "end_year",
    "end_date",
    "mechanism",
    "is_published",
)
MAX_NOTE = 5000


@dataclass(frozen=True)
class EvidenceSpec:
    """Evidence to attach, already reached through the access rules."""

    statement: Statement | None = None
    document: Document | None = None
    url: str = ""
    text: str = ""

    @property
    def citation(self) -> str:
        if self.statement is not None:
            return self.statement.citation[:500]
        if self.document is not None:
            return self.document.citation[:500]
        return self.url[:500]


# --- The one path every record change takes ----------------------------------------------


def record_snapshot(record: Record) -> dict[str, Any]:
    """The whole record as JSON: what a version keeps and what the audit trail shows."""
    parties = []
    for party in record.parties.select_related("actor", "country").order_by("position"):
        parties.append(
            {"actor": party.actor.code}
            if party.actor
            else {"state": party.country.iso3}
            if party.country
            else {"name": party.name}
        )
    return to_json(  # type: ignore[no-any-return]
        {
            "id": record.pk,
            "owner": record.owner.code,
            "title": record.title,
            "description": record.description,
            "parties": parties,
            "kinds": sorted(record.kinds.values_list("code", flat=True)),
            "themes": sorted(record.themes.values_list("code", flat=True)),
            "countries": sorted(record.countries.values_list("iso3", flat=True)),
            "start": record.start,
            "end": record.end,
            "mechanism": record.mechanism.code if record.mechanism else None,
            "status": record.status,
            "version": record.version,
            "evidence": [
                {
                    "id": e.pk,
                    "statement": e.statement_id,
                    "document": e.document_id,
                    "url": e.url,
                    "text": e.text,
                    "citation": e.citation,
                }
                for e in record.evidence.order_by("created_at", "id")
            ],
        }
    )


def _after_record_change(record: Record, *, user: Any, action: str) -> dict[str, Any]:
    """Whatever must follow any change to ``record``, inside the change's transaction.

    Every write of a record (create, update, publish, evidence, delete, review) calls this
    once, after saving. It keeps the version history (the whole record after the change) and
    is the place to hook anything else that follows a change, such as the search index.
    Returns the record's snapshot.
    """
    snapshot = record_snapshot(record)
    if action != "delete":
        RecordVersion.objects.create(
            record=record, number=record.version, snapshot=snapshot, action=action, user=user if user else None
        )
        index_record(record)
    else:
        remove_record(record.pk)
    return snapshot


def _set_relations(record: Record, values: dict[str, Any]) -> None:
    if "parties" in values:
        record.parties.all().delete()
        Party.objects.bulk_create(
            Party(record=record, position=i, actor=p.actor, country=p.country, name=p.name)
            for i, p in enumerate(values["parties"])
        )
    for name in ("kinds", "themes", "countries"):
        if name in values:
            getattr(record, name).set(values[name])


def _add_evidence(record: Record, spec: EvidenceSpec, *, user: Any) -> Evidence:
    return Evidence.objects.create(
        record=record,
        statement=spec.statement,
        document=spec.document or (spec.statement.document if spec.statement else None),
        url=spec.url,
        text=spec.text,
        citation=spec.citation,
        added_by=user,
    )


def _create(
    *, user: Any, values: dict[str, Any], evidence: Iterable[EvidenceSpec] = (), action: str = "create"
) -> Record:
    """Save a new record of ``user``'s organisation from cleaned values. Caller holds a transaction."""
    record = Record(owner=user.organisation, version=1, **{k: v for k, v in values.items() if k in SCALAR_FIELDS})
    record.save()
    _set_relations(record, values)
    for spec in evidence:
        _add_evidence(record, spec, user=user)
    if record.is_published:
        _check_evidence_may_be_public(record)
    after = _after_record_change(record, user=user, action=action)
    audit_record(user=user, action=f"record.{action}", obj=record, subject_organisation=record.owner.code, after=after)
    return record


def _commit(*, user: Any, record: Record, action: str, before: dict[str, Any], audit_extra: Any = None) -> Record:
    """Save a changed record as its next version. Caller holds a transaction and the row lock."""
    if record.is_published:
        _check_evidence_may_be_public(record)
    record.version += 1
    record.save()
    after = _after_record_change(record, user=user, action=action)
    audit_record(
        user=user,
        action=f"record.{action}",
        obj=record,
        subject_organisation=record.owner.code,
        before=before,
        after={**after, **audit_extra} if audit_extra else after,
    )
    return record


def _locked(record: Record, version: int | None = None) -> Record:
    """The record's row, locked for this transaction; refuse a stale ``version``."""
    locked = Record.objects.select_related("owner", "mechanism").select_for_update(of=("self",)).get(pk=record.pk)
    if version is not None and locked.version != version:
        raise ConflictError(
            "The record was changed since you read it; reload it and apply your change again.",
            details={"version": [f"The current version is {locked.version}."]},
        )
    return locked


def _require_editor(user: Any) -> None:
    require(user, Capability.EDIT_OWN)
    if getattr(user, "organisation", None) is None:
        raise PermissionDeniedError("You belong to no organisation.")


def clean_or_raise(raw: dict[str, Any], *, partial: bool = False, registry: Registry | None = None) -> dict[str, Any]:
    cleaned = clean_record_fields(raw, partial=partial, registry=registry)
    if not partial:
        check_period_order(cleaned.values, cleaned)
    cleaned.raise_if_invalid()
    return cleaned.values


# --- Records -----------------------------------------------------------------------------


def record_create(
    *,
    user: Any,
    title: str,
    parties: Sequence[str],
    description: str = "",
    kinds: Sequence[str] = (),
    themes: Sequence[str] = (),
    countries: Sequence[str] = (),
    start: Any = None,
    end: Any = None,
    mechanism: str | None = None,
    status: str = "draft",
) -> Record:
    """Record a collaboration for the user's organisation (a draft unless ``status='published'``)."""
    _require_editor(user)
    values = clean_or_raise(
        {
            "title": title,
            "description": description,
            "parties": list(parties),
            "kinds": list(kinds),
            "themes": list(themes),
            "countries": list(countries),
            "start": start,
            "end": end,
            "mechanism": mechanism,
            "status": status,
        }
    )
    with transaction.atomic():
        return _create(user=user, values=values)


def record_update(*, user: Any, record_id: Any, version: int, **changes: Any) -> Record:
    """Change some fields of a record (owner only) read at ``version``; a stale one conflicts."""
    record = selectors.access_record(user, record_id, write=True)
    values = clean_or_raise(dict(changes), partial=True)
    with transaction.atomic():
        record = _locked(record, version)
        before = record_snapshot(record)
        for name, value in values.items():
            if name in SCALAR_FIELDS:
                setattr(record, name, value)
        merged = {name: getattr(record, name) for name in ("start_year", "start_date", "end_year", "end_date")}
        period = Cleaned()
        check_period_order(merged, period)
        period.raise_if_invalid()
        _set_relations(record, values)
        return _commit(user=user, record=record, action="update", before=before)


def _set_published(*, user: Any, record_id: Any, published: bool) -> Record:
    record = selectors.access_record(user, record_id, write=True)
    with transaction.atomic():
        record = _locked(record)
        if record.is_published == published:
            return record
        before = record_snapshot(record)
        record.is_published = published
        return _commit(user=user, record=record, action="publish" if published else "unpublish", before=before)


def _check_evidence_may_be_public(record: Record) -> None:
    """A record may not make public a sentence taken from another organisation's private document
    (the Secretariat reviews every organisation's reports, but each owns its own)."""
    foreign = (
        Document.objects.filter(is_public=False)
        .exclude(owner_id=record.owner_id)
        .filter(
            Q(pk__in=record.evidence.values("document_id")) | Q(statements__in=record.evidence.values("statement_id"))
        )
        .select_related("owner")
        .distinct()
    )
    blocked = sorted({f"{d.citation} ({d.owner.code})" for d in foreign})
    if blocked:
        raise ConflictError(
            "This record cites private documents of other organisations: "
            f"{', '.join(blocked)}. Publish it once they are public, or remove that evidence.",
            details={"evidence": blocked},
        )


def record_publish(*, user: Any, record_id: Any) -> Record:
    """Make a record public (owner only)."""
    return _set_published(user=user, record_id=record_id, published=True)


def record_unpublish(*, user: Any, record_id: Any) -> Record:
    """Take a record back to draft (owner only)."""
    return _set_published(user=user, record_id=record_id, published=False)


def record_delete(*, user: Any, record_id: Any) -> None:
    """Delete a draft (owner only); a published record must be unpublished first."""
    record = selectors.access_record(user, record_id, write=True)
    with transaction.atomic():
        record = _locked(record)
        if record.is_published:
            raise ConflictError("A published record cannot be deleted; unpublish it first.")
        before = _after_record_change(record, user=user, action="delete")
        audit_record(
            user=user, action="record.delete", obj=record, subject_organisation=record.owner.code, before=before
        )
        record.delete()


# --- Evidence ----------------------------------------------------------------------------


def evidence_spec(
    *, user: Any, statement_id: Any = None, document_id: Any = None, url: str = "", text: str = ""
) -> EvidenceSpec:
    """Evidence from a statement or document ``user`` may read, or a web address."""
    url, text = (url or "").strip(), (text or "").strip()
    if url and not url.lower().startswith(("https://", "http://")):
        raise ValidationFailedError(details={"url": ["Give an http:// or https:// address."]})
    if len(url) > 1000 or len(text) > MAX_NOTE:
        raise ValidationFailedError(details={"url" if len(url) > 1000 else "text": ["Too long."]})
    statement = access_statement(user, statement_id) if statement_id is not None else None
    document = access_document(user, document_id) if document_id is not None else None
    if statement is not None and document is not None and statement.document_id != document.pk:
        raise ValidationFailedError(details={"document": ["The statement is from another document."]})
    if statement is None and document is None and not url:
        raise ValidationFailedError(details={"statement": ["Give a statement, a document or a web address."]})
    return EvidenceSpec(
        statement=statement, document=document, url=url, text=text or (statement.text if statement else "")
    )


def evidence_add(
    *, user: Any, record_id: Any, statement_id: Any = None, document_id: Any = None, url: str = "", text: str = ""
) -> Evidence:
    """Attach evidence to a record (owner only), with its citation as it stands now."""
    record = selectors.access_record(user, record_id, write=True)
    spec = evidence_spec(user=user, statement_id=statement_id, document_id=document_id, url=url, text=text)
    with transaction.atomic():
        record = _locked(record)
        before = record_snapshot(record)
        evidence = _add_evidence(record, spec, user=user)
        _commit(user=user, record=record, action="evidence_add", before=before)
    return evidence


def evidence_remove(*, user: Any, record_id: Any, evidence_id: Any) -> Record:
    """Detach one piece of evidence from a record (owner only)."""
    record = selectors.access_record(user, record_id, write=True)
    with transaction.atomic():
        record = _locked(record)
        try:
            evidence = record.evidence.get(pk=evidence_id)
        except (Evidence.DoesNotExist, ValueError, TypeError):
            raise NotFoundError("Evidence not found.") from None
        before = record_snapshot(record)
        evidence.delete()
        return _commit(user=user, record=record, action="evidence_remove", before=before)


# --- Confirmations by the other participants ---------------------------------------------


def _is_participant(record: Record, organisation: Any) -> bool:
    parties = record.parties.all()
    return bool(
        (organisation.actor_id and parties.filter(actor_id=organisation.actor_id).exists())
        or (organisation.country_id and parties.filter(country_id=organisation.country_id).exists())
    )


def may_confirm(user: Any, record: Record) -> bool:
    """Whether ``user`` may confirm ``record`` or add a note: an editor of another participant."""
    organisation = getattr(user, "organisation", None)
    return (
        Capability.EDIT_OWN in capabilities(user)
        and organisation is not None
        and organisation.pk != record.owner_id
        and _is_participant(record, organisation)
    )


def confirmation_add(*, user: Any, record_id: Any, kind: str, text: str = "") -> Confirmation:
    """Another participant confirms a record, or adds a note to it, in its own name.

    Only users of an organisation that is a party to the record (and not its owner) may; they
    never change the record itself, so this does not make a new version.
    """
    record = selectors.access_record(user, record_id)
    _require_editor(user)
    organisation = user.organisation
    if organisation.pk == record.owner_id:
        raise PermissionDeniedError("The owner edits its record; confirmations are for the other participants.")
    if not _is_participant(record, organisation):
        raise PermissionDeniedError("Only the other participants of a collaboration may confirm it or add a note.")
    text = (text or "").strip()
    if kind not in ConfirmationKind.values:
        raise ValidationFailedError(details={"kind": [f"Use {' or '.join(ConfirmationKind.values)}."]})
    if len(text) > MAX_NOTE:
        raise ValidationFailedError(details={"text": [f"At most {MAX_NOTE} characters."]})
    if kind == ConfirmationKind.NOTE and not text:
        raise ValidationFailedError(details={"text": ["A note needs text."]})
    with transaction.atomic():
        _locked(record)
        if (
            kind == ConfirmationKind.CONFIRM
            and record.confirmations.filter(organisation=organisation, kind=kind).exists()
        ):
            raise ConflictError("Your organisation has already confirmed this record.")
        confirmation = Confirmation.objects.create(
            record=record, organisation=organisation, kind=kind, text=text, user=user
        )
        audit_record(
            user=user,
            action=f"record.{kind}",
            obj=confirmation,
            subject_organisation=record.owner.code,
            after={"record": record.pk, "organisation": organisation.code, "kind": kind, "text": text},
        )
    return confirmation
