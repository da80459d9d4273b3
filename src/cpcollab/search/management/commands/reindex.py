"""``cpcollab reindex``: rebuild the search index from the documents and records.

Idempotent: it replaces every entry in one transaction, so running it twice leaves the same
index; it also creates the full-text index where it is missing (see ADR 0006).
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand

from cpcollab.search.indexing import reindex_all


class Command(BaseCommand):
    help = "Rebuild the full-text search index of documents, statements and collaboration records."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--quiet", action="store_true", help="print nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        counts = reindex_all()
        if not options["quiet"]:
            self.stdout.write(", ".join(f"{kind}: {count}" for kind, count in counts.items()) + " entries indexed")
