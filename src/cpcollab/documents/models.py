"""Reports as they came in, what the engine read in them, and the ingestion jobs.

A :class:`Document` is one organisation's copy of a file; the bytes are stored once by their
SHA-256 (:mod:`cpcollab.documents.storage`), so the same file uploaded twice is one
document and one stored original. Blocks, mentions and statements are the engine's output for
the pipeline configuration recorded on the document's last successful job; they are replaced
as a whole when the document is ingested again.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from cpcollab.accounts.models import OwnedModel


class Document(OwnedModel):
    PUBLIC_FIELD: ClassVar[str | None] = "is_public"
    #: Metadata fields the owner may correct; a corrected field is kept on re-ingestion.
    METADATA_FIELDS: ClassVar[tuple[str, ...]] = ("symbol", "date", "language", "title", "author")

    sha256 = models.CharField(max_length=64, db_index=True)
    filename = models.CharField(max_length=255)
    format = models.CharField(max_length=8, blank=True)
    byte_size = models.BigIntegerField()
    is_public = models.BooleanField(default=False)
    # Metadata: first from the engine, then as corrected by the owner.
    symbol = models.CharField(max_length=100, blank=True, db_index=True)
    symbols = models.JSONField(default=list, blank=True)
    date = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=2, blank=True)
    title = models.TextField(blank=True)
    author = models.CharField(max_length=32, blank=True, help_text=_("Actor code of the author, where known."))
    pages = models.PositiveIntegerField(null=True, blank=True)
    corrected = models.JSONField(default=list, blank=True, help_text=_("Metadata fields the owner corrected."))
    # The engine result the blocks and statements come from.
    config_hash = models.CharField(max_length=64, blank=True)
    statement_count = models.PositiveIntegerField(default=0)
    warnings = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [models.UniqueConstraint(fields=["owner", "sha256"], name="document_once_per_owner")]

    def __str__(self) -> str:
        return self.symbol or self.filename

    @property
    def citation(self) -> str:
        return self.symbol or self.filename


class Block(models.Model):
    """A heading, paragraph, list item, footnote or table cell of a document, in reading order."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="blocks")
    index = models.PositiveIntegerField()
    kind = models.CharField(max_length=16)
    text = models.TextField()
    page = models.PositiveIntegerField(null=True, blank=True)
    para_number = models.CharField(max_length=32, blank=True)
    level = models.PositiveSmallIntegerField(null=True, blank=True)
    language = models.CharField(max_length=2, blank=True)

    class Meta:
        ordering = ["document", "index"]
        constraints = [models.UniqueConstraint(fields=["document", "index"], name="block_index_unique")]

    def __str__(self) -> str:
        return f"{self.document_id}#{self.index}"


class Mention(models.Model):
    """A UN actor, mechanism or country the engine recognised, or in a statement a theme, a date or
    a sum of money, with its offsets in the block."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="mentions")
    block = models.ForeignKey(Block, on_delete=models.CASCADE, related_name="mentions")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    kind = models.CharField(max_length=16)  # actor, mechanism, country; theme, date, money (statements)
    value = models.CharField(max_length=32)  # actor code, mechanism code or ISO3
    text = models.CharField(max_length=500)

    class Meta:
        ordering = ["block", "start"]

    def __str__(self) -> str:
        return f"{self.value}: {self.text}"


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("To review")
    ACCEPTED = "accepted", _("Accepted")
    CORRECTED = "corrected", _("Corrected")
    REJECTED = "rejected", _("Rejected")


class Statement(models.Model):
    """A sentence the engine found to report or call for collaboration, with its evidence."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="statements")
    block = models.ForeignKey(Block, on_delete=models.CASCADE, related_name="statements")
    index = models.PositiveIntegerField()
    start = models.PositiveIntegerField(help_text=_("Offset of the sentence in its block."))
    end = models.PositiveIntegerField()
    text = models.TextField()
    language = models.CharField(max_length=2, blank=True)
    collaboration = models.CharField(max_length=12)  # reported, called_for
    actors = models.JSONField(default=list)
    states = models.JSONField(default=list)
    participants = models.JSONField(default=list)
    kinds = models.JSONField(default=list)
    confidence = models.FloatField()
    explanation = models.JSONField(default=list)
    page = models.PositiveIntegerField(null=True, blank=True)
    para_number = models.CharField(max_length=32, blank=True)
    review_status = models.CharField(max_length=12, choices=ReviewStatus.choices, default=ReviewStatus.PENDING)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["document", "index"]
        constraints = [models.UniqueConstraint(fields=["document", "index"], name="statement_index_unique")]

    def __str__(self) -> str:
        return f"{self.document.citation} – {self.text[:60]}"

    @property
    def citation(self) -> str:
        """Where the sentence is: symbol (or file), page and paragraph."""
        parts = [self.document.citation]
        if self.page:
            parts.append(f"p. {self.page}")
        if self.para_number:
            parts.append(f"para. {self.para_number}")
        return ", ".join(parts)


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class IngestionJob(models.Model):
    """Running the engine on a document with one pipeline configuration: at most one job per
    (document, configuration hash), so running it again, or twice at once, adds nothing."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="jobs")
    config_hash = models.CharField(max_length=64)
    status = models.CharField(max_length=8, choices=JobStatus.choices, default=JobStatus.QUEUED)
    error_code = models.CharField(max_length=16, blank=True)
    error_message = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    statement_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["document", "config_hash"], name="job_once_per_configuration")]

    def __str__(self) -> str:
        return f"job {self.pk} ({self.status})"
