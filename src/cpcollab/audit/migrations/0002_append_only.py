"""The database itself refuses to rewrite audit events.

SQLite and PostgreSQL both reject UPDATE; PostgreSQL also rejects DELETE of single rows.
(SQLite keeps DELETE possible because test databases are flushed with it; a deleted event
still breaks the hash chain, which ``cpcollab audit verify`` reports.)
"""

from typing import Any

from django.db import migrations

UP = {
    "sqlite": [
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_auditevent "
        "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
    ],
    "postgresql": [
        "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$ "
        "BEGIN RAISE EXCEPTION 'audit events are append-only'; END; $$ LANGUAGE plpgsql",
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_auditevent "
        "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    ],
}
DOWN = {
    "sqlite": ["DROP TRIGGER IF EXISTS audit_event_no_update"],
    "postgresql": [
        "DROP TRIGGER IF EXISTS audit_event_no_update ON audit_auditevent",
        "DROP FUNCTION IF EXISTS audit_event_append_only()",
    ],
}


def _runner(statements: dict[str, list[str]]) -> Any:
    def run(apps: Any, schema_editor: Any) -> None:
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [migrations.RunPython(_runner(UP), _runner(DOWN))]
