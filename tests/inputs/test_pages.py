"""The pages: a focal point saves a draft and submits through the form; the dashboard."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from docx import Document as DocxDocument

from cpcollab.inputs.models import Call, SubmissionVersion
from cpcollab.inputs.services import call_create, cycle_create, recipients_add, submission_submit
from tests.factories import ContactFactory, OrganisationFactory
from tests.inputs.conftest import FRENCH_ANSWER, QUESTIONS

NOTE_VERBALE = (
    "The Permanent Mission of Kenya presents its compliments to the Office of the Secretary-General. "
    "In 2025, the Government of Kenya and UNICEF jointly trained 400 police officers in child-friendly procedures."
)


def _docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in DocxDocument(io.BytesIO(data)).paragraphs)


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


def _small_cycle() -> Call:
    cycle = cycle_create(
        user=None,
        code="small",
        mandate_symbol="A/RES/66/139",
        session=82,
        agenda_item_number="66",
        agenda_item_title="Rights of children",
        report_title="Collaboration",
    )
    call = call_create(user=None, cycle=cycle, title="Call", questions=QUESTIONS)
    recipients_add(user=None, call=call, codes=["FRA", "KEN", "UNICEF"])
    return call


def test_the_secretariat_generates_letters_marks_them_sent_and_reminds_the_late(
    call: Call, secretariat_editor: Any
) -> None:
    small = _small_cycle()
    client = _client(secretariat_editor)
    ContactFactory(owner=OrganisationFactory.registry("KEN"), email="fp@kenya.example", is_focal_point=True)

    letters = client.post("/en/cycles/small/letters/")
    assert letters.status_code == 200 and letters["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(letters.content)) as archive:
        names = archive.namelist()
    assert "FRA-fr.docx" in names and "KEN-en.pdf" in names and len(names) >= 6
    assert small.recipients.filter(letter_generated_at__isnull=True).count() == 0

    one = client.get(f"/en/recipients/{small.recipients.get(organisation__code='FRA').pk}/letter/")
    assert one.status_code == 200 and one["Content-Disposition"].endswith('FRA-fr.docx"')
    assert "Mission permanente de la France" in _docx_text(one.content)

    sent = client.post("/en/cycles/small/sent/", follow=True)
    assert "3 recipients marked as sent." in sent.content.decode()
    assert small.recipients.filter(sent_at__isnull=True).count() == 0

    reminded = client.post("/en/cycles/vac-81/remind/", follow=True)  # inputs were due 2026-03-31
    assert "Reminders sent to 208 late recipients." in reminded.content.decode()
    assert [m.to for m in mail.outbox] == [["fp@kenya.example"]]


def test_the_secretariat_acknowledges_a_submission_from_the_dashboard(
    call: Call, secretariat_editor: Any, france_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    recipient = call.recipients.get(organisation__code="FRA")
    ContactFactory(owner=recipient.organisation, email="fp@france.example", is_focal_point=True)
    client = _client(secretariat_editor)
    action = f"/en/recipients/{recipient.pk}/acknowledge/"

    early = client.post(action, follow=True)
    assert "Nothing was submitted yet." in early.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        submission_submit(user=france_user, recipient_id=recipient.pk, answers={"1": FRENCH_ANSWER}, language="fr")
    assert action in client.get("/en/cycles/vac-81/").content.decode()

    done = client.post(action, follow=True)

    assert "Receipt acknowledged to France." in done.content.decode()
    recipient.refresh_from_db()
    assert recipient.acknowledged_at is not None
    assert mail.outbox[-1].to == ["fp@france.example"]
    assert action not in client.get("/en/cycles/vac-81/").content.decode()


def test_the_secretariat_registers_a_submission_received_by_email(
    call: Call, secretariat_editor: Any, django_capture_on_commit_callbacks: Any
) -> None:
    recipient = call.recipients.get(organisation__code="KEN")
    client = _client(secretariat_editor)
    assert client.get("/en/cycles/vac-81/register/").status_code == 200
    note = SimpleUploadedFile("note-verbale.txt", NOTE_VERBALE.encode("utf-8"), content_type="text/plain")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/cycles/vac-81/register/",
            {
                "recipient": recipient.pk,
                "channel": "email",
                "received_on": "2026-03-20",
                "language": "en",
                "files": note,
            },
        )

    assert response.status_code == 302
    version = SubmissionVersion.objects.get(submission__recipient=recipient)
    assert (version.channel, version.received_on.isoformat(), version.registered_by_secretariat) == (
        "email",
        "2026-03-20",
        True,
    )
    document = version.documents.get()
    assert document.owner.code == "KEN"
    assert "UNICEF" in {actor for statement in document.statements.all() for actor in statement.actors}


def test_the_register_form_says_what_is_wrong_and_keeps_what_was_typed(call: Call, secretariat_editor: Any) -> None:
    client = _client(secretariat_editor)

    bad_date = client.post("/en/cycles/vac-81/register/", {"recipient": "", "received_on": "20/03", "text": "kept"})
    no_recipient = client.post("/en/cycles/vac-81/register/", {"recipient": "", "received_on": "2026-03-20"})

    assert "Give the date received as YYYY-MM-DD." in bad_date.content.decode()
    assert ">kept</textarea>" in bad_date.content.decode()
    assert "Choose the recipient that sent it." in no_recipient.content.decode()
    assert not SubmissionVersion.objects.exists()


def test_a_focal_point_cannot_act_for_the_secretariat(call: Call, france_user: Any) -> None:
    client = _client(france_user)
    recipient = call.recipients.get(organisation__code="KEN")

    assert client.get("/en/cycles/vac-81/register/").status_code == 403
    assert client.get(f"/en/recipients/{recipient.pk}/letter/").status_code in (403, 404)
    client.post("/en/cycles/vac-81/sent/")
    client.post("/en/cycles/vac-81/letters/")
    assert not call.recipients.filter(sent_at__isnull=False).exists()
    assert not call.recipients.filter(letter_generated_at__isnull=False).exists()
    assert "Response rates" not in client.get("/en/cycles/vac-81/").content.decode()


def test_the_secretariat_sees_no_questionnaire_of_its_own_and_answers_read_with_their_questions(
    call: Call, secretariat_editor: Any, france_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    recipient = call.recipients.get(organisation__code="FRA")
    with django_capture_on_commit_callbacks(execute=True):
        version = submission_submit(
            user=france_user, recipient_id=recipient.pk, answers={"1": FRENCH_ANSWER}, language="fr"
        )

    dashboard = _client(secretariat_editor).get("/en/cycles/vac-81/").content.decode()
    detail = _client(france_user).get(f"/fr/submissions/{version.submission_id}/").content.decode()
    form = _client(france_user).get(f"/fr/recipients/{recipient.pk}/answer/").content.decode()

    assert "Your organisation" not in dashboard
    assert "1. Comment votre gouvernement a-t-il coopéré" in detail
    assert '<option value="fr" lang="fr" selected>Français</option>' in form


def test_the_submitter_makes_its_submission_public_and_others_cannot(
    call: Call, france_user: Any, kenya_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    recipient = call.recipients.get(organisation__code="FRA")
    with django_capture_on_commit_callbacks(execute=True):
        version = submission_submit(
            user=france_user, recipient_id=recipient.pk, answers={"1": FRENCH_ANSWER}, language="fr"
        )
    page = f"/en/submissions/{version.submission_id}/"
    france = _client(france_user)
    assert "Make it public" in france.get(page).content.decode()

    france.post(f"{page}visibility/", {"is_public": "1"})

    version.submission.refresh_from_db()
    assert version.submission.is_public
    assert version.answers_document is not None
    version.answers_document.refresh_from_db()
    assert version.answers_document.is_public
    kenya = _client(kenya_user)
    assert kenya.get(page).status_code == 200  # public now
    assert "Make it restricted" not in kenya.get(page).content.decode()
    kenya.post(f"{page}visibility/", {"is_public": "0"})
    version.submission.refresh_from_db()
    assert version.submission.is_public


def test_letters_need_the_agenda_item(secretariat_editor: Any) -> None:
    cycle = cycle_create(user=None, code="bare", mandate_symbol="A/RES/66/139", session=82, report_title="X")
    call = call_create(user=None, cycle=cycle, title="Call", questions=QUESTIONS)
    recipients_add(user=None, call=call, codes=["FRA"])
    client = _client(secretariat_editor)

    response = client.post("/en/cycles/bare/letters/", follow=True)

    assert "give the cycle&#x27;s agenda item number and title first" in response.content.decode()
    assert not call.recipients.filter(letter_generated_at__isnull=False).exists()


def test_the_dashboard_names_the_regions_in_the_page_language(call: Call, secretariat_editor: Any) -> None:
    html = _client(secretariat_editor).get("/fr/cycles/vac-81/").content.decode()

    assert "États Membres : Afrique" in html and "États Membres : Europe" in html
    assert "Member States: Africa" not in html
