"""The full-text index over ``search_searchentry.folded``, built the way each database does it.

SQLite: an FTS5 table with the ``trigram`` tokenizer (SQLite 3.34 or later), so any substring
of three characters or more - a Chinese or Arabic word inside a longer run - is found through
the index; it reads the entries' text (external content) and triggers keep it in step.
PostgreSQL: a GIN index on ``to_tsvector('simple', folded)`` and, with the ``pg_trgm``
extension, a trigram GIN index for substring (ILIKE) matching; without the extension search
still works with ILIKE, unindexed, and says so in the log.
"""

import logging
import sqlite3
from typing import Any

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger("cpcollab.search")

SQLITE_UP = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "folded, content='search_searchentry', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS search_entry_ai AFTER INSERT ON search_searchentry BEGIN "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
    "CREATE TRIGGER IF NOT EXISTS search_entry_ad AFTER DELETE ON search_searchentry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); END",
    "CREATE TRIGGER IF NOT EXISTS search_entry_au AFTER UPDATE OF folded ON search_searchentry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
    "INSERT INTO search_fts(rowid, folded) VALUES (new.id, new.folded); END",
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS search_entry_ai",
    "DROP TRIGGER IF EXISTS search_entry_ad",
    "DROP TRIGGER IF EXISTS search_entry_au",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_UP = [
    "CREATE INDEX search_entry_tsv ON search_searchentry USING GIN (to_tsvector('simple', folded))",
]
POSTGRES_TRGM = "CREATE INDEX search_entry_trgm ON search_searchentry USING GIN (folded gin_trgm_ops)"
POSTGRES_DOWN = ["DROP INDEX IF EXISTS search_entry_trgm", "DROP INDEX IF EXISTS search_entry_tsv"]


def _check_sqlite(connection: Any) -> None:
    if sqlite3.sqlite_version_info < (3, 34, 0):
        raise RuntimeError(
            f"Search needs SQLite 3.34 or later (FTS5 with the trigram tokenizer); this Python has "
            f"SQLite {sqlite3.sqlite_version}. Use a newer Python or PostgreSQL."
        )
    try:
        with connection.cursor() as cursor:
            cursor.execute("CREATE VIRTUAL TABLE temp.search_probe USING fts5(x, tokenize='trigram')")
            cursor.execute("DROP TABLE temp.search_probe")
    except DatabaseError as exc:
        raise RuntimeError(f"Search needs SQLite with FTS5 and its trigram tokenizer: {exc}") from exc


def forwards(apps: Any, schema_editor: Any) -> None:
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        _check_sqlite(connection)
        for statement in SQLITE_UP:
            schema_editor.execute(statement)
    elif connection.vendor == "postgresql":
        for statement in POSTGRES_UP:
            schema_editor.execute(statement)
        try:
            with transaction.atomic(using=connection.alias):
                schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                schema_editor.execute(POSTGRES_TRGM)
        except DatabaseError as exc:
            logger.warning(
                "search: could not enable pg_trgm (%s); Chinese and Arabic search falls back to "
                "unindexed ILIKE. Have a superuser run CREATE EXTENSION pg_trgm, then `cpcollab reindex`.",
                exc,
            )


def backwards(apps: Any, schema_editor: Any) -> None:
    statements = {"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}.get(schema_editor.connection.vendor, [])
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
