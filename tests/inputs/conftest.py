"""A reporting cycle for A/RES/66/139 para. 4, built through the services."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from cpcollab.accounts.models import Organisation, OrganisationKind
from cpcollab.accounts.roles import Role
from cpcollab.inputs.models import Call, ReportingCycle
from cpcollab.inputs.services import call_create, cycle_create, recipients_add
from tests.collaboration.conftest import unicef_statement  # noqa: F401  (shared fixture)
from tests.documents.conftest import jobs_run  # noqa: F401  (shared fixture)
from tests.factories import OrganisationFactory, UserFactory

QUESTIONS = [
    {
        "text": {
            "en": "How did your Government cooperate with United Nations entities to protect children from violence?",
            "fr": "Comment votre gouvernement a-t-il coopéré avec les entités des Nations Unies pour protéger "
            "les enfants contre la violence ?",
        },
        "help_text": {"en": "Name the entities and the activities.", "fr": "Nommez les entités et les activités."},
    },
    {"text": {"en": "Any other information?", "fr": "Autres informations ?"}},
]

FRENCH_ANSWER = (
    "En 2025, le Gouvernement a collaboré étroitement avec l'UNICEF et le HCR pour former 300 travailleurs "
    "sociaux à la prise en charge des enfants non accompagnés."
)


def un_actor_codes(count: int = 15) -> list[str]:
    codes = Organisation.objects.filter(kind=OrganisationKind.UN_ACTOR).order_by("code")
    return list(codes.values_list("code", flat=True)[:count])


@pytest.fixture
def cycle(db: None) -> ReportingCycle:
    return cycle_create(
        user=None,
        code="vac-81",
        mandate_symbol="A/RES/66/139",
        mandate_paragraph="4",
        session=81,
        agenda_item_number="66",
        agenda_item_title="Promotion and protection of the rights of children",
        report_title="Protecting children from violence",
        inputs_due=datetime.date(2026, 3, 31),
    )


@pytest.fixture
def call(cycle: ReportingCycle) -> Call:
    call = call_create(user=None, cycle=cycle, title="Call for inputs 2026", questions=QUESTIONS)
    recipients_add(user=None, call=call, all_member_states=True, codes=un_actor_codes())
    return call


@pytest.fixture
def france_user(db: None) -> Any:
    return UserFactory(organisation=OrganisationFactory.registry("FRA"), role=Role.FOCAL_POINT, language="fr")


@pytest.fixture
def kenya_user(db: None) -> Any:
    return UserFactory(organisation=OrganisationFactory.registry("KEN"), role=Role.FOCAL_POINT)
