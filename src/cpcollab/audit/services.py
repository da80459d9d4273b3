"""Writing the audit trail. Services call :func:`audit_record` inside their transaction."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.utils import timezone

from cpcollab.audit.chain import GENESIS, HASHED_FIELDS, VerifyResult, event_hash, verify_chain
from cpcollab.audit.models import AuditChainHead, AuditEvent
from cpcollab.core.errors import ServiceError


class AuditOutsideTransactionError(ServiceError):
    """``audit_record`` was called outside a transaction, so it could outlive a failed change."""

    status = 500
    code = "audit_outside_transaction"


def to_json(value: Any) -> Any:
    """Normalise a value to what the JSON column will give back (dates → ISO text, etc.)."""
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder).replace("\\u0000", ""))


def snapshot(obj: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The values of ``fields`` of ``obj`` as JSON (foreign keys as their ids)."""
    values = {}
    for name in fields:
        field = obj._meta.get_field(name)
        values[name] = getattr(obj, field.attname) if isinstance(field, models.ForeignKey) else getattr(obj, name)
    return to_json(values)  # type: ignore[no-any-return]


def audit_record(
    *,
    user: Any,
    action: str,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: str = "",
    subject_organisation: str = "",
    before: Any = None,
    after: Any = None,
) -> AuditEvent:
    """Append one event to the trail, chained to the previous one.

    Must run inside the caller's transaction (the change and its event commit together or not
    at all). ``user`` may be ``None`` for system jobs (reference loading, migrations).
    """
    if not transaction.get_connection().in_atomic_block:
        raise AuditOutsideTransactionError("audit_record must run inside the service's transaction")
    if obj is not None:
        object_type = object_type or obj._meta.label_lower
        object_id = object_id or str(obj.pk)
    organisation = getattr(getattr(user, "organisation", None), "code", "") if user is not None else ""
    head, _ = AuditChainHead.objects.select_for_update().get_or_create(pk=1)
    values: dict[str, Any] = {
        "seq": head.seq + 1,
        "occurred_at": timezone.now(),
        "user_id": user.pk if user is not None else None,
        "username": user.get_username() if user is not None else "",
        "organisation": organisation,
        "subject_organisation": subject_organisation or organisation,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "before": to_json(before),
        "after": to_json(after),
        "prev_hash": head.hash or GENESIS,
    }
    event = AuditEvent.objects.create(**values, hash=event_hash(values))
    head.seq, head.hash = event.seq, event.hash
    head.save(update_fields=["seq", "hash"])
    return event


def audit_verify(*, chunk_size: int = 2000) -> VerifyResult:
    """Verify the whole chain in ``seq`` order, streaming (constant memory)."""
    head = AuditChainHead.objects.filter(pk=1).first()
    rows = AuditEvent.objects.order_by("seq").values(*HASHED_FIELDS, "hash")
    return verify_chain(
        rows.iterator(chunk_size=chunk_size),
        head_seq=head.seq if head else 0,
        head_hash=head.hash if head else "",
    )
