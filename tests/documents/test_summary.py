"""The collaboration highlights of a document: a page and a DOCX to paste into a report."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.test import Client
from docx import Document as DocxDocument

from cpcollab.documents import services
from cpcollab.documents.models import Document, ReviewStatus
from tests.documents.conftest import make_docx

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(unicef_user: Any, jobs_run: Any) -> Document:
    done = jobs_run(services.document_upload, user=unicef_user, filename="report.docx", data=make_docx())
    services.document_update(user=unicef_user, document_id=done.document.pk, symbol="A/79/241", is_public=True)
    return Document.objects.get(pk=done.document.pk)


def test_the_page_lists_statements_grouped_by_kind_with_citations(document: Document) -> None:
    response = Client().get(f"/en/documents/{document.pk}/highlights/")

    html = response.content.decode()
    assert response.status_code == 200
    assert [group.name for group in response.context["groups"]] == ["Joint activity"]
    for statement in document.statements.all():
        assert statement.citation in html
    assert "A/79/241, para. 1" in html and "A/79/241, para. 3" in html
    assert "Kenya" in html and "jointly trained 240 social workers" in html


def test_the_docx_opens_and_holds_the_statements_and_citations(document: Document) -> None:
    response = Client().get(f"/en/documents/{document.pk}/highlights.docx")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument")
    assert response["Content-Disposition"] == 'attachment; filename="highlights-A-79-241.docx"'
    docx = DocxDocument(io.BytesIO(response.content))
    text = "\n".join(paragraph.text for paragraph in docx.paragraphs)
    assert docx.paragraphs[0].text == "Collaboration highlights"
    assert "A/79/241" in text and "Joint activity" in text
    for statement in document.statements.all():
        assert statement.text.strip() in text
        assert f"({statement.citation})" in text
    assert "Participants: UNHCR, UNICEF." in text


def test_rejected_statements_are_left_out(document: Document) -> None:
    rejected = document.statements.get(participants__icontains="KEN")
    rejected.review_status = ReviewStatus.REJECTED
    rejected.save()

    page = Client().get(f"/en/documents/{document.pk}/highlights/").content.decode()
    docx = DocxDocument(io.BytesIO(Client().get(f"/en/documents/{document.pk}/highlights.docx").content))

    assert rejected.citation not in page
    assert rejected.citation not in "\n".join(p.text for p in docx.paragraphs)


def test_the_docx_follows_the_interface_language(document: Document) -> None:
    docx = DocxDocument(io.BytesIO(Client().get(f"/fr/documents/{document.pk}/highlights.docx").content))

    assert docx.paragraphs[0].text == "Faits saillants de la collaboration"
    assert any(p.text == "Activité conjointe" for p in docx.paragraphs)


def test_a_document_without_statements_says_so(unicef_user: Any, jobs_run: Any) -> None:
    done = jobs_run(
        services.document_upload,
        user=unicef_user,
        filename="weather.docx",
        data=make_docx(["The weather was warm."]),
    )
    client = Client()
    client.force_login(unicef_user)

    page = client.get(f"/en/documents/{done.document.pk}/highlights/").content.decode()
    docx = DocxDocument(io.BytesIO(client.get(f"/en/documents/{done.document.pk}/highlights.docx").content))

    assert "No collaboration was found in this document." in page
    assert "No collaboration was found in this document." in [p.text for p in docx.paragraphs]
