"""Keeping the search index in step with the objects it indexes.

Called explicitly by the services that change documents and collaboration records, inside
their transactions, so the index never disagrees with a committed change (no signals).
``cpcollab reindex`` rebuilds everything with the same functions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.apps import apps
from django.db import transaction

from cpcollab.documents.models import Document
from cpcollab.search.models import EntryKind, SearchEntry
from cpcollab.search.text import fold


def codes(values: Iterable[Any]) -> str:
    """``|A|B|``: a set of codes as one column that ``contains("|A|")`` filters on."""
    unique = sorted({str(v).strip().upper() for v in values if v and str(v).strip()})
    return f"|{'|'.join(unique)}|" if unique else ""


def _entry(**fields: Any) -> SearchEntry:
    """An entry; its folded text also carries the actor codes, so ``UNICEF`` finds a passage
    that names "the United Nations Children's Fund", "ЮНИСЕФ" or "儿基会"."""
    actor_codes = fields["actors"].strip("|").replace("|", " ")
    return SearchEntry(folded=fold(f"{fields['body']}\n{actor_codes}".strip()), **fields)


def document_entries(document: Document) -> list[SearchEntry]:
    """The entries of a document: its metadata, each block and each statement."""
    year = document.date.year if document.date else None
    common: dict[str, Any] = {
        "owner_id": document.owner_id,
        "is_public": document.is_public,
        "document_id": document.pk,
        "title": document.title or document.filename,
        "symbol": document.symbol,
        "year_from": year,
        "year_to": year,
    }
    statements = list(document.statements.select_related("block"))
    block_kinds: dict[int, set[str]] = defaultdict(set)
    block_actors: dict[int, set[str]] = defaultdict(set)
    block_states: dict[int, set[str]] = defaultdict(set)
    block_themes: dict[int, set[str]] = defaultdict(set)
    statement_themes: dict[int, set[str]] = defaultdict(set)
    block_statements: dict[int, list[Any]] = defaultdict(list)
    for statement in statements:
        block_kinds[statement.block_id].update(statement.kinds)
        block_statements[statement.block_id].append(statement)
    by_kind = {"actor": block_actors, "mechanism": block_actors, "country": block_states, "theme": block_themes}
    for block_id, kind, value, start, end in document.mentions.values_list("block_id", "kind", "value", "start", "end"):
        if kind in by_kind:
            by_kind[kind][block_id].add(value)
        if kind == "theme":  # themes are found in statements only: file each under its statement
            for statement in block_statements[block_id]:
                if statement.start <= start and end <= statement.end:
                    statement_themes[statement.pk].add(value)
    header = "\n".join(
        dict.fromkeys(p for p in (document.title, *document.symbols, document.symbol, document.filename) if p)
    )
    entries = [
        _entry(
            kind=EntryKind.DOCUMENT,
            object_id=document.pk,
            language=document.language,
            body=header,
            actors=codes([document.author]),
            states=codes({s for values in block_states.values() for s in values}),
            themes=codes({t for values in block_themes.values() for t in values}),
            kinds=codes({k for values in block_kinds.values() for k in values}),
            **common,
        )
    ]
    for block in document.blocks.order_by("index"):
        if not block.text.strip():
            continue
        entries.append(
            _entry(
                kind=EntryKind.DOCUMENT,
                object_id=document.pk,
                position=block.index,
                language=block.language or document.language,
                body=block.text,
                actors=codes(block_actors[block.pk]),
                states=codes(block_states[block.pk]),
                themes=codes(block_themes[block.pk]),
                kinds=codes(block_kinds[block.pk]),
                page=block.page,
                para_number=block.para_number,
                **common,
            )
        )
    iso3 = {s for st in statements for s in st.states} | {c for values in block_states.values() for c in values}
    for statement in statements:
        not_actors = {"OTHER", *iso3}
        entries.append(
            _entry(
                kind=EntryKind.STATEMENT,
                object_id=statement.pk,
                position=statement.block.index,
                language=statement.language or document.language,
                body=statement.text,
                actors=codes(c for c in [*statement.actors, *statement.participants] if c not in not_actors),
                states=codes([*statement.states, *(c for c in statement.participants if len(c) == 3 and c in iso3)]),
                themes=codes(statement_themes[statement.pk]),
                kinds=codes(statement.kinds),
                page=statement.page,
                para_number=statement.para_number,
                **common,
            )
        )
    return entries


def index_document(document: Document) -> None:
    """Replace the entries of ``document`` (its metadata, blocks and statements)."""
    remove(EntryKind.DOCUMENT, [document.pk])
    SearchEntry.objects.bulk_create(document_entries(document), batch_size=500)


#: Between a record's text and the names of its parties in the six languages: the names are
#: searched but not shown in snippets (see :func:`shown_text`).
PARTY_NAMES = "\n\u200b"


def shown_text(body: str) -> str:
    """The part of an entry's body a snippet quotes (a record's party names are left out)."""
    return body.split(PARTY_NAMES, 1)[0]


def record_entry(record: Any) -> SearchEntry:
    """The entry of a collaboration record: its title, description and parties."""
    parties = list(record.parties.select_related("actor", "country"))
    evidence = list(record.evidence.select_related("document"))
    # Each party once, by its name in the six languages and its code, so a search in any
    # language finds the record.
    names = [party.label(lang) or party.name for party in parties for lang in ("en", "fr", "es", "ru", "ar", "zh")]
    terms = list(dict.fromkeys(n for n in [*names, *(party.code for party in parties)] if n))
    body = "\n".join(p for p in (record.title, record.description) if p)
    if terms:
        body += PARTY_NAMES + " · ".join(terms)
    symbols = [e.document.symbol for e in evidence if e.document_id and e.document and e.document.symbol]
    end_year = record.end_year or record.start_year
    return _entry(
        kind=EntryKind.RECORD,
        object_id=record.pk,
        owner_id=record.owner_id,
        is_public=record.is_published,
        title=record.title,
        body=body,
        actors=codes(party.actor.code for party in parties if party.actor_id),
        states=codes(
            [*(party.country.iso3 for party in parties if party.country_id), *(c.iso3 for c in record.countries.all())]
        ),
        themes=codes(theme.code for theme in record.themes.all()),
        kinds=codes(kind.code for kind in record.kinds.all()),
        year_from=record.start_year or end_year,
        year_to=end_year,
        symbol=symbols[0][:100] if symbols else "",
    )


def index_record(record: Any) -> None:
    """Replace the entry of a collaboration record (after any change to it)."""
    remove(EntryKind.RECORD, [record.pk])
    record_entry(record).save()


def records_installed() -> bool:
    return apps.is_installed("cpcollab.collaboration")


def reindex_all() -> dict[str, int]:
    """Rebuild the whole index in one transaction (idempotent); the number of entries by kind."""
    from cpcollab.search.backend import ensure_index, rebuild_index

    ensure_index()
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        for document in Document.objects.order_by("pk").iterator(chunk_size=200):
            SearchEntry.objects.bulk_create(document_entries(document), batch_size=500)
        if records_installed():
            for record in apps.get_model("collaboration", "Record").objects.order_by("pk").iterator(chunk_size=200):
                record_entry(record).save()
        rebuild_index()
    counts = {str(kind): 0 for kind in EntryKind.values}
    for kind in SearchEntry.objects.values_list("kind", flat=True):
        counts[kind] += 1
    return counts


def remove(kind: str, ids: Iterable[int]) -> None:
    """Drop the entries of these objects (a document's go with it: its blocks and statements)."""
    ids = list(ids)
    if kind == EntryKind.DOCUMENT:
        SearchEntry.objects.filter(document_id__in=ids).delete()
    else:
        SearchEntry.objects.filter(kind=kind, object_id__in=ids).delete()


def remove_record(record_id: int) -> None:
    """Drop a deleted record's entry."""
    remove(EntryKind.RECORD, [record_id])
