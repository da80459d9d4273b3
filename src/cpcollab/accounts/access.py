"""The only way to reach objects that belong to an organisation or a user.

Every view, API endpoint and service gets owned objects through these helpers. A forbidden
object raises :class:`NotFoundError`, exactly like a missing one, so nobody can learn that
another organisation's private object exists. An object one may read but not change raises
:class:`PermissionDeniedError` on write.

The rules, in one place:

* read: a public row (``PUBLIC_FIELD``) is readable by everyone; otherwise by members of the
  owner organisation and by users who may view all (the Secretariat's editors);
* write: only members of the owner organisation whose role may edit - nobody else, the
  Secretariat included (independence of each actor, A/RES/66/139 para. 2).
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Model, Q, QuerySet

from cpcollab.accounts.models import ApiToken, Contact, Organisation, OwnedModel, User
from cpcollab.accounts.roles import Capability, capabilities
from cpcollab.audit.models import AuditEvent
from cpcollab.core.errors import NotFoundError, PermissionDeniedError

Owned = TypeVar("Owned", bound=OwnedModel)


def _organisation_id(user: Any) -> int | None:
    return getattr(user, "organisation_id", None) if getattr(user, "is_authenticated", False) else None


def _not_found(model: type[Model]) -> NotFoundError:
    return NotFoundError(f"{model._meta.verbose_name} not found.".capitalize())


def owned_for_user(user: Any, queryset: QuerySet[Owned]) -> QuerySet[Owned]:
    """The rows of ``queryset`` that ``user`` may read."""
    granted = capabilities(user)
    if Capability.VIEW_ALL in granted:
        return queryset
    rule = Q(pk__in=[])
    public_field = queryset.model.PUBLIC_FIELD
    if public_field:
        rule |= Q(**{public_field: True})
    organisation_id = _organisation_id(user)
    if organisation_id is not None and Capability.VIEW_OWN in granted:
        rule |= Q(owner_id=organisation_id)
    return queryset.filter(rule)


def access_owned_by_id(user: Any, queryset: QuerySet[Owned], pk: Any, *, write: bool = False) -> Owned:
    """One row of ``queryset`` by primary key, if ``user`` may read it (and write it, if asked)."""
    try:
        obj = owned_for_user(user, queryset).get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise _not_found(queryset.model) from None
    if write:
        check_can_write(user, obj)
    return obj


def check_can_write(user: Any, obj: OwnedModel) -> None:
    """Refuse unless ``user`` is a member of ``obj``'s owner with a role that edits."""
    if obj.owner_id != _organisation_id(user) or Capability.EDIT_OWN not in capabilities(user):
        raise PermissionDeniedError("Only the organisation that owns this may change it.")


def may_review_for(user: Any, owner_id: int | None) -> bool:
    """Whether ``user`` may review what the engine found in a document of organisation
    ``owner_id``: the owner's reviewers, and the Secretariat's editors (who see every document);
    reviewing creates records, so the user must also be able to edit their own organisation's."""
    granted = capabilities(user)
    if not {Capability.REVIEW, Capability.EDIT_OWN} <= granted or _organisation_id(user) is None:
        return False
    return owner_id == _organisation_id(user) or Capability.VIEW_ALL in granted


def require(user: Any, capability: Capability) -> None:
    """Refuse unless ``user`` has ``capability``."""
    if capability not in capabilities(user):
        raise PermissionDeniedError()


# --- Organisations -----------------------------------------------------------------------


def organisations_for_user(user: Any) -> QuerySet[Organisation]:
    """The directory of organisations is public: active ones for everyone, all for admins."""
    queryset = Organisation.objects.select_related("actor", "country")
    if Capability.ADMINISTER in capabilities(user):
        return queryset
    return queryset.filter(is_active=True)


def access_organisation_by_code(user: Any, code: str) -> Organisation:
    try:
        return organisations_for_user(user).get(code=code)
    except Organisation.DoesNotExist:
        raise _not_found(Organisation) from None


def organisation_members_for_user(user: Any, code: str) -> QuerySet[User]:
    """The users of an organisation: visible to its own members and to the Secretariat."""
    organisation = access_organisation_by_code(user, code)
    granted = capabilities(user)
    own = organisation.pk == _organisation_id(user) and Capability.VIEW_OWN in granted
    if not own and Capability.VIEW_ALL not in granted:
        raise _not_found(Organisation)
    return organisation.users.filter(is_active=True).order_by("username")


# --- Contacts ----------------------------------------------------------------------------


def contacts_for_user(user: Any) -> QuerySet[Contact]:
    return owned_for_user(user, Contact.objects.select_related("owner"))


def access_contact_by_id(user: Any, pk: Any, *, write: bool = False) -> Contact:
    return access_owned_by_id(user, Contact.objects.select_related("owner"), pk, write=write)


# --- API tokens (owned by a user, not an organisation) -----------------------------------


def api_tokens_for_user(user: Any) -> QuerySet[ApiToken]:
    if not getattr(user, "is_authenticated", False):
        return ApiToken.objects.none()
    return ApiToken.objects.filter(user_id=user.pk)


def access_api_token_by_id(user: Any, pk: Any) -> ApiToken:
    try:
        return api_tokens_for_user(user).get(pk=pk)
    except (ApiToken.DoesNotExist, ValueError, TypeError):
        raise _not_found(ApiToken) from None


# --- Audit events ------------------------------------------------------------------------


def audit_events_for_user(user: Any) -> QuerySet[AuditEvent]:
    """All events for system administrators; an organisation's administrators see the events
    done by their organisation or to its objects; nobody else sees any."""
    granted = capabilities(user)
    if Capability.ADMINISTER in granted:
        return AuditEvent.objects.all()
    if Capability.MANAGE_ORGANISATION in granted and user.organisation is not None:
        code = user.organisation.code
        return AuditEvent.objects.filter(Q(organisation=code) | Q(subject_organisation=code))
    return AuditEvent.objects.none()


def can_browse_audit(user: Any) -> bool:
    return bool({Capability.ADMINISTER, Capability.MANAGE_ORGANISATION} & capabilities(user))


def access_audit_event_by_id(user: Any, pk: Any) -> AuditEvent:
    try:
        return audit_events_for_user(user).get(pk=pk)
    except (AuditEvent.DoesNotExist, ValueError, TypeError):
        raise _not_found(AuditEvent) from None
