"""``cpcollab load-reference``: load the registry's reference data (idempotent)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from cpcollab.accounts.services import organisations_sync_registry
from cpcollab.registry.services import reference_load


class Command(BaseCommand):
    help = (
        "Load actors, countries, themes, mechanisms and collaboration kinds from the reference data "
        "files, and create an organisation for each State and actor. Safe to run again: only "
        "differences are written (and audited)."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        report = reference_load(user=None)
        for line in report.lines():
            self.stdout.write(line)
        created = organisations_sync_registry(user=None)
        self.stdout.write(f"organisations: {created} created")
