"""A/RES/66/139 para. 2: nothing scores, rates or ranks an actor (ADR 0002).

These checks look at everything the system stores and exposes: a field, an API property or
a page that measured actors against each other would fail here.
"""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.test import Client

FORBIDDEN = re.compile(
    r"(?<![a-z])(scores?|scoring|rank(s|ing)?|ratings?|grades?|satisfaction|performance|kpi|league)(?![a-z])", re.I
)


def test_no_model_field_scores_or_ranks() -> None:
    fields = [
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        if model.__module__.startswith("cpcollab.")
        for field in model._meta.get_fields()
    ]

    assert fields
    assert [f for f in fields if FORBIDDEN.search(f.split(".")[-1].replace("_", " "))] == []


@pytest.mark.django_db
def test_no_api_property_or_parameter_scores_or_ranks(client: Client) -> None:
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()
    names = set(re.findall(r'"(?:name|title)": "([^"]+)"', str(schema).replace("'", '"')))
    for component in schema["components"]["schemas"].values():
        names |= set(component.get("properties", {}))

    assert [n for n in names if FORBIDDEN.search(n.replace("_", " "))] == []


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/en/actors/", "/en/actors/SRSG-VAC/", "/en/", "/en/mechanisms/MRM/"])
def test_actor_pages_do_not_rank(client: Client, url: str) -> None:
    text = re.sub(r"<[^>]+>", " ", client.get(url).content.decode())

    assert not re.search(r"\b(ranked|ranking|score|rating|top \d+|best performing)\b", text, re.I)


def test_the_detector_itself_catches_what_it_forbids() -> None:
    assert FORBIDDEN.search("performance score") and FORBIDDEN.search("rank") and FORBIDDEN.search("satisfaction")
    assert not FORBIDDEN.search("independent mandate") and not FORBIDDEN.search("confidence")
