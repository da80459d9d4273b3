"""Background jobs of the documents app.

Without a broker (the default) Celery runs tasks eagerly, so :func:`dispatch` ingests in
the process that queued the job, once its transaction has committed. With
``CPCOLLAB_BROKER_URL`` set, jobs go to Celery workers (``cpcollab worker``); tasks are
acknowledged late and re-queued if a worker dies, and :func:`ingestion_run` is idempotent,
so a job interrupted anywhere is run again and its result written exactly once.
"""

from __future__ import annotations

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError


@shared_task(
    name="documents.ingest",
    acks_late=True,
    reject_on_worker_lost=True,
    # The database away for a moment (restarted, locked): try again later, not never.
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=5,
    retry_backoff_max=300,
    max_retries=5,
)
def ingest_document(job_id: int) -> str:
    from cpcollab.documents.services import ingestion_run

    return str(ingestion_run(job_id).status)


def dispatch(job_id: int) -> None:
    """Send a job to the workers, or run it here when there is no broker."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        ingest_document.apply(args=(job_id,))
    else:
        ingest_document.delay(job_id)
