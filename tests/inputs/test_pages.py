"""The pages: a focal point saves a draft and submits through the form; the dashboard."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from cpcollab.inputs.models import Call
from tests.inputs.conftest import FRENCH_ANSWER

pytestmark = pytest.mark.django_db


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_focal_point_saves_a_draft_then_submits_through_the_form(
    call: Call, france_user: Any, kenya_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    recipient = call.recipients.get(organisation__code="FRA")
    client = _client(france_user)
    page = f"/fr/recipients/{recipient.pk}/answer/"

    assert "Comment votre gouvernement" in client.get(page).content.decode()
    saved = client.post(page, {"q1": "brouillon", "language": "fr", "save": "1"})
    assert saved.status_code == 302
    assert "brouillon" in client.get(page).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        submitted = client.post(page, {"q1": FRENCH_ANSWER, "language": "fr", "submit": "1"})
    assert submitted.status_code == 302
    detail = client.get(submitted["Location"])
    assert detail.status_code == 200
    assert "UNICEF" in detail.content.decode()
    assert _client(kenya_user).get(submitted["Location"]).status_code == 404
    assert _client(kenya_user).get(page).status_code == 404


def test_the_secretariat_dashboard_shows_statuses_and_rates(call: Call, secretariat_editor: Any) -> None:
    client = _client(secretariat_editor)

    assert "vac-81" in client.get("/en/cycles/").content.decode()
    html = client.get("/en/cycles/vac-81/").content.decode()
    assert "Response rates" in html
    assert "FRA" in html and "UN actor" in html
