"""One error shape for every error of the API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def _assert_shape(response: Any, status: int, code: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert body["error"]["message"]


def test_unknown_api_url(api: APIClient) -> None:
    _assert_shape(api.get("/api/v1/no-such-thing/"), 404, "not_found")


def test_method_not_allowed(api: APIClient) -> None:
    _assert_shape(api.delete("/api/v1/actors/"), 405, "method_not_allowed")


def test_malformed_json(client_for: Callable[[Any], APIClient], unicef_user: Any) -> None:
    response = client_for(unicef_user).post("/api/v1/contacts/", "{not json", content_type="application/json")

    _assert_shape(response, 400, "parse_error")


def test_unsupported_media_type(client_for: Callable[[Any], APIClient], unicef_user: Any) -> None:
    response = client_for(unicef_user).post("/api/v1/contacts/", "<x/>", content_type="application/xml")

    _assert_shape(response, 415, "unsupported_media_type")


def test_not_authenticated(api: APIClient) -> None:
    _assert_shape(api.get("/api/v1/me/"), 401, "not_authenticated")


def test_validation_details_name_the_fields(client_for: Callable[[Any], APIClient], unicef_user: Any) -> None:
    response = client_for(unicef_user).post("/api/v1/tokens/", {"name": "x", "expires_in_days": "soon"})

    _assert_shape(response, 400, "invalid")
    assert "expires_in_days" in response.json()["error"]["details"]


def test_an_unexpected_error_is_a_json_500_without_internals(
    client_for: Callable[[Any], APIClient], unicef_user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cpcollab.accounts import api as accounts_api

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(accounts_api.access, "contacts_for_user", boom)
    client = client_for(unicef_user)
    client.raise_request_exception = False

    response = client.get("/api/v1/contacts/")

    _assert_shape(response, 500, "server_error")
    assert b"secret internals" not in response.content
