"""Reporting cycles, calls for inputs, their recipients and the submissions they send.

A submission belongs to the recipient organisation (:class:`OwnedModel`); its versions never
change once submitted: a correction is a new version, and all versions stay.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from cpcollab.accounts.models import LANGUAGE_CHOICES, Organisation, OwnedModel


class CycleStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    OPEN = "open", _("Open for inputs")
    CLOSED = "closed", _("Closed")


class ReportingCycle(models.Model):
    """One report of the Secretary-General and the inputs asked for it."""

    code = models.SlugField(max_length=64, unique=True)
    mandate_symbol = models.CharField(max_length=100, help_text=_("e.g. A/RES/66/139"))
    mandate_paragraph = models.CharField(max_length=32, blank=True)
    session = models.PositiveSmallIntegerField(help_text=_("General Assembly session"))
    agenda_item_number = models.CharField(max_length=16, blank=True)
    agenda_item_title = models.CharField(max_length=300, blank=True)
    report_title = models.CharField(max_length=500)
    word_limit = models.PositiveIntegerField(default=8500)
    inputs_due = models.DateField(null=True, blank=True)
    submission_due = models.DateField(null=True, blank=True, help_text=_("Document submission (slotting) date"))
    period_start = models.DateField(null=True, blank=True, help_text=_("First day of the period the report covers"))
    period_end = models.DateField(null=True, blank=True, help_text=_("Last day of the period the report covers"))
    status = models.CharField(max_length=8, choices=CycleStatus.choices, default=CycleStatus.PLANNED)
    created_at = models.DateTimeField(auto_now_add=True)

    FIELDS: ClassVar[tuple[str, ...]] = (
        "code",
        "mandate_symbol",
        "mandate_paragraph",
        "session",
        "agenda_item_number",
        "agenda_item_title",
        "report_title",
        "word_limit",
        "inputs_due",
        "submission_due",
        "period_start",
        "period_end",
        "status",
    )

    class Meta:
        ordering = ["-session", "code"]
        verbose_name = _("reporting cycle")
        verbose_name_plural = _("reporting cycles")

    def __str__(self) -> str:
        return self.code

    def clean(self) -> None:
        if self.period_start and self.period_end and self.period_start > self.period_end:
            raise ValidationError({"period_end": _("The period ends before it starts.")})


class Call(models.Model):
    """A call for inputs: a questionnaire sent to recipients."""

    cycle = models.ForeignKey(ReportingCycle, on_delete=models.CASCADE, related_name="calls")
    title = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["cycle", "pk"]
        verbose_name = _("call for inputs")
        verbose_name_plural = _("calls for inputs")

    def __str__(self) -> str:
        return f"{self.cycle.code}: {self.title}"


class Question(models.Model):
    """One question, in up to six languages (``{"en": "...", "fr": "..."}``)."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField()
    text = models.JSONField(default=dict)
    help_text = models.JSONField(default=dict, blank=True)
    themes = models.ManyToManyField("registry.Theme", blank=True, related_name="+")

    class Meta:
        ordering = ["call", "order"]
        constraints = [models.UniqueConstraint(fields=["call", "order"], name="question_unique_order")]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return f"{self.order}. {self.localised('en')}"

    def localised(self, lang: str | None, field: str = "text") -> str:
        values: dict[str, Any] = getattr(self, field) or {}
        return str(values.get(lang or "en") or values.get("en") or next(iter(values.values()), ""))


class RecipientGroup(models.TextChoices):
    MEMBER_STATE = "member_state", _("Member State")
    UN_ACTOR = "un_actor", _("UN actor")
    CIVIL_SOCIETY = "civil_society", _("Civil society")


class RecipientStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    LETTER_GENERATED = "letter_generated", _("Letter generated")
    SENT = "sent", _("Sent")
    DRAFT_STARTED = "draft_started", _("Draft started")
    SUBMITTED = "submitted", _("Submitted")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")


class Recipient(models.Model):
    """An organisation a call was sent to, and how far it got."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="recipients")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    group = models.CharField(max_length=16, choices=RecipientGroup.choices)
    letter_generated_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["call", "group", "organisation__code"]
        constraints = [models.UniqueConstraint(fields=["call", "organisation"], name="recipient_unique")]
        verbose_name = _("recipient")
        verbose_name_plural = _("recipients")

    def __str__(self) -> str:
        return f"{self.call_id}: {self.organisation.code}"


class Submission(OwnedModel):
    """What one recipient answers to one call: a draft, then versions that never change."""

    PUBLIC_FIELD = "is_public"

    recipient = models.OneToOneField(Recipient, on_delete=models.PROTECT, related_name="submission")
    is_public = models.BooleanField(default=False)
    draft_answers = models.JSONField(default=dict, blank=True)
    draft_language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES, blank=True)
    draft_updated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["recipient__call", "owner__code"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")

    def __str__(self) -> str:
        return f"{self.owner.code} → {self.recipient.call_id}"


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    EMAIL = "email", _("E-mail")
    POST = "post", _("Post")
    HAND = "hand", _("By hand")
    OTHER = "other", _("Other")


class ImmutableVersionError(Exception):
    pass


class SubmissionVersion(models.Model):
    """One submitted version: never changed once saved."""

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    answers = models.JSONField(default=dict, blank=True)
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES)
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.WEB)
    received_on = models.DateField()
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    registered_by_secretariat = models.BooleanField(default=False)
    answers_document = models.ForeignKey(
        "documents.Document", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    documents = models.ManyToManyField("documents.Document", blank=True, related_name="+")
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["submission", "number"]
        constraints = [models.UniqueConstraint(fields=["submission", "number"], name="version_unique_number")]
        verbose_name = _("submission version")
        verbose_name_plural = _("submission versions")

    def __str__(self) -> str:
        return f"{self.submission_id} v{self.number}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ImmutableVersionError("A submitted version never changes: submit a new version.")
        super().save(*args, **kwargs)
