"""Collaboration records: who worked with whom, how, on what, where and when, with evidence.

A :class:`Record` belongs to the organisation that wrote it; only that organisation edits it
(A/RES/66/139 para. 2). Other participants add their own :class:`Confirmation` beside it.
Every change leaves a :class:`RecordVersion` with the whole record as it then stood.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cpcollab.accounts.models import OwnedModel

#: The label of a party the source names but the engine could not identify.
OTHER_PARTY_NAME = "Other party named in the source"


class RecordStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Record(OwnedModel):
    """One collaboration between two or more parties. Drafts are seen by the owner (and the
    Secretariat); published records by everyone."""

    PUBLIC_FIELD: ClassVar[str | None] = "is_published"

    title = models.CharField(max_length=300)
    description = models.TextField(blank=True)
    kinds = models.ManyToManyField("registry.CollaborationKind", blank=True, related_name="+")
    themes = models.ManyToManyField("registry.Theme", blank=True, related_name="+")
    countries = models.ManyToManyField(
        "registry.Country", blank=True, related_name="+", help_text=_("Where the collaboration happens.")
    )
    start_year = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    start_date = models.DateField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    end_date = models.DateField(null=True, blank=True)
    mechanism = models.ForeignKey(
        "registry.Mechanism", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    is_published = models.BooleanField(default=False, db_index=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("collaboration record")
        verbose_name_plural = _("collaboration records")

    def __str__(self) -> str:
        return self.title

    @property
    def status(self) -> str:
        return RecordStatus.PUBLISHED if self.is_published else RecordStatus.DRAFT

    def get_status_display(self) -> str:
        return str(RecordStatus(self.status).label)

    @property
    def start(self) -> str:
        return self.start_date.isoformat() if self.start_date else (str(self.start_year) if self.start_year else "")

    @property
    def end(self) -> str:
        return self.end_date.isoformat() if self.end_date else (str(self.end_year) if self.end_year else "")


class Party(models.Model):
    """A party to a record: a UN actor, a State, or another organisation named in free text."""

    record = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="parties")
    position = models.PositiveSmallIntegerField(default=0)
    actor = models.ForeignKey("registry.Actor", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    country = models.ForeignKey("registry.Country", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    name = models.CharField(max_length=200, blank=True, help_text=_("Another organisation, by name."))

    class Meta:
        ordering = ["record", "position"]
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(actor__isnull=False, country__isnull=True, name="")
                    | Q(actor__isnull=True, country__isnull=False, name="")
                    | (Q(actor__isnull=True, country__isnull=True) & ~Q(name=""))
                ),
                name="party_is_one_of_actor_country_name",
            )
        ]

    def __str__(self) -> str:
        return self.code or self.name

    @property
    def code(self) -> str:
        """The actor code or ISO3 code; empty for a party named in free text."""
        if self.actor_id:
            return self.actor.code  # type: ignore[union-attr]
        if self.country_id:
            return self.country.iso3  # type: ignore[union-attr]
        return ""

    @property
    def kind(self) -> str:
        return "actor" if self.actor_id else "state" if self.country_id else "other"

    def label(self, lang: str | None = None) -> str:
        if self.actor_id:
            return self.actor.short_name(lang)  # type: ignore[union-attr]
        if self.country_id:
            return self.country.name(lang)  # type: ignore[union-attr]
        return self.name


class Evidence(models.Model):
    """What shows the collaboration: a reviewed statement, a document, or a link, with the
    citation as it stood when the evidence was added (it survives re-ingestion)."""

    record = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="evidence")
    statement = models.ForeignKey(
        "documents.Statement", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    document = models.ForeignKey(
        "documents.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    url = models.URLField(max_length=1000, blank=True)
    text = models.TextField(blank=True, help_text=_("The passage quoted, or a note."))
    citation = models.CharField(max_length=500, blank=True, help_text=_("Symbol, page and paragraph."))
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["record", "created_at", "id"]
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def __str__(self) -> str:
        return self.citation or self.url or f"evidence {self.pk}"


class RecordVersion(models.Model):
    """The whole record after one change: the version history."""

    record = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    snapshot = models.JSONField()
    action = models.CharField(max_length=40)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["record", "-number"]
        constraints = [models.UniqueConstraint(fields=["record", "number"], name="record_version_unique")]

    def __str__(self) -> str:
        return f"{self.record_id} v{self.number}"


class ConfirmationKind(models.TextChoices):
    CONFIRM = "confirm", _("Confirmation")
    NOTE = "note", _("Note")


class Confirmation(models.Model):
    """Another participant's own word on a record: it confirms it, or adds a note. Written by
    that participant alone; it never changes the owner's text."""

    record = models.ForeignKey(Record, on_delete=models.CASCADE, related_name="confirmations")
    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=8, choices=ConfirmationKind.choices)
    text = models.TextField(blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["record", "created_at", "id"]
        verbose_name = _("confirmation")
        verbose_name_plural = _("confirmations")

    def __str__(self) -> str:
        return f"{self.organisation_id} {self.kind} on {self.record_id}"
