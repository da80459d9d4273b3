"""Never ask twice: a UN actor's form starts from the accepted records of its own reports."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from cpcollab.collaboration import services as records
from cpcollab.collaboration.models import Record
from cpcollab.documents.models import Statement
from cpcollab.inputs.models import Call, Recipient, ReportingCycle
from cpcollab.inputs.services import call_create, cycle_create, recipients_add, submission_save_draft
from cpcollab.registry.models import Theme
from tests.collaboration.conftest import make_record, upload_statements

pytestmark = pytest.mark.django_db

PROTECTION_THEME = "crc-art-19"
QUESTIONS = [
    {"text": {"en": "How did your entity cooperate with others on child protection?"}},
    {"text": {"en": "Which cooperation addressed violence against children?"}, "themes": [PROTECTION_THEME]},
]


def _cycle(code: str, start: datetime.date, end: datetime.date) -> Call:
    cycle: ReportingCycle = cycle_create(
        user=None,
        code=code,
        mandate_symbol="A/RES/66/139",
        mandate_paragraph="4",
        session=82,
        report_title="Collaboration on child protection",
        period_start=start,
        period_end=end,
    )
    call = call_create(user=None, cycle=cycle, title="Call for inputs", questions=QUESTIONS)
    recipients_add(user=None, call=call, codes=["UNICEF", "OHCHR"])
    return call


@pytest.fixture
def current_call(db: None) -> Call:
    today = timezone.localdate()
    return _cycle("current", today - datetime.timedelta(days=365), today)


@pytest.fixture
def accepted(unicef_user: Any, unicef_statement: Statement) -> Record:
    review = records.statement_accept(user=unicef_user, statement_id=unicef_statement.pk)
    assert review.record is not None
    return review.record


def _recipient(call: Call, code: str) -> Recipient:
    return call.recipients.get(organisation__code=code)


def _prefill(client_for: Callable[[Any], Any], user: Any, recipient: Recipient) -> dict[str, Any]:
    response = client_for(user).get(f"/api/v1/recipients/{recipient.pk}/prefill/?language=en")
    assert response.status_code == 200, response.content
    return dict(response.json())


def test_the_form_starts_from_the_accepted_records_of_the_actors_own_reports(
    current_call: Call, accepted: Record, unicef_user: Any, unicef_statement: Statement, client_for: Any
) -> None:
    make_record(unicef_user, title="A record with no evidence from a report")  # not from its reports

    proposal = _prefill(client_for, unicef_user, _recipient(current_call, "UNICEF"))

    assert proposal["source"] == "records"
    assert [r["id"] for r in proposal["records"]] == [accepted.pk]
    answer = proposal["answers"]["1"]
    assert unicef_statement.text.removeprefix("1. ") in answer  # the paragraph number is left out
    assert not answer.startswith("1.")
    assert unicef_statement.citation in answer
    assert "UNHCR" in answer and "Jordan" in answer
    assert set(proposal["answers"]) == {"1"}


def test_the_page_shows_the_proposal_for_the_actor_to_confirm(
    current_call: Call, accepted: Record, unicef_user: Any, unicef_statement: Statement
) -> None:
    client = Client()
    client.force_login(unicef_user)

    html = client.get(f"/en/recipients/{_recipient(current_call, 'UNICEF').pk}/answer/").content.decode()

    assert 'id="prefill-notice"' in html
    assert f"/en/collaboration/{accepted.pk}/" in html
    textarea = html.split('id="q1"', 1)[1].split("</textarea>", 1)[0]
    assert "jointly trained" in textarea


def test_a_record_tied_to_a_theme_answers_the_question_of_that_theme(
    current_call: Call, accepted: Record, unicef_user: Any, client_for: Any
) -> None:
    assert Theme.objects.filter(code=PROTECTION_THEME).exists()
    records.record_update(user=unicef_user, record_id=accepted.pk, version=accepted.version, themes=[PROTECTION_THEME])

    proposal = _prefill(client_for, unicef_user, _recipient(current_call, "UNICEF"))

    assert set(proposal["answers"]) == {"2"}
    assert proposal["records"][0]["question"] == 2


def test_records_outside_the_period_and_other_actors_records_are_left_out(
    current_call: Call, accepted: Record, ohchr_user: Any, unicef_user: Any, client_for: Any
) -> None:
    old = _cycle("old", datetime.date(2015, 1, 1), datetime.date(2016, 12, 31))

    assert _prefill(client_for, unicef_user, _recipient(old, "UNICEF"))["source"] == "none"
    ohchr = _prefill(client_for, ohchr_user, _recipient(current_call, "OHCHR"))
    assert ohchr == {"source": "none", "language": "en", "answers": {}, "records": []}


def test_a_dated_record_counts_by_its_years(
    unicef_user: Any, django_capture_on_commit_callbacks: Any, client_for: Any
) -> None:
    statement = next(
        s for s in upload_statements(unicef_user, django_capture_on_commit_callbacks) if "jointly trained" in s.text
    )
    record = records.statement_accept(user=unicef_user, statement_id=statement.pk).record
    assert record is not None
    records.record_update(user=unicef_user, record_id=record.pk, version=record.version, start="2015", end="2016")
    within = _cycle("within", datetime.date(2016, 1, 1), datetime.date(2016, 12, 31))
    after = _cycle("after", datetime.date(2020, 1, 1), datetime.date(2021, 12, 31))

    assert [r["id"] for r in _prefill(client_for, unicef_user, _recipient(within, "UNICEF"))["records"]] == [record.pk]
    assert _prefill(client_for, unicef_user, _recipient(after, "UNICEF"))["records"] == []


def test_a_draft_or_a_submitted_version_comes_before_the_records(
    current_call: Call, accepted: Record, unicef_user: Any, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    recipient = _recipient(current_call, "UNICEF")
    submission_save_draft(user=unicef_user, recipient_id=recipient.pk, answers={"1": "Our own words."}, language="en")
    assert _prefill(client_for, unicef_user, recipient) == {
        "source": "draft",
        "language": "en",
        "answers": {"1": "Our own words."},
        "records": [],
    }

    with django_capture_on_commit_callbacks(execute=True):
        sent = client_for(unicef_user).post(f"/api/v1/recipients/{recipient.pk}/submit/", {}, format="json")
    assert sent.status_code == 201, sent.content
    proposal = _prefill(client_for, unicef_user, recipient)
    assert proposal["source"] == "previous_version" and proposal["answers"] == {"1": "Our own words."}


def test_another_organisation_cannot_read_the_proposal(
    current_call: Call, accepted: Record, ohchr_user: Any, client_for: Any
) -> None:
    response = client_for(ohchr_user).get(f"/api/v1/recipients/{_recipient(current_call, 'UNICEF').pk}/prefill/")

    assert response.status_code == 404


def test_an_unknown_language_is_refused(current_call: Call, unicef_user: Any, client_for: Any) -> None:
    recipient = _recipient(current_call, "UNICEF")

    response = client_for(unicef_user).get(f"/api/v1/recipients/{recipient.pk}/prefill/?language=xx")

    assert response.status_code == 400
    assert "language" in response.json()["error"]["details"]
