"""Documents in the six languages for the search tests (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cpcollab.accounts.models import Organisation
from cpcollab.documents.models import Document
from cpcollab.documents.services import document_add_as_system
from tests.documents.conftest import make_docx

SENTENCES = {
    "en": "1. UNICEF and UNHCR jointly trained social workers in Jordan on case management for unaccompanied children.",
    "fr": "2. L'UNICEF et le HCR ont formé ensemble des travailleurs sociaux en Côte d'Ivoire à la prise "
    "en charge des enfants non accompagnés.",
    "es": "3. El UNICEF y la OMS colaboraron en el fortalecimiento del registro de nacimientos en Bolivia.",
    "ru": "4. ЮНИСЕФ и ВОЗ совместно провели обучение социальных работников в Казахстане по вопросам защиты детей.",
    "ar": "5. قامت اليونيسف ومنظمة الصحة العالمية معاً بتدريب الأخصائيين الاجتماعيين في الأردن على حماية الأطفال.",
    "zh": "6. 联合国儿童基金会和世界卫生组织在肯尼亚共同开展了出生登记工作，保护儿童权利。",
}


TITLE = "Report of the Secretary-General"


@pytest.fixture
def add_document(django_capture_on_commit_callbacks: Any) -> Callable[..., Document]:
    """``add_document(owner_code, paragraphs, public=False)``: a document with a title, ingested."""

    def add(owner: str, paragraphs: list[str], *, public: bool = False, filename: str = "report.docx") -> Document:
        with django_capture_on_commit_callbacks(execute=True):
            upload = document_add_as_system(
                owner=Organisation.objects.get(code=owner),
                filename=filename,
                data=make_docx([TITLE, *paragraphs]),
                is_public=public,
            )
        upload.document.refresh_from_db()
        return upload.document

    return add


@pytest.fixture
def six_languages(add_document: Callable[..., Document]) -> dict[str, Document]:
    """One public UNICEF document per language."""
    return {
        lang: add_document("UNICEF", [text], public=True, filename=f"{lang}.docx") for lang, text in SENTENCES.items()
    }
