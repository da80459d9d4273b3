"""Records and statements for the collaboration tests."""

from __future__ import annotations

from typing import Any

import pytest

from cpcollab.collaboration import services
from cpcollab.collaboration.models import Record
from cpcollab.documents.models import Statement
from cpcollab.documents.services import document_upload
from tests.documents.conftest import make_docx


def make_record(user: Any, **fields: Any) -> Record:
    values: dict[str, Any] = {
        "title": "Joint training of social workers",
        "parties": ["UNICEF", "UNHCR"],
        "kinds": ["capacity_building"],
        "countries": ["JOR"],
        "start": "2022",
        "end": "2023-06-30",
    }
    values.update(fields)
    return services.record_create(user=user, **values)


@pytest.fixture
def unicef_record(unicef_user: Any) -> Record:
    return make_record(unicef_user)


def upload_statements(
    user: Any, capture: Any, *, is_public: bool = False, paragraphs: list[str] | None = None
) -> list[Statement]:
    data = make_docx(paragraphs) if paragraphs else make_docx()
    with capture(execute=True):
        upload = document_upload(user=user, filename="report.docx", data=data, is_public=is_public)
    return list(upload.document.statements.order_by("index"))


@pytest.fixture
def unicef_statement(unicef_user: Any, django_capture_on_commit_callbacks: Any) -> Statement:
    """The 'UNICEF and UNHCR jointly trained …' statement of a private UNICEF report."""
    statements = upload_statements(unicef_user, django_capture_on_commit_callbacks)
    return next(s for s in statements if "jointly trained" in s.text)
