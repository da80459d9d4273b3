"""What each role may do, in each kind of organisation."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from cpcollab.accounts.roles import Capability, Role, capabilities
from tests.factories import OrganisationFactory, UserFactory

C = Capability

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.VIEWER, {C.VIEW_OWN}),
        (Role.CONTRIBUTOR, {C.VIEW_OWN, C.EDIT_OWN}),
        (Role.REVIEWER, {C.VIEW_OWN, C.EDIT_OWN, C.REVIEW}),
        (Role.FOCAL_POINT, {C.VIEW_OWN, C.EDIT_OWN, C.REVIEW, C.SUBMIT}),
        (Role.ADMINISTRATOR, {C.VIEW_OWN, C.EDIT_OWN, C.REVIEW, C.SUBMIT, C.MANAGE_ORGANISATION}),
    ],
)
def test_roles_outside_the_secretariat_never_see_across_organisations(role: str, expected: set[C]) -> None:
    user = UserFactory(organisation=OrganisationFactory.registry("UNICEF"), role=role)

    assert capabilities(user) == expected


@pytest.mark.parametrize(
    ("role", "extra"),
    [
        (Role.VIEWER, set()),
        (Role.SECRETARIAT_EDITOR, {C.REVIEW, C.EDIT_OWN, C.VIEW_ALL, C.COMPILE}),
        (
            Role.ADMINISTRATOR,
            {C.EDIT_OWN, C.REVIEW, C.SUBMIT, C.MANAGE_ORGANISATION, C.VIEW_ALL, C.COMPILE, C.ADMINISTER},
        ),
    ],
)
def test_secretariat_roles(role: str, extra: set[C]) -> None:
    user = UserFactory(organisation=OrganisationFactory.registry("SECRETARIAT"), role=role)

    assert capabilities(user) == {C.VIEW_OWN} | extra


@pytest.mark.parametrize(
    "user",
    [
        None,
        AnonymousUser(),
        pytest.param("inactive", id="inactive user"),
        pytest.param("inactive-org", id="user of an inactive organisation"),
        pytest.param("no-org", id="user without organisation"),
    ],
)
def test_nobody_else_may_do_anything(user: Any) -> None:
    if user == "inactive":
        user = UserFactory(is_active=False, role=Role.ADMINISTRATOR)
    elif user == "inactive-org":
        user = UserFactory(organisation=OrganisationFactory(is_active=False), role=Role.ADMINISTRATOR)
    elif user == "no-org":
        user = UserFactory(organisation=None, role=Role.ADMINISTRATOR)

    assert capabilities(user) == frozenset()


def test_superusers_may_do_everything() -> None:
    assert capabilities(UserFactory(is_superuser=True, organisation=None)) == frozenset(C)
