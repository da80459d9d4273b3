"""The audit trail: append-only events, each chained to the previous one by its hash.

Events hold snapshots, not foreign keys: deleting a user or an organisation must never
rewrite history (and the database refuses UPDATE on this table; see migration 0002).
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.db import models
from django.utils.translation import gettext_lazy as _


class AppendOnlyError(RuntimeError):
    """An audit event was about to be changed or deleted."""


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("audit events cannot be updated")

    def delete(self) -> NoReturn:
        raise AppendOnlyError("audit events cannot be deleted")


class AuditEvent(models.Model):
    """Who did what to which object, with the state before and after, and when."""

    seq = models.PositiveBigIntegerField(unique=True, editable=False)
    occurred_at = models.DateTimeField(editable=False, db_index=True)
    user_id = models.BigIntegerField(null=True, blank=True, editable=False, db_index=True)
    username = models.CharField(max_length=150, blank=True, editable=False)
    organisation = models.CharField(
        max_length=64, blank=True, editable=False, db_index=True, help_text=_("Code of the acting user's organisation.")
    )
    subject_organisation = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_("Code of the organisation owning the object."),
    )
    action = models.CharField(max_length=80, editable=False, db_index=True)
    object_type = models.CharField(max_length=80, blank=True, editable=False, db_index=True)
    object_id = models.CharField(max_length=80, blank=True, editable=False, db_index=True)
    before = models.JSONField(null=True, blank=True, editable=False)
    after = models.JSONField(null=True, blank=True, editable=False)
    prev_hash = models.CharField(max_length=64, editable=False)
    hash = models.CharField(max_length=64, unique=True, editable=False)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-seq"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.object_type}:{self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("audit events cannot be updated")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("audit events cannot be deleted")


class AuditChainHead(models.Model):
    """The single row that serialises writers and records the end of the chain.

    A writer locks it, appends the next event and moves it forward in the same transaction,
    so two concurrent writers can never fork the chain; ``verify`` also checks that the last
    event is the one recorded here (a truncated tail is detected).
    """

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="")

    def __str__(self) -> str:
        return f"audit head #{self.seq}"
