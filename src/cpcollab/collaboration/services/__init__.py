"""Every write of collaboration records: records and evidence, confirmations, review of
extracted statements, spreadsheet import. See the modules for the rules."""

from cpcollab.collaboration.services.records import (
    confirmation_add,
    evidence_add,
    evidence_remove,
    may_confirm,
    record_create,
    record_delete,
    record_publish,
    record_snapshot,
    record_unpublish,
    record_update,
)
from cpcollab.collaboration.services.review import Review, statement_accept, statement_correct, statement_reject
from cpcollab.collaboration.services.transfer import ImportResult, records_import

__all__ = [
    "ImportResult",
    "Review",
    "confirmation_add",
    "evidence_add",
    "evidence_remove",
    "may_confirm",
    "record_create",
    "record_delete",
    "record_publish",
    "record_snapshot",
    "record_unpublish",
    "record_update",
    "records_import",
    "statement_accept",
    "statement_correct",
    "statement_reject",
]
