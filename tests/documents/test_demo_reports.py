"""The demonstration reports: UN format, several languages, fictitious, read by the engine; loaded once."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from django.core.management import call_command

from cpcollab.audit.models import AuditEvent
from cpcollab.documents.demo import DemoReport, demo_reports, render
from cpcollab.documents.demo.load import demo_documents_load
from cpcollab.documents.models import Document, IngestionJob, JobStatus, Statement
from cpcollab.engine.pipeline import extract
from cpcollab.engine.readers import read_bytes

REPORTS = demo_reports()


def test_the_reports_cover_five_languages_and_both_formats() -> None:
    # given the demonstration reports
    languages = {report.language for report in REPORTS}
    formats = {report.format for report in REPORTS}

    # then English, French, Spanish, Arabic and Russian or Chinese are there, as DOCX and PDF
    assert {"en", "fr", "es", "ar"} <= languages and languages & {"ru", "zh"}
    assert formats == {"docx", "pdf"}
    assert len({report.symbol for report in REPORTS}) == len(REPORTS)


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: r.slug)
def test_each_report_renders_the_same_bytes_every_time(report: DemoReport) -> None:
    assert render(report) == render(report)


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: r.slug)
def test_each_report_says_it_is_fictitious_in_its_own_text(report: DemoReport) -> None:
    # when the file is read back
    text = "\n".join(block.text for block in read_bytes(render(report), filename=report.filename).blocks)

    # then the notice is in the body, under the title, and the symbol cannot be a real one
    assert f"[{report.notice}]" in text
    assert "DEMO" in report.symbol


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: r.slug)
def test_the_engine_reads_each_report(report: DemoReport) -> None:
    # when the engine reads the rendered file
    result = extract(render(report), filename=report.filename)

    # then its language, symbol and title are found, with reported and called-for collaboration
    metadata = result.document.metadata
    assert result.document.lang == report.language
    assert metadata.symbols[:1] == [report.symbol]
    assert metadata.title == report.title
    kinds = [statement.collaboration for statement in result.statements]
    assert kinds.count("reported") >= 3
    assert kinds.count("called_for") >= 2


def test_docx_reports_carry_real_footnotes_and_the_notice_on_every_page() -> None:
    # given a DOCX report with footnotes
    report = next(r for r in REPORTS if r.format == "docx" and r.footnotes)
    data = render(report)

    # when read by the engine and by python-docx
    blocks = read_bytes(data, filename=report.filename).blocks
    header = docx.Document(io.BytesIO(data)).sections[0].header.paragraphs[0].text

    # then each note is a footnote block, and the page header carries the notice
    notes = [block.text for block in blocks if block.kind == "footnote"]
    assert notes == [report.footnotes[n] for n in sorted(report.footnotes)]
    assert header == report.notice


def _counts() -> tuple[int, int, int, int]:
    return Document.objects.count(), IngestionJob.objects.count(), Statement.objects.count(), AuditEvent.objects.count()


@pytest.mark.django_db
def test_loading_the_demo_documents_twice_adds_nothing(tmp_path: Path, jobs_run: Any) -> None:
    # given the demonstration documents loaded once
    first = jobs_run(demo_documents_load, folder=tmp_path)
    counts = _counts()

    # when loaded again
    second = jobs_run(demo_documents_load, folder=tmp_path)

    # then they are public, owned as declared, ingested, and the second run added nothing
    assert all(item.upload.created for item in first) and not any(item.upload.created for item in second)
    assert _counts() == counts
    documents = Document.objects.filter(pk__in=[item.upload.document.pk for item in first])
    assert documents.count() == len(REPORTS)
    for item in first:
        document = documents.get(pk=item.upload.document.pk)
        assert document.is_public and document.owner.code == item.report.owner
        assert document.symbol == item.report.symbol and document.language == item.report.language
        assert IngestionJob.objects.get(document=document).status == JobStatus.DONE
        assert document.statement_count >= 5


@pytest.mark.django_db
def test_load_demo_command_ingests_the_reports_once(settings: Any, tmp_path: Path, jobs_run: Any) -> None:
    # given a data folder
    settings.DATA_DIR = tmp_path
    out = io.StringIO()

    # when the demonstration is loaded twice
    jobs_run(call_command, command_name="load_demo", stdout=out)
    counts = _counts()
    jobs_run(call_command, command_name="load_demo", stdout=out)

    # then the reports are in the data folder and the second run added nothing
    assert sorted(p.name for p in (tmp_path / "demo-reports").iterdir()) == sorted(r.filename for r in REPORTS)
    assert _counts() == counts
    assert "already there" in out.getvalue()
