"""Browsing the audit trail through the API and the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from rest_framework.test import APIClient

from cpcollab.accounts.services import contact_create

pytestmark = pytest.mark.django_db


def test_administrators_filter_events_by_action_and_organisation(
    client_for: Callable[[Any], APIClient], unicef_user: Any, ohchr_user: Any, system_admin: Any
) -> None:
    contact_create(user=unicef_user, name="A")
    contact_create(user=ohchr_user, name="B")
    client = client_for(system_admin)

    unicef = client.get("/api/v1/audit/events/", {"action": "contact.", "organisation": "UNICEF"}).json()
    everything = client.get("/api/v1/audit/events/", {"action": "contact."}).json()

    assert [e["organisation"] for e in unicef["results"]] == ["UNICEF"]
    assert {e["organisation"] for e in everything["results"]} >= {"UNICEF", "OHCHR"}
    seqs = [e["seq"] for e in everything["results"]]
    assert seqs == sorted(seqs, reverse=True)


def test_an_organisation_administrator_sees_only_its_events(client_for: Callable[[Any], APIClient]) -> None:
    from tests.factories import OrganisationFactory, UserFactory

    unicef_admin = UserFactory(organisation=OrganisationFactory.registry("UNICEF"), role="administrator")
    ohchr_admin = UserFactory(organisation=OrganisationFactory.registry("OHCHR"), role="administrator")
    contact_create(user=unicef_admin, name="A")
    contact_create(user=ohchr_admin, name="B")

    seen = client_for(unicef_admin).get("/api/v1/audit/events/", {"page_size": 500}).json()["results"]

    assert seen
    assert all("UNICEF" in (e["organisation"], e["subject_organisation"]) for e in seen)
    assert "OHCHR" not in {e["organisation"] for e in seen} | {e["subject_organisation"] for e in seen}


def test_verify_through_the_api(client_for: Callable[[Any], APIClient], system_admin: Any) -> None:
    body = client_for(system_admin).get("/api/v1/audit/verify/").json()

    assert body["ok"] is True and body["checked"] > 0


def test_the_audit_page_is_for_administrators(client: Client, unicef_user: Any, system_admin: Any) -> None:
    contact_create(user=unicef_user, name="A")

    client.force_login(unicef_user)
    assert client.get("/en/audit/").status_code == 403
    client.force_login(system_admin)
    page = client.get("/en/audit/", {"action": "contact.create"})
    assert page.status_code == 200
    assert b"contact.create" in page.content
