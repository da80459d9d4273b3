from __future__ import annotations

from typing import Any

import pytest

from cpcollab.audit.models import AuditEvent
from cpcollab.core.errors import NotFoundError, PermissionDeniedError, ValidationFailedError
from cpcollab.documents import selectors, services
from cpcollab.documents.models import Document, IngestionJob, JobStatus, Statement
from cpcollab.documents.storage import read_original
from tests.documents.conftest import make_docx

pytestmark = pytest.mark.django_db


def test_upload_stores_the_original_byte_for_byte_and_ingests_it(
    jobs_run: Any, unicef_user: Any, report_docx: bytes
) -> None:
    upload = jobs_run(services.document_upload, user=unicef_user, filename="report.docx", data=report_docx)

    document = Document.objects.get(pk=upload.document.pk)
    job = IngestionJob.objects.get(pk=upload.job.pk)
    assert upload.created
    assert read_original(document.sha256) == report_docx
    assert document.owner.code == "UNICEF" and document.format == "docx"
    assert job.status == JobStatus.DONE and job.attempts == 1
    statements = list(document.statements.order_by("index"))
    assert document.statement_count == len(statements) >= 2
    joint = next(s for s in statements if "jointly trained" in s.text)
    assert {"UNICEF", "UNHCR"} <= set(joint.participants)
    assert "capacity_building" in joint.kinds
    assert joint.block.text[joint.start : joint.end] == joint.text
    assert joint.para_number == "1"
    assert not any("weather" in s.text for s in statements)
    actions = set(AuditEvent.objects.filter(object_id=str(document.pk)).values_list("action", flat=True))
    assert {"document.upload", "document.ingest"} <= actions


def test_the_same_file_twice_is_one_document_and_one_ingestion(
    jobs_run: Any, unicef_user: Any, report_docx: bytes
) -> None:
    first = jobs_run(services.document_upload, user=unicef_user, filename="a.docx", data=report_docx)
    second = jobs_run(services.document_upload, user=unicef_user, filename="b.docx", data=report_docx)

    assert second.document.pk == first.document.pk and not second.created
    assert Document.objects.count() == 1
    assert IngestionJob.objects.get().attempts == 1
    assert Statement.objects.count() == first.document.statements.count()


def test_running_a_finished_job_again_changes_nothing(jobs_run: Any, unicef_user: Any, report_docx: bytes) -> None:
    upload = jobs_run(services.document_upload, user=unicef_user, filename="a.docx", data=report_docx)
    ids = list(Statement.objects.values_list("pk", flat=True))
    events = AuditEvent.objects.count()

    job = services.ingestion_run(upload.job.pk)

    assert job.attempts == 1
    assert list(Statement.objects.values_list("pk", flat=True)) == ids
    assert AuditEvent.objects.count() == events


def test_a_job_left_running_by_a_crash_is_completed_once(jobs_run: Any, unicef_user: Any, report_docx: bytes) -> None:
    upload = jobs_run(services.document_upload, user=unicef_user, filename="a.docx", data=report_docx)
    count = Statement.objects.count()
    # As if a worker had died after marking the job running: nothing of its result was written.
    IngestionJob.objects.filter(pk=upload.job.pk).update(status=JobStatus.RUNNING)
    Statement.objects.all().delete()

    job = services.ingestion_run(upload.job.pk)

    assert job.status == JobStatus.DONE
    assert Statement.objects.count() == count


@pytest.mark.parametrize(
    ("data", "code"),
    [(b"", "file_refused"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "unsupported_format")],
)
def test_refused_files_store_nothing(jobs_run: Any, unicef_user: Any, data: bytes, code: str) -> None:
    with pytest.raises(services.FileRefusedError) as caught:
        jobs_run(services.document_upload, user=unicef_user, filename="x.bin", data=data)

    assert caught.value.code == code
    assert Document.objects.count() == 0


def test_a_file_over_the_limit_is_refused(jobs_run: Any, unicef_user: Any, settings: Any) -> None:
    settings.CPCOLLAB_MAX_UPLOAD_MB = 1

    with pytest.raises(services.FileTooLargeError):
        jobs_run(services.document_upload, user=unicef_user, filename="big.txt", data=b"a " * 600_000)

    assert Document.objects.count() == 0


def test_a_malformed_file_fails_with_the_engine_error_and_keeps_its_original(jobs_run: Any, unicef_user: Any) -> None:
    broken = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"

    upload = jobs_run(services.document_upload, user=unicef_user, filename="broken.pdf", data=broken)

    job = IngestionJob.objects.get(pk=upload.job.pk)
    assert job.status == JobStatus.FAILED
    assert job.error_code.startswith("E0") and job.error_message
    assert read_original(upload.document.sha256) == broken
    assert AuditEvent.objects.filter(action="document.ingest_failed").exists()


def test_viewers_cannot_upload(jobs_run: Any, db: None, report_docx: bytes) -> None:
    from cpcollab.accounts.roles import Role
    from tests.factories import OrganisationFactory, UserFactory

    viewer = UserFactory(organisation=OrganisationFactory.registry("UNICEF"), role=Role.VIEWER)

    with pytest.raises(PermissionDeniedError):
        jobs_run(services.document_upload, user=viewer, filename="a.docx", data=report_docx)


def test_owner_corrections_survive_reingestion(jobs_run: Any, unicef_user: Any, report_docx: bytes) -> None:
    upload = jobs_run(services.document_upload, user=unicef_user, filename="a.docx", data=report_docx)

    services.document_update(user=unicef_user, document_id=upload.document.pk, symbol="A/79/123", date="2024-07-01")
    IngestionJob.objects.all().delete()  # as if the pipeline had changed
    job = jobs_run(services.document_reingest, user=unicef_user, document_id=upload.document.pk)

    document = Document.objects.get(pk=upload.document.pk)
    assert IngestionJob.objects.get(pk=job.pk).status == JobStatus.DONE
    assert document.symbol == "A/79/123" and str(document.date) == "2024-07-01"
    assert set(document.corrected) == {"symbol", "date"}


def test_only_the_owner_corrects_or_reingests(
    jobs_run: Any, unicef_user: Any, ohchr_user: Any, secretariat_editor: Any
) -> None:
    upload = jobs_run(services.document_upload, user=unicef_user, filename="a.docx", data=make_docx())

    with pytest.raises(NotFoundError):  # a private document of another organisation does not exist
        services.document_update(user=ohchr_user, document_id=upload.document.pk, title="x")
    with pytest.raises(PermissionDeniedError):  # the Secretariat reads it but does not edit it
        services.document_update(user=secretariat_editor, document_id=upload.document.pk, title="x")
    with pytest.raises(NotFoundError):
        jobs_run(services.document_reingest, user=ohchr_user, document_id=upload.document.pk)
    assert selectors.access_document(secretariat_editor, upload.document.pk).pk == upload.document.pk


def test_wrong_metadata_is_refused(jobs_run: Any, unicef_user: Any) -> None:
    upload = jobs_run(services.document_upload, user=unicef_user, filename="a.docx", data=make_docx())

    with pytest.raises(ValidationFailedError) as caught:
        services.document_update(
            user=unicef_user, document_id=upload.document.pk, date="1 July", author="NOBODY", language="de"
        )

    assert set(caught.value.details) == {"date", "author", "language"}


def test_public_documents_are_readable_by_everyone(jobs_run: Any, unicef_user: Any, ohchr_user: Any) -> None:
    private = jobs_run(services.document_upload, user=unicef_user, filename="a.docx", data=make_docx())
    public = jobs_run(
        services.document_upload,
        user=unicef_user,
        filename="b.docx",
        data=make_docx(["UNICEF supported the ministry."]),
        is_public=True,
    )

    visible = set(selectors.documents_for_user(ohchr_user).values_list("pk", flat=True))
    assert public.document.pk in visible and private.document.pk not in visible
    statements = selectors.statements_for_user(None)
    assert not statements.filter(document=private.document).exists()


def test_reingesting_a_failed_document_runs_it_again_with_fresh_tries(jobs_run: Any, unicef_user: Any) -> None:
    broken = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
    upload = jobs_run(services.document_upload, user=unicef_user, filename="broken.pdf", data=broken)
    IngestionJob.objects.filter(pk=upload.job.pk).update(attempts=3)

    job = jobs_run(services.document_reingest, user=unicef_user, document_id=upload.document.pk)

    job.refresh_from_db()
    assert job.pk == upload.job.pk
    assert job.status == JobStatus.FAILED and job.attempts == 1
    assert AuditEvent.objects.filter(action="document.reingest", object_id=str(upload.document.pk)).exists()


def test_review_decisions_survive_reingestion(jobs_run: Any, unicef_user: Any, report_docx: bytes) -> None:
    upload = jobs_run(services.document_upload, user=unicef_user, filename="a.docx", data=report_docx)
    reviewed = upload.document.statements.get(text__contains="jointly trained")
    Statement.objects.filter(pk=reviewed.pk).update(review_status="rejected", reviewed_by=unicef_user)
    IngestionJob.objects.all().delete()  # as if the pipeline had changed

    jobs_run(services.document_reingest, user=unicef_user, document_id=upload.document.pk)

    again = Statement.objects.get(document=upload.document, text=reviewed.text)
    assert again.pk != reviewed.pk
    assert again.review_status == "rejected" and again.reviewed_by == unicef_user
    others = Statement.objects.filter(document=upload.document).exclude(pk=again.pk)
    assert set(others.values_list("review_status", flat=True)) == {"pending"}
