"""Report files for the documents tests, written here (nothing copied from real documents)."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pytest
from docx import Document as DocxDocument

PARAGRAPHS = [
    "Report of the Special Representative of the Secretary-General on Violence against Children",
    "1. During the reporting period, UNICEF and UNHCR jointly trained 240 social workers in Jordan on "
    "case management for unaccompanied children.",
    "2. The weather was unusually warm in the capital during the session.",
    "3. The Government of Kenya worked in close cooperation with the World Health Organization to "
    "strengthen birth registration in rural districts.",
]


def make_docx(paragraphs: list[str] = PARAGRAPHS) -> bytes:
    document = DocxDocument()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def report_docx() -> bytes:
    return make_docx()


@pytest.fixture
def jobs_run(django_capture_on_commit_callbacks: Any) -> Callable[..., Any]:
    """``jobs_run(fn, **kwargs)``: call a service, then run the jobs it queued on commit (a test's
    transaction never commits, so Django would otherwise keep them waiting)."""

    def call(fn: Callable[..., Any], **kwargs: Any) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return fn(**kwargs)

    return call
