"""Registry pages, in the six languages."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/{lang}/",
        "/{lang}/actors/",
        "/{lang}/actors/UNICEF/",
        "/{lang}/actors/SR-SALE/",
        "/{lang}/member-states/",
        "/{lang}/member-states/FRA/",
        "/{lang}/themes/",
        "/{lang}/themes/crc-art-19/",
        "/{lang}/mechanisms/",
        "/{lang}/mechanisms/MRM/",
    ],
)
@pytest.mark.parametrize("lang", ["ar", "zh-hans", "en", "fr", "ru", "es"])
def test_every_page_renders_in_every_language(client: Client, url: str, lang: str) -> None:
    response = client.get(url.format(lang=lang))

    assert response.status_code == 200
    assert f'lang="{lang}"'.encode() in response.content


def test_arabic_pages_are_right_to_left_and_others_left_to_right(client: Client) -> None:
    assert b'<html lang="ar" dir="rtl">' in client.get("/ar/").content
    assert b'<html lang="fr" dir="ltr">' in client.get("/fr/").content


def test_actor_page_shows_mandate_reporting_lines_and_names_in_its_language(client: Client) -> None:
    english = client.get("/en/actors/UNICEF/").content.decode()
    russian = client.get("/ru/actors/UNICEF/").content.decode()

    assert "A/RES/57(I)" in english
    assert "<h1>United Nations Children&#x27;s Fund" in english
    assert "<h1>Детский фонд Организации Объединенных Наций" in russian


def test_member_state_list_shows_193_by_default_and_searches(client: Client) -> None:
    page = client.get("/en/member-states/")
    search = client.get("/en/member-states/", {"q": "франция"})

    assert page.context["count"] == 193
    assert [c.iso3 for group in search.context["by_region"].values() for c in group] == ["FRA"]


def test_unknown_actor_is_a_404_page(client: Client) -> None:
    assert client.get("/en/actors/NOPE/").status_code == 404


def test_the_language_switcher_keeps_the_page(client: Client) -> None:
    response = client.post("/i18n/setlang/", {"language": "ar", "next": "/en/actors/UNICEF/"})

    assert response.status_code == 302
    assert response["Location"] == "/ar/actors/UNICEF/"


def test_the_root_redirects_to_a_language(client: Client) -> None:
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 302 and response["Location"] == "/fr/"
