"""Searching documents and statements: six languages, short words, filters, access, reindexing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection

from cpcollab.documents.models import Document
from cpcollab.documents.services import document_update
from cpcollab.search.indexing import index_document, reindex_all, remove
from cpcollab.search.models import SearchEntry
from cpcollab.search.selectors import Filters, search

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("lang", "query", "marked"),
    [
        ("en", "UNACCOMPANIED children", "unaccompanied"),
        ("fr", "accompagnes", "accompagnés"),  # accents do not matter
        ("fr", "cote d’ivoire", "Côte d&#x27;Ivoire"),
        ("es", '"Registro de  Nacimientos"', "registro de nacimientos"),
        ("ru", "ОБУЧЕНИЕ социальных", "обучение"),
        ("ar", "الاطفال", "الأطفال"),  # alef forms do not matter
        ("ar", "اطفال", "أطفال"),  # a word inside a longer written word
        ("zh", "出生登记", "出生登记"),  # a word inside a run of Chinese
        ("zh", "儿童", "儿童"),  # two characters: below the trigram index
    ],
)
def test_finds_words_in_each_of_the_six_languages(
    six_languages: dict[str, Document], lang: str, query: str, marked: str
) -> None:
    found = search(AnonymousUser(), query, kinds=("document",))

    assert {r.id for r in found.results} == {six_languages[lang].pk}
    assert all(f"<mark>{marked}" in r.snippet for r in found.results), found.results


def test_an_actor_code_finds_its_name_in_any_language(six_languages: dict[str, Document]) -> None:
    found = search(AnonymousUser(), "UNICEF", kinds=("statement",))

    assert {r.language for r in found.results} >= {"en", "es", "ru", "ar", "zh"}


def test_every_term_must_match_and_excluded_terms_must_not(six_languages: dict[str, Document]) -> None:
    assert search(None, "children jordan").total == 2  # the English block and its statement
    assert search(None, "children bolivia").total == 0
    assert search(None, "UNICEF -jordan", kinds=("statement",)).total == 5  # every other language's statement


def test_statements_carry_their_citation(add_document: Callable[..., Document], unicef_user: Any) -> None:
    document = add_document("UNICEF", ["14. UNICEF and UNHCR jointly trained judges in Jordan."])
    document_update(user=unicef_user, document_id=document.pk, symbol="A/HRC/99/7")

    [result] = search(unicef_user, "judges", kinds=("statement",)).results

    assert result.kind == "statement"
    assert result.citation.symbol == "A/HRC/99/7"
    assert result.citation.paragraph == "14"
    assert result.citation.text.startswith("A/HRC/99/7") and "para. 14" in result.citation.text
    assert result.document == document.pk
    assert result.url == f"/en/documents/{document.pk}/#s-{result.id}"


@pytest.mark.parametrize(
    ("filters", "languages"),
    [
        (Filters(actor="UNHCR"), {"en", "fr"}),
        (Filters(actor="who"), {"es", "ru", "ar", "zh"}),
        (Filters(state="JOR"), {"en", "ar"}),
        (Filters(state="kaz"), {"ru"}),
        (Filters(kind="capacity_building"), {"en", "fr", "ru", "ar"}),
        (Filters(actor="UNICEF", state="BOL"), {"es"}),
    ],
)
def test_filters_narrow_the_results(six_languages: dict[str, Document], filters: Filters, languages: set[str]) -> None:
    found = search(None, "UNICEF", filters=filters, kinds=("document",), page_size=100)

    assert {r.language for r in found.results} == languages


def test_year_and_symbol_filters(six_languages: dict[str, Document], unicef_user: Any) -> None:
    document_update(user=unicef_user, document_id=six_languages["en"].pk, date="2021-06-30", symbol="A/HRC/47/3")

    by_year = search(None, "UNICEF", filters=Filters(year=2021), page_size=100)
    by_symbol = search(None, "UNICEF", filters=Filters(symbol="a/hrc/47"), page_size=100)

    assert {r.document for r in by_year.results} == {six_languages["en"].pk}
    assert {r.document for r in by_symbol.results} == {six_languages["en"].pk}
    assert search(None, "UNICEF", filters=Filters(year=2020)).total == 0
    assert search(None, "UNICEF", filters=Filters(theme="crc-art-19")).total == 0  # documents carry no theme


def test_type_filter_and_pages(six_languages: dict[str, Document]) -> None:
    statements = search(None, "UNICEF", kinds=("statement",), page_size=2)
    everything = search(None, "UNICEF", page_size=100)

    assert {r.kind for r in statements.results} == {"statement"}
    assert statements.pages == (statements.total + 1) // 2 and len(statements.results) == 2
    second = search(None, "UNICEF", kinds=("statement",), page_size=2, page=2)
    assert not {r.id for r in second.results} & {r.id for r in statements.results}
    assert {r.kind for r in everything.results} == {"document", "statement"}


def test_another_organisations_private_text_never_appears(
    add_document: Callable[..., Document], unicef_user: Any, ohchr_user: Any, secretariat_editor: Any
) -> None:
    private = add_document("UNICEF", ["UNICEF and WHO jointly vaccinated zebrafish keepers in Chad."])
    public = add_document("OHCHR", ["OHCHR and UNICEF jointly reviewed zebrafish policies in Mali."], public=True)

    def found(user: Any) -> set[int | None]:
        return {r.document for r in search(user, "zebrafish").results}

    assert found(unicef_user) == {private.pk, public.pk}
    assert found(ohchr_user) == {public.pk}
    assert found(AnonymousUser()) == {public.pk}
    assert found(secretariat_editor) == {private.pk, public.pk}
    assert "Chad" not in str(search(ohchr_user, "zebrafish chad").results)


def test_making_a_document_public_or_private_changes_who_finds_it(
    add_document: Callable[..., Document], unicef_user: Any, ohchr_user: Any
) -> None:
    document = add_document("UNICEF", ["UNICEF and WHO jointly trained midwives in Chad."])

    document_update(user=unicef_user, document_id=document.pk, is_public=True)
    assert search(ohchr_user, "midwives").total == 2
    document_update(user=unicef_user, document_id=document.pk, is_public=False)
    assert search(ohchr_user, "midwives").total == 0


def test_a_stale_entry_never_shows_a_private_document(add_document: Callable[..., Document], ohchr_user: Any) -> None:
    document = add_document("UNICEF", ["UNICEF and WHO jointly trained midwives in Chad."])
    SearchEntry.objects.filter(document_id=document.pk).update(is_public=True)  # as if never refreshed

    assert search(ohchr_user, "midwives").total == 0


def test_a_script_in_a_document_is_shown_as_text(add_document: Callable[..., Document]) -> None:
    add_document("UNICEF", ["<script>alert('pwned')</script> UNICEF <img src=x onerror=alert(1)> helped."], public=True)

    [result] = search(None, "pwned", kinds=("document",)).results

    assert "<script" not in result.snippet and "<img" not in result.snippet
    assert "&lt;script&gt;alert(&#x27;<mark>pwned</mark>&#x27;)&lt;/script&gt;" in result.snippet


def test_reingesting_replaces_the_entries(add_document: Callable[..., Document]) -> None:
    document = add_document("UNICEF", ["UNICEF and WHO jointly trained midwives in Chad."])
    before = SearchEntry.objects.filter(document_id=document.pk).count()

    index_document(document)
    index_document(document)

    assert SearchEntry.objects.filter(document_id=document.pk).count() == before
    remove("document", [document.pk])
    assert search(None, "midwives", everything=True).total == 0


def _index_state() -> list[tuple[Any, ...]]:
    rows = SearchEntry.objects.values_list("kind", "object_id", "position", "folded", "actors", "is_public")
    return sorted(rows, key=repr)


def test_reindex_is_idempotent(six_languages: dict[str, Document]) -> None:
    before = _index_state()
    results = [r.as_dict() for r in search(None, "UNICEF", page_size=100).results]

    counts = reindex_all()
    reindex_all()

    assert _index_state() == before
    assert counts["document"] + counts["statement"] == len(before)
    assert [r.as_dict() for r in search(None, "UNICEF", page_size=100).results] == results
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:  # the FTS5 index agrees with its table
            cursor.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")


def test_an_empty_query_finds_nothing(six_languages: dict[str, Document]) -> None:
    assert search(None, "   ").total == 0
    assert search(None, "-unicef").total == 0
    assert search(None, "%").total == 0
    assert search(None, "_").total == 0


def test_statements_are_found_by_the_themes_they_name(add_document: Callable[..., Document], unicef_user: Any) -> None:
    add_document(
        "UNICEF",
        [
            "In 2024, UNICEF and UNHCR jointly supported birth registration of refugee children in Jordan.",
            "UNICEF and WHO jointly trained 300 nurses in Kenya.",
        ],
    )

    found = search(unicef_user, "jointly", filters=Filters(theme="crc-art-7"), kinds=("statement",))

    assert [r.snippet.count("birth registration") for r in found.results] == [1]
    assert search(unicef_user, "jointly", kinds=("statement",)).total == 2
    entry = SearchEntry.objects.get(kind="statement", body__contains="birth registration")
    assert "JOR" in entry.states and "crc-art-7" not in entry.states
