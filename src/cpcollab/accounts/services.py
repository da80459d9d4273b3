"""Writes for organisations, users, contacts and API tokens.

Each service checks access, runs in one transaction and records its audit event in it.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from cpcollab.accounts.access import access_api_token_by_id, access_contact_by_id, require
from cpcollab.accounts.models import ApiToken, Contact, Organisation, OrganisationKind, User
from cpcollab.accounts.roles import SECRETARIAT_ONLY_ROLES, Capability, Role, capabilities
from cpcollab.audit.services import audit_record, snapshot
from cpcollab.core.errors import ConflictError, PermissionDeniedError, ValidationFailedError
from cpcollab.reference.languages import LANGUAGES
from cpcollab.reference.loader import correspondence_languages
from cpcollab.reference.records import ACTOR_TYPES
from cpcollab.registry.models import Actor, Country

ORGANISATION_FIELDS = ("code", "kind", "name", "actor", "country", "correspondence_language", "is_active")
USER_FIELDS = ("username", "email", "first_name", "last_name", "organisation", "role", "language", "is_active")
TOKEN_PREFIX = "cpc_"  # noqa: S105 - a marker that makes leaked tokens easy to find, not a secret


def _full_clean(obj: Any, *, exclude: list[str] | None = None) -> None:
    try:
        obj.full_clean(exclude=exclude)
    except ValidationError as error:
        raise ValidationFailedError(details=error.message_dict) from None


# --- Organisations -----------------------------------------------------------------------


def organisation_create(
    *,
    user: Any,
    code: str,
    kind: str,
    name: str = "",
    actor: Any = None,
    country: Any = None,
    correspondence_language: str = "en",
) -> Organisation:
    """Create an organisation. System administrators only (``user=None``: a system job)."""
    if user is not None:
        require(user, Capability.ADMINISTER)
    organisation = Organisation(
        code=code.strip(),
        kind=kind,
        name=name.strip(),
        actor=actor,
        country=country,
        correspondence_language=correspondence_language,
    )
    _full_clean(organisation)
    if kind == OrganisationKind.CIVIL_SOCIETY and not organisation.name:
        raise ValidationFailedError(details={"name": ["A civil society organisation needs a name."]})
    with transaction.atomic():
        organisation.save()
        audit_record(
            user=user,
            action="organisation.create",
            obj=organisation,
            subject_organisation=organisation.code,
            after=snapshot(organisation, ORGANISATION_FIELDS),
        )
    return organisation


# --- Users -------------------------------------------------------------------------------


def _may_use_django_admin(organisation: Organisation, role: str) -> bool:
    """Only the Secretariat's administrators open the Django admin."""
    return organisation.is_secretariat and role == Role.ADMINISTRATOR


def _check_may_manage(by: Any, organisation: Organisation, role: str) -> None:
    granted = capabilities(by)
    own = Capability.MANAGE_ORGANISATION in granted and by.organisation_id == organisation.pk
    if Capability.ADMINISTER not in granted and not own:
        raise PermissionDeniedError("You may only manage the users of your own organisation.")
    if role in SECRETARIAT_ONLY_ROLES and not organisation.is_secretariat:
        raise ValidationFailedError(details={"role": ["This role exists only in the Secretariat."]})
    if role not in Role.values:
        raise ValidationFailedError(details={"role": [f"Unknown role {role!r}."]})


def user_create(
    *,
    by: Any,
    organisation: Organisation,
    username: str,
    role: str,
    email: str = "",
    password: str | None = None,
    language: str = "en",
    first_name: str = "",
    last_name: str = "",
) -> User:
    """Create a user in ``organisation``. ``by`` must administer it (``None``: a system job)."""
    if by is not None:
        _check_may_manage(by, organisation, role)
    elif role in SECRETARIAT_ONLY_ROLES and not organisation.is_secretariat:
        raise ValidationFailedError(details={"role": ["This role exists only in the Secretariat."]})
    user = User(
        username=username.strip(),
        email=email.strip(),
        organisation=organisation,
        role=role,
        language=language,
        first_name=first_name,
        last_name=last_name,
        is_staff=_may_use_django_admin(organisation, role),
    )
    if password is None:
        user.set_unusable_password()
    else:
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise ValidationFailedError(details={"password": error.messages}) from None
        user.set_password(password)
    _full_clean(user, exclude=["password"])
    with transaction.atomic():
        user.save()
        audit_record(
            user=by,
            action="user.create",
            obj=user,
            subject_organisation=organisation.code,
            after=snapshot(user, USER_FIELDS),
        )
    return user


def user_set_role(*, by: Any, target: User, role: str) -> User:
    """Change a user's role within their organisation."""
    if target.organisation is None:
        raise ValidationFailedError(details={"organisation": ["The user belongs to no organisation."]})
    _check_may_manage(by, target.organisation, role)
    with transaction.atomic():
        before = snapshot(target, ("role",))
        target.role = role
        target.is_staff = _may_use_django_admin(target.organisation, role)
        target.save(update_fields=["role", "is_staff"])
        audit_record(
            user=by,
            action="user.set_role",
            obj=target,
            subject_organisation=target.organisation.code,
            before=before,
            after=snapshot(target, ("role",)),
        )
    return target


def user_password_changed(*, by: Any, target: User) -> None:
    """Record that ``by`` set ``target``'s password (the hash itself is never in the trail).

    Called inside the transaction that saved the password (the Django admin's change form).
    """
    require(by, Capability.ADMINISTER)
    audit_record(
        user=by,
        action="user.set_password",
        obj=target,
        subject_organisation=target.organisation.code if target.organisation else "",
    )


# --- Contacts ----------------------------------------------------------------------------


def _clean_contact_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(Contact.FIELDS)
    if unknown:
        raise ValidationFailedError(details={name: ["Unknown field."] for name in sorted(unknown)})
    if "language" in fields and fields["language"] not in LANGUAGES:
        raise ValidationFailedError(details={"language": [f"Use one of {', '.join(LANGUAGES)}."]})
    return fields


def contact_create(*, user: Any, **fields: Any) -> Contact:
    """Add a contact to the user's own organisation."""
    require(user, Capability.EDIT_OWN)
    contact = Contact(owner=user.organisation, **_clean_contact_fields(fields))
    _full_clean(contact, exclude=["owner"])
    with transaction.atomic():
        contact.save()
        audit_record(
            user=user,
            action="contact.create",
            obj=contact,
            subject_organisation=contact.owner.code,
            after=snapshot(contact, Contact.FIELDS),
        )
    return contact


def contact_update(*, user: Any, contact_id: Any, **fields: Any) -> Contact:
    """Change a contact of the user's own organisation."""
    fields = _clean_contact_fields(fields)
    with transaction.atomic():
        contact = access_contact_by_id(user, contact_id, write=True)
        before = snapshot(contact, Contact.FIELDS)
        for name, value in fields.items():
            setattr(contact, name, value)
        _full_clean(contact, exclude=["owner"])
        contact.save()
        audit_record(
            user=user,
            action="contact.update",
            obj=contact,
            subject_organisation=contact.owner.code,
            before=before,
            after=snapshot(contact, Contact.FIELDS),
        )
    return contact


def contact_delete(*, user: Any, contact_id: Any) -> None:
    """Remove a contact of the user's own organisation."""
    with transaction.atomic():
        contact = access_contact_by_id(user, contact_id, write=True)
        before = snapshot(contact, Contact.FIELDS)
        audit_record(
            user=user,
            action="contact.delete",
            obj=contact,
            subject_organisation=contact.owner.code,
            before=before,
        )
        contact.delete()


# --- API tokens --------------------------------------------------------------------------


def token_digest(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def api_token_create(*, user: Any, name: str, expires_in_days: int | None = None) -> tuple[ApiToken, str]:
    """Create a token for ``user``; returns it with the secret, which is never stored."""
    if not getattr(user, "is_authenticated", False):
        raise PermissionDeniedError()
    name = (name or "").strip()
    if not name or len(name) > 100:
        raise ValidationFailedError(details={"name": ["Give the token a name of at most 100 characters."]})
    if expires_in_days is not None and not 1 <= expires_in_days <= 3650:
        raise ValidationFailedError(details={"expires_in_days": ["Between 1 and 3650 days."]})
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user=user,
        name=name,
        prefix=raw[: len(TOKEN_PREFIX) + 6],
        digest=token_digest(raw),
        expires_at=timezone.now() + timedelta(days=expires_in_days) if expires_in_days else None,
    )
    with transaction.atomic():
        try:
            token.save()
        except IntegrityError:  # pragma: no cover - a 256-bit collision
            raise ConflictError() from None
        audit_record(user=user, action="api_token.create", obj=token, after=token.as_audit())
    return token, raw


def api_token_revoke(*, user: Any, token_id: Any) -> ApiToken:
    """Revoke one of the user's own tokens (idempotent)."""
    with transaction.atomic():
        token = access_api_token_by_id(user, token_id)
        if token.revoked_at is None:
            token.revoked_at = timezone.now()
            token.save(update_fields=["revoked_at"])
            audit_record(user=user, action="api_token.revoke", obj=token, before=token.as_audit())
    return token


# --- Organisations for the registry ------------------------------------------------------

SECRETARIAT_CODE = "SECRETARIAT"
#: Actor types that are organisations owning records (organs and collective codes are not).
_ORGANISATION_ACTOR_TYPES = frozenset(ACTOR_TYPES) - {"collective", "intergovernmental_organ"}
_STATE_STATUSES = frozenset({"member_state", "observer_state", "non_member_state"})


def organisations_sync_registry(*, user: Any = None) -> int:
    """Make sure every State, every actor that owns records and the Secretariat has an
    organisation. Idempotent: returns how many were created."""
    created = 0
    with transaction.atomic():
        if not Organisation.objects.filter(code=SECRETARIAT_CODE).exists():
            organisation_create(
                user=user,
                code=SECRETARIAT_CODE,
                kind=OrganisationKind.SECRETARIAT,
                name="United Nations Secretariat",
            )
            created += 1
        for actor in Actor.objects.filter(type__in=_ORGANISATION_ACTOR_TYPES, organisation__isnull=True):
            organisation_create(user=user, code=actor.code, kind=OrganisationKind.UN_ACTOR, actor=actor)
            created += 1
        languages = correspondence_languages()
        for country in Country.objects.filter(status__in=_STATE_STATUSES, organisation__isnull=True):
            organisation_create(
                user=user,
                code=country.iso3,
                kind=OrganisationKind.MEMBER_STATE,
                country=country,
                correspondence_language=languages.get(country.iso3, "en"),
            )
            created += 1
    return created


# --- Django admin ------------------------------------------------------------------------


def admin_object_save(*, user: Any, obj: Any, created: bool, fields: tuple[str, ...]) -> None:
    """Save an object edited in the Django admin, audited. System administrators only."""
    require(user, Capability.ADMINISTER)
    label = obj._meta.model_name
    with transaction.atomic():
        before = None if created else snapshot(type(obj).objects.get(pk=obj.pk), fields)
        obj.save()
        audit_record(
            user=user,
            action=f"{label}.{'create' if created else 'update'}",
            obj=obj,
            before=before,
            after=snapshot(obj, fields),
        )


def admin_object_delete(*, user: Any, obj: Any, fields: tuple[str, ...]) -> None:
    """Delete an object from the Django admin, audited. System administrators only."""
    require(user, Capability.ADMINISTER)
    with transaction.atomic():
        audit_record(user=user, action=f"{obj._meta.model_name}.delete", obj=obj, before=snapshot(obj, fields))
        obj.delete()
