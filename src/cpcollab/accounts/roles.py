"""Roles and what they allow. The one table of permissions; access helpers read it.

A user belongs to one organisation and has one role in it. What a role allows depends on
the kind of organisation: only the Secretariat's editors and administrators see across
organisations, and nobody - the Secretariat included - edits another organisation's records.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    VIEWER = "viewer", _("Viewer")
    CONTRIBUTOR = "contributor", _("Contributor")
    REVIEWER = "reviewer", _("Reviewer")
    FOCAL_POINT = "focal_point", _("Focal point")
    SECRETARIAT_EDITOR = "secretariat_editor", _("Secretariat editor")
    ADMINISTRATOR = "administrator", _("Administrator")


class Capability(StrEnum):
    VIEW_OWN = "view_own"  # read the restricted objects of one's own organisation
    EDIT_OWN = "edit_own"  # create and edit one's own organisation's objects
    REVIEW = "review"  # accept, correct or reject extracted statements about one's organisation
    SUBMIT = "submit"  # submit inputs on behalf of one's organisation
    MANAGE_ORGANISATION = "manage_organisation"  # users and contacts of one's organisation
    VIEW_ALL = "view_all"  # read restricted objects of every organisation (Secretariat)
    COMPILE = "compile"  # run reporting cycles, compile reports and briefings (Secretariat)
    ADMINISTER = "administer"  # registry, organisations, the whole audit trail (Secretariat)


_BASE = frozenset({Capability.VIEW_OWN})
ROLE_CAPABILITIES: dict[str, frozenset[Capability]] = {
    Role.VIEWER: _BASE,
    Role.CONTRIBUTOR: _BASE | {Capability.EDIT_OWN},
    Role.REVIEWER: _BASE | {Capability.EDIT_OWN, Capability.REVIEW},
    Role.FOCAL_POINT: _BASE | {Capability.EDIT_OWN, Capability.REVIEW, Capability.SUBMIT},
    Role.SECRETARIAT_EDITOR: _BASE | {Capability.EDIT_OWN, Capability.REVIEW},
    Role.ADMINISTRATOR: _BASE
    | {Capability.EDIT_OWN, Capability.REVIEW, Capability.SUBMIT, Capability.MANAGE_ORGANISATION},
}
#: What a role adds when held in the Secretariat organisation.
SECRETARIAT_EXTRAS: dict[str, frozenset[Capability]] = {
    Role.SECRETARIAT_EDITOR: frozenset({Capability.VIEW_ALL, Capability.COMPILE}),
    Role.ADMINISTRATOR: frozenset({Capability.VIEW_ALL, Capability.COMPILE, Capability.ADMINISTER}),
}
#: Roles that only make sense inside the Secretariat.
SECRETARIAT_ONLY_ROLES = frozenset({Role.SECRETARIAT_EDITOR})


def capabilities(user: Any) -> frozenset[Capability]:
    """Everything ``user`` may do. Anonymous and inactive users may do nothing."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return frozenset(Capability)
    organisation = user.organisation
    if organisation is None or not organisation.is_active:
        return frozenset()
    granted = ROLE_CAPABILITIES.get(user.role, frozenset())
    if organisation.is_secretariat:
        granted |= SECRETARIAT_EXTRAS.get(user.role, frozenset())
    return granted


def has_capability(user: Any, capability: Capability) -> bool:
    return capability in capabilities(user)
