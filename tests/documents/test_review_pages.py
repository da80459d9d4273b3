"""Review on the highlighted view: who gets the buttons, and the buttons work without script."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from cpcollab.accounts.roles import Role
from cpcollab.collaboration.models import Record
from cpcollab.documents import services
from cpcollab.documents.models import Document, ReviewStatus, Statement
from tests.documents.conftest import make_docx
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(unicef_user: Any, jobs_run: Any) -> Document:
    done = jobs_run(services.document_upload, user=unicef_user, filename="r.docx", data=make_docx(), is_public=True)
    return Document.objects.get(pk=done.document.pk)


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _statements(document: Document) -> list[Statement]:
    return list(document.statements.order_by("index"))


def test_review_buttons_only_for_reviewers_of_the_owner_or_the_secretariat(
    document: Document, unicef_user: Any, ohchr_user: Any, secretariat_editor: Any
) -> None:
    viewer = UserFactory(organisation=OrganisationFactory.registry("UNICEF"), role=Role.VIEWER)
    url = f"/en/documents/{document.pk}/"

    def shows_review(client: Client) -> bool:
        html = client.get(url).content.decode()
        return "/accept/" in html and "review.js" in html and 'id="review-help"' in html

    assert shows_review(_client(unicef_user))
    assert shows_review(_client(secretariat_editor))
    assert not shows_review(_client(ohchr_user))  # another organisation: may read, not review
    assert not shows_review(_client(viewer))
    assert not shows_review(Client())


def test_accept_without_script_makes_a_record_and_goes_to_the_next_statement(
    document: Document, unicef_user: Any
) -> None:
    first, second = _statements(document)

    response = _client(unicef_user).post(f"/en/statements/{first.pk}/accept/?kind=joint_activity")

    assert response.status_code == 302
    assert response["Location"] == f"/en/documents/{document.pk}/?kind=joint_activity#s-{second.pk}"
    first.refresh_from_db()
    assert first.review_status == ReviewStatus.ACCEPTED and first.reviewed_by == unicef_user
    record = Record.objects.get(evidence__statement=first)
    assert record.owner.code == "UNICEF"


def test_a_likely_duplicate_is_suggested_and_the_statement_added_to_it(document: Document, unicef_user: Any) -> None:
    first, second = _statements(document)
    client = _client(unicef_user)
    client.post(f"/en/statements/{first.pk}/accept/")
    record = Record.objects.get(evidence__statement=first)

    html = client.get(f"/en/documents/{document.pk}/").content.decode()
    card = html[html.index(f'id="s-{second.pk}"') :]
    client.post(f"/en/statements/{second.pk}/accept/", {"record_id": str(record.pk)})

    assert "Likely duplicates" in card[: card.index("</article>")]
    assert f'name="record_id" value="{record.pk}"' in card
    assert set(Record.objects.get(pk=record.pk).evidence.values_list("statement_id", flat=True)) == {
        first.pk,
        second.pk,
    }


def test_reject_and_correct_without_script(document: Document, unicef_user: Any) -> None:
    first, second = _statements(document)
    client = _client(unicef_user)

    rejected = client.post(f"/en/statements/{first.pk}/reject/", {"reason": "Not about children."})
    corrected = client.post(
        f"/en/statements/{second.pk}/correct/",
        {"participants": "who, ken", "kinds": ["technical_assistance"], "countries": "KEN", "years": "2023 2024"},
    )

    assert rejected.status_code == corrected.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.review_status == ReviewStatus.REJECTED
    assert second.review_status == ReviewStatus.CORRECTED
    record = Record.objects.get(evidence__statement=second)
    assert [k.code for k in record.kinds.all()] == ["technical_assistance"]
    assert (record.start_year, record.end_year) == (2023, 2024)


def test_a_bad_correction_is_reported_and_nothing_changes(document: Document, unicef_user: Any) -> None:
    first, _second = _statements(document)
    client = _client(unicef_user)

    response = client.post(
        f"/en/statements/{first.pk}/correct/", {"participants": "UNICEF", "years": "20x4"}, follow=True
    )

    first.refresh_from_db()
    assert first.review_status == ReviewStatus.PENDING
    assert "Give years as four digits, such as 2024." in response.content.decode()


def test_another_organisation_cannot_review(document: Document, ohchr_user: Any) -> None:
    first, _second = _statements(document)

    response = _client(ohchr_user).post(f"/en/statements/{first.pk}/accept/")

    assert response.status_code == 403
    first.refresh_from_db()
    assert first.review_status == ReviewStatus.PENDING


def test_a_private_documents_statements_are_not_found_by_others(
    unicef_user: Any, ohchr_user: Any, jobs_run: Any
) -> None:
    done = jobs_run(services.document_upload, user=unicef_user, filename="r.docx", data=make_docx())
    statement = Document.objects.get(pk=done.document.pk).statements.first()
    assert statement is not None

    for action in ("accept", "reject", "correct"):
        assert _client(ohchr_user).post(f"/en/statements/{statement.pk}/{action}/").status_code == 404
    assert Client().post(f"/en/statements/{statement.pk}/accept/").status_code == 302  # to sign in


def test_review_pages_need_a_post(document: Document, unicef_user: Any) -> None:
    first, _second = _statements(document)

    assert _client(unicef_user).get(f"/en/statements/{first.pk}/accept/").status_code == 405


def test_suggestions_are_capped_and_the_cap_is_said(
    document: Document, unicef_user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cpcollab.documents.review.MAX_SUGGESTED", 1)

    html = _client(unicef_user).get(f"/en/documents/{document.pk}/").content.decode()

    assert "Likely duplicates are suggested for the first 1 statements to review" in html
