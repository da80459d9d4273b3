"""Reading documents and what the engine found in them, through the one set of access rules
(:mod:`cpcollab.accounts.access`): blocks, mentions and statements are visible exactly when
their document is."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import OuterRef, QuerySet, Subquery

from cpcollab.accounts.access import access_owned_by_id, owned_for_user
from cpcollab.core.errors import NotFoundError
from cpcollab.documents.models import Block, Document, IngestionJob, Mention, Statement
from cpcollab.registry.models import Actor, CollaborationKind, Country, Theme


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


# --- Pages -----------------------------------------------------------------------------------


def documents_with_status(user: Any) -> QuerySet[Document]:
    """The documents ``user`` may read, each with its latest job's status and error."""
    latest = IngestionJob.objects.filter(document=OuterRef("pk")).order_by("-created_at", "-id")
    return documents_for_user(user).annotate(
        job_status=Subquery(latest.values("status")[:1]),
        job_error=Subquery(latest.values("error_message")[:1]),
    )


def latest_public_documents(limit: int = 5) -> QuerySet[Document]:
    """What a newcomer may read first: the latest public documents that were ingested."""
    return documents_for_user(AnonymousUser()).exclude(config_hash="").order_by("-created_at", "-id")[:limit]


def statement_participant_names(codes: set[str]) -> dict[str, str]:
    """Names of the actors and States among ``codes``, in the active language (else the code)."""
    names: dict[str, str] = {a.code: a.short_name() for a in Actor.objects.filter(code__in=codes)}
    names.update({c.iso3: c.name() for c in Country.objects.filter(iso3__in=codes)})
    return names


def theme_names(codes: set[str]) -> dict[str, str]:
    """Names of the themes among ``codes``, in the active language (else the code)."""
    return {theme.code: theme.name() for theme in Theme.objects.filter(code__in=codes)}


#: Mentions that say what a statement is about, when, and how much (found in statements only).
DETAIL_KINDS = ("theme", "date", "money")


def statement_details(statements: list[Statement]) -> dict[int, list[Mention]]:
    """Statement id → the theme, date and money mentions inside its sentence, in text order."""
    by_block: dict[int, list[Mention]] = {}
    blocks = {s.block_id for s in statements}
    for mention in Mention.objects.filter(block_id__in=blocks, kind__in=DETAIL_KINDS).order_by("start"):
        by_block.setdefault(mention.block_id, []).append(mention)
    return {
        s.pk: [m for m in by_block.get(s.block_id, []) if s.start <= m.start and m.end <= s.end] for s in statements
    }


def actor_full_names(codes: set[str]) -> dict[str, str]:
    return {a.code: a.full_name() for a in Actor.objects.filter(code__in=codes)}


def collaboration_kinds() -> dict[str, str]:
    """Code → name of the kinds of collaboration, in the registry's order and the active language."""
    return {kind.code: kind.name() for kind in CollaborationKind.objects.order_by("position")}
