"""Importing records from a spreadsheet, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from cpcollab.audit.services import audit_record
from cpcollab.collaboration.fields import Registry, check_period_order, clean_record_fields
from cpcollab.collaboration.models import Record
from cpcollab.collaboration.services.records import _create, _require_editor
from cpcollab.collaboration.spreadsheet import read_table
from cpcollab.core.errors import ValidationFailedError


@dataclass
class ImportResult:
    records: list[Record] = field(default_factory=list)
    format: str = ""


def records_import(*, user: Any, filename: str, data: bytes) -> ImportResult:
    """Create one record per row of a CSV or XLSX file, for the user's organisation.

    Every row is checked first; if any has an error, nothing is written and the error lists
    each problem by row and column (``details.rows``). Otherwise all rows are created in one
    transaction, each with its first version and audit event, and one event for the import.
    """
    _require_editor(user)
    table = read_table(filename, data)
    registry = Registry()
    valid: list[dict[str, Any]] = []
    problems: list[dict[str, Any]] = []
    for number, row in table.rows:
        cleaned = clean_record_fields(row, registry=registry)
        check_period_order(cleaned.values, cleaned)
        for column, messages in cleaned.errors.items():
            problems.extend({"row": number, "column": column, "message": message} for message in messages)
        valid.append(cleaned.values)
    if problems:
        raise ValidationFailedError(
            f"{len({p['row'] for p in problems})} of {len(table.rows)} rows have errors; nothing was imported.",
            details={"rows": problems},
        )
    result = ImportResult(format=table.format)
    with transaction.atomic():
        for values in valid:
            result.records.append(_create(user=user, values=values, action="import"))
        audit_record(
            user=user,
            action="record.import_file",
            object_type="collaboration.record",
            after={"filename": filename[:200], "format": table.format, "records": [r.pk for r in result.records]},
        )
    return result
