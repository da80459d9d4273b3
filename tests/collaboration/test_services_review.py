from __future__ import annotations

from typing import Any

import pytest

from cpcollab.accounts.roles import Role
from cpcollab.audit.models import AuditEvent
from cpcollab.collaboration import selectors, services
from cpcollab.collaboration.models import OTHER_PARTY_NAME, Record
from cpcollab.core.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailedError
from cpcollab.documents.models import Statement
from tests.collaboration.conftest import make_record, upload_statements
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_accept_creates_a_record_with_the_statement_as_evidence(unicef_user: Any, unicef_statement: Statement) -> None:
    review = services.statement_accept(user=unicef_user, statement_id=unicef_statement.pk)

    record = Record.objects.get(pk=review.record.pk)  # type: ignore[union-attr]
    assert review.created and record.owner.code == "UNICEF" and record.status == "draft"
    assert {p.code for p in record.parties.all()} >= {"UNICEF", "UNHCR"}
    assert record.description == unicef_statement.text
    assert "capacity_building" in {k.code for k in record.kinds.all()}
    assert "JOR" in {c.iso3 for c in record.countries.all()}
    evidence = record.evidence.get()
    assert evidence.statement_id == unicef_statement.pk and evidence.citation == unicef_statement.citation
    assert record.versions.get().snapshot["evidence"][0]["citation"] == unicef_statement.citation
    unicef_statement.refresh_from_db()
    assert unicef_statement.review_status == "accepted" and unicef_statement.reviewed_by == unicef_user
    assert unicef_statement.reviewed_at is not None
    event = AuditEvent.objects.get(action="statement.accept", object_id=str(unicef_statement.pk))
    assert event.after == {"review_status": "accepted", "record": record.pk}
    assert AuditEvent.objects.filter(action="record.create_from_statement", object_id=str(record.pk)).exists()


def test_accept_into_an_existing_record_adds_evidence(unicef_user: Any, unicef_statement: Statement) -> None:
    record = make_record(unicef_user)

    review = services.statement_accept(user=unicef_user, statement_id=unicef_statement.pk, record_id=record.pk)

    assert not review.created and review.record == record
    assert list(record.evidence.values_list("statement_id", flat=True)) == [unicef_statement.pk]
    assert Record.objects.get(pk=record.pk).version == 2
    assert Record.objects.count() == 1


def test_a_statement_is_accepted_once(unicef_user: Any, unicef_statement: Statement) -> None:
    services.statement_accept(user=unicef_user, statement_id=unicef_statement.pk)

    with pytest.raises(ConflictError):
        services.statement_accept(user=unicef_user, statement_id=unicef_statement.pk)
    with pytest.raises(ConflictError):
        services.statement_reject(user=unicef_user, statement_id=unicef_statement.pk)
    assert Record.objects.count() == 1


def test_an_other_participant_becomes_a_named_party(unicef_user: Any, unicef_statement: Statement) -> None:
    Statement.objects.filter(pk=unicef_statement.pk).update(participants=["UNICEF", "OTHER"])

    record = services.statement_accept(user=unicef_user, statement_id=unicef_statement.pk).record

    assert record is not None
    assert [p.name or p.code for p in record.parties.order_by("position")] == ["UNICEF", OTHER_PARTY_NAME]


def test_accepting_a_statement_with_one_party_asks_for_a_correction(
    unicef_user: Any, unicef_statement: Statement
) -> None:
    Statement.objects.filter(pk=unicef_statement.pk).update(participants=["UNICEF"])

    with pytest.raises(ValidationFailedError) as error:
        services.statement_accept(user=unicef_user, statement_id=unicef_statement.pk)

    assert "parties" in error.value.details
    unicef_statement.refresh_from_db()
    assert unicef_statement.review_status == "pending" and not Record.objects.exists()


def test_correct_builds_the_record_from_the_corrections(unicef_user: Any, unicef_statement: Statement) -> None:
    review = services.statement_correct(
        user=unicef_user,
        statement_id=unicef_statement.pk,
        participants=["UNICEF", "UNHCR", "JOR"],
        kinds=["capacity_building", "joint_activity"],
        themes=["crc-art-19"],
        countries=["JOR"],
        years=[2023, 2022],
    )

    record = review.record
    assert record is not None
    assert [p.code for p in record.parties.order_by("position")] == ["UNICEF", "UNHCR", "JOR"]
    assert {k.code for k in record.kinds.all()} == {"capacity_building", "joint_activity"}
    assert [t.code for t in record.themes.all()] == ["crc-art-19"]
    assert (record.start_year, record.end_year) == (2022, 2023)
    unicef_statement.refresh_from_db()
    assert unicef_statement.review_status == "corrected"
    event = AuditEvent.objects.get(action="statement.correct")
    assert event.after["corrections"]["years"] == [2022, 2023]


def test_correct_refuses_unknown_codes(unicef_user: Any, unicef_statement: Statement) -> None:
    with pytest.raises(ValidationFailedError) as error:
        services.statement_correct(
            user=unicef_user, statement_id=unicef_statement.pk, participants=["UNICEF", "UNHCR"], kinds=["party"]
        )

    assert "kinds" in error.value.details


def test_reject_is_audited_with_its_reason(unicef_user: Any, unicef_statement: Statement) -> None:
    services.statement_reject(user=unicef_user, statement_id=unicef_statement.pk, reason="A call, not a report.")

    unicef_statement.refresh_from_db()
    assert unicef_statement.review_status == "rejected" and unicef_statement.reviewed_by == unicef_user
    event = AuditEvent.objects.get(action="statement.reject")
    assert event.after == {"review_status": "rejected", "reason": "A call, not a report."}
    assert event.subject_organisation == "UNICEF"
    # a rejected statement may still be accepted after a second look
    services.statement_accept(user=unicef_user, statement_id=unicef_statement.pk)


def test_a_reviewer_of_another_organisation_gets_404(ohchr_user: Any, unicef_statement: Statement) -> None:
    with pytest.raises(NotFoundError):
        services.statement_accept(user=ohchr_user, statement_id=unicef_statement.pk)
    with pytest.raises(NotFoundError):
        services.statement_reject(user=ohchr_user, statement_id=unicef_statement.pk)
    unicef_statement.refresh_from_db()
    assert unicef_statement.review_status == "pending"


def test_another_organisation_may_read_a_public_report_but_not_review_it(
    unicef_user: Any, ohchr_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    statements = upload_statements(unicef_user, django_capture_on_commit_callbacks, is_public=True)

    with pytest.raises(PermissionDeniedError):
        services.statement_accept(user=ohchr_user, statement_id=statements[0].pk)


def test_a_viewer_cannot_review(unicef_user: Any, unicef_statement: Statement) -> None:
    viewer = UserFactory(organisation=unicef_user.organisation, role=Role.VIEWER)

    with pytest.raises(PermissionDeniedError):
        services.statement_reject(user=viewer, statement_id=unicef_statement.pk)


def test_the_secretariat_reviews_and_the_record_is_its_own(
    secretariat_editor: Any, unicef_statement: Statement
) -> None:
    record = services.statement_accept(user=secretariat_editor, statement_id=unicef_statement.pk).record

    assert record is not None and record.owner.code == "SECRETARIAT"


def test_a_record_citing_another_organisations_private_report_cannot_be_published(
    secretariat_editor: Any, unicef_user: Any, unicef_statement: Statement
) -> None:
    record = services.statement_accept(user=secretariat_editor, statement_id=unicef_statement.pk).record
    assert record is not None

    with pytest.raises(ConflictError) as caught:
        services.record_publish(user=secretariat_editor, record_id=record.pk)

    assert "UNICEF" in caught.value.message
    assert not Record.objects.get(pk=record.pk).is_published
    # Once the owner makes its report public, the record may be published.
    from cpcollab.documents.services import document_update

    document_update(user=unicef_user, document_id=unicef_statement.document_id, is_public=True)
    assert services.record_publish(user=secretariat_editor, record_id=record.pk).is_published


def test_private_evidence_of_another_organisation_cannot_join_a_published_record(
    secretariat_editor: Any, unicef_statement: Statement
) -> None:
    record = make_record(secretariat_editor, status="published")

    with pytest.raises(ConflictError):
        services.statement_accept(user=secretariat_editor, statement_id=unicef_statement.pk, record_id=record.pk)

    assert not Record.objects.get(pk=record.pk).evidence.exists()
    unicef_statement.refresh_from_db()
    assert unicef_statement.review_status == "pending"


def test_accept_into_another_organisations_record_is_refused(
    unicef_user: Any, secretariat_editor: Any, unicef_statement: Statement
) -> None:
    record = make_record(unicef_user, status="published")

    with pytest.raises(PermissionDeniedError):
        services.statement_accept(user=secretariat_editor, statement_id=unicef_statement.pk, record_id=record.pk)
    unicef_statement.refresh_from_db()
    assert unicef_statement.review_status == "pending"


def test_duplicate_candidates_put_the_likeliest_first(
    unicef_user: Any, ohchr_user: Any, unicef_statement: Statement
) -> None:
    same_parties = make_record(unicef_user, parties=["UNICEF", "UNHCR"], kinds=["funding"])
    one_party_same_kind = make_record(unicef_user, parties=["UNICEF", "WHO"], kinds=["capacity_building"])
    unrelated = make_record(unicef_user, parties=["WHO", "UNFPA"])
    cited = make_record(unicef_user, parties=["WHO", "UNFPA"], title="Cites the report")
    services.evidence_add(user=unicef_user, record_id=cited.pk, document_id=unicef_statement.document_id)
    make_record(ohchr_user, parties=["UNICEF", "UNHCR"])  # another organisation's draft: invisible

    candidates = selectors.duplicate_candidates(unicef_user, unicef_statement)

    assert [c.record for c in candidates] == [cited, same_parties, one_party_same_kind]
    assert unrelated not in [c.record for c in candidates]
    assert candidates[1].shared_parties == ["UNHCR", "UNICEF"]


def test_an_accepted_statement_gives_its_record_the_themes_and_years_it_names(
    unicef_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    sentence = (
        "In 2024, UNICEF and UNHCR jointly supported birth registration of 3,000 refugee children in Jordan, "
        "with USD 1.2 million from the European Union."
    )
    statements = upload_statements(
        unicef_user, django_capture_on_commit_callbacks, paragraphs=["Annual report", sentence]
    )
    statement = next(s for s in statements if "birth registration" in s.text)

    record = services.statement_accept(user=unicef_user, statement_id=statement.pk).record

    assert record is not None
    assert {"crc-art-7", "crc-art-22"} <= {t.code for t in record.themes.all()}
    assert (record.start_year, record.end_year) == (2024, 2024)


def test_a_call_for_collaboration_takes_no_period_from_its_deadline(
    unicef_user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    sentence = "UNICEF and UNHCR should jointly strengthen birth registration of refugee children by 2030."
    statements = upload_statements(unicef_user, django_capture_on_commit_callbacks, paragraphs=["Report", sentence])
    statement = next(s for s in statements if "birth registration" in s.text)
    assert statement.collaboration == "called_for"

    record = services.statement_accept(user=unicef_user, statement_id=statement.pk).record

    assert record is not None and record.start_year is None and record.end_year is None
    assert "crc-art-7" in {t.code for t in record.themes.all()}
