"""The hash chain, as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from cpcollab.audit.chain import GENESIS, event_hash, verify_chain


def _chain(n: int) -> list[dict[str, Any]]:
    events = []
    previous = GENESIS
    for seq in range(1, n + 1):
        event = {
            "seq": seq,
            "occurred_at": datetime(2026, 1, 1, 12, 0, seq, tzinfo=UTC),
            "user_id": 7,
            "username": "alice",
            "organisation": "UNICEF",
            "subject_organisation": "UNICEF",
            "action": "contact.update",
            "object_type": "accounts.contact",
            "object_id": str(seq),
            "before": {"name": "Old"},
            "after": {"name": f"New {seq}"},
            "prev_hash": previous,
        }
        event["hash"] = previous = event_hash(event)
        events.append(event)
    return events


def test_an_untouched_chain_verifies() -> None:
    events = _chain(5)

    result = verify_chain(events, head_seq=5, head_hash=events[-1]["hash"])

    assert result.ok and result.checked == 5


def test_changed_content_is_reported_at_the_changed_event() -> None:
    events = _chain(5)
    events[2]["after"] = {"name": "Forged"}

    result = verify_chain(events, head_seq=5, head_hash=events[-1]["hash"])

    assert not result.ok
    assert result.first_bad_seq == 3
    assert "content" in result.reason


def test_swapped_events_are_reported() -> None:
    events = _chain(5)
    events[1], events[2] = events[2], events[1]

    result = verify_chain(events, head_seq=5, head_hash=events[-1]["hash"])

    assert not result.ok and result.first_bad_seq == 2


def test_a_recomputed_hash_still_breaks_the_next_link() -> None:
    events = _chain(5)
    events[1]["after"] = {"name": "Forged"}
    events[1]["hash"] = event_hash(events[1])

    result = verify_chain(events, head_seq=5, head_hash=events[-1]["hash"])

    assert not result.ok and result.first_bad_seq == 3
    assert "link" in result.reason


def test_a_missing_tail_is_reported_against_the_head() -> None:
    events = _chain(5)

    result = verify_chain(events[:4], head_seq=5, head_hash=events[-1]["hash"])

    assert not result.ok and result.first_bad_seq == 5


def test_the_timestamp_is_hashed_in_utc_whatever_the_zone() -> None:
    event = _chain(1)[0]
    from datetime import timedelta, timezone

    shifted = dict(event, occurred_at=event["occurred_at"].astimezone(timezone(timedelta(hours=5))))

    assert event_hash(shifted) == event_hash(event)
