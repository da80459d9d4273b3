"""The whole flow of a call for inputs, through the API and the services."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from docx import Document as DocxDocument
from openpyxl import load_workbook

from cpcollab.audit.models import AuditEvent
from cpcollab.documents.models import Statement
from cpcollab.inputs.letters import render_letter
from cpcollab.inputs.letterspecs import letter_spec
from cpcollab.inputs.models import Call, ImmutableVersionError, Recipient, ReportingCycle, SubmissionVersion
from cpcollab.inputs.services import recipient_acknowledge, submission_submit
from tests.factories import ContactFactory, OrganisationFactory
from tests.inputs.conftest import FRENCH_ANSWER, QUESTIONS

pytestmark = pytest.mark.django_db


def _recipient(call: Call, code: str) -> Recipient:
    return call.recipients.get(organisation__code=code)


def test_a_cycle_for_66_139_reaches_every_member_state_and_15_un_actors(call: Call) -> None:
    groups = {g: call.recipients.filter(group=g).count() for g in ("member_state", "un_actor")}

    assert groups == {"member_state": 193, "un_actor": 15}
    assert call.questions.count() == 2
    assert call.questions.get(order=1).localised("fr").startswith("Comment votre gouvernement")


def test_a_french_submission_keeps_its_versions_and_becomes_reviewable_statements(
    call: Call,
    france_user: Any,
    kenya_user: Any,
    client_for: Callable[[Any], Any],
    django_capture_on_commit_callbacks: Any,
) -> None:
    recipient = _recipient(call, "FRA")
    client = client_for(france_user)

    draft = client.put(
        f"/api/v1/recipients/{recipient.pk}/draft/", {"answers": {"1": "brouillon"}, "language": "fr"}, format="json"
    )
    assert draft.status_code == 200, draft.content
    assert client.get(f"/api/v1/recipients/{recipient.pk}/").json()["status"] == "draft_started"
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(
            f"/api/v1/recipients/{recipient.pk}/submit/",
            {"answers": {"1": FRENCH_ANSWER}, "language": "fr"},
            format="json",
        )
        second = client.post(
            f"/api/v1/recipients/{recipient.pk}/submit/",
            {"answers": {"1": FRENCH_ANSWER, "2": "Le rapport national est joint."}, "language": "fr"},
            format="json",
        )

    assert first.status_code == 201, first.content
    assert second.status_code == 201, second.content
    submission_id = recipient.submission.pk
    versions = client.get(f"/api/v1/submissions/{submission_id}/versions/").json()["results"]
    assert [(v["number"], v["language"], sorted(v["answers"])) for v in versions] == [
        (1, "fr", ["1"]),
        (2, "fr", ["1", "2"]),
    ]
    statements = Statement.objects.filter(document_id=versions[0]["answers_document"])
    assert statements.exists()
    assert {s.review_status for s in statements} == {"pending"}
    assert "UNICEF" in {a for s in statements for a in s.actors}
    assert statements.first().document.owner.code == "FRA"  # type: ignore[union-attr]
    other = client_for(kenya_user)
    assert other.get(f"/api/v1/submissions/{submission_id}/").status_code == 404
    assert other.get(f"/api/v1/submissions/{submission_id}/versions/").status_code == 404
    assert other.get(f"/api/v1/recipients/{recipient.pk}/").status_code == 404
    assert (
        other.post(f"/api/v1/recipients/{recipient.pk}/submit/", {"answers": {"1": "x"}}, format="json").status_code
        == 404
    )
    assert other.get(f"/api/v1/statements/{statements.first().pk}/").status_code == 404  # type: ignore[union-attr]


def test_a_submitted_version_never_changes(call: Call, france_user: Any, jobs_run: Any) -> None:
    version = jobs_run(
        submission_submit,
        user=france_user,
        recipient_id=_recipient(call, "FRA").pk,
        answers={"1": FRENCH_ANSWER},
        language="fr",
    )

    version.answers = {"1": "changed"}
    with pytest.raises(ImmutableVersionError):
        version.save()
    assert SubmissionVersion.objects.get(pk=version.pk).answers == {"1": FRENCH_ANSWER}


def test_public_submissions_are_readable_by_others_restricted_ones_are_not(
    call: Call, france_user: Any, kenya_user: Any, client_for: Callable[[Any], Any], jobs_run: Any
) -> None:
    version = jobs_run(
        submission_submit,
        user=france_user,
        recipient_id=_recipient(call, "FRA").pk,
        answers={"1": FRENCH_ANSWER},
        language="fr",
    )
    path = f"/api/v1/submissions/{version.submission_id}/"

    assert client_for(kenya_user).patch(path, {"is_public": True}, format="json").status_code == 404
    assert client_for(france_user).patch(path, {"is_public": True}, format="json").status_code == 200
    assert client_for(kenya_user).get(path).status_code == 200
    assert client_for(kenya_user).patch(path, {"is_public": False}, format="json").status_code == 403


def test_the_secretariat_registers_a_submission_received_by_post_and_sees_all(
    call: Call, secretariat_editor: Any, client_for: Callable[[Any], Any], django_capture_on_commit_callbacks: Any
) -> None:
    recipient = _recipient(call, "KEN")
    client = client_for(secretariat_editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/api/v1/recipients/{recipient.pk}/register/",
            {"channel": "post", "received_on": "2026-03-02", "answers": {"1": "UNICEF helped."}, "language": "en"},
            format="json",
        )

    assert response.status_code == 201, response.content
    assert response.json()["registered_by_secretariat"] is True
    assert response.json()["channel"] == "post"
    listed = client.get("/api/v1/submissions/?cycle=vac-81").json()["results"]
    assert [s["owner"] for s in listed] == ["KEN"]


def test_a_focal_point_cannot_register_or_see_the_dashboard(
    call: Call, france_user: Any, client_for: Callable[[Any], Any]
) -> None:
    client = client_for(france_user)
    recipient = _recipient(call, "FRA")

    assert client.post(f"/api/v1/recipients/{recipient.pk}/register/", {}, format="json").status_code == 403
    assert client.get("/api/v1/cycles/vac-81/status/").status_code == 403
    assert [r["organisation"] for r in client.get("/api/v1/recipients/").json()["results"]] == ["FRA"]


def test_acknowledgement_and_reminders_are_emailed_and_audited(
    call: Call, cycle: ReportingCycle, france_user: Any, secretariat_editor: Any, jobs_run: Any
) -> None:
    ContactFactory(owner=OrganisationFactory.registry("FRA"), email="fp@france.example", is_focal_point=True)
    ContactFactory(owner=OrganisationFactory.registry("KEN"), email="fp@kenya.example", is_focal_point=True)
    recipient = _recipient(call, "FRA")
    jobs_run(
        submission_submit, user=france_user, recipient_id=recipient.pk, answers={"1": FRENCH_ANSWER}, language="fr"
    )

    recipient_acknowledge(user=secretariat_editor, recipient_id=recipient.pk)
    call_command("cycle", "remind", "vac-81", stdout=io.StringIO())

    assert mail.outbox[0].to == ["fp@france.example"]
    assert ["fp@kenya.example"] in [m.to for m in mail.outbox]
    assert ["fp@france.example"] not in [m.to for m in mail.outbox[1:]]
    assert AuditEvent.objects.filter(action="recipient.acknowledge").count() == 1
    assert AuditEvent.objects.filter(action="recipient.remind").count() == 207
    _recipient(call, "FRA").refresh_from_db()
    assert Recipient.objects.get(pk=recipient.pk).acknowledged_at is not None


def test_cycle_status_json_reports_response_rates_by_group(call: Call, france_user: Any, jobs_run: Any) -> None:
    jobs_run(
        submission_submit,
        user=france_user,
        recipient_id=_recipient(call, "FRA").pk,
        answers={"1": FRENCH_ANSWER},
        language="fr",
    )
    out = io.StringIO()

    call_command("cycle", "status", "vac-81", "--json", stdout=out)

    report = json.loads(out.getvalue())
    by_group = report["response_rates"]["by_group"]
    assert by_group["member_state"] == {"recipients": 193, "answered": 1, "rate": round(1 / 193, 4)}
    assert by_group["un_actor"] == {"recipients": 15, "answered": 0, "rate": 0.0}
    europe = [name for name in report["response_rates"]["by_region"] if "Europe" in name]
    assert europe and report["response_rates"]["by_region"][europe[0]]["answered"] == 1
    assert {r["organisation"]: r["status"] for r in report["recipients"]}["FRA"] == "submitted"
    assert "KEN" in report["late"] and "FRA" not in report["late"]


def test_cli_creates_a_cycle_and_exports_its_submissions(
    tmp_path: Any, france_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    questions = tmp_path / "q.json"
    questions.write_text(json.dumps(QUESTIONS))
    call_command(
        "cycle", "create", "vac-82", "--symbol", "A/RES/66/139", "--paragraph", "4", "--session", "82",
        "--title", "Protecting children", "--questions", str(questions), "--member-states",
        "--recipients", "UNICEF,OHCHR", stdout=io.StringIO(),
    )  # fmt: skip
    call = ReportingCycle.objects.get(code="vac-82").calls.get()
    assert call.recipients.count() == 195
    with django_capture_on_commit_callbacks(execute=True):
        submission_submit(
            user=france_user,
            recipient_id=_recipient(call, "FRA").pk,
            answers={"1": FRENCH_ANSWER},
            language="fr",
            files=[("note.txt", b"Note verbale: la France remercie le Secretariat.")],
        )
    out = tmp_path / "export.zip"

    call_command("submissions", "export", "vac-82", "--out", str(out), stdout=io.StringIO())

    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        index = load_workbook(io.BytesIO(archive.read("index.xlsx")))
    assert "FRA/v1/note.txt" in names
    assert any(n.startswith("FRA/v1/") and n.endswith("answers.docx") for n in names)
    rows = list(index.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][0] == "organisation" and len(rows) == 3


def test_letters_for_every_recipient_name_it_in_its_language(call: Call, tmp_path: Any) -> None:
    # How long the 208 letters take is measured by bench/letters.py, not asserted here.
    call_command("call", "letters", "vac-81", "--out", str(tmp_path), stdout=io.StringIO())

    docx = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert len(docx) >= 208
    assert (tmp_path / "letters.zip").exists()
    assert {"FRA-fr.docx", "EGY-ar.docx", "CHN-zh.docx", "MEX-es.docx", "RUS-ru.docx", "KEN-en.docx"} <= set(docx)
    for recipient in call.recipients.select_related("organisation"):
        organisation = recipient.organisation
        language = organisation.correspondence_language
        text = "\n".join(
            p.text for p in DocxDocument(str(tmp_path / f"{organisation.code}-{language}.docx")).paragraphs
        )
        name = organisation.display_name(language)
        assert name in text or name.removeprefix("ال") in text, organisation.code  # Arabic "لل…": "to the …"
    assert _recipient(call, "FRA").letter_generated_at is not None
    call_command("call", "sent", "vac-81", "--to", "FRA", stdout=io.StringIO())
    assert _recipient(call, "FRA").sent_at is not None and _recipient(call, "KEN").sent_at is None
    letter = render_letter(letter_spec(_recipient(call, "FRA")))
    assert "France" in letter.text()


def test_the_secretariat_creates_a_cycle_and_its_call_through_the_api(
    secretariat_editor: Any, unicef_user: Any, client_for: Callable[[Any], Any]
) -> None:
    client = client_for(secretariat_editor)
    body = {"code": "vac-90", "mandate_symbol": "A/RES/66/139", "mandate_paragraph": "4", "session": 90}

    assert (
        client_for(unicef_user).post("/api/v1/cycles/", {**body, "report_title": "X"}, format="json").status_code == 403
    )
    created = client.post("/api/v1/cycles/", {**body, "report_title": "Violence against children"}, format="json")
    call = client.post(
        "/api/v1/cycles/vac-90/calls/",
        {"title": "Call", "questions": QUESTIONS, "all_member_states": True, "recipients": ["UNICEF"]},
        format="json",
    )

    assert created.status_code == 201, created.content
    assert created.json()["word_limit"] == 8500
    assert call.status_code == 201, call.content
    assert [q["order"] for q in call.json()["questions"]] == [1, 2]
    assert client.get("/api/v1/recipients/?cycle=vac-90&page_size=500").json()["count"] == 194
    export = client.get("/api/v1/cycles/vac-90/export/")
    assert export.status_code == 200 and export["Content-Type"] == "application/zip"
