"""Loading the reference data: complete, idempotent, audited."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from cpcollab.accounts.models import Organisation
from cpcollab.audit.models import AuditEvent
from cpcollab.audit.services import audit_verify
from cpcollab.core.errors import PermissionDeniedError
from cpcollab.registry.models import Actor, Country, Mechanism, Theme
from cpcollab.registry.services import reference_load

pytestmark = pytest.mark.django_db


def test_the_registry_holds_the_reference_data() -> None:
    # Loaded once for the test database by the conftest, through the same service.
    assert Actor.objects.count() >= 30
    assert Country.objects.filter(status="member_state").count() == 193
    assert Theme.objects.filter(parent=None).count() == 7
    assert Mechanism.objects.get(code="MRM").members.exists()


def test_a_second_load_changes_nothing_and_records_nothing() -> None:
    events = AuditEvent.objects.count()

    report = reference_load(user=None)

    assert report.changed == 0
    assert AuditEvent.objects.count() == events


def test_the_load_command_is_idempotent(capsys: pytest.CaptureFixture[str]) -> None:
    organisations = Organisation.objects.count()

    call_command("load_reference")

    out = capsys.readouterr().out
    assert "actor: 0 created, 0 updated" in out
    assert "organisations: 0 created" in out
    assert Organisation.objects.count() == organisations


def test_a_drifted_entry_is_restored_and_the_change_audited() -> None:
    actor = Actor.objects.get(code="UNICEF")
    actor.names = {**actor.names, "en": {**actor.names["en"], "full": "Drifted name"}}
    actor.save()
    actor.mandates.all().delete()

    report = reference_load(user=None)

    actor.refresh_from_db()
    assert actor.full_name("en") == "United Nations Children's Fund"
    assert actor.mandates.exists()
    assert report.counts["actor"]["updated"] == 1
    event = AuditEvent.objects.filter(action="actor.update", object_id=str(actor.pk)).latest("seq")
    assert event.before["names"]["en"]["full"] == "Drifted name"
    assert event.after["names"]["en"]["full"] == "United Nations Children's Fund"
    assert audit_verify().ok


def test_only_system_administrators_may_load(unicef_user: Any, system_admin: Any) -> None:
    with pytest.raises(PermissionDeniedError):
        reference_load(user=unicef_user)

    assert reference_load(user=system_admin).changed == 0


def test_every_state_and_record_owning_actor_has_an_organisation() -> None:
    assert Organisation.objects.filter(kind="member_state").count() == 197  # 193 + 2 observers + 2 non-members
    assert Organisation.objects.get(code="UNICEF").actor.code == "UNICEF"
    assert not Organisation.objects.filter(code__in=["UN-SYSTEM", "UN-OTHER", "GA", "SC"]).exists()
    assert Organisation.objects.filter(kind="secretariat").count() == 1


def test_search_text_finds_names_in_every_script() -> None:
    unicef = Actor.objects.get(code="UNICEF")

    for form in ("юнисеф", "儿基会", "اليونيسف", "fonds des nations unies pour l'enfance"):
        assert form in unicef.search_text, form
