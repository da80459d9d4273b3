"""``cpcollab search QUERY [--json] [filters]``: search from the server's command line.

An operator's tool run on the server: it searches everything (every organisation's documents,
statements and records, public or not), unless ``--as-user USERNAME`` asks for what that user
may read. Each result is printed with its citation (symbol, page, paragraph); ``--json``
prints one JSON object with the results, snippets as HTML with the matches in ``<mark>``.
"""

from __future__ import annotations

import html
import json
import re
from argparse import ArgumentParser
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from cpcollab.search.models import EntryKind
from cpcollab.search.selectors import Filters, search

_TAGS = re.compile(r"</?mark>")


class Command(BaseCommand):
    help = "Search documents, statements and collaboration records; print results with their citations."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("query", nargs="+", help='words and "quoted phrases"; -word excludes')
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--type", action="append", choices=EntryKind.values, default=[], help="result kind")
        parser.add_argument("--actor", default="", help="actor code, e.g. UNICEF")
        parser.add_argument("--state", default="", help="ISO3 code of a State")
        parser.add_argument("--theme", default="", help="theme code")
        parser.add_argument("--kind", default="", help="kind of collaboration, e.g. joint_activity")
        parser.add_argument("--year", type=int, default=None)
        parser.add_argument("--symbol", default="", help="start of a document symbol, e.g. A/HRC/")
        parser.add_argument("--page", type=int, default=1)
        parser.add_argument("--page-size", type=int, default=20)
        parser.add_argument("--as-user", default="", help="search only what this user may read")

    def handle(self, *args: Any, **options: Any) -> None:
        user = None
        if options["as_user"]:
            try:
                user = get_user_model().objects.get(username=options["as_user"], is_active=True)
            except get_user_model().DoesNotExist:
                raise CommandError(f"No active user {options['as_user']!r}.") from None
        filters = Filters(
            actor=options["actor"],
            state=options["state"],
            theme=options["theme"],
            kind=options["kind"],
            year=options["year"],
            symbol=options["symbol"],
        )
        found = search(
            user,
            " ".join(options["query"]),
            filters=filters,
            kinds=tuple(options["type"]),
            page=options["page"],
            page_size=max(1, min(options["page_size"], 500)),
            everything=user is None,
        )
        if options["json"]:
            body = {
                "query": found.query,
                "count": found.total,
                "page": found.page,
                "pages": found.pages,
                "results": [result.as_dict() for result in found.results],
            }
            self.stdout.write(json.dumps(body, ensure_ascii=False, indent=1))
            return
        self.stdout.write(f"{found.total} result(s), page {found.page} of {max(found.pages, 1)}")
        for result in found.results:
            self.stdout.write(f"\n[{result.kind} {result.id}] {result.citation.text or result.title}")
            self.stdout.write("  " + html.unescape(_TAGS.sub("*", result.snippet)))
