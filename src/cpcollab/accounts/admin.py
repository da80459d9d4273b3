"""The Django admin for the Secretariat's system administrators; every save is audited."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db import transaction
from django.db.models import Model
from django.http import HttpRequest

from cpcollab.accounts import services
from cpcollab.accounts.models import ApiToken, Contact, Organisation, User
from cpcollab.accounts.roles import Capability, has_capability


class AdministerOnly:
    """Admin pages open to users who may administer the system (Secretariat administrators)."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return has_capability(request.user, Capability.ADMINISTER)

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return has_capability(request.user, Capability.ADMINISTER)

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return has_capability(request.user, Capability.ADMINISTER)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return has_capability(request.user, Capability.ADMINISTER)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return has_capability(request.user, Capability.ADMINISTER)


class AuditedAdmin(AdministerOnly, admin.ModelAdmin):  # type: ignore[type-arg]
    audit_fields: tuple[str, ...] = ()

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        services.admin_object_save(user=request.user, obj=obj, created=not change, fields=self.audit_fields)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        services.admin_object_delete(user=request.user, obj=obj, fields=self.audit_fields)

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # bulk deletes would skip the audit trail
        return actions


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin):
    list_display = ["code", "kind", "__str__", "correspondence_language", "is_active"]
    list_filter = ["kind", "is_active", "correspondence_language"]
    search_fields = ["code", "name"]
    autocomplete_fields = ["actor", "country"]
    audit_fields = services.ORGANISATION_FIELDS


@admin.register(User)
class UserAdmin(AdministerOnly, DjangoUserAdmin):  # type: ignore[type-arg]
    list_display = ["username", "email", "organisation", "role", "is_active"]
    list_filter = ["role", "is_active", "organisation__kind"]
    autocomplete_fields = ["organisation"]
    fieldsets = (
        *(DjangoUserAdmin.fieldsets or ()),
        ("Organisation", {"fields": ("organisation", "role", "language")}),
    )
    add_fieldsets = (
        *(DjangoUserAdmin.add_fieldsets or ()),
        ("Organisation", {"fields": ("organisation", "role", "language")}),
    )

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        services.admin_object_save(user=request.user, obj=obj, created=not change, fields=services.USER_FIELDS)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        services.admin_object_delete(user=request.user, obj=obj, fields=services.USER_FIELDS)

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = "") -> Any:
        # The password form saves the user itself; the audit event joins it in one transaction.
        with transaction.atomic():
            response = super().user_change_password(request, id, form_url)
            target = self.get_object(request, id)
            if request.method == "POST" and response.status_code == 302 and target is not None:
                services.user_password_changed(by=request.user, target=target)
            return response

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions


class ReadOnlyAdmin(AdministerOnly, admin.ModelAdmin):  # type: ignore[type-arg]
    """Owned by someone else (an organisation, a user): administrators look, never edit."""

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(Contact)
class ContactAdmin(ReadOnlyAdmin):
    list_display = ["name", "owner", "function", "is_focal_point"]
    list_filter = ["is_focal_point", "owner__kind"]
    search_fields = ["name", "owner__code"]


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyAdmin):
    list_display = ["prefix", "name", "user", "created_at", "last_used_at", "expires_at", "revoked_at"]
    exclude = ["digest"]
