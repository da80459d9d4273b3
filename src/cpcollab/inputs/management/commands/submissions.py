"""``cpcollab submissions export CYCLE --out FILE.zip``: every submission of a cycle, as a ZIP of
the original files and answers with an XLSX index."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from cpcollab.core.errors import ServiceError
from cpcollab.inputs import services
from cpcollab.inputs.export import cycle_export_zip


class Command(BaseCommand):
    help = "Export the submissions of a reporting cycle."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="a ZIP of the originals plus an XLSX index")
        export.add_argument("code")
        export.add_argument("--out", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            cycle = services.cycle_by_code(options["code"])
        except ServiceError as exc:
            raise CommandError(exc.message) from None
        data = cycle_export_zip(cycle)
        Path(options["out"]).write_bytes(data)
        self.stdout.write(f"Wrote {options['out']} ({len(data):,} bytes).")
