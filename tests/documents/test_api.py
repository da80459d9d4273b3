from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from cpcollab.documents.models import Document
from tests.documents.conftest import make_docx

pytestmark = pytest.mark.django_db


def _upload(client: APIClient, jobs_run: Any, *files: tuple[str, bytes], **extra: Any) -> Any:
    payload = {"files": [SimpleUploadedFile(name, data) for name, data in files], **extra}
    return jobs_run(client.post, path="/api/v1/documents/", data=payload, format="multipart")


def test_upload_several_files_and_read_what_was_found(
    client_for: Callable[[Any], APIClient], unicef_user: Any, jobs_run: Any
) -> None:
    client = client_for(unicef_user)
    first = make_docx()  # built once: a DOCX made a second later differs in its zip timestamps

    response = _upload(
        client,
        jobs_run,
        ("one.docx", first),
        ("two.docx", make_docx(["UNICEF supported the ministry of health."])),
    )

    assert response.status_code == 201, response.content
    results = response.json()["results"]
    assert [r["created"] for r in results] == [True, True]
    document_id = results[0]["document"]["id"]
    detail = client.get(f"/api/v1/documents/{document_id}/").json()
    assert detail["status"] == "done" and detail["owner"] == "UNICEF" and detail["statement_count"] >= 2
    statements = client.get(f"/api/v1/statements/?document={document_id}&actor=UNHCR").json()["results"]
    assert len(statements) == 1 and statements[0]["citation"].endswith("para. 1")
    assert client.get(f"/api/v1/statements/?document={document_id}&kind=funding").json()["results"] == []
    blocks = client.get(f"/api/v1/documents/{document_id}/blocks/").json()["results"]
    assert blocks[0]["index"] == 0 and "Special Representative" in blocks[0]["text"]
    original = client.get(f"/api/v1/documents/{document_id}/original/")
    assert original.status_code == 200 and original.content == first
    job = client.get(f"/api/v1/jobs/{results[0]['job']['id']}/").json()
    assert job["status"] == "done" and job["statement_count"] == detail["statement_count"]


def test_a_refused_file_among_several_is_reported_and_the_others_kept(
    client_for: Callable[[Any], APIClient], unicef_user: Any, jobs_run: Any
) -> None:
    response = _upload(client_for(unicef_user), jobs_run, ("ok.docx", make_docx()), ("empty.txt", b""))

    assert response.status_code == 207
    results = response.json()["results"]
    assert results[0]["created"] is True
    assert results[1]["error"]["code"] == "file_refused"
    assert Document.objects.count() == 1


def test_one_refused_file_gets_its_error_status(
    client_for: Callable[[Any], APIClient], unicef_user: Any, jobs_run: Any
) -> None:
    response = _upload(client_for(unicef_user), jobs_run, ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32))

    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_format"


def test_upload_without_files_is_a_clear_error(client_for: Callable[[Any], APIClient], unicef_user: Any) -> None:
    response = client_for(unicef_user).post("/api/v1/documents/", {"is_public": "true"}, format="multipart")

    assert response.status_code == 400
    assert response.json()["error"]["details"] == {"files": ["Required."]}


def test_metadata_correction_with_wrong_types_is_refused(
    client_for: Callable[[Any], APIClient], unicef_user: Any, jobs_run: Any
) -> None:
    client = client_for(unicef_user)
    document_id = _upload(client, jobs_run, ("a.docx", make_docx())).json()["results"][0]["document"]["id"]

    bad = client.patch(f"/api/v1/documents/{document_id}/", {"date": 12, "is_public": "maybe"}, format="json")
    good = client.patch(f"/api/v1/documents/{document_id}/", {"symbol": "A/79/1", "is_public": True}, format="json")

    assert bad.status_code == 400 and set(bad.json()["error"]["details"]) == {"date", "is_public"}
    assert good.status_code == 200 and good.json()["symbol"] == "A/79/1" and good.json()["corrected"] == ["symbol"]
    assert client_for(None).get(f"/api/v1/documents/{document_id}/").status_code == 200  # now public


def test_another_organisation_cannot_see_change_or_reingest_a_private_document(
    client_for: Callable[[Any], APIClient], unicef_user: Any, ohchr_user: Any, jobs_run: Any
) -> None:
    document_id = _upload(client_for(unicef_user), jobs_run, ("a.docx", make_docx())).json()["results"][0]["document"][
        "id"
    ]
    other = client_for(ohchr_user)

    for path in ("", "original/", "blocks/"):
        assert other.get(f"/api/v1/documents/{document_id}/{path}").status_code == 404
    assert other.patch(f"/api/v1/documents/{document_id}/", {"title": "x"}, format="json").status_code == 404
    assert other.post(f"/api/v1/documents/{document_id}/reingest/").status_code == 404
    assert other.get(f"/api/v1/statements/?document={document_id}").json()["results"] == []
