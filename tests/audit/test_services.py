"""Recording events: in the caller's transaction, chained, never rewritten."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import DatabaseError, connection, transaction

from cpcollab.audit.models import AppendOnlyError, AuditEvent
from cpcollab.audit.services import AuditOutsideTransactionError, audit_record, audit_verify


def _record(user: Any = None, **kwargs: Any) -> AuditEvent:
    with transaction.atomic():
        return audit_record(user=user, action="test.event", object_type="test", object_id="1", **kwargs)


@pytest.mark.django_db
def test_events_are_chained_in_order(unicef_user: Any) -> None:
    first = _record(unicef_user, after={"n": 1})
    second = _record(unicef_user, after={"n": 2})

    assert second.seq == first.seq + 1
    assert second.prev_hash == first.hash
    assert second.organisation == "UNICEF"
    assert audit_verify().ok


@pytest.mark.django_db
def test_recording_outside_a_transaction_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # The test itself runs inside a transaction; pretend the caller opened none.
    monkeypatch.setattr(transaction.get_connection(), "in_atomic_block", False)

    with pytest.raises(AuditOutsideTransactionError):
        audit_record(user=None, action="test.event")


@pytest.mark.django_db
def test_an_event_rolls_back_with_the_change_that_failed() -> None:
    count = AuditEvent.objects.count()

    def change_that_fails() -> None:
        with transaction.atomic():
            audit_record(user=None, action="test.event")
            raise RuntimeError("the change failed after its event was written")

    with pytest.raises(RuntimeError):
        change_that_fails()

    assert AuditEvent.objects.count() == count
    assert audit_verify().ok


@pytest.mark.django_db
def test_the_model_refuses_updates_and_deletes() -> None:
    event = _record()

    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(action="forged")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).delete()


@pytest.mark.django_db
def test_the_database_refuses_an_update_of_an_event() -> None:
    event = _record()

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET action = %s WHERE id = %s", ["forged", event.pk])


@pytest.mark.django_db
def test_postgresql_also_refuses_a_delete(postgres_only: None) -> None:
    event = _record()

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [event.pk])


@pytest.mark.django_db
def test_values_are_stored_as_json_the_hash_can_be_recomputed_from() -> None:
    from datetime import date
    from decimal import Decimal

    _record(after={"when": date(2026, 1, 2), "amount": Decimal("12.50"), "names": ["ЮНИСЕФ", "儿基会"]})

    assert audit_verify().ok
