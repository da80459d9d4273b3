"""``cpcollab audit verify``: check the hash chain of the audit trail."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cpcollab.audit.services import audit_verify


class Command(BaseCommand):
    help = "Audit trail tools. 'verify' checks every event's hash and its link to the previous one."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["verify"])

    def handle(self, *args: Any, **options: Any) -> None:
        result = audit_verify()
        if not result.ok:
            raise CommandError(str(result))
        self.stdout.write(str(result))
