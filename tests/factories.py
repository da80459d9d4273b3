"""Test data builders (factory_boy)."""

from __future__ import annotations

import factory

from cpcollab.accounts.models import Contact, Organisation, OrganisationKind, User
from cpcollab.accounts.roles import Role


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    code = factory.Sequence(lambda n: f"CSO-{n}")
    kind = OrganisationKind.CIVIL_SOCIETY
    name = factory.Sequence(lambda n: f"Civil society organisation {n}")

    @staticmethod
    def registry(code: str) -> Organisation:
        """The organisation that ``load-reference`` created for a registry entry."""
        return Organisation.objects.get(code=code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    organisation = factory.SubFactory(OrganisationFactory)
    role = Role.CONTRIBUTOR
    password = factory.django.Password("a-long-test-password")


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    owner = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Contact {n}")
    email = factory.LazyAttribute(lambda c: f"contact{c.name.split()[-1]}@example.org")
