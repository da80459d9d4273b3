"""Writes for organisations, users, contacts and tokens: checked and audited together."""

from __future__ import annotations

from typing import Any

import pytest

from cpcollab.accounts import services
from cpcollab.accounts.models import ApiToken, Contact
from cpcollab.accounts.roles import Role
from cpcollab.audit.models import AuditEvent
from cpcollab.audit.services import audit_verify
from cpcollab.core.errors import NotFoundError, PermissionDeniedError, ValidationFailedError
from tests.factories import ContactFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def _last_event() -> AuditEvent:
    return AuditEvent.objects.latest("seq")


def test_contact_create_records_who_and_what(unicef_user: Any) -> None:
    contact = services.contact_create(user=unicef_user, name="Ana Focal", email="ana@example.org", language="es")

    event = _last_event()
    assert contact.owner.code == "UNICEF"
    assert (event.action, event.username, event.organisation) == ("contact.create", unicef_user.username, "UNICEF")
    assert event.after["email"] == "ana@example.org" and event.before is None
    assert event.object_id == str(contact.pk)


def test_contact_update_records_before_and_after(unicef_user: Any) -> None:
    contact = ContactFactory(owner=unicef_user.organisation, name="Old")

    services.contact_update(user=unicef_user, contact_id=contact.pk, name="New")

    event = _last_event()
    assert (event.before["name"], event.after["name"]) == ("Old", "New")
    assert audit_verify().ok


def test_a_failed_update_changes_nothing_and_records_nothing(unicef_user: Any) -> None:
    contact = ContactFactory(owner=unicef_user.organisation, email="ok@example.org")
    events = AuditEvent.objects.count()

    with pytest.raises(ValidationFailedError) as error:
        services.contact_update(user=unicef_user, contact_id=contact.pk, email="not an address")

    contact.refresh_from_db()
    assert contact.email == "ok@example.org"
    assert "email" in error.value.details
    assert AuditEvent.objects.count() == events


def test_nobody_outside_the_owner_changes_or_deletes_a_contact(ohchr_user: Any, secretariat_editor: Any) -> None:
    contact = ContactFactory(owner=OrganisationFactory.registry("UNICEF"))

    with pytest.raises(NotFoundError):
        services.contact_update(user=ohchr_user, contact_id=contact.pk, name="Hijacked")
    with pytest.raises(PermissionDeniedError):
        services.contact_delete(user=secretariat_editor, contact_id=contact.pk)
    assert Contact.objects.filter(pk=contact.pk, name=contact.name).exists()


def test_contact_delete_keeps_the_deleted_values_in_the_trail(unicef_user: Any) -> None:
    contact = ContactFactory(owner=unicef_user.organisation, name="Leaving")

    services.contact_delete(user=unicef_user, contact_id=contact.pk)

    assert not Contact.objects.filter(pk=contact.pk).exists()
    assert _last_event().before["name"] == "Leaving"


def test_unknown_contact_fields_are_refused(unicef_user: Any) -> None:
    with pytest.raises(ValidationFailedError):
        services.contact_create(user=unicef_user, name="X", owner_id=1)


def test_an_organisation_administrator_adds_users_to_its_own_organisation_only() -> None:
    unicef = OrganisationFactory.registry("UNICEF")
    admin = UserFactory(organisation=unicef, role=Role.ADMINISTRATOR)

    user = services.user_create(by=admin, organisation=unicef, username="new.reviewer", role=Role.REVIEWER)

    assert user.organisation == unicef and not user.has_usable_password()
    assert _last_event().action == "user.create"
    with pytest.raises(PermissionDeniedError):
        services.user_create(by=admin, organisation=OrganisationFactory.registry("OHCHR"), username="x", role="viewer")


def test_the_secretariat_editor_role_exists_only_in_the_secretariat(system_admin: Any) -> None:
    with pytest.raises(ValidationFailedError):
        services.user_create(
            by=system_admin,
            organisation=OrganisationFactory.registry("UNICEF"),
            username="x",
            role="secretariat_editor",
        )


def test_weak_passwords_are_refused(system_admin: Any) -> None:
    with pytest.raises(ValidationFailedError) as error:
        services.user_create(
            by=system_admin,
            organisation=OrganisationFactory.registry("UNICEF"),
            username="x",
            role="viewer",
            password="123",
        )
    assert "password" in error.value.details


def test_only_secretariat_administrators_open_the_django_admin(system_admin: Any) -> None:
    secretariat = OrganisationFactory.registry("SECRETARIAT")
    unicef = OrganisationFactory.registry("UNICEF")

    assert services.user_create(by=system_admin, organisation=secretariat, username="a", role="administrator").is_staff
    assert not services.user_create(by=system_admin, organisation=unicef, username="b", role="administrator").is_staff
    editor = services.user_create(by=system_admin, organisation=secretariat, username="c", role="secretariat_editor")
    assert not editor.is_staff
    assert services.user_set_role(by=system_admin, target=editor, role="administrator").is_staff


def test_api_tokens_store_only_a_digest_and_revoke_idempotently(unicef_user: Any) -> None:
    token, raw = services.api_token_create(user=unicef_user, name="nightly import", expires_in_days=30)

    assert raw.startswith("cpc_") and raw not in token.digest
    assert ApiToken.objects.get(pk=token.pk).digest == services.token_digest(raw)
    assert _last_event().action == "api_token.create"
    services.api_token_revoke(user=unicef_user, token_id=token.pk)
    events = AuditEvent.objects.count()
    services.api_token_revoke(user=unicef_user, token_id=token.pk)
    assert AuditEvent.objects.count() == events


def test_organisations_are_created_by_system_administrators_only(unicef_user: Any, system_admin: Any) -> None:
    with pytest.raises(PermissionDeniedError):
        services.organisation_create(user=unicef_user, code="CSO-X", kind="civil_society", name="X")
    with pytest.raises(ValidationFailedError):
        services.organisation_create(user=system_admin, code="CSO-X", kind="civil_society")

    organisation = services.organisation_create(user=system_admin, code="CSO-X", kind="civil_society", name="Watch")
    assert _last_event().subject_organisation == organisation.code
