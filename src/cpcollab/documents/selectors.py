"""Reading documents and what the engine found in them, through the one set of access rules
(:mod:`cpcollab.accounts.access`): blocks, mentions and statements are visible exactly when
their document is."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from cpcollab.accounts.access import access_owned_by_id, owned_for_user
from cpcollab.core.errors import NotFoundError
from cpcollab.documents.models import Block, Document, IngestionJob, Mention, Statement


def documents_for_user(user: Any) -> QuerySet[Document]:
    return owned_for_user(user, Document.objects.select_related("owner"))


def access_document(user: Any, pk: Any, *, write: bool = False) -> Document:
    return access_owned_by_id(user, Document.objects.select_related("owner"), pk, write=write)


def statements_for_user(user: Any) -> QuerySet[Statement]:
    return Statement.objects.filter(document__in=documents_for_user(user)).select_related("document__owner")


def access_statement(user: Any, pk: Any) -> Statement:
    try:
        return statements_for_user(user).get(pk=pk)
    except (Statement.DoesNotExist, ValueError, TypeError):
        raise NotFoundError("Statement not found.") from None


def document_blocks(document: Document) -> QuerySet[Block]:
    return document.blocks.order_by("index")


def document_mentions(document: Document) -> QuerySet[Mention]:
    return document.mentions.order_by("block__index", "start")


def jobs_for_user(user: Any) -> QuerySet[IngestionJob]:
    return IngestionJob.objects.filter(document__in=documents_for_user(user)).select_related("document")


def access_job(user: Any, pk: Any) -> IngestionJob:
    try:
        return jobs_for_user(user).get(pk=pk)
    except (IngestionJob.DoesNotExist, ValueError, TypeError):
        raise NotFoundError("Job not found.") from None


def latest_job(document: Document) -> IngestionJob | None:
    return document.jobs.order_by("-created_at", "-id").first()
