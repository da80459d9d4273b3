"""Matching and ranking entries, the way each database does it best (ADR 0006).

Both backends give the same answer: an entry matches when every included term is a
substring of its folded text and no excluded term is. SQLite answers terms of three
characters or more from the FTS5 trigram index and ranks with ``bm25``; PostgreSQL answers
from ``to_tsvector('simple', …) @@ websearch_to_tsquery`` or from ILIKE (trigram-indexed with
``pg_trgm``) and ranks with ``ts_rank_cd`` plus trigram word similarity. Shorter terms (a
two-character Chinese word, a code) are matched with LIKE on both.
"""

from __future__ import annotations

import logging

from django.db import DatabaseError, connection, transaction
from django.db.models import FloatField, QuerySet, Value

from cpcollab.search.models import SearchEntry
from cpcollab.search.text import Query

logger = logging.getLogger("cpcollab.search")

_TRGM: dict[str, bool] = {}


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def has_trigram_extension() -> bool:
    """Whether PostgreSQL has ``pg_trgm`` (checked once per database)."""
    key = str(connection.settings_dict.get("NAME"))
    if key not in _TRGM:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            _TRGM[key] = cursor.fetchone() is not None
        if not _TRGM[key]:
            logger.warning("search: pg_trgm is not installed; substring search uses unindexed ILIKE")
    return _TRGM[key]


def matching(entries: QuerySet[SearchEntry], query: Query) -> QuerySet[SearchEntry]:
    """``entries`` that match ``query``, with a ``relevance`` (higher is better)."""
    if connection.vendor == "postgresql":
        entries = _postgres(entries, query)
    elif connection.vendor == "sqlite":
        entries = _sqlite(entries, query)
    else:  # any other database: plain substring matching, no ranking
        for term in query.include:
            entries = entries.filter(folded__contains=term)
        entries = entries.annotate(relevance=Value(0.0, output_field=FloatField()))
    for term in query.exclude:
        entries = entries.exclude(folded__contains=term)
    return entries


def _sqlite(entries: QuerySet[SearchEntry], query: Query) -> QuerySet[SearchEntry]:
    for term in query.short_terms:
        entries = entries.filter(folded__contains=term)
    if not query.long_terms:
        return entries.annotate(relevance=Value(0.0, output_field=FloatField()))
    expression = " AND ".join(_fts_string(term) for term in query.long_terms)
    return entries.extra(
        tables=["search_fts"],
        where=["search_fts.rowid = search_searchentry.id", "search_fts MATCH %s"],
        params=[expression],
        select={"relevance": "-bm25(search_fts)"},
    )


def _postgres(entries: QuerySet[SearchEntry], query: Query) -> QuerySet[SearchEntry]:
    websearch = " ".join(_fts_string(term) for term in query.include)
    likes = " AND ".join(["search_searchentry.folded ILIKE %s"] * len(query.include))
    where = f"(to_tsvector('simple', search_searchentry.folded) @@ websearch_to_tsquery('simple', %s) OR ({likes}))"
    relevance = "ts_rank_cd(to_tsvector('simple', search_searchentry.folded), websearch_to_tsquery('simple', %s))"
    relevance_params: list[str] = [websearch]
    if has_trigram_extension():
        relevance += " + word_similarity(%s, search_searchentry.folded)"
        relevance_params.append(" ".join(query.include))
    return entries.extra(  # noqa: S610 - parameters are bound, never interpolated
        where=[where],
        params=[websearch, *(_like(term) for term in query.include)],
        select={"relevance": relevance},
        select_params=relevance_params,
    )


def ensure_index() -> None:
    """Create the full-text index and its triggers where they are missing (a table rebuilt by a
    later migration, ``pg_trgm`` installed after the migration ran); used by ``cpcollab reindex``."""
    if connection.vendor == "sqlite":
        from importlib import import_module

        migration = import_module("cpcollab.search.migrations.0002_fulltext")
        with connection.cursor() as cursor:  # every statement is IF NOT EXISTS, or a rebuild
            for statement in migration.SQLITE_UP:
                cursor.execute(statement)
    elif connection.vendor == "postgresql":
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                cursor.execute(
                    "CREATE INDEX IF NOT EXISTS search_entry_trgm ON search_searchentry USING GIN (folded gin_trgm_ops)"
                )
        except DatabaseError as exc:
            logger.warning("search: pg_trgm unavailable (%s); substring search uses unindexed ILIKE", exc)
        _TRGM.clear()


def rebuild_index() -> None:
    """Rebuild SQLite's FTS5 table from the entries (after a bulk change); a no-op elsewhere."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
