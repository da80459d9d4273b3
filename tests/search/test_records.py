"""Collaboration records in search: indexed by the record services, found by their owner,
by everyone once published, with the theme and period filters."""

from __future__ import annotations

from typing import Any

import pytest

from cpcollab.collaboration.services import record_create, record_delete, record_publish, record_update
from cpcollab.search.indexing import reindex_all
from cpcollab.search.models import SearchEntry
from cpcollab.search.selectors import Filters, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(unicef_user: Any) -> Any:
    return record_create(
        user=unicef_user,
        title="Joint birth registration campaign",
        description="UNICEF and UNHCR registered newborn refugees in camps near Mafraq.",
        parties=["UNICEF", "UNHCR", "JOR"],
        kinds=["joint_activity"],
        themes=["crc-art-7"],
        start="2019",
        end="2021",
    )


def test_a_draft_is_found_by_its_owner_only(record: Any, unicef_user: Any, ohchr_user: Any) -> None:
    [result] = search(unicef_user, "mafraq").results

    assert (result.kind, result.id, result.title) == ("record", record.pk, "Joint birth registration campaign")
    assert "<mark>Mafraq</mark>" in result.snippet
    assert result.url.endswith(f"/collaboration/{record.pk}/")
    assert search(ohchr_user, "mafraq").total == 0
    assert search(None, "mafraq").total == 0


def test_publishing_and_editing_update_the_index(record: Any, unicef_user: Any, ohchr_user: Any) -> None:
    record_publish(user=unicef_user, record_id=record.pk)
    assert search(ohchr_user, "mafraq").total == 1

    record.refresh_from_db()
    record_update(user=unicef_user, record_id=record.pk, version=record.version, description="Now in Irbid.")
    assert search(ohchr_user, "mafraq").total == 0
    assert search(ohchr_user, "irbid").total == 1


def test_deleting_a_draft_removes_it(record: Any, unicef_user: Any) -> None:
    record_delete(user=unicef_user, record_id=record.pk)

    assert not SearchEntry.objects.filter(kind="record").exists()


@pytest.mark.parametrize(
    ("filters", "found"),
    [
        (Filters(theme="crc-art-7"), 1),
        (Filters(theme="crc-art-19"), 0),
        (Filters(actor="UNHCR", state="JOR", kind="joint_activity"), 1),
        (Filters(year=2020), 1),
        (Filters(year=2022), 0),
    ],
)
def test_record_filters(record: Any, unicef_user: Any, filters: Filters, found: int) -> None:
    assert search(unicef_user, "refugees", filters=filters, kinds=("record",)).total == found


def test_reindex_keeps_records(record: Any, unicef_user: Any) -> None:
    before = list(SearchEntry.objects.filter(kind="record").values_list("object_id", "folded", "themes"))

    assert reindex_all()["record"] == 1
    assert list(SearchEntry.objects.filter(kind="record").values_list("object_id", "folded", "themes")) == before


@pytest.mark.parametrize("query", ["ЮНИСЕФ", "Jordanie", "اليونيسيف", "难民署"])
def test_a_record_is_found_by_its_parties_names_in_any_language(record: Any, unicef_user: Any, query: str) -> None:
    assert [r.id for r in search(unicef_user, query).results] == [record.pk]


def test_each_party_is_indexed_once(record: Any) -> None:
    parties_line = SearchEntry.objects.get(kind="record", object_id=record.pk).body.splitlines()[-1]

    assert parties_line.count("UNHCR") == 1 and parties_line.count("JOR") == 1


@pytest.mark.parametrize("query", ["Mafraq", "ЮНИСЕФ"])
def test_snippets_quote_the_record_not_its_parties_names(record: Any, unicef_user: Any, query: str) -> None:
    result = search(unicef_user, query).results[0]

    assert "registered newborn refugees" in result.snippet
    assert "ЮНИСЕФ" not in result.snippet and "اليونيسيف" not in result.snippet
