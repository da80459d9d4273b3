"""``cpcollab audit verify`` passes on an untouched trail and fails after tampering."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction

from cpcollab.audit.models import AuditEvent
from cpcollab.audit.services import audit_record


def _events(n: int) -> list[AuditEvent]:
    events = []
    for i in range(n):
        with transaction.atomic():
            events.append(audit_record(user=None, action="test.event", object_id=str(i), after={"i": i}))
    return events


def _tamper(sql: str, params: list[object]) -> None:
    """Edit the table directly, as someone with database access would: drop the guard first."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_event_no_update")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        cursor.execute(sql, params)


@pytest.mark.django_db
def test_verify_passes_on_an_untouched_trail(capsys: pytest.CaptureFixture[str]) -> None:
    _events(3)

    call_command("audit", "verify")

    assert "intact" in capsys.readouterr().out


@pytest.mark.django_db
def test_verify_fails_at_a_row_edited_in_the_database() -> None:
    events = _events(4)
    _tamper("UPDATE audit_auditevent SET after = %s WHERE id = %s", ['{"i": 99}', events[2].pk])

    with pytest.raises(CommandError, match=rf"broken at event #{events[2].seq}: its content was altered"):
        call_command("audit", "verify")


@pytest.mark.django_db
def test_verify_fails_when_the_actor_of_an_event_is_rewritten() -> None:
    events = _events(3)
    _tamper("UPDATE audit_auditevent SET username = %s WHERE id = %s", ["someone-else", events[0].pk])

    with pytest.raises(CommandError, match=rf"#{events[0].seq}"):
        call_command("audit", "verify")


@pytest.mark.django_db
def test_verify_fails_when_an_event_is_deleted() -> None:
    events = _events(4)
    _tamper("DELETE FROM audit_auditevent WHERE id = %s", [events[1].pk])

    with pytest.raises(CommandError, match=rf"event #{events[1].seq} is missing"):
        call_command("audit", "verify")


@pytest.mark.django_db
def test_verify_fails_when_two_events_swap_places() -> None:
    events = _events(4)
    a, b = events[1], events[2]
    _tamper("UPDATE audit_auditevent SET seq = %s WHERE id = %s", [10**9, a.pk])
    _tamper("UPDATE audit_auditevent SET seq = %s WHERE id = %s", [a.seq, b.pk])
    _tamper("UPDATE audit_auditevent SET seq = %s WHERE id = %s", [b.seq, a.pk])

    with pytest.raises(CommandError, match=rf"broken at event #{a.seq}"):
        call_command("audit", "verify")
