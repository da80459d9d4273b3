from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cpcollab.collaboration import services
from cpcollab.collaboration.models import Confirmation, Record
from tests.collaboration.conftest import make_record

pytestmark = pytest.mark.django_db


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "zh-hans", "ru", "es"])
def test_list_and_detail_render_in_every_language(unicef_user: Any, lang: str) -> None:
    record = make_record(unicef_user, status="published", themes=["crc-art-19"], mechanism="MRM")

    listing = Client().get(f"/{lang}/collaboration/?actor=UNHCR&year=2022")
    detail = Client().get(f"/{lang}/collaboration/{record.pk}/")

    assert listing.status_code == 200 and record.title in listing.content.decode()
    assert detail.status_code == 200 and "UNHCR" in detail.content.decode()


def test_a_draft_is_a_404_page_for_another_organisation(unicef_user: Any, ohchr_user: Any) -> None:
    record = make_record(unicef_user)

    assert _client(ohchr_user).get(f"/en/collaboration/{record.pk}/").status_code == 404
    assert _client(ohchr_user).get(f"/en/collaboration/{record.pk}/edit/").status_code == 404
    assert record.title not in _client(ohchr_user).get("/en/collaboration/").content.decode()
    assert _client(unicef_user).get(f"/en/collaboration/{record.pk}/").status_code == 200


def test_create_and_edit_through_the_form(unicef_user: Any) -> None:
    client = _client(unicef_user)
    form = {"title": "Form record", "parties": "UNICEF; KEN", "kinds": ["funding"], "start": "2021", "status": "draft"}

    invalid = client.post("/en/collaboration/new/", {**form, "parties": "UNICEF"})
    assert invalid.status_code == 200 and "at least two parties" in invalid.content.decode()
    created = client.post("/en/collaboration/new/", form)
    record = Record.objects.get()
    assert created.status_code == 302 and created["Location"].endswith(f"/collaboration/{record.pk}/")

    edit = client.get(f"/en/collaboration/{record.pk}/edit/")
    assert 'value="UNICEF; KEN"' in edit.content.decode()
    saved = client.post(f"/en/collaboration/{record.pk}/edit/", {**form, "title": "Renamed", "version": 1})
    stale = client.post(f"/en/collaboration/{record.pk}/edit/", {**form, "title": "Lost", "version": 1})

    assert saved.status_code == 302 and stale.status_code == 200
    assert Record.objects.get().title == "Renamed"


def test_another_participant_sees_only_the_confirmation_form(unicef_user: Any, ohchr_user: Any) -> None:
    record = make_record(unicef_user, parties=["UNICEF", "OHCHR"], status="published")
    client = _client(ohchr_user)

    page = client.get(f"/en/collaboration/{record.pk}/").content.decode()
    assert f"/collaboration/{record.pk}/confirmations/" in page and f"/collaboration/{record.pk}/edit/" not in page

    client.post(f"/en/collaboration/{record.pk}/confirmations/", {"kind": "note", "text": "We co-led it."})
    client.post(f"/en/collaboration/{record.pk}/publish/", {"publish": "0"})

    assert Confirmation.objects.get().text == "We co-led it."
    assert Record.objects.get().is_published


def test_import_page_shows_errors_by_row(unicef_user: Any) -> None:
    client = _client(unicef_user)
    bad = SimpleUploadedFile("r.csv", b"title,parties\r\nOne,UNICEF\r\n", content_type="text/csv")

    page = client.post("/en/collaboration/import/", {"file": bad}).content.decode()

    assert "nothing was imported" in page and "<td>2</td>" in page
    good = SimpleUploadedFile("r.csv", b"title,parties\r\nOne,UNICEF;WHO\r\n", content_type="text/csv")
    assert client.post("/en/collaboration/import/", {"file": good}).status_code == 302
    assert Record.objects.count() == 1


def test_owner_actions(unicef_user: Any) -> None:
    record = make_record(unicef_user)
    client = _client(unicef_user)

    client.post(f"/en/collaboration/{record.pk}/evidence/", {"url": "https://example.org/r", "text": ""})
    evidence = record.evidence.get()
    client.post(f"/en/collaboration/{record.pk}/evidence/{evidence.pk}/remove/")
    client.post(f"/en/collaboration/{record.pk}/publish/", {"publish": "1"})
    refused = client.post(f"/en/collaboration/{record.pk}/delete/")
    services.record_unpublish(user=unicef_user, record_id=record.pk)
    deleted = client.post(f"/en/collaboration/{record.pk}/delete/")

    assert refused.status_code == 302 and deleted.status_code == 302
    assert not Record.objects.exists()


def test_the_navigation_links_to_collaboration() -> None:
    assert "/en/collaboration/" in Client().get("/en/").content.decode()
