"""The search index: one row per searchable piece of text, with what search filters on.

A :class:`SearchEntry` is derived data, written only by :mod:`cpcollab.search.indexing`
(called by the services that change the indexed objects) and rebuilt by ``cpcollab reindex``.
``folded`` is the text the full-text index is built on (SQLite FTS5 with the trigram
tokenizer, or PostgreSQL ``tsvector`` + ``pg_trgm``; see the migrations and ADR 0006).
Filter columns holding several codes are stored as ``|CODE|CODE|`` so one ``contains`` lookup
works the same on both databases.
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _

from cpcollab.accounts.models import OwnedModel


class EntryKind(models.TextChoices):
    DOCUMENT = "document", _("Document text")
    STATEMENT = "statement", _("Extracted statement")
    RECORD = "record", _("Reviewed collaboration record")


class SearchEntry(OwnedModel):
    PUBLIC_FIELD: ClassVar[str | None] = "is_public"

    kind = models.CharField(max_length=10, choices=EntryKind.choices)
    object_id = models.BigIntegerField(help_text=_("Document, statement or record id."))
    document_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    position = models.IntegerField(null=True, blank=True, help_text=_("Block index within the document."))
    is_public = models.BooleanField(default=False)
    language = models.CharField(max_length=2, blank=True)
    title = models.TextField(blank=True)
    body = models.TextField()
    folded = models.TextField(help_text=_("The body folded for matching."))
    actors = models.TextField(blank=True)
    states = models.TextField(blank=True)
    themes = models.TextField(blank=True)
    kinds = models.TextField(blank=True)
    year_from = models.PositiveSmallIntegerField(null=True, blank=True)
    year_to = models.PositiveSmallIntegerField(null=True, blank=True)
    symbol = models.CharField(max_length=100, blank=True)
    page = models.PositiveIntegerField(null=True, blank=True)
    para_number = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["kind", "object_id"], name="search_entry_object")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}"
