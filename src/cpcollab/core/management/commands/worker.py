"""``cpcollab worker``: a Celery worker that runs the background jobs queued on the broker.

Needs ``CPCOLLAB_BROKER_URL`` (Redis or RabbitMQ); without it jobs run in-process and there is
nothing for a worker to do, so it refuses to start. Run as many workers as you like, on as many
machines as share the database, the originals' storage and the broker: a job killed with its
worker is handed to another and written once (docs/architecture.md, "Background jobs").
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

LOG_LEVELS = ("debug", "info", "warning", "error", "critical")


class Command(BaseCommand):
    help = "Run a Celery worker for the background jobs (needs CPCOLLAB_BROKER_URL)."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "-c", "--concurrency", type=int, default=1, help="jobs run at once, one process each (default 1)"
        )
        parser.add_argument("-l", "--loglevel", default="info", choices=LOG_LEVELS, help="default info")
        parser.add_argument(
            "-P", "--pool", default="prefork", choices=("prefork", "solo", "threads"), help="default prefork"
        )
        parser.add_argument("-n", "--hostname", default="cpcollab@%h", help="node name (default cpcollab@%%h)")
        parser.add_argument(
            "--no-requeue", action="store_true", help="do not send stale jobs again at start (cpcollab requeue-stale)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.CPCOLLAB_BROKER_URL:
            raise CommandError(
                "CPCOLLAB_BROKER_URL is empty: without a broker, jobs run in-process and a worker has "
                "nothing to do. Set it to a Redis or RabbitMQ URL (see docs/configuration.md)."
            )
        if options["concurrency"] < 1:
            raise CommandError("--concurrency must be at least 1.")
        if not options["no_requeue"]:
            try:
                call_command("requeue_stale", stdout=self.stdout, stderr=self.stderr)
            except Exception as exc:  # the broker may not be up yet: the worker waits for it
                self.stderr.write(f"Could not send stale jobs again ({type(exc).__name__}: {exc}).")
        from cpcollab.config.celery import app
        from cpcollab.engine.pipeline import warm_up

        warm_up()  # every language's tables, built once here and shared by the forked processes
        app.worker_main(
            [
                "worker",
                f"--concurrency={options['concurrency']}",
                f"--loglevel={options['loglevel']}",
                f"--pool={options['pool']}",
                f"--hostname={options['hostname']}",
                f"--queues={settings.CELERY_TASK_DEFAULT_QUEUE}",
                "--without-gossip",
                "--without-mingle",
            ]
        )
