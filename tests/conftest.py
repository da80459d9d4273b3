"""Shared fixtures. The registry's reference data is loaded once per test database."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from rest_framework.test import APIClient

from cpcollab.accounts.roles import Role
from tests.factories import OrganisationFactory, UserFactory


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: Any, django_db_blocker: Any) -> None:
    """Load the reference data (and its organisations) into the test database, once."""
    from cpcollab.accounts.services import organisations_sync_registry
    from cpcollab.registry.services import reference_load

    with django_db_blocker.unblock():
        reference_load(user=None)
        organisations_sync_registry(user=None)


@pytest.fixture
def api() -> APIClient:
    return APIClient()


def _client_for(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def unicef_user(db: None) -> Any:
    return UserFactory(organisation=OrganisationFactory.registry("UNICEF"), role=Role.FOCAL_POINT)


@pytest.fixture
def ohchr_user(db: None) -> Any:
    return UserFactory(organisation=OrganisationFactory.registry("OHCHR"), role=Role.FOCAL_POINT)


@pytest.fixture
def secretariat_editor(db: None) -> Any:
    return UserFactory(organisation=OrganisationFactory.registry("SECRETARIAT"), role=Role.SECRETARIAT_EDITOR)


@pytest.fixture
def system_admin(db: None) -> Any:
    return UserFactory(organisation=OrganisationFactory.registry("SECRETARIAT"), role=Role.ADMINISTRATOR)


@pytest.fixture
def client_for() -> Any:
    """``client_for(user)`` → an API client authenticated as ``user``."""
    return _client_for


@pytest.fixture
def postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: this run uses SQLite (set DATABASE_URL to a PostgreSQL database)")
