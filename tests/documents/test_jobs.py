"""Ingestion jobs whose worker died, ran too long or whose message was lost; the worker command.

The real worker, killed in the middle of a job, is in ``test_worker.py``.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.management import CommandError, call_command
from django.utils import timezone

from cpcollab.accounts.models import Organisation
from cpcollab.audit.models import AuditEvent
from cpcollab.documents import services
from cpcollab.documents.models import IngestionJob, JobStatus
from tests.documents.conftest import make_docx

pytestmark = pytest.mark.django_db


def _queued_job(number: int = 1) -> IngestionJob:
    """A job queued whose dispatch never happened (a test's transaction never commits)."""
    owner = Organisation.objects.get(code="UNICEF")
    text = [f"{number}. UNICEF and UNHCR jointly trained {number} social workers in Jordan."]
    return services.document_add_as_system(owner=owner, filename=f"r{number}.docx", data=make_docx(text)).job


def test_a_job_whose_worker_died_is_run_again_then_given_up(django_capture_on_commit_callbacks: Any) -> None:
    # Given a job its worker died running, more than once
    job = _queued_job()
    IngestionJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, attempts=services.MAX_ATTEMPTS)

    # When it is handed out again
    with django_capture_on_commit_callbacks(execute=True):
        failed = services.ingestion_run(job.pk)

    # Then it is not started again but fails with a clear error, audited
    assert (failed.status, failed.error_code, failed.attempts) == (JobStatus.FAILED, "worker_lost", 3)
    assert "died each time" in failed.error_message
    assert AuditEvent.objects.filter(action="document.ingest_failed", object_id=str(job.document_id)).exists()
    assert not failed.document.statements.exists()


def test_a_job_interrupted_fewer_times_is_run_again(django_capture_on_commit_callbacks: Any) -> None:
    job = _queued_job()
    IngestionJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, attempts=services.MAX_ATTEMPTS - 1)

    with django_capture_on_commit_callbacks(execute=True):
        done = services.ingestion_run(job.pk)

    assert (done.status, done.attempts) == (JobStatus.DONE, services.MAX_ATTEMPTS)
    assert done.document.statements.exists()


def test_a_job_past_its_time_limit_fails_with_time_limit(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    job = _queued_job()

    def too_slow(*args: Any, **kwargs: Any) -> Any:
        raise SoftTimeLimitExceeded

    monkeypatch.setattr(services, "extract", too_slow)
    with django_capture_on_commit_callbacks(execute=True):
        failed = services.ingestion_run(job.pk)

    assert (failed.status, failed.error_code) == (JobStatus.FAILED, "time_limit")
    assert "CPCOLLAB_JOB_TIME_LIMIT" in failed.error_message


def test_requeue_stale_runs_again_the_jobs_queued_or_running_too_long(
    capsys: Any, django_capture_on_commit_callbacks: Any
) -> None:
    # Given a job queued long ago, one running for hours, and a fresh one of each
    old, hung, fresh, running = (_queued_job(n) for n in range(1, 5))
    hours_ago = timezone.now() - datetime.timedelta(hours=2)
    IngestionJob.objects.filter(pk=old.pk).update(created_at=hours_ago)
    IngestionJob.objects.filter(pk=hung.pk).update(status=JobStatus.RUNNING, attempts=1, started_at=hours_ago)
    IngestionJob.objects.filter(pk=running.pk).update(status=JobStatus.RUNNING, attempts=1, started_at=timezone.now())

    # When requeue-stale runs (without a broker, the jobs run here)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("requeue_stale")

    # Then the stale ones are done, and the others left alone
    status = dict(IngestionJob.objects.values_list("pk", "status"))
    assert status == {old.pk: "done", hung.pk: "done", fresh.pk: "queued", running.pk: "running"}
    assert IngestionJob.objects.get(pk=hung.pk).attempts == 2
    assert f"Sent again 2 stale ingestion job(s): {old.pk}, {hung.pk}." in capsys.readouterr().out


def test_requeue_stale_with_nothing_stale_says_so(capsys: Any) -> None:
    _queued_job()

    call_command("requeue_stale", "--queued-minutes", "5")

    assert "No stale ingestion job." in capsys.readouterr().out
    with pytest.raises(CommandError, match="negative"):
        call_command("requeue_stale", "--running-minutes", "-1")


def test_the_worker_refuses_to_start_without_a_broker(settings: Any) -> None:
    settings.CPCOLLAB_BROKER_URL = ""

    with pytest.raises(CommandError, match="CPCOLLAB_BROKER_URL is empty"):
        call_command("worker")


def test_the_worker_starts_celery_on_the_jobs_queue(
    settings: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from cpcollab.config.celery import app

    settings.CPCOLLAB_BROKER_URL = "redis://127.0.0.1:6379/0"
    started: list[list[str]] = []
    monkeypatch.setattr(app, "worker_main", started.append)

    call_command("worker", "--concurrency", "3", "--loglevel", "warning")
    call_command("worker", "--no-requeue")

    assert started[0][0] == "worker"
    assert {"--concurrency=3", "--loglevel=warning", "--queues=cpcollab", "--pool=prefork"} <= set(started[0])
    assert "--concurrency=1" in started[1]
    assert capsys.readouterr().out.count("No stale ingestion job.") == 1  # not with --no-requeue
    with pytest.raises(CommandError, match="at least 1"):
        call_command("worker", "--concurrency", "0")
