"""The registry in the Django admin: read-only.

The data files under ``cpcollab/reference/data`` are the one source of truth (the engine
reads them too); an edit made here would be undone by the next ``load-reference``. Change
the files, review them like code, and load them again.
"""

from __future__ import annotations

from django.contrib import admin

from cpcollab.accounts.admin import ReadOnlyAdmin
from cpcollab.registry.models import Actor, CollaborationKind, Country, Mandate, Mechanism, ReportingLine, Theme


class MandateInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Mandate
    extra = 0
    can_delete = False
    readonly_fields = ["symbol", "year", "paragraph", "body", "note"]
    exclude = ["position"]


class ReportingLineInline(admin.TabularInline):  # type: ignore[type-arg]
    model = ReportingLine
    extra = 0
    can_delete = False
    readonly_fields = ["body", "channel"]
    exclude = ["position"]


@admin.register(Actor)
class ActorAdmin(ReadOnlyAdmin):
    list_display = ["code", "__str__", "type", "independent_mandate"]
    list_filter = ["type", "independent_mandate"]
    search_fields = ["code", "search_text"]
    inlines = [MandateInline, ReportingLineInline]


@admin.register(Country)
class CountryAdmin(ReadOnlyAdmin):
    list_display = ["iso3", "__str__", "status", "region"]
    list_filter = ["status", "region"]
    search_fields = ["iso3", "search_text"]


@admin.register(Theme)
class ThemeAdmin(ReadOnlyAdmin):
    list_display = ["code", "__str__", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["code", "search_text"]


@admin.register(Mechanism)
class MechanismAdmin(ReadOnlyAdmin):
    list_display = ["code", "__str__", "established_year"]
    search_fields = ["code", "search_text"]


@admin.register(CollaborationKind)
class CollaborationKindAdmin(ReadOnlyAdmin):
    list_display = ["code", "__str__"]
