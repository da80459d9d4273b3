"""Every change to documents: upload, ingestion, metadata corrections, re-ingestion.

Each write checks access through :mod:`cpcollab.accounts.access` and records its audit
event in the same transaction. Ingestion is idempotent on (file digest, pipeline
configuration hash): a job that already finished is not run again, and a job interrupted at
any point leaves either the previous result or the new one, never half of one.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from cpcollab.accounts.access import require
from cpcollab.accounts.models import Organisation
from cpcollab.accounts.roles import Capability
from cpcollab.audit.services import audit_record, snapshot
from cpcollab.core.errors import ServiceError, ValidationFailedError
from cpcollab.documents import selectors
from cpcollab.documents.models import Block, Document, IngestionJob, JobStatus, Mention, ReviewStatus, Statement
from cpcollab.documents.storage import read_original, store_original
from cpcollab.engine.config import PipelineConfig
from cpcollab.engine.errors import EngineError
from cpcollab.engine.limits import Limits
from cpcollab.engine.pipeline import Extraction, extract
from cpcollab.engine.readers import sniff
from cpcollab.registry.models import Actor
from cpcollab.search.indexing import index_document

logger = logging.getLogger(__name__)


class FileRefusedError(ServiceError):
    """An uploaded file was refused before anything was stored (empty, too large, not a document)."""

    code = "file_refused"


class FileTooLargeError(FileRefusedError):
    status = 413
    code = "file_too_large"


class UnsupportedFileError(FileRefusedError):
    status = 415
    code = "unsupported_format"


def max_upload_bytes() -> int:
    return int(settings.CPCOLLAB_MAX_UPLOAD_MB) * 1024 * 1024


def pipeline_config() -> PipelineConfig:
    """The engine configuration documents are ingested with (limits follow the upload limit)."""
    return PipelineConfig(limits=Limits(max_bytes=max_upload_bytes()))


def check_file(filename: str, data: bytes) -> str:
    """The file's format, or a clear refusal: nothing is stored for a refused file."""
    if not data:
        raise FileRefusedError(f"{filename}: the file is empty.", details={"file": ["The file is empty."]})
    if len(data) > max_upload_bytes():
        raise FileTooLargeError(
            f"{filename}: the file has {len(data):,} bytes; the limit is {settings.CPCOLLAB_MAX_UPLOAD_MB} MB.",
            details={"file": ["The file is too large."]},
        )
    try:
        return sniff(data, filename)
    except EngineError as exc:
        raise UnsupportedFileError(f"{filename}: {exc.message}", details={"file": [exc.message]}) from None


@dataclass
class Upload:
    """What an upload did: the document, whether it is new, and the job that ingests it."""

    document: Document
    created: bool
    job: IngestionJob


def document_upload(*, user: Any, filename: str, data: bytes, is_public: bool = False) -> Upload:
    """Add a file to the user's organisation's documents and queue its ingestion."""
    require(user, Capability.EDIT_OWN)
    return _add_document(owner=user.organisation, user=user, filename=filename, data=data, is_public=is_public)


def document_add_as_system(*, owner: Organisation, filename: str, data: bytes, is_public: bool = False) -> Upload:
    """The same, for the command line and for demonstration data: no user, an explicit owner."""
    return _add_document(owner=owner, user=None, filename=filename, data=data, is_public=is_public)


def _add_document(*, owner: Organisation, user: Any, filename: str, data: bytes, is_public: bool) -> Upload:
    filename = (filename or "document").replace("\\", "/").rsplit("/", 1)[-1][:255] or "document"
    file_format = check_file(filename, data)
    sha256 = store_original(data)  # before the transaction: a stored original is never lost
    config = pipeline_config()
    config_hash = config.hash()
    with transaction.atomic():
        document = Document.objects.select_for_update().filter(owner=owner, sha256=sha256).first()
        created = document is None
        if document is None:
            document = Document(
                owner=owner,
                sha256=sha256,
                filename=filename,
                format=file_format,
                byte_size=len(data),
                is_public=is_public,
            )
            try:
                with transaction.atomic():
                    document.save()
            except IntegrityError:  # the same file, uploaded at the same moment
                document = Document.objects.get(owner=owner, sha256=sha256)
                created = False
            else:
                audit_record(
                    user=user,
                    action="document.upload",
                    obj=document,
                    subject_organisation=owner.code,
                    after=snapshot(document, ("filename", "sha256", "byte_size", "format", "is_public")),
                )
        job, _ = IngestionJob.objects.get_or_create(document=document, config_hash=config_hash)
        if job.status == JobStatus.QUEUED:  # also re-sends a job whose dispatch was lost
            _dispatch_on_commit(job)
    return Upload(document, created, job)


def _dispatch_on_commit(job: IngestionJob) -> None:
    from cpcollab.documents.tasks import dispatch

    transaction.on_commit(lambda: dispatch(job.pk))


def document_reingest(*, user: Any, document_id: Any) -> IngestionJob:
    """Run the current pipeline on a document again (after the engine changed, or a failure)."""
    config_hash = pipeline_config().hash()
    with transaction.atomic():
        document = selectors.access_document(user, document_id, write=True)
        job, created = IngestionJob.objects.select_for_update().get_or_create(
            document=document, config_hash=config_hash
        )
        if not created and job.status == JobStatus.FAILED:
            job.status, job.error_code, job.error_message = JobStatus.QUEUED, "", ""
            job.attempts = 0  # the owner asked again: the job gets its full number of tries
            job.save(update_fields=["status", "error_code", "error_message", "attempts"])
        if job.status == JobStatus.QUEUED:
            audit_record(
                user=user,
                action="document.reingest",
                obj=document,
                subject_organisation=document.owner.code,
                after={"job": job.pk, "config_hash": config_hash},
            )
            _dispatch_on_commit(job)
    return job


# --- Running a job -------------------------------------------------------------------------

#: What is kept of the engine's mentions: who and where (every sentence), and in statements what
#: they are about, when and how much (document symbols are in the document's metadata).
STORED_MENTIONS = ("actor", "mechanism", "country", "theme", "date", "money")

#: A job found still running was interrupted (its worker process died); it is started again,
#: and fails with ``worker_lost`` once it has been started this many times.
MAX_ATTEMPTS = 3


def ingestion_run(job_id: int) -> IngestionJob:
    """Run one ingestion job. Safe to call again at any time: a finished job does nothing, and
    the result is written in one transaction, so a crash leaves the document as it was."""
    with transaction.atomic():
        job = IngestionJob.objects.select_for_update().select_related("document").get(pk=job_id)
        if job.status == JobStatus.DONE:
            return job
        lost = job.status == JobStatus.RUNNING and job.attempts >= MAX_ATTEMPTS
        if not lost:
            job.status = JobStatus.RUNNING
            job.attempts += 1
            job.started_at = timezone.now()
            job.save(update_fields=["status", "attempts", "started_at"])
    if lost:  # it kills its worker every time (memory, time limit): stop handing it out
        message = f"The job was started {job.attempts} times and its worker process died each time."
        return _fail(job, "worker_lost", message)
    document = job.document
    try:
        data = read_original(document.sha256)
        extraction = extract(data, filename=document.filename, config=pipeline_config())
    except EngineError as exc:
        return _fail(job, exc.code, exc.message)
    except ServiceError as exc:
        return _fail(job, exc.code, exc.message)
    except SoftTimeLimitExceeded:
        return _fail(job, "time_limit", _TIME_LIMIT_MESSAGE.format(settings.CPCOLLAB_JOB_TIME_LIMIT))
    except Exception as exc:  # an engine bug must not leave the job running for ever
        logger.exception("ingestion job %s failed", job_id)
        return _fail(job, "internal", f"{type(exc).__name__}: {exc}")
    try:
        return _save_result(job.pk, extraction)
    except SoftTimeLimitExceeded:  # the result's transaction was rolled back
        return _fail(job, "time_limit", _TIME_LIMIT_MESSAGE.format(settings.CPCOLLAB_JOB_TIME_LIMIT))


_TIME_LIMIT_MESSAGE = "The job ran longer than its time limit of {} seconds (CPCOLLAB_JOB_TIME_LIMIT)."


def ingestion_requeue_stale(*, queued_for: datetime.timedelta, running_for: datetime.timedelta) -> list[int]:
    """Send again the jobs whose message may be lost: queued for longer than ``queued_for`` (the
    broker was unreachable when they were queued) or running for longer than ``running_for`` (their
    worker died and nothing handed them back). Without a broker they run here, one by one. Sending a
    job that is still on its way is harmless: :func:`ingestion_run` runs it once. Returns their ids."""
    now = timezone.now()
    with transaction.atomic():
        stale = IngestionJob.objects.filter(
            Q(status=JobStatus.QUEUED, created_at__lt=now - queued_for)
            | Q(status=JobStatus.RUNNING, started_at__lt=now - running_for)
        ).order_by("pk")
        jobs = list(stale)
        for job in jobs:
            _dispatch_on_commit(job)
    return [job.pk for job in jobs]


def _fail(job: IngestionJob, code: str, message: str) -> IngestionJob:
    with transaction.atomic():
        job = IngestionJob.objects.select_for_update().select_related("document__owner").get(pk=job.pk)
        if job.status == JobStatus.DONE:
            return job
        job.status, job.error_code, job.error_message = JobStatus.FAILED, code, message[:2000]
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error_code", "error_message", "finished_at"])
        audit_record(
            user=None,
            action="document.ingest_failed",
            obj=job.document,
            subject_organisation=job.document.owner.code,
            after={"job": job.pk, "error": code, "message": job.error_message},
        )
    return job


def _parse_date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _save_result(job_id: int, extraction: Extraction) -> IngestionJob:
    engine_document = extraction.document
    with transaction.atomic():
        job = IngestionJob.objects.select_for_update().select_related("document__owner").get(pk=job_id)
        if job.status == JobStatus.DONE:  # another worker finished it meanwhile
            return job
        document = Document.objects.select_for_update().get(pk=job.document_id)
        decisions = _review_decisions(document)
        document.blocks.all().delete()  # statements and mentions go with their blocks
        blocks = Block.objects.bulk_create(
            Block(
                document=document,
                index=block.index,
                kind=str(block.kind),
                text=block.text,
                page=block.page,
                para_number=(block.para_number or "")[:32],
                level=block.level,
                language=block.lang or "",
            )
            for block in engine_document.blocks
        )
        by_index = {block.index: block for block in blocks}
        Mention.objects.bulk_create(
            Mention(
                document=document,
                block=by_index[mention.block],
                start=mention.span.start,
                end=mention.span.end,
                kind=mention.span.kind,
                value=mention.span.value[:32],
                text=mention.span.text[:500],
            )
            for mention in extraction.mentions
            if mention.block in by_index and mention.span.kind in STORED_MENTIONS and mention.span.value
        )
        Statement.objects.bulk_create(
            Statement(
                document=document,
                block=by_index[statement.sentence.block],
                index=number,
                start=statement.sentence.start,
                end=statement.sentence.end,
                text=statement.sentence.text,
                language=statement.sentence.lang,
                collaboration=statement.collaboration,
                actors=sorted({s.value for s in statement.sentence.spans if s.kind == "actor" and s.value}),
                states=sorted({s.value for s in statement.sentence.spans if s.kind == "country" and s.value}),
                participants=statement.participants,
                kinds=statement.kinds,
                confidence=statement.confidence,
                explanation=statement.explanation,
                page=statement.page,
                para_number=(statement.para_number or "")[:32],
                **decisions.get(statement.sentence.text, {}),
            )
            for number, statement in enumerate(extraction.statements)
        )
        _apply_metadata(document, extraction)
        document.config_hash = job.config_hash
        document.statement_count = len(extraction.statements)
        document.warnings = list(engine_document.warnings)[:50]
        document.save()
        index_document(document)
        job.status = JobStatus.DONE
        job.error_code = job.error_message = ""
        job.statement_count = document.statement_count
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error_code", "error_message", "statement_count", "finished_at"])
        audit_record(
            user=None,
            action="document.ingest",
            obj=document,
            subject_organisation=document.owner.code,
            after={"job": job.pk, "config_hash": job.config_hash, "statements": job.statement_count},
        )
    return job


def _review_decisions(document: Document) -> dict[str, dict[str, Any]]:
    """The review decisions on a document's statements, by sentence, to carry over to the same
    sentences when the document is ingested again (nobody reviews a sentence twice)."""
    reviewed = document.statements.exclude(review_status=ReviewStatus.PENDING)
    return {
        text: {"review_status": status, "reviewed_by_id": user_id, "reviewed_at": at}
        for text, status, user_id, at in reviewed.values_list("text", "review_status", "reviewed_by_id", "reviewed_at")
    }


def _apply_metadata(document: Document, extraction: Extraction) -> None:
    """Take the engine's metadata, except for the fields the owner corrected."""
    metadata = extraction.document.metadata
    found: dict[str, Any] = {
        "symbol": (metadata.symbols[0] if metadata.symbols else "")[:100],
        "date": _parse_date(metadata.date),
        "language": extraction.document.lang or "",
        "title": metadata.title or "",
        "author": (metadata.author or "")[:32],
    }
    for name, value in found.items():
        if name not in document.corrected:
            setattr(document, name, value)
    document.symbols = list(metadata.symbols)
    document.format = extraction.document.format or document.format
    document.pages = extraction.document.pages


# --- Corrections by the owner ---------------------------------------------------------------


def document_update(*, user: Any, document_id: Any, **fields: Any) -> Document:
    """Correct a document's metadata or change whether it is public (owner only)."""
    allowed = {*Document.METADATA_FIELDS, "is_public"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationFailedError(details={name: ["Unknown field."] for name in sorted(unknown)})
    errors: dict[str, list[str]] = {}
    if "language" in fields and fields["language"] not in ("", "ar", "zh", "en", "fr", "ru", "es"):
        errors["language"] = ["Use one of ar, zh, en, fr, ru, es."]
    if fields.get("author") and not Actor.objects.filter(code=fields["author"]).exists():
        errors["author"] = ["Unknown actor code."]
    if "date" in fields and isinstance(fields["date"], str):
        parsed = _parse_date(fields["date"])
        if fields["date"] and parsed is None:
            errors["date"] = ["Use the form YYYY-MM-DD."]
        fields["date"] = parsed
    if errors:
        raise ValidationFailedError(details=errors)
    audited = (*Document.METADATA_FIELDS, "is_public", "corrected")
    with transaction.atomic():
        document = selectors.access_document(user, document_id, write=True)
        before = snapshot(document, audited)
        for name, value in fields.items():
            setattr(document, name, value if value is not None else ("" if name != "date" else None))
            if name in Document.METADATA_FIELDS and name not in document.corrected:
                document.corrected = [*document.corrected, name]
        document.save()
        index_document(document)
        audit_record(
            user=user,
            action="document.update",
            obj=document,
            subject_organisation=document.owner.code,
            before=before,
            after=snapshot(document, audited),
        )
    return document
