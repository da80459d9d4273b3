from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from cpcollab.documents.models import Document, IngestionJob, Statement
from tests.documents.conftest import make_docx

pytestmark = pytest.mark.django_db

HRC_PDFS = Path(__file__).resolve().parents[3] / "shared" / "data" / "hrc" / "pdf"


def _ingest(capsys: Any, django_capture_on_commit_callbacks: Any, *args: str) -> list[dict[str, Any]]:
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", *args)
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_ingest_a_folder_twice_adds_nothing_the_second_time(
    tmp_path: Path, capsys: Any, django_capture_on_commit_callbacks: Any
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.docx").write_bytes(make_docx())
    (tmp_path / "sub" / "b.txt").write_text("UNICEF and UNFPA jointly supported the ministry of health.")

    first = _ingest(capsys, django_capture_on_commit_callbacks, str(tmp_path), "--owner", "UNICEF", "--public")
    counts = (Document.objects.count(), Statement.objects.count(), IngestionJob.objects.count())
    second = _ingest(capsys, django_capture_on_commit_callbacks, str(tmp_path), "--owner", "UNICEF")

    assert [line["created"] for line in first] == [True, True]
    assert [line["created"] for line in second] == [False, False]
    assert (Document.objects.count(), Statement.objects.count(), IngestionJob.objects.count()) == counts
    assert all(d.is_public and d.owner.code == "UNICEF" for d in Document.objects.all())


def test_a_bad_file_is_reported_and_the_others_ingested(
    tmp_path: Path, capsys: Any, django_capture_on_commit_callbacks: Any
) -> None:
    (tmp_path / "a.docx").write_bytes(make_docx())
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)

    with pytest.raises(CommandError, match="1 file"):
        _ingest(capsys, django_capture_on_commit_callbacks, str(tmp_path), "--owner", "UNICEF")

    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines[0]["created"] is True and "error" not in lines[0]
    assert lines[1]["status"] == "refused" and lines[1]["error"]["code"] == "unsupported_format"
    assert Document.objects.get().jobs.get().status == "done"


def test_an_unknown_owner_is_a_clear_error() -> None:
    with pytest.raises(CommandError, match="No organisation"):
        call_command("ingest", "x.pdf", "--owner", "NOBODY")


@pytest.mark.skipif(not HRC_PDFS.is_dir(), reason="the shared UN PDFs are not on this machine")
def test_ingest_the_hrc_pdfs(capsys: Any, django_capture_on_commit_callbacks: Any) -> None:
    lines = _ingest(capsys, django_capture_on_commit_callbacks, str(HRC_PDFS), "--owner", "OHCHR")

    documents = Document.objects.filter(owner__code="OHCHR")
    assert len(lines) == len(list(HRC_PDFS.glob("*.pdf"))) == documents.count()
    assert set(IngestionJob.objects.values_list("status", flat=True)) == {"done"}
    assert all(d.symbol.startswith("A/HRC/") for d in documents)
    assert Statement.objects.filter(document__owner__code="OHCHR").exists()
