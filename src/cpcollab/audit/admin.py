"""Audit events in the Django admin: read-only, for system administrators."""

from __future__ import annotations

from django.contrib import admin

from cpcollab.accounts.admin import ReadOnlyAdmin
from cpcollab.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ["seq", "occurred_at", "username", "organisation", "action", "object_type", "object_id"]
    list_filter = ["action", "object_type", "organisation"]
    search_fields = ["username", "object_id", "action"]
    date_hierarchy = "occurred_at"
