"""Every submission of a cycle as a ZIP: the original files, the answers, and an XLSX index."""

from __future__ import annotations

import io
import zipfile

from openpyxl import Workbook

from cpcollab.documents.models import Document
from cpcollab.documents.storage import read_original
from cpcollab.inputs.models import ReportingCycle, SubmissionVersion

COLUMNS = ["organisation", "group", "version", "language", "channel", "received_on", "public", "file"]


def cycle_export_zip(cycle: ReportingCycle) -> bytes:
    """The ZIP of ``cycle``'s submissions (all versions), for the Secretariat."""
    versions = (
        SubmissionVersion.objects.filter(submission__recipient__call__cycle=cycle)
        .select_related("submission__owner", "submission__recipient", "answers_document")
        .prefetch_related("documents")
        .order_by("submission__owner__code", "number")
    )
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "submissions"
    sheet.append(COLUMNS)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for version in versions:
            submission = version.submission
            documents: list[Document | None] = list(version.documents.all())
            if version.answers_document is not None:
                documents.insert(0, version.answers_document)
            for document in documents or [None]:
                name = ""
                if document is not None:
                    name = f"{submission.owner.code}/v{version.number}/{document.filename}"
                    archive.writestr(name, read_original(document.sha256))
                sheet.append(
                    [
                        submission.owner.code,
                        submission.recipient.group,
                        version.number,
                        version.language,
                        version.channel,
                        version.received_on.isoformat(),
                        "yes" if submission.is_public else "no",
                        name,
                    ]
                )
        index = io.BytesIO()
        book.save(index)
        archive.writestr("index.xlsx", index.getvalue())
    return buffer.getvalue()
