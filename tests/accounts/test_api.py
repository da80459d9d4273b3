"""The accounts API: contacts, tokens and the current user, through HTTP."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from cpcollab.accounts.models import ApiToken, Contact
from cpcollab.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_a_focal_point_manages_its_contacts(client_for: Callable[[Any], APIClient], unicef_user: Any) -> None:
    client = client_for(unicef_user)

    created = client.post("/api/v1/contacts/", {"name": "Amina", "language": "ar", "is_focal_point": True})
    contact_id = created.json()["id"]
    changed = client.patch(f"/api/v1/contacts/{contact_id}/", {"function": "Child protection specialist"})
    listed = client.get("/api/v1/contacts/").json()
    deleted = client.delete(f"/api/v1/contacts/{contact_id}/")

    assert created.status_code == 201 and created.json()["owner"] == "UNICEF"
    assert changed.json()["function"] == "Child protection specialist"
    assert [c["id"] for c in listed["results"]] == [contact_id]
    assert deleted.status_code == 204
    assert not Contact.objects.filter(pk=contact_id).exists()
    actions = list(
        AuditEvent.objects.filter(object_type="accounts.contact", object_id=str(contact_id))
        .order_by("seq")
        .values_list("action", flat=True)
    )
    assert actions == ["contact.create", "contact.update", "contact.delete"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x", "language": "de"}, "language"),
        ({"name": "x", "email": "nope"}, "email"),
        ({"name": ["a", "list"]}, "name"),
        ({"name": "x", "is_focal_point": "perhaps"}, "is_focal_point"),
        ({"name": "x" * 201}, "name"),
    ],
)
def test_wrong_values_and_types_get_field_errors_and_write_nothing(
    client_for: Callable[[Any], APIClient], unicef_user: Any, payload: dict[str, Any], field: str
) -> None:
    events = AuditEvent.objects.count()

    response = client_for(unicef_user).post("/api/v1/contacts/", payload, format="json")

    assert response.status_code == 400
    assert field in response.json()["error"]["details"]
    assert AuditEvent.objects.count() == events


def test_a_viewer_cannot_add_contacts(client_for: Callable[[Any], APIClient]) -> None:
    from tests.factories import OrganisationFactory, UserFactory

    viewer = UserFactory(organisation=OrganisationFactory.registry("UNICEF"), role="viewer")

    response = client_for(viewer).post("/api/v1/contacts/", {"name": "x"})

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"


def test_a_token_created_through_the_api_authenticates_scripts(
    client_for: Callable[[Any], APIClient], unicef_user: Any
) -> None:
    created = client_for(unicef_user).post("/api/v1/tokens/", {"name": "nightly"}).json()
    script = APIClient()
    script.credentials(HTTP_AUTHORIZATION=f"Bearer {created['token']}")

    me = script.get("/api/v1/me/")

    assert me.status_code == 200
    assert me.json()["username"] == unicef_user.username
    assert me.json()["organisation"]["code"] == "UNICEF"
    assert "submit" in me.json()["capabilities"]
    assert "token" not in client_for(unicef_user).get(f"/api/v1/tokens/{created['id']}/").json()


@pytest.mark.parametrize("state", ["revoked", "expired", "unknown", "malformed"])
def test_revoked_expired_or_unknown_tokens_are_refused(
    client_for: Callable[[Any], APIClient], unicef_user: Any, state: str
) -> None:
    created = client_for(unicef_user).post("/api/v1/tokens/", {"name": "x"}).json()
    header = f"Bearer {created['token']}"
    if state == "revoked":
        client_for(unicef_user).delete(f"/api/v1/tokens/{created['id']}/")
    elif state == "expired":
        ApiToken.objects.filter(pk=created["id"]).update(expires_at=timezone.now() - timedelta(seconds=1))
    elif state == "unknown":
        header = "Bearer cpc_not-a-real-token"
    else:
        header = "Bearer two parts"
    script = APIClient()
    script.credentials(HTTP_AUTHORIZATION=header)

    response = script.get("/api/v1/me/")

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "authentication_failed"


def test_the_directory_of_organisations_is_public_but_members_are_not(api: APIClient) -> None:
    states = api.get("/api/v1/organisations/", {"kind": "member_state", "page_size": 500}).json()

    assert states["count"] == 197
    assert api.get("/api/v1/organisations/FRA/").json()["name"] == "France"
    assert api.get("/api/v1/organisations/UNICEF/members/").status_code == 401
