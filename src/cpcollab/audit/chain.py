"""The hash chain of the audit trail: how an event's hash is computed, and how to verify it.

Pure functions over plain values, so the rule is written once and used both to append and
to verify.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64

#: The fields an event's hash covers, in order.
HASHED_FIELDS = (
    "seq",
    "occurred_at",
    "user_id",
    "username",
    "organisation",
    "subject_organisation",
    "action",
    "object_type",
    "object_id",
    "before",
    "after",
    "prev_hash",
)


def event_hash(event: Mapping[str, Any]) -> str:
    """SHA-256 over the canonical JSON of the hashed fields of ``event``."""
    values = []
    for name in HASHED_FIELDS:
        value = event[name]
        if isinstance(value, datetime):
            value = value.astimezone(UTC).isoformat(timespec="microseconds")
        values.append(value)
    canonical = json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """The outcome of a verification: ``ok``, or the first bad event and why."""

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    reason: str = ""

    def __str__(self) -> str:
        if self.ok:
            return f"audit trail intact: {self.checked} events verified"
        return (
            f"audit trail broken at event #{self.first_bad_seq}: {self.reason} "
            f"({self.checked} events before it verified)"
        )


def verify_chain(events: Iterable[Mapping[str, Any]], *, head_seq: int, head_hash: str) -> VerifyResult:
    """Check events given in ``seq`` order against each other and against the chain head.

    Reports the first event that is missing, out of order, re-linked or altered.
    """
    previous_hash = GENESIS
    expected_seq = 1
    checked = 0
    for event in events:
        seq = event["seq"]
        if seq != expected_seq:
            return VerifyResult(
                False, checked, expected_seq, f"event #{expected_seq} is missing (found #{seq} instead)"
            )
        if event["prev_hash"] != previous_hash:
            return VerifyResult(False, checked, seq, "its link to the previous event was changed (order altered)")
        if event_hash(event) != event["hash"]:
            return VerifyResult(False, checked, seq, "its content was altered")
        previous_hash = event["hash"]
        expected_seq += 1
        checked += 1
    if head_seq != checked or (checked and head_hash != previous_hash):
        return VerifyResult(
            False, checked, checked + 1, f"the chain should end at #{head_seq}; later events are missing"
        )
    return VerifyResult(True, checked)
