"""``cpcollab requeue-stale``: send again the ingestion jobs whose message may have been lost.

A job stays ``queued`` when the broker could not be reached as it was queued, and ``running``
when the process running it died and nothing handed it back (without a broker: a killed
``cpcollab ingest`` or web server). ``cpcollab worker`` runs this at start; it may also run from
cron. Sending a job twice is harmless: it is run once.
"""

from __future__ import annotations

from argparse import ArgumentParser
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cpcollab.documents.services import ingestion_requeue_stale


class Command(BaseCommand):
    help = "Send again ingestion jobs queued or running for too long (their message may be lost)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--queued-minutes", type=int, default=10, help="queued for longer than this (default 10)")
        parser.add_argument(
            "--running-minutes",
            type=int,
            default=None,
            help="running for longer than this (default: the job time limit and a minute)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        queued, running = options["queued_minutes"], options["running_minutes"]
        if queued < 0 or (running is not None and running < 0):
            raise CommandError("Minutes cannot be negative.")
        running_for = (
            timedelta(minutes=running)
            if running is not None
            else timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 60)
        )
        ids = ingestion_requeue_stale(queued_for=timedelta(minutes=queued), running_for=running_for)
        if ids:
            self.stdout.write(f"Sent again {len(ids)} stale ingestion job(s): {', '.join(map(str, ids))}.")
        else:
            self.stdout.write("No stale ingestion job.")
