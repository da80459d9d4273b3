"""Write the demonstration reports into the data folder and ingest them, idempotently.

Each report is rendered to the same bytes every time, so a second run finds every file
already stored (the same SHA-256 for the same owner) and its ingestion already done: it adds
nothing. A report whose text changed is a new file, and is added as a new document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cpcollab.accounts.models import Organisation
from cpcollab.documents.demo.render import render
from cpcollab.documents.demo.texts import DemoReport, demo_reports
from cpcollab.documents.services import Upload, document_add_as_system


@dataclass(frozen=True)
class DemoDocument:
    report: DemoReport
    path: Path
    upload: Upload


def demo_reports_write(folder: Path) -> list[tuple[DemoReport, Path]]:
    """Render every demonstration report into ``folder`` (a file already there with the same
    content is left as it is)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for report in demo_reports():
        data = render(report)
        path = folder / report.filename
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
        written.append((report, path))
    return written


def demo_documents_load(*, folder: Path) -> list[DemoDocument]:
    """Write the reports into ``folder`` and add each to its owner's documents, public."""
    loaded = []
    for report, path in demo_reports_write(folder):
        owner = Organisation.objects.get(code=report.owner)
        upload = document_add_as_system(owner=owner, filename=path.name, data=path.read_bytes(), is_public=True)
        loaded.append(DemoDocument(report, path, upload))
    return loaded
