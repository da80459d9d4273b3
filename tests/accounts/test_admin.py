"""The Django admin: for the Secretariat's administrators, audited, registry read-only."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from cpcollab.accounts.models import Organisation
from cpcollab.audit.models import AuditEvent
from cpcollab.registry.models import Actor

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client: Client, system_admin: Any) -> Client:
    system_admin.is_staff = True
    system_admin.save()
    client.force_login(system_admin)
    return client


@pytest.mark.parametrize(
    "url",
    [
        "/admin/",
        "/admin/accounts/organisation/",
        "/admin/accounts/user/",
        "/admin/registry/actor/",
        "/admin/audit/auditevent/",
        "/admin/registry/country/?q=france",
    ],
)
def test_administrators_browse_the_admin(admin_client: Client, url: str) -> None:
    assert admin_client.get(url).status_code == 200


def test_other_staff_see_no_model(client: Client, unicef_user: Any) -> None:
    unicef_user.is_staff = True
    unicef_user.save()
    client.force_login(unicef_user)

    assert client.get("/admin/accounts/organisation/").status_code == 403


def test_an_organisation_edited_in_the_admin_is_audited(admin_client: Client) -> None:
    organisation = Organisation.objects.get(code="UNICEF")
    url = f"/admin/accounts/organisation/{organisation.pk}/change/"
    form = {
        "code": "UNICEF",
        "kind": "un_actor",
        "name": "",
        "actor": organisation.actor_id,
        "country": "",
        "correspondence_language": "fr",
        "is_active": "on",
    }

    response = admin_client.post(url, form)

    assert response.status_code == 302, response.content[:2000]
    event = AuditEvent.objects.latest("seq")
    assert event.action == "organisation.update"
    assert (event.before["correspondence_language"], event.after["correspondence_language"]) == ("en", "fr")


def test_the_registry_cannot_be_edited_in_the_admin(admin_client: Client) -> None:
    actor = Actor.objects.get(code="UNICEF")

    response = admin_client.post(f"/admin/registry/actor/{actor.pk}/change/", {"website": "https://example.org"})

    actor.refresh_from_db()
    assert response.status_code == 403
    assert actor.website != "https://example.org"


def test_a_password_set_in_the_admin_is_audited_without_the_hash(admin_client: Client, unicef_user: Any) -> None:
    url = f"/admin/accounts/user/{unicef_user.pk}/password/"

    response = admin_client.post(url, {"password1": "a-fresh-long-password-1", "password2": "a-fresh-long-password-1"})

    assert response.status_code == 302
    event = AuditEvent.objects.latest("seq")
    assert (event.action, event.object_id) == ("user.set_password", str(unicef_user.pk))
    assert event.after is None and event.before is None
