"""The access helpers, branch by branch: read, write, and what looks missing."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from cpcollab.accounts import access
from cpcollab.accounts.roles import Role
from cpcollab.audit.models import AuditEvent
from cpcollab.core.errors import NotFoundError, PermissionDeniedError
from tests.factories import ContactFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def unicef_contact() -> Any:
    return ContactFactory(owner=OrganisationFactory.registry("UNICEF"))


def test_members_read_and_write_their_own_contacts(unicef_user: Any, unicef_contact: Any) -> None:
    assert list(access.contacts_for_user(unicef_user)) == [unicef_contact]
    assert access.access_contact_by_id(unicef_user, unicef_contact.pk, write=True) == unicef_contact


def test_another_organisation_sees_nothing_and_gets_not_found(ohchr_user: Any, unicef_contact: Any) -> None:
    assert not access.contacts_for_user(ohchr_user).exists()
    with pytest.raises(NotFoundError):
        access.access_contact_by_id(ohchr_user, unicef_contact.pk)
    with pytest.raises(NotFoundError):
        access.access_contact_by_id(ohchr_user, unicef_contact.pk, write=True)


def test_missing_and_forbidden_look_the_same(ohchr_user: Any, unicef_contact: Any) -> None:
    with pytest.raises(NotFoundError) as forbidden:
        access.access_contact_by_id(ohchr_user, unicef_contact.pk)
    with pytest.raises(NotFoundError) as missing:
        access.access_contact_by_id(ohchr_user, 10**9)

    assert str(forbidden.value) == str(missing.value)


@pytest.mark.parametrize("bad_id", ["abc", None, "1; drop table", 1.5])
def test_malformed_ids_look_missing(unicef_user: Any, bad_id: Any) -> None:
    with pytest.raises(NotFoundError):
        access.access_contact_by_id(unicef_user, bad_id)


def test_the_secretariat_reads_everything_but_writes_nothing_of_others(
    secretariat_editor: Any, unicef_contact: Any
) -> None:
    assert access.access_contact_by_id(secretariat_editor, unicef_contact.pk) == unicef_contact
    with pytest.raises(PermissionDeniedError):
        access.access_contact_by_id(secretariat_editor, unicef_contact.pk, write=True)


def test_a_viewer_reads_but_does_not_write(unicef_contact: Any) -> None:
    viewer = UserFactory(organisation=unicef_contact.owner, role=Role.VIEWER)

    assert access.access_contact_by_id(viewer, unicef_contact.pk) == unicef_contact
    with pytest.raises(PermissionDeniedError):
        access.access_contact_by_id(viewer, unicef_contact.pk, write=True)


def test_anonymous_users_see_no_private_object(unicef_contact: Any) -> None:
    assert not access.contacts_for_user(AnonymousUser()).exists()
    with pytest.raises(NotFoundError):
        access.access_contact_by_id(AnonymousUser(), unicef_contact.pk)


def test_members_of_an_organisation_are_visible_to_it_and_the_secretariat_only(
    unicef_user: Any, ohchr_user: Any, secretariat_editor: Any
) -> None:
    assert unicef_user in access.organisation_members_for_user(unicef_user, "UNICEF")
    assert unicef_user in access.organisation_members_for_user(secretariat_editor, "UNICEF")
    with pytest.raises(NotFoundError):
        access.organisation_members_for_user(ohchr_user, "UNICEF")
    with pytest.raises(NotFoundError):
        access.organisation_members_for_user(AnonymousUser(), "UNICEF")


def test_tokens_belong_to_their_user_alone(unicef_user: Any, secretariat_editor: Any) -> None:
    from cpcollab.accounts.services import api_token_create

    token, _raw = api_token_create(user=unicef_user, name="script")
    colleague = UserFactory(organisation=unicef_user.organisation, role=Role.ADMINISTRATOR)

    assert access.access_api_token_by_id(unicef_user, token.pk) == token
    for other in (colleague, secretariat_editor):
        with pytest.raises(NotFoundError):
            access.access_api_token_by_id(other, token.pk)


def test_audit_events_by_role(unicef_user: Any, system_admin: Any) -> None:
    from cpcollab.accounts.services import contact_create

    contact_create(user=unicef_user, name="Focal point")
    event = AuditEvent.objects.filter(action="contact.create").latest("seq")
    unicef_admin = UserFactory(organisation=unicef_user.organisation, role=Role.ADMINISTRATOR)
    ohchr_admin = UserFactory(organisation=OrganisationFactory.registry("OHCHR"), role=Role.ADMINISTRATOR)

    assert access.access_audit_event_by_id(system_admin, event.pk) == event
    assert access.access_audit_event_by_id(unicef_admin, event.pk) == event
    for user in (ohchr_admin, unicef_user):
        with pytest.raises(NotFoundError):
            access.access_audit_event_by_id(user, event.pk)
    assert not access.audit_events_for_user(unicef_user).exists()


@pytest.mark.parametrize(
    ("organisation", "role", "document_owner", "may"),
    [
        ("UNICEF", Role.REVIEWER, "UNICEF", True),
        ("UNICEF", Role.FOCAL_POINT, "UNICEF", True),
        ("UNICEF", Role.CONTRIBUTOR, "UNICEF", False),  # edits, but does not review
        ("UNICEF", Role.VIEWER, "UNICEF", False),
        ("UNICEF", Role.REVIEWER, "OHCHR", False),  # another organisation's document
        ("SECRETARIAT", Role.SECRETARIAT_EDITOR, "OHCHR", True),  # the Secretariat reviews all
        ("SECRETARIAT", Role.REVIEWER, "OHCHR", False),  # a Secretariat reviewer sees only its own
    ],
)
def test_who_may_review_a_documents_statements(organisation: str, role: str, document_owner: str, may: bool) -> None:
    user = UserFactory(organisation=OrganisationFactory.registry(organisation), role=role)
    owner = OrganisationFactory.registry(document_owner)

    assert access.may_review_for(user, owner.pk) is may


def test_anonymous_users_review_nothing() -> None:
    assert access.may_review_for(AnonymousUser(), OrganisationFactory.registry("UNICEF").pk) is False
