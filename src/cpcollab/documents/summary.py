"""The "collaboration highlights" of a document as a DOCX an actor can paste into its next report:
a title, the document's symbol, and one short paragraph per statement with its participants and
citation, grouped by kind of collaboration."""

from __future__ import annotations

import io

from django.utils.translation import gettext as _
from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH

from cpcollab.documents.models import Document
from cpcollab.documents.reading import KindGroup
from cpcollab.reference.languages import RTL_LANGUAGES


def _right_to_left(paragraph: object) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # type: ignore[attr-defined]
    for run in paragraph.runs:  # type: ignore[attr-defined]
        run.font.rtl = True


def highlights_docx(document: Document, groups: list[KindGroup]) -> bytes:
    """The DOCX file, as bytes."""
    docx = DocxDocument()
    docx.core_properties.title = _("Collaboration highlights") + f": {document.citation}"
    docx.add_heading(_("Collaboration highlights"), level=0)
    docx.add_paragraph(document.citation).runs[0].bold = True
    if document.title:
        docx.add_paragraph(document.title)
    if not groups:
        docx.add_paragraph(_("No collaboration was found in this document."))
    rtl = document.language in RTL_LANGUAGES
    for group in groups:
        docx.add_heading(group.name or _("Other collaboration"), level=1)
        for view in group.statements:
            statement = view.statement
            paragraph = docx.add_paragraph(style="List Bullet")
            paragraph.add_run(statement.text.strip())
            if rtl:
                _right_to_left(paragraph)
            details = docx.add_paragraph()
            names = ", ".join(name for _code, name in view.participants)
            if names:
                details.add_run(_("Participants") + ": ").italic = True
                details.add_run(names + ". ")
            if statement.collaboration == "called_for":
                details.add_run(_("Called for") + ". ")
            details.add_run(f"({statement.citation})")
    buffer = io.BytesIO()
    docx.save(buffer)
    return buffer.getvalue()
