from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from openpyxl import load_workbook
from rest_framework.test import APIClient

from cpcollab.audit.models import AuditEvent
from cpcollab.collaboration import services
from cpcollab.collaboration.models import Record
from cpcollab.documents.models import Statement
from tests.collaboration.conftest import make_record

pytestmark = pytest.mark.django_db

BODY = {"title": "Joint training", "parties": ["UNICEF", "UNHCR"], "kinds": ["capacity_building"], "start": 2022}


def test_create_read_update_publish_and_list(client_for: Callable[[Any], APIClient], unicef_user: Any) -> None:
    client = client_for(unicef_user)

    created = client.post("/api/v1/records/", BODY, format="json")
    assert created.status_code == 201, created.content
    record = created.json()
    assert record["owner"] == "UNICEF" and record["status"] == "draft" and record["version"] == 1
    assert [p["code"] for p in record["parties"]] == ["UNICEF", "UNHCR"] and record["start"] == "2022"

    path = f"/api/v1/records/{record['id']}/"
    changed = client.patch(path, {"version": 1, "title": "Renamed"}, format="json")
    assert changed.status_code == 200 and changed.json()["version"] == 2
    stale = client.patch(path, {"version": 1, "title": "Lost"}, format="json")
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "conflict"
    assert client.post(f"{path}publish/").json()["status"] == "published"
    assert [v["number"] for v in client.get(f"{path}versions/").json()["results"]] == [3, 2, 1]
    assert client.get("/api/v1/records/?status=published&actor=UNHCR").json()["count"] == 1
    assert client.get("/api/v1/records/?kind=funding").json()["count"] == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({**BODY, "parties": "UNICEF;UNHCR"}, "parties"),
        ({**BODY, "parties": ["UNICEF"]}, "parties"),
        ({**BODY, "kinds": [{"code": 1}]}, "kinds"),
        ({**BODY, "title": ["x"]}, "title"),
        ({**BODY, "start": {"year": 2020}}, "start"),
        ({**BODY, "status": "secret"}, "status"),
        ({**BODY, "kinds": ["friendship"]}, "kinds"),
        ({**BODY, "countries": ["XXXX"]}, "countries"),
    ],
)
def test_wrong_types_and_values_are_400_with_details(
    client_for: Callable[[Any], APIClient], unicef_user: Any, body: dict[str, Any], field: str
) -> None:
    response = client_for(unicef_user).post("/api/v1/records/", body, format="json")

    assert response.status_code == 400
    assert field in response.json()["error"]["details"]
    assert not Record.objects.exists()


def test_patch_needs_a_version_of_the_right_type(client_for: Callable[[Any], APIClient], unicef_user: Any) -> None:
    record = make_record(unicef_user)
    client = client_for(unicef_user)

    for body in ({"title": "x"}, {"title": "x", "version": "one"}):
        response = client.patch(f"/api/v1/records/{record.pk}/", body, format="json")
        assert response.status_code == 400 and "version" in response.json()["error"]["details"]


def test_filters_refuse_bad_values(api: APIClient) -> None:
    assert api.get("/api/v1/records/?year=last").status_code == 400
    assert api.get("/api/v1/records/?status=secret").status_code == 400


def test_another_organisation_cannot_see_a_draft_nor_edit_a_published_record(
    client_for: Callable[[Any], APIClient], unicef_user: Any, ohchr_user: Any
) -> None:
    record = make_record(unicef_user, parties=["UNICEF", "OHCHR"])
    ohchr = client_for(ohchr_user)
    path = f"/api/v1/records/{record.pk}/"

    for response in (
        ohchr.get(path),
        ohchr.get(f"{path}versions/"),
        ohchr.post(f"{path}confirmations/", {"kind": "confirm"}, format="json"),
        ohchr.get(f"{path}evidence/"),
    ):
        assert response.status_code == 404
    assert ohchr.get("/api/v1/records/").json()["count"] == 0
    assert ohchr.get("/api/v1/records/export/?format=json").json()["records"] == []

    services.record_publish(user=unicef_user, record_id=record.pk)

    assert ohchr.patch(path, {"version": 2, "title": "Ours"}, format="json").status_code == 403
    assert ohchr.delete(path).status_code == 403
    assert ohchr.post(f"{path}evidence/", {"url": "https://example.org"}, format="json").status_code == 403
    confirmed = ohchr.post(f"{path}confirmations/", {"kind": "confirm", "text": "Yes."}, format="json")
    assert confirmed.status_code == 201 and confirmed.json()["organisation"] == "OHCHR"
    assert [c["kind"] for c in ohchr.get(f"{path}confirmations/").json()] == ["confirm"]
    assert Record.objects.get(pk=record.pk).title == "Joint training of social workers"


def test_export_lists_only_what_the_user_may_read(
    client_for: Callable[[Any], APIClient], unicef_user: Any, ohchr_user: Any, api: APIClient
) -> None:
    make_record(unicef_user, title="UNICEF draft")
    make_record(unicef_user, title="UNICEF published", status="published")
    make_record(ohchr_user, title="OHCHR draft", parties=["OHCHR", "UNICEF"])

    mine = client_for(unicef_user).get("/api/v1/records/export/?format=json").json()["records"]
    public = api.get("/api/v1/records/export/").json()["records"]
    csv_text = client_for(ohchr_user).get("/api/v1/records/export/?format=csv").content.decode("utf-8-sig")
    xlsx = client_for(unicef_user).get("/api/v1/records/export/?format=xlsx&status=draft")

    assert sorted(r["title"] for r in mine) == ["UNICEF draft", "UNICEF published"]
    assert [r["title"] for r in public] == ["UNICEF published"]
    assert "OHCHR draft" in csv_text and "UNICEF published" in csv_text and "UNICEF draft" not in csv_text
    titles = [
        row[0] for row in load_workbook(io.BytesIO(xlsx.content))["records"].iter_rows(min_row=2, values_only=True)
    ]
    assert titles == ["UNICEF draft"]
    assert api.get("/api/v1/records/export/?format=pdf").status_code == 400


def test_template_downloads(api: APIClient) -> None:
    csv = api.get("/api/v1/records/template/?format=csv")
    xlsx = api.get("/api/v1/records/template/?format=xlsx")

    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    assert csv.content.decode("utf-8-sig").startswith("title,description,parties,kinds")
    assert load_workbook(io.BytesIO(xlsx.content)).sheetnames == ["records", "help"]


def test_import_reports_row_errors_as_400_and_creates_on_success(
    client_for: Callable[[Any], APIClient], unicef_user: Any
) -> None:
    client = client_for(unicef_user)
    bad = io.BytesIO(b"title,parties,kinds\r\nGood,UNICEF;WHO,funding\r\nBad,UNICEF,friendship\r\n")
    bad.name = "records.csv"

    refused = client.post("/api/v1/records/import/", {"file": bad}, format="multipart")

    assert refused.status_code == 400
    assert {(p["row"], p["column"]) for p in refused.json()["error"]["details"]["rows"]} == {
        (3, "parties"),
        (3, "kinds"),
    }
    assert not Record.objects.exists()
    good = io.BytesIO(b"title,parties\r\nGood,UNICEF;WHO\r\n")
    good.name = "records.csv"
    created = client.post("/api/v1/records/import/", {"file": good}, format="multipart")
    assert created.status_code == 201 and created.json()["created"] == 1
    assert client.post("/api/v1/records/import/", {}, format="multipart").status_code == 400


def test_evidence_add_and_remove(
    client_for: Callable[[Any], APIClient], unicef_user: Any, unicef_statement: Statement
) -> None:
    record = make_record(unicef_user)
    client = client_for(unicef_user)
    path = f"/api/v1/records/{record.pk}/evidence/"

    added = client.post(path, {"statement": unicef_statement.pk}, format="json")
    assert added.status_code == 201 and added.json()["citation"] == unicef_statement.citation
    assert client.post(path, {"statement": "first"}, format="json").status_code == 400
    assert client.post(path, {"url": "javascript:alert(1)"}, format="json").status_code == 400
    assert client.delete(f"{path}{added.json()['id']}/").status_code == 204
    assert client.get(path).json() == []


def test_review_endpoints(
    client_for: Callable[[Any], APIClient], unicef_user: Any, ohchr_user: Any, unicef_statement: Statement
) -> None:
    client = client_for(unicef_user)
    base = f"/api/v1/statements/{unicef_statement.pk}"

    assert client_for(ohchr_user).post(f"{base}/accept/", {}, format="json").status_code == 404
    assert client_for(ohchr_user).get(f"{base}/duplicates/").status_code == 404
    assert client.post(f"{base}/correct/", {"participants": "UNICEF"}, format="json").status_code == 400
    assert (
        client.post(
            f"{base}/correct/", {"participants": ["UNICEF", "WHO"], "years": ["soon"]}, format="json"
        ).status_code
        == 400
    )
    accepted = client.post(f"{base}/accept/", {}, format="json")
    assert accepted.status_code == 201, accepted.content
    body = accepted.json()
    assert body["created"] and body["statement"]["review_status"] == "accepted"
    assert body["evidence"]["statement"] == unicef_statement.pk and body["record"]["owner"] == "UNICEF"
    assert client.post(f"{base}/reject/", {"reason": "no"}, format="json").status_code == 409
    duplicates = client.get(f"{base}/duplicates/").json()
    assert duplicates[0]["record"]["id"] == body["record"]["id"] and duplicates[0]["same_document"]
    assert AuditEvent.objects.filter(action="statement.accept").count() == 1


def test_reject_and_accept_into_an_existing_record(
    client_for: Callable[[Any], APIClient], unicef_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from tests.collaboration.conftest import upload_statements

    statements = upload_statements(unicef_user, django_capture_on_commit_callbacks)
    record = make_record(unicef_user)
    client = client_for(unicef_user)

    rejected = client.post(f"/api/v1/statements/{statements[0].pk}/reject/", {"reason": "A call."}, format="json")
    into = client.post(f"/api/v1/statements/{statements[1].pk}/accept/", {"record": record.pk}, format="json")

    assert rejected.status_code == 200 and rejected.json()["review_status"] == "rejected"
    assert into.status_code == 200 and not into.json()["created"] and into.json()["record"]["version"] == 2


def test_the_schema_documents_the_endpoints(api: APIClient) -> None:
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    for path in ("/api/v1/records/", "/api/v1/records/import/", "/api/v1/statements/{id}/accept/"):
        assert path in schema["paths"]
