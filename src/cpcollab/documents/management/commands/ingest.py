"""``cpcollab ingest PATH... --owner ORG_CODE [--public]``: add reports and ingest them.

A PATH may be a folder (its files are taken in name order, recursively). One JSON line per
file: the document id, the status of its ingestion, the statement count, or the error. The
same file twice is one document, and its finished ingestion is not run again.
"""

from __future__ import annotations

import json
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from cpcollab.accounts.models import Organisation
from cpcollab.core.errors import ServiceError
from cpcollab.documents.models import IngestionJob
from cpcollab.documents.services import document_add_as_system, max_upload_bytes


def _files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            found.append(path)
    return found


class Command(BaseCommand):
    help = "Add report files (or folders of them) to an organisation's documents and ingest them."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--owner", required=True, help="code of the owner organisation (e.g. OHCHR)")
        parser.add_argument("--public", action="store_true", help="make the documents readable by everyone")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            owner = Organisation.objects.get(code=options["owner"])
        except Organisation.DoesNotExist:
            raise CommandError(
                f"No organisation with code {options['owner']!r} (see cpcollab load-reference)."
            ) from None
        failures = 0
        for path in _files(options["paths"]):
            line: dict[str, Any] = {"file": str(path)}
            try:
                if not path.is_file():
                    raise ServiceError(f"{path}: no such file.")
                if path.stat().st_size > max_upload_bytes():
                    raise ServiceError(f"{path}: the file is larger than the upload limit.")
                upload = document_add_as_system(
                    owner=owner, filename=path.name, data=path.read_bytes(), is_public=options["public"]
                )
            except ServiceError as exc:
                failures += 1
                line.update(status="refused", error={"code": exc.code, "message": exc.message})
            else:
                job = IngestionJob.objects.get(pk=upload.job.pk)  # as the in-process run left it
                document = upload.document
                document.refresh_from_db()
                line.update(
                    document=document.pk,
                    created=upload.created,
                    status=job.status,
                    statements=document.statement_count,
                    symbol=document.symbol,
                )
                if job.error_code:
                    failures += 1
                    line["error"] = {"code": job.error_code, "message": job.error_message}
            self.stdout.write(json.dumps(line, ensure_ascii=False))
        if failures:
            raise CommandError(f"{failures} file(s) not ingested.", returncode=1)
