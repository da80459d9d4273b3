"""Organisations, their users and roles, their contacts, and API tokens.

Anything an organisation owns inherits :class:`OwnedModel`; it is reached only through the
helpers of :mod:`cpcollab.accounts.access`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cpcollab.accounts.roles import Role
from cpcollab.reference.languages import LANGUAGES

LANGUAGE_CHOICES = [(code, code) for code in LANGUAGES]


class OrganisationKind(models.TextChoices):
    UN_ACTOR = "un_actor", _("UN actor")
    MEMBER_STATE = "member_state", _("Member State")
    SECRETARIAT = "secretariat", _("Secretariat")
    CIVIL_SOCIETY = "civil_society", _("Civil society")


class Organisation(models.Model):
    """An organisation that owns records: a UN actor, a Member State, the Secretariat, a CSO."""

    code = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    name = models.CharField(max_length=200, blank=True, help_text=_("Name, when no registry entry gives it."))
    actor = models.OneToOneField(
        "registry.Actor", null=True, blank=True, on_delete=models.PROTECT, related_name="organisation"
    )
    country = models.OneToOneField(
        "registry.Country", null=True, blank=True, on_delete=models.PROTECT, related_name="organisation"
    )
    correspondence_language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES, default="en")
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "code"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="un_actor") | Q(actor__isnull=False), name="organisation_un_actor_has_actor"
            ),
            models.CheckConstraint(
                condition=~Q(kind="member_state") | Q(country__isnull=False),
                name="organisation_member_state_has_country",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} – {self.display_name('en')}"

    @property
    def is_secretariat(self) -> bool:
        return self.kind == OrganisationKind.SECRETARIAT

    def display_name(self, lang: str | None = None) -> str:
        """The organisation's name in ``lang`` (from the registry where linked)."""
        if self.name:
            return self.name
        if self.actor_id:
            return self.actor.full_name(lang)  # type: ignore[union-attr]
        if self.country_id:
            return self.country.name(lang)  # type: ignore[union-attr]
        return self.code


class User(AbstractUser):
    """A person, who belongs to one organisation with one role."""

    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )
    role = models.CharField(max_length=24, choices=Role.choices, default=Role.VIEWER)
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES, default="en")

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")


class OwnedModel(models.Model):
    """Base for everything an organisation owns.

    ``PUBLIC_FIELD`` names a boolean field that makes a row readable by everyone (``None``:
    never public). Only the owner organisation's members may change a row.
    """

    PUBLIC_FIELD: ClassVar[str | None] = None

    owner = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Contact(OwnedModel):
    """A person to write to at an organisation (its focal point, its mission's contact).

    Contacts are restricted: only the organisation itself and the Secretariat read them.
    """

    name = models.CharField(max_length=200)
    function = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    language = models.CharField(max_length=2, choices=LANGUAGE_CHOICES, default="en")
    is_focal_point = models.BooleanField(default=False)
    notes = models.TextField(blank=True)

    FIELDS: ClassVar[tuple[str, ...]] = ("name", "function", "email", "phone", "language", "is_focal_point", "notes")

    class Meta:
        ordering = ["owner", "name"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return f"{self.name} ({self.owner.code})"


class ApiToken(models.Model):
    """A token for scripts. Only its SHA-256 digest is stored; the token is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    prefix = models.CharField(max_length=12, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name})"

    def as_audit(self) -> dict[str, Any]:
        return {"name": self.name, "prefix": self.prefix, "expires_at": self.expires_at}
