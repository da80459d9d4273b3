from __future__ import annotations

import datetime
from typing import Any

import pytest

from cpcollab.accounts.roles import Role
from cpcollab.audit.models import AuditEvent
from cpcollab.collaboration import selectors, services
from cpcollab.collaboration.models import OTHER_PARTY_NAME, Record, RecordVersion
from cpcollab.core.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailedError
from tests.collaboration.conftest import make_record
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_create_keeps_every_field_and_writes_version_one_and_an_audit_event(unicef_user: Any) -> None:
    record = make_record(
        unicef_user,
        parties=["UNICEF", "ken", "Save the Children", "other: WHO-like Alliance", "OTHER"],
        themes=["crc-art-19"],
        mechanism="MRM",
        description="Case management training.",
    )

    record = Record.objects.get(pk=record.pk)
    assert record.owner.code == "UNICEF" and record.status == "draft" and record.version == 1
    parties = list(record.parties.order_by("position"))
    assert [(p.kind, p.code or p.name) for p in parties] == [
        ("actor", "UNICEF"),
        ("state", "KEN"),
        ("other", "Save the Children"),
        ("other", "WHO-like Alliance"),
        ("other", OTHER_PARTY_NAME),
    ]
    assert [k.code for k in record.kinds.all()] == ["capacity_building"]
    assert record.start_year == 2022 and record.start_date is None
    assert record.end_date == datetime.date(2023, 6, 30) and record.end_year == 2023
    assert record.mechanism is not None and record.mechanism.code == "MRM"
    version = RecordVersion.objects.get(record=record)
    assert version.number == 1 and version.snapshot["parties"][1] == {"state": "KEN"}
    event = AuditEvent.objects.get(action="record.create", object_id=str(record.pk))
    assert event.after["title"] == "Joint training of social workers" and event.subject_organisation == "UNICEF"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"parties": ["UNICEF"]}, "parties"),
        ({"parties": ["UNICEF", "UNICEF"]}, "parties"),
        ({"parties": ["UNICEF", "NOSUCHCODE"]}, "parties"),
        ({"parties": ["UNICEF", "PRI"]}, "parties"),  # a territory is not a State party
        ({"kinds": ["friendship"]}, "kinds"),
        ({"themes": ["no-such-theme"]}, "themes"),
        ({"countries": ["XXX"]}, "countries"),
        ({"start": "2021-02-30"}, "start"),
        ({"start": "last year"}, "start"),
        ({"start": 1800}, "start"),
        ({"start": "2024", "end": "2023"}, "end"),
        ({"title": "   "}, "title"),
        ({"mechanism": "NOPE"}, "mechanism"),
        ({"status": "secret"}, "status"),
    ],
)
def test_create_refuses_invalid_fields_by_name(unicef_user: Any, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationFailedError) as error:
        make_record(unicef_user, **fields)

    assert field in error.value.details
    assert not Record.objects.exists()


def test_a_viewer_cannot_create(unicef_user: Any) -> None:
    viewer = UserFactory(organisation=unicef_user.organisation, role=Role.VIEWER)

    with pytest.raises(PermissionDeniedError):
        make_record(viewer)


def test_update_makes_a_new_version_and_keeps_the_old_one(unicef_user: Any, unicef_record: Record) -> None:
    record = services.record_update(
        user=unicef_user, record_id=unicef_record.pk, version=1, title="Renamed", parties=["UNICEF", "WHO"]
    )

    assert record.version == 2
    versions = list(selectors.record_versions(record))
    assert [v.number for v in versions] == [2, 1]
    assert versions[0].snapshot["title"] == "Renamed" and versions[1].snapshot["title"] != "Renamed"
    assert versions[0].snapshot["parties"] == [{"actor": "UNICEF"}, {"actor": "WHO"}]
    event = AuditEvent.objects.get(action="record.update")
    assert event.before["version"] == 1 and event.after["version"] == 2


def test_update_with_a_stale_version_conflicts_and_changes_nothing(unicef_user: Any, unicef_record: Record) -> None:
    services.record_update(user=unicef_user, record_id=unicef_record.pk, version=1, title="First edit")

    with pytest.raises(ConflictError) as error:
        services.record_update(user=unicef_user, record_id=unicef_record.pk, version=1, title="Lost edit")

    assert error.value.status == 409
    assert Record.objects.get(pk=unicef_record.pk).title == "First edit"


def test_update_checks_the_period_against_the_stored_one(unicef_user: Any, unicef_record: Record) -> None:
    with pytest.raises(ValidationFailedError) as error:
        services.record_update(user=unicef_user, record_id=unicef_record.pk, version=1, end="2020")

    assert "end" in error.value.details


def test_publish_unpublish_and_delete_rules(unicef_user: Any, unicef_record: Record) -> None:
    published = services.record_publish(user=unicef_user, record_id=unicef_record.pk)
    assert published.status == "published" and published.version == 2

    with pytest.raises(ConflictError):
        services.record_delete(user=unicef_user, record_id=unicef_record.pk)

    services.record_unpublish(user=unicef_user, record_id=unicef_record.pk)
    services.record_delete(user=unicef_user, record_id=unicef_record.pk)

    assert not Record.objects.exists()
    actions = list(
        AuditEvent.objects.filter(object_type="collaboration.record", object_id=str(unicef_record.pk))
        .order_by("seq")
        .values_list("action", flat=True)
    )
    assert actions == ["record.create", "record.publish", "record.unpublish", "record.delete"]


def test_drafts_are_invisible_to_other_organisations_and_published_records_to_nobody(
    unicef_record: Record, ohchr_user: Any, secretariat_editor: Any, unicef_user: Any
) -> None:
    with pytest.raises(NotFoundError):
        selectors.access_record(ohchr_user, unicef_record.pk)
    assert selectors.access_record(secretariat_editor, unicef_record.pk) == unicef_record

    services.record_publish(user=unicef_user, record_id=unicef_record.pk)

    assert selectors.access_record(ohchr_user, unicef_record.pk) == unicef_record
    assert selectors.access_record(None, unicef_record.pk) == unicef_record


def test_nobody_else_edits_a_record_not_even_the_secretariat(
    unicef_user: Any, unicef_record: Record, ohchr_user: Any, secretariat_editor: Any
) -> None:
    services.record_publish(user=unicef_user, record_id=unicef_record.pk)

    for user in (ohchr_user, secretariat_editor):
        with pytest.raises(PermissionDeniedError):
            services.record_update(user=user, record_id=unicef_record.pk, version=2, title="Taken over")
        with pytest.raises(PermissionDeniedError):
            services.evidence_add(user=user, record_id=unicef_record.pk, url="https://example.org")
        with pytest.raises(PermissionDeniedError):
            services.record_unpublish(user=user, record_id=unicef_record.pk)
    assert Record.objects.get(pk=unicef_record.pk).title == "Joint training of social workers"


def test_evidence_add_and_remove_are_versions_with_citations(
    unicef_user: Any, unicef_record: Record, unicef_statement: Any
) -> None:
    evidence = services.evidence_add(user=unicef_user, record_id=unicef_record.pk, statement_id=unicef_statement.pk)
    link = services.evidence_add(user=unicef_user, record_id=unicef_record.pk, url="https://example.org/report")

    assert evidence.citation == unicef_statement.citation and "para. 1" in evidence.citation
    assert evidence.document_id == unicef_statement.document_id and evidence.text == unicef_statement.text
    assert link.citation == "https://example.org/report"
    record = services.evidence_remove(user=unicef_user, record_id=unicef_record.pk, evidence_id=link.pk)
    assert record.version == 4
    assert [e["id"] for e in record.versions.get(number=4).snapshot["evidence"]] == [evidence.pk]
    assert AuditEvent.objects.filter(action__in=["record.evidence_add", "record.evidence_remove"]).count() == 3


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "data:text/html,x"])
def test_evidence_links_must_be_web_addresses(unicef_user: Any, unicef_record: Record, url: str) -> None:
    with pytest.raises(ValidationFailedError):
        services.evidence_add(user=unicef_user, record_id=unicef_record.pk, url=url)


def test_evidence_from_another_organisations_private_statement_is_not_found(
    ohchr_user: Any, unicef_statement: Any
) -> None:
    record = make_record(ohchr_user, parties=["OHCHR", "UNICEF"])

    with pytest.raises(NotFoundError):
        services.evidence_add(user=ohchr_user, record_id=record.pk, statement_id=unicef_statement.pk)


# --- Independence ------------------------------------------------------------------------


def test_another_participant_confirms_but_cannot_edit(unicef_user: Any, ohchr_user: Any) -> None:
    record = make_record(unicef_user, parties=["UNICEF", "OHCHR"], status="published")

    with pytest.raises(PermissionDeniedError):
        services.record_update(user=ohchr_user, record_id=record.pk, version=1, description="Our version")
    confirmation = services.confirmation_add(user=ohchr_user, record_id=record.pk, kind="confirm", text="Agreed.")
    note = services.confirmation_add(user=ohchr_user, record_id=record.pk, kind="note", text="We led the training.")

    record.refresh_from_db()
    assert record.version == 1 and record.description == ""
    assert confirmation.organisation.code == "OHCHR" and note.kind == "note"
    assert AuditEvent.objects.filter(action="record.confirm", subject_organisation="UNICEF").count() == 1
    with pytest.raises(ConflictError):
        services.confirmation_add(user=ohchr_user, record_id=record.pk, kind="confirm")


def test_a_member_state_party_may_confirm(unicef_user: Any) -> None:
    record = make_record(unicef_user, parties=["UNICEF", "KEN"], status="published")
    kenya = UserFactory(organisation=OrganisationFactory.registry("KEN"), role=Role.FOCAL_POINT)

    assert services.confirmation_add(user=kenya, record_id=record.pk, kind="confirm").organisation.code == "KEN"


def test_non_participants_and_the_owner_cannot_confirm(unicef_user: Any, unicef_record: Record) -> None:
    services.record_publish(user=unicef_user, record_id=unicef_record.pk)
    who = UserFactory(organisation=OrganisationFactory.registry("WHO"), role=Role.FOCAL_POINT)

    with pytest.raises(PermissionDeniedError):
        services.confirmation_add(user=who, record_id=unicef_record.pk, kind="confirm")
    with pytest.raises(PermissionDeniedError):
        services.confirmation_add(user=unicef_user, record_id=unicef_record.pk, kind="confirm")


def test_a_participant_cannot_confirm_a_draft_it_cannot_see(unicef_user: Any) -> None:
    record = make_record(unicef_user, parties=["UNICEF", "OHCHR"])
    ohchr = UserFactory(organisation=OrganisationFactory.registry("OHCHR"), role=Role.FOCAL_POINT)

    with pytest.raises(NotFoundError):
        services.confirmation_add(user=ohchr, record_id=record.pk, kind="confirm")


def test_filters(unicef_user: Any) -> None:
    first = make_record(unicef_user, parties=["UNICEF", "WHO"], kinds=["funding"], start="2019", end="2021")
    second = make_record(unicef_user, parties=["UNICEF", "KEN"], themes=["crc-art-19"], start="2023")
    records = selectors.records_for_user(unicef_user)

    assert list(selectors.filter_records(records, actor="who")) == [first]
    assert list(selectors.filter_records(records, state="KEN")) == [second]
    assert list(selectors.filter_records(records, kind="funding")) == [first]
    assert list(selectors.filter_records(records, theme="crc-art-19")) == [second]
    assert list(selectors.filter_records(records, year=2020)) == [first]
    assert list(selectors.filter_records(records, year=2023)) == [second]
    assert set(selectors.filter_records(records, status="draft", owner="UNICEF")) == {first, second}
