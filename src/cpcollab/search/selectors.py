"""Searching what a user may read: documents (their text), statements and records.

Access follows :mod:`cpcollab.accounts.access`: an entry is found when its object is public,
belongs to the user's organisation, or the user may view everything (the Secretariat);
document and statement entries are also checked against :func:`documents_for_user`, so even a
stale entry never shows a private text. Only ``everything=True`` (the operator's command line,
run on the server) skips these rules.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

from django.apps import apps
from django.db.models import Q, QuerySet
from django.urls import NoReverseMatch, reverse

from cpcollab.accounts.access import owned_for_user
from cpcollab.documents.selectors import documents_for_user
from cpcollab.search.backend import matching
from cpcollab.search.highlight import snippet
from cpcollab.search.indexing import records_installed, shown_text
from cpcollab.search.models import EntryKind, SearchEntry
from cpcollab.search.text import Query, parse

PAGE_SIZE = 20


@dataclass(frozen=True)
class Filters:
    """Narrow a search: an actor code, a State's ISO3, a theme code, a kind of collaboration,
    a year, the start of a document symbol."""

    actor: str = ""
    state: str = ""
    theme: str = ""
    kind: str = ""
    year: int | None = None
    symbol: str = ""


@dataclass(frozen=True)
class Citation:
    symbol: str
    page: int | None
    paragraph: str
    text: str


@dataclass(frozen=True)
class SearchResult:
    kind: str
    id: int
    document: int | None
    title: str
    snippet: str  # safe HTML: escaped text, matches in <mark>
    citation: Citation
    url: str
    language: str
    relevance: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class SearchPage:
    query: str
    results: list[SearchResult]
    total: int
    page: int
    pages: int
    terms: tuple[str, ...] = field(default=())


def entries_for_user(user: Any) -> QuerySet[SearchEntry]:
    """The entries ``user`` may read: by the entry's owner and visibility, and again by the
    indexed object's own rules (so an entry not yet refreshed never shows more)."""
    entries = owned_for_user(user, SearchEntry.objects.all())
    readable = Q(document_id__in=documents_for_user(user).values("pk"))
    if records_installed():
        records = apps.get_model("collaboration", "Record").objects.all()
        readable |= Q(kind=EntryKind.RECORD, object_id__in=owned_for_user(user, records).values("pk"))
    return entries.filter(readable)


def _filtered(entries: QuerySet[SearchEntry], filters: Filters, kinds: tuple[str, ...]) -> QuerySet[SearchEntry]:
    if kinds:
        entries = entries.filter(kind__in=kinds)
    for column, value in (("actors", filters.actor), ("states", filters.state), ("themes", filters.theme)):
        if value:
            entries = entries.filter(**{f"{column}__contains": f"|{value.strip().upper()}|"})
    if filters.kind:
        entries = entries.filter(kinds__contains=f"|{filters.kind.strip().upper()}|")
    if filters.year:
        entries = entries.filter(year_from__lte=filters.year, year_to__gte=filters.year)
    if filters.symbol:
        entries = entries.filter(symbol__istartswith=filters.symbol.strip())
    return entries


def _citation(entry: SearchEntry) -> Citation:
    parts = [entry.symbol or entry.title]
    if entry.page:
        parts.append(f"p. {entry.page}")
    if entry.para_number:
        parts.append(f"para. {entry.para_number}")
    return Citation(entry.symbol, entry.page, entry.para_number, ", ".join(p for p in parts if p))


def _reverse(candidates: list[tuple[str, int]]) -> str:
    for name, pk in candidates:
        try:
            return reverse(name, args=[pk])
        except NoReverseMatch:
            continue
    return ""


def result_url(entry: SearchEntry) -> str:
    """Where to read the result: its page where there is one, else its API resource."""
    if entry.kind == EntryKind.RECORD:
        return _reverse([("collaboration:record-detail", entry.object_id), ("api:record-detail", entry.object_id)])
    document = entry.document_id or entry.object_id
    page = _reverse([("documents:detail", document)])
    if page:
        return page + (f"#s-{entry.object_id}" if entry.kind == EntryKind.STATEMENT else "")
    if entry.kind == EntryKind.STATEMENT:
        return _reverse([("api:statement-detail", entry.object_id)])
    return _reverse([("api:document-detail", document)])


def _result(entry: SearchEntry, query: Query) -> SearchResult:
    is_document = entry.kind != EntryKind.RECORD
    return SearchResult(
        kind=entry.kind,
        id=entry.object_id,
        document=entry.document_id if is_document else None,
        title=entry.title,
        snippet=snippet(shown_text(entry.body), query.include),
        citation=_citation(entry),
        url=result_url(entry),
        language=entry.language,
        relevance=round(float(getattr(entry, "relevance", 0.0) or 0.0), 4),
    )


def search(
    user: Any,
    query: str,
    *,
    filters: Filters | None = None,
    kinds: tuple[str, ...] = (),
    page: int = 1,
    page_size: int = PAGE_SIZE,
    everything: bool = False,
) -> SearchPage:
    """One page of results for ``query`` among what ``user`` may read, best first.

    ``everything`` skips the access rules: only for the operator's command line.
    """
    parsed = parse(query)
    if not parsed:
        return SearchPage(query=query, results=[], total=0, page=1, pages=0)
    entries = SearchEntry.objects.all() if everything else entries_for_user(user)
    entries = _filtered(entries, filters or Filters(), kinds)
    entries = matching(entries, parsed)
    total = entries.count()
    pages = math.ceil(total / page_size) if total else 0
    page = max(1, min(page, pages or 1))
    start = (page - 1) * page_size
    rows = entries.order_by("-relevance", "document_id", "kind", "position", "id")[start : start + page_size]
    return SearchPage(
        query=query,
        results=[_result(entry, parsed) for entry in rows],
        total=total,
        page=page,
        pages=pages,
        terms=parsed.include,
    )
