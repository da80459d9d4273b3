"""The registry's API: public, paginated, filterable, searchable, in six languages."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from cpcollab.reference.languages import LANGUAGES

pytestmark = pytest.mark.django_db


def test_actors_list_thirty_or_more_each_named_in_six_languages(api: APIClient) -> None:
    body = api.get("/api/v1/actors/", {"page_size": 500}).json()

    assert body["count"] >= 30
    for actor in body["results"]:
        assert set(actor["names"]) == set(LANGUAGES), actor["code"]
        assert all(actor["names"][lang]["full"] for lang in LANGUAGES)


def test_member_states_list_exactly_193(api: APIClient) -> None:
    body = api.get("/api/v1/member-states/", {"page_size": 500}).json()

    assert body["count"] == 193
    assert len(body["results"]) == 193
    assert {c["status"] for c in body["results"]} == {"member_state"}
    assert "PSE" not in {c["iso3"] for c in body["results"]}


def test_countries_include_observers_and_territories(api: APIClient) -> None:
    observers = api.get("/api/v1/countries/", {"status": "observer_state"}).json()

    assert {c["iso3"] for c in observers["results"]} == {"PSE", "VAT"}
    assert api.get("/api/v1/countries/").json()["count"] > 193


def test_pages_default_to_fifty_and_cap_at_five_hundred(api: APIClient) -> None:
    assert len(api.get("/api/v1/countries/").json()["results"]) == 50
    assert len(api.get("/api/v1/countries/", {"page_size": 10_000}).json()["results"]) == 249
    page2 = api.get("/api/v1/member-states/", {"page": 2, "page_size": 100}).json()
    assert len(page2["results"]) == 93 and page2["next"] is None


@pytest.mark.parametrize(
    ("term", "code"),
    [("UNICEF", "UNICEF"), ("юнисеф", "UNICEF"), ("儿基会", "UNICEF"), ("اليونيسف", "UNICEF"), ("ACNUR", "UNHCR")],
)
def test_actor_search_works_in_every_script(api: APIClient, term: str, code: str) -> None:
    codes = [a["code"] for a in api.get("/api/v1/actors/", {"search": term}).json()["results"]]

    assert code in codes


def test_country_search_ignores_case_and_accents(api: APIClient) -> None:
    codes = [c["iso3"] for c in api.get("/api/v1/countries/", {"search": "cote d'ivoire"}).json()["results"]]

    assert codes == ["CIV"]


def test_actor_filters(api: APIClient) -> None:
    independent = api.get("/api/v1/actors/", {"independent_mandate": "true", "page_size": 100}).json()["results"]
    srsgs = api.get("/api/v1/actors/", {"type": "srsg"}).json()["results"]
    to_hrc = api.get("/api/v1/actors/", {"reports_to": "HRC", "page_size": 100}).json()["results"]

    assert {"SRSG-CAAC", "SRSG-VAC", "SR-SALE", "CRC"} <= {a["code"] for a in independent}
    assert "UNICEF" not in {a["code"] for a in independent}
    assert {a["code"] for a in srsgs} == {"SRSG-CAAC", "SRSG-VAC", "SRSG-SVC"}
    assert "SR-SALE" in {a["code"] for a in to_hrc}


def test_an_invalid_filter_value_is_a_400_in_the_error_shape(api: APIClient) -> None:
    response = api.get("/api/v1/actors/", {"type": "club"})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"
    assert "type" in response.json()["error"]["details"]


def test_actor_detail_has_mandates_reporting_lines_and_mechanisms(api: APIClient) -> None:
    actor = api.get("/api/v1/actors/SRSG-CAAC/").json()

    assert actor["type"] == "srsg" and actor["independent_mandate"] is True
    assert any(m["symbol"] == "A/RES/51/77" for m in actor["mandates"])
    assert actor["reports_to"]
    assert actor["parent"] == "SG"
    assert api.get("/api/v1/actors/srsg-caac/").status_code == 200


def test_themes_filter_by_scheme_walks_the_whole_subtree(api: APIClient) -> None:
    crc = api.get("/api/v1/themes/", {"scheme": "crc", "page_size": 500}).json()["results"]
    inspire = api.get("/api/v1/themes/", {"scheme": "inspire"}).json()["results"]

    assert {f"crc-art-{n}" for n in range(1, 55)} <= {t["code"] for t in crc}
    assert len([t for t in inspire if t["kind"] == "item"]) == 7


def test_mechanisms_list_members_and_filter_by_member(api: APIClient) -> None:
    mechanisms = api.get("/api/v1/mechanisms/", {"member": "UNODC"}).json()["results"]

    assert mechanisms
    assert all("UNODC" in {m["actor"] for m in mech["members"]} for mech in mechanisms)


def test_collaboration_kinds_are_the_six(api: APIClient) -> None:
    kinds = api.get("/api/v1/collaboration-kinds/").json()

    assert [k["code"] for k in kinds][:2] == ["joint_activity", "coordination"]
    assert len(kinds) == 6


@pytest.mark.parametrize(
    "url", ["/api/v1/actors/NOPE/", "/api/v1/countries/XXX/", "/api/v1/themes/nope/", "/api/v1/mechanisms/NOPE/"]
)
def test_unknown_entries_are_404_in_the_error_shape(api: APIClient, url: str) -> None:
    response = api.get(url)

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
