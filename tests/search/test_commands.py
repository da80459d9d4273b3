"""``cpcollab reindex`` and ``cpcollab search``, and the acceptance path from the issue:
``cpcollab ingest ../shared/data/hrc/pdf --owner OHCHR`` then ``cpcollab search UNICEF --json``."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from cpcollab.documents.models import Document, IngestionJob, Statement
from cpcollab.search.models import SearchEntry
from cpcollab.search.text import fold
from tests.documents.conftest import make_docx

pytestmark = pytest.mark.django_db

HRC_PDF = Path(__file__).resolve().parents[3] / "shared" / "data" / "hrc" / "pdf"


def _run(*args: Any) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_reindex_rebuilds_the_same_index(six_languages: dict[str, Document]) -> None:
    before = sorted(SearchEntry.objects.values_list("kind", "object_id", "folded"), key=repr)

    first = _run("reindex")
    second = _run("reindex")

    assert first == second and "statement: " in first
    assert sorted(SearchEntry.objects.values_list("kind", "object_id", "folded"), key=repr) == before


def test_the_command_line_searches_everything_and_cites(add_document: Callable[..., Document]) -> None:
    document = add_document("UNICEF", ["7. UNICEF and UNHCR jointly trained 40 judges in Jordan."])  # private

    body = json.loads(_run("search", "judges", "--json", "--type", "statement"))
    text = _run("search", "judges", "--actor", "UNHCR")

    [result] = body["results"]
    assert result["document"] == document.pk and result["citation"]["paragraph"] == "7"
    assert "<mark>judges</mark>" in result["snippet"]
    assert "para. 7" in text and "*judges*" in text


def test_the_command_line_can_search_as_a_user(
    add_document: Callable[..., Document], ohchr_user: Any, unicef_user: Any
) -> None:
    add_document("UNICEF", ["UNICEF and UNHCR jointly trained 40 judges in Jordan."])

    as_ohchr = json.loads(_run("search", "judges", "--json", "--as-user", ohchr_user.username))
    as_unicef = json.loads(_run("search", "judges", "--json", "--as-user", unicef_user.username))

    assert as_ohchr["count"] == 0 and as_unicef["count"] > 0
    with pytest.raises(CommandError, match="No active user"):
        _run("search", "judges", "--as-user", "nobody")


def _fictitious_report() -> bytes:
    """A UN-format report, fictitious, that names UNICEF (the HRC files here may not)."""
    return make_docx(
        [
            "United Nations",
            "A/HRC/99/99",
            "General Assembly",
            "Fictitious report written for the search test",
            "12. UNICEF and the World Health Organization jointly trained 300 health workers in Slovenia "
            "on the protection of children.",
        ]
    )


@pytest.mark.skipif(not HRC_PDF.is_dir(), reason=f"the HRC reports are not here ({HRC_PDF})")
def test_acceptance_ingest_hrc_reports_then_search_unicef(
    tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    folder = tmp_path / "pdf"
    shutil.copytree(HRC_PDF, folder)
    (folder / "zz-fictitious.docx").write_bytes(_fictitious_report())

    with django_capture_on_commit_callbacks(execute=True):  # the jobs run, as they do outside a test
        first = [json.loads(line) for line in _run("ingest", str(folder), "--owner", "OHCHR").splitlines()]
    documents, statements = Document.objects.count(), Statement.objects.count()
    second = [json.loads(line) for line in _run("ingest", str(folder), "--owner", "OHCHR").splitlines()]
    body = json.loads(_run("search", "UNICEF", "--json", "--type", "statement", "--page-size", "500"))

    assert len(first) == len(list(folder.iterdir()))
    assert set(IngestionJob.objects.values_list("status", flat=True)) == {"done"}
    assert not any(line["created"] for line in second)
    assert (Document.objects.count(), Statement.objects.count()) == (documents, statements)
    expected = {
        s.pk for s in Statement.objects.all() if "unicef" in fold(s.text) or "UNICEF" in {*s.actors, *s.participants}
    }
    assert expected and {r["id"] for r in body["results"]} == expected
    for result in body["results"]:
        assert result["kind"] == "statement" and result["citation"]["symbol"].startswith("A/HRC/")
        assert result["citation"]["paragraph"]
        assert result["citation"]["page"] or result["citation"]["symbol"] == "A/HRC/99/99"  # a DOCX has no pages
    # the real HRC reports are searchable too, with their citations
    statement = Statement.objects.exclude(document__filename="zz-fictitious.docx").select_related("document").first()
    if statement is not None:
        word = max(statement.text.split(), key=len)
        found = json.loads(_run("search", f'"{word}"', "--json", "--type", "statement", "--page-size", "500"))
        assert statement.pk in {r["id"] for r in found["results"]}
        assert any(r["citation"]["symbol"] == statement.document.symbol for r in found["results"])
