"""A demonstration report as the bytes of its file (DOCX or PDF), the same on every run."""

from __future__ import annotations

from cpcollab.documents.demo.docx_writer import render_docx
from cpcollab.documents.demo.pdf_writer import render_pdf
from cpcollab.documents.demo.texts import DemoReport


def render(report: DemoReport) -> bytes:
    return render_pdf(report) if report.format == "pdf" else render_docx(report)
