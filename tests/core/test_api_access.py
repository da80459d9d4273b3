"""Access rules across every API endpoint.

The table below classifies every endpoint of the API; a new endpoint makes the first test
fail until it is classified here, and so gets the anonymous-write and cross-organisation
tests for free.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.test import APIClient

from cpcollab.accounts.models import Contact
from cpcollab.accounts.roles import Role
from cpcollab.accounts.services import api_token_create, contact_create
from cpcollab.audit.models import AuditEvent
from cpcollab.collaboration.services import evidence_add, record_create
from cpcollab.documents.services import document_upload
from cpcollab.inputs.services import call_create, cycle_create, recipients_add, submission_submit
from tests.documents.conftest import make_docx
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PUBLIC = "public read-only"
PRIVATE = "owned by an organisation or a user"
SIGNED_IN = "signed-in users, about themselves"
ADMIN = "administrators"

ENDPOINTS: dict[str, tuple[str, str]] = {
    # name: (kind, example path)
    "actor-list": (PUBLIC, "/api/v1/actors/"),
    "actor-detail": (PUBLIC, "/api/v1/actors/UNICEF/"),
    "country-list": (PUBLIC, "/api/v1/countries/"),
    "country-detail": (PUBLIC, "/api/v1/countries/FRA/"),
    "member-state-list": (PUBLIC, "/api/v1/member-states/"),
    "theme-list": (PUBLIC, "/api/v1/themes/"),
    "theme-detail": (PUBLIC, "/api/v1/themes/crc-art-19/"),
    "mechanism-list": (PUBLIC, "/api/v1/mechanisms/"),
    "mechanism-detail": (PUBLIC, "/api/v1/mechanisms/MRM/"),
    "collaboration-kind-list": (PUBLIC, "/api/v1/collaboration-kinds/"),
    "organisation-list": (PUBLIC, "/api/v1/organisations/"),
    "organisation-detail": (PUBLIC, "/api/v1/organisations/UNICEF/"),
    "organisation-members": (PRIVATE, "/api/v1/organisations/UNICEF/members/"),
    "me": (SIGNED_IN, "/api/v1/me/"),
    "contact-list": (PRIVATE, "/api/v1/contacts/"),
    "contact-detail": (PRIVATE, "/api/v1/contacts/{contact}/"),
    "token-list": (PRIVATE, "/api/v1/tokens/"),
    "token-detail": (PRIVATE, "/api/v1/tokens/{token}/"),
    "audit-event-list": (ADMIN, "/api/v1/audit/events/"),
    "audit-event-detail": (PRIVATE, "/api/v1/audit/events/{event}/"),
    "audit-verify": (ADMIN, "/api/v1/audit/verify/"),
    "document-list": (PRIVATE, "/api/v1/documents/"),
    "document-detail": (PRIVATE, "/api/v1/documents/{document}/"),
    "document-original": (PRIVATE, "/api/v1/documents/{document}/original/"),
    "document-blocks": (PRIVATE, "/api/v1/documents/{document}/blocks/"),
    "document-reingest": (PRIVATE, "/api/v1/documents/{document}/reingest/"),
    "statement-list": (PRIVATE, "/api/v1/statements/"),
    "statement-detail": (PRIVATE, "/api/v1/statements/{statement}/"),
    "job-detail": (PRIVATE, "/api/v1/jobs/{job}/"),
    "record-list": (PRIVATE, "/api/v1/records/"),
    "record-detail": (PRIVATE, "/api/v1/records/{record}/"),
    "record-publish": (PRIVATE, "/api/v1/records/{record}/publish/"),
    "record-unpublish": (PRIVATE, "/api/v1/records/{record}/unpublish/"),
    "record-versions": (PRIVATE, "/api/v1/records/{record}/versions/"),
    "record-evidence": (PRIVATE, "/api/v1/records/{record}/evidence/"),
    "record-evidence-detail": (PRIVATE, "/api/v1/records/{record}/evidence/{evidence}/"),
    "record-confirmations": (PRIVATE, "/api/v1/records/{record}/confirmations/"),
    "record-import": (SIGNED_IN, "/api/v1/records/import/"),
    "record-template": (PUBLIC, "/api/v1/records/template/"),
    "record-export": (PUBLIC, "/api/v1/records/export/"),
    "statement-accept": (PRIVATE, "/api/v1/statements/{statement}/accept/"),
    "statement-correct": (PRIVATE, "/api/v1/statements/{statement}/correct/"),
    "statement-reject": (PRIVATE, "/api/v1/statements/{statement}/reject/"),
    "statement-duplicates": (PRIVATE, "/api/v1/statements/{statement}/duplicates/"),
    "search": (PRIVATE, "/api/v1/search/?q=UNICEF"),
    "cycle-list": (SIGNED_IN, "/api/v1/cycles/"),
    "cycle-detail": (SIGNED_IN, "/api/v1/cycles/vac-1/"),
    "cycle-calls": (SIGNED_IN, "/api/v1/cycles/vac-1/calls/"),
    "cycle-status": (ADMIN, "/api/v1/cycles/vac-1/status/"),
    "cycle-export": (ADMIN, "/api/v1/cycles/vac-1/export/"),
    "recipient-list": (PRIVATE, "/api/v1/recipients/"),
    "recipient-detail": (PRIVATE, "/api/v1/recipients/{recipient}/"),
    "recipient-draft": (PRIVATE, "/api/v1/recipients/{recipient}/draft/"),
    "recipient-prefill": (PRIVATE, "/api/v1/recipients/{recipient}/prefill/"),
    "recipient-submit": (PRIVATE, "/api/v1/recipients/{recipient}/submit/"),
    "recipient-register": (PRIVATE, "/api/v1/recipients/{recipient}/register/"),
    "recipient-acknowledge": (PRIVATE, "/api/v1/recipients/{recipient}/acknowledge/"),
    "submission-list": (PRIVATE, "/api/v1/submissions/"),
    "submission-detail": (PRIVATE, "/api/v1/submissions/{submission}/"),
    "submission-versions": (PRIVATE, "/api/v1/submissions/{submission}/versions/"),
}


def _api_names(patterns: list[Any], namespace: str = "") -> set[str]:
    names: set[str] = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= _api_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and namespace == "api:" and pattern.name:
            names.add(pattern.name)
    return names


@pytest.fixture
def unicef_objects(unicef_user: Any, django_capture_on_commit_callbacks: Any) -> dict[str, Any]:
    """One private object of each kind, belonging to UNICEF (or to its user)."""
    contact = contact_create(user=unicef_user, name="UNICEF focal point")
    token, _raw = api_token_create(user=unicef_user, name="script")
    event = AuditEvent.objects.filter(action="contact.create", object_id=str(contact.pk)).get()
    cycle = cycle_create(user=None, code="vac-1", mandate_symbol="A/RES/66/139", session=81, report_title="VAC")
    call = call_create(user=None, cycle=cycle, title="Call", questions=[{"text": "How?"}])
    recipients_add(user=None, call=call, codes=["UNICEF"])
    recipient = call.recipients.get()
    with django_capture_on_commit_callbacks(execute=True):
        upload = document_upload(user=unicef_user, filename="report.docx", data=make_docx())
        version = submission_submit(user=unicef_user, recipient_id=recipient.pk, answers={"1": "UNICEF and OHCHR."})
    statement = upload.document.statements.first()
    assert statement is not None
    record = record_create(user=unicef_user, title="UNICEF draft", parties=["UNICEF", "OHCHR"])
    evidence = evidence_add(user=unicef_user, record_id=record.pk, statement_id=statement.pk)
    return {
        "contact": contact.pk,
        "token": token.pk,
        "event": event.pk,
        "document": upload.document.pk,
        "statement": statement.pk,
        "job": upload.job.pk,
        "record": record.pk,
        "evidence": evidence.pk,
        "recipient": recipient.pk,
        "submission": version.submission_id,
    }


def test_every_api_endpoint_is_classified() -> None:
    assert _api_names(get_resolver().url_patterns) == set(ENDPOINTS)


@pytest.mark.parametrize("name", sorted(ENDPOINTS))
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_anonymous_users_cannot_write_anywhere(
    api: APIClient, unicef_objects: dict[str, Any], name: str, method: str
) -> None:
    events = AuditEvent.objects.count()
    contacts = list(Contact.objects.values_list("pk", "name"))

    response = getattr(api, method)(ENDPOINTS[name][1].format(**unicef_objects), {"name": "x"}, format="json")

    assert response.status_code in (401, 405), response.content
    assert "error" in response.json()
    assert AuditEvent.objects.count() == events
    assert list(Contact.objects.values_list("pk", "name")) == contacts


@pytest.mark.parametrize("name", sorted(n for n, (kind, _) in ENDPOINTS.items() if kind == PUBLIC))
def test_public_endpoints_are_readable_by_anyone(api: APIClient, name: str) -> None:
    assert api.get(ENDPOINTS[name][1]).status_code == 200


@pytest.mark.parametrize("name", sorted(n for n, (kind, path) in ENDPOINTS.items() if kind == PRIVATE))
def test_another_organisation_gets_404_on_every_private_object(
    client_for: Callable[[Any], APIClient], unicef_objects: dict[str, Any], name: str
) -> None:
    path = ENDPOINTS[name][1].format(**unicef_objects)
    ohchr_admin = UserFactory(organisation=OrganisationFactory.registry("OHCHR"), role=Role.ADMINISTRATOR)
    client = client_for(ohchr_admin)

    if "{" in ENDPOINTS[name][1] or name == "organisation-members":
        for method in ("get", "patch", "delete"):
            response = getattr(client, method)(path, {"name": "hijacked"}, format="json")
            assert response.status_code in (404, 405), (method, response.content)
            if response.status_code == 404:
                assert response.json()["error"]["code"] == "not_found"
    else:  # a list: the other organisation's objects are simply not in it
        listed = client.get(path).json()["results"]
        assert not {item.get("id") for item in listed} & set(unicef_objects.values())


def test_unicefs_own_users_see_their_objects(
    client_for: Callable[[Any], APIClient], unicef_user: Any, unicef_objects: dict[str, Any]
) -> None:
    client = client_for(unicef_user)

    assert client.get(f"/api/v1/contacts/{unicef_objects['contact']}/").status_code == 200
    assert client.get(f"/api/v1/tokens/{unicef_objects['token']}/").status_code == 200
    assert client.get("/api/v1/organisations/UNICEF/members/").status_code == 200


@pytest.mark.parametrize("name", sorted(n for n, (kind, _) in ENDPOINTS.items() if kind in (ADMIN, SIGNED_IN)))
def test_signed_in_and_admin_endpoints_refuse_anonymous_reads(api: APIClient, name: str) -> None:
    response = api.get(ENDPOINTS[name][1])

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


@pytest.mark.parametrize("name", sorted(n for n, (kind, _) in ENDPOINTS.items() if kind == ADMIN))
def test_admin_endpoints_refuse_ordinary_users(
    client_for: Callable[[Any], APIClient], unicef_user: Any, name: str
) -> None:
    assert client_for(unicef_user).get(ENDPOINTS[name][1]).status_code == 403
