"""GET /api/v1/search/ and the search page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from rest_framework.test import APIClient

from cpcollab.documents.models import Document

pytestmark = pytest.mark.django_db


def test_the_api_returns_typed_results_with_citations(
    client_for: Callable[[Any], APIClient], unicef_user: Any, six_languages: dict[str, Document]
) -> None:
    response = client_for(unicef_user).get("/api/v1/search/", {"q": "儿童", "type": "statement"})

    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1 and body["page"] == 1 and body["pages"] == 1
    [result] = body["results"]
    assert result["kind"] == "statement" and result["language"] == "zh"
    assert "<mark>儿童</mark>" in result["snippet"]
    assert set(result["citation"]) == {"symbol", "page", "paragraph", "text"}
    assert result["document"] == six_languages["zh"].pk


def test_the_api_filters(api: APIClient, six_languages: dict[str, Document]) -> None:
    body = api.get("/api/v1/search/", {"q": "UNICEF", "actor": "UNHCR", "state": "CIV", "type": "document"}).json()

    assert {r["document"] for r in body["results"]} == {six_languages["fr"].pk}


def test_the_api_refuses_bad_parameters(api: APIClient) -> None:
    missing = api.get("/api/v1/search/")
    bad = api.get("/api/v1/search/", {"q": "x", "type": "nonsense", "year": "soon"})

    assert missing.status_code == 400 and missing.json()["error"]["details"]["q"]
    assert bad.status_code == 400 and set(bad.json()["error"]["details"]) == {"type", "year"}


def test_anonymous_callers_find_only_public_documents(api: APIClient, add_document: Callable[..., Document]) -> None:
    add_document("UNICEF", ["UNICEF and WHO jointly trained quokka rangers in Chad."])
    public = add_document("OHCHR", ["OHCHR and UNICEF jointly trained quokka rangers in Mali."], public=True)

    body = api.get("/api/v1/search/", {"q": "quokka"}).json()

    assert {r["document"] for r in body["results"]} == {public.pk}
    assert "Chad" not in str(body)


def test_the_page_shows_highlighted_results_and_escapes_text(
    client: Client, add_document: Callable[..., Document]
) -> None:
    add_document("OHCHR", ["<script>alert('pwned')</script> UNICEF and WHO trained wombat carers."], public=True)

    html = client.get("/en/search/", {"q": "wombat", "type": "document"}).content.decode()

    assert "<mark>wombat</mark>" in html
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "1 result" in html


@pytest.mark.parametrize("code", ["ar", "zh-hans", "fr", "ru", "es"])
def test_the_page_is_translated(client: Client, code: str) -> None:
    html = client.get(f"/{code}/search/", {"q": "nothing-matches-this"}).content.decode()

    assert "Kind of collaboration" not in html and "0 results" not in html
    assert 'action="/' + code + '/search/"' in html  # the search box in the navigation


def test_the_page_without_a_query_shows_the_form(client: Client) -> None:
    response = client.get("/en/search/")

    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_the_full_text_index_exists() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")
            assert "trigram" in cursor.fetchone()[0]
        else:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'search_searchentry'")
            assert {"search_entry_tsv", "search_entry_trgm"} <= {row[0] for row in cursor.fetchall()}
