"""Security defaults: headers, cookies, password hashing, login lockout, no external assets."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def _settings_in_subprocess(env: dict[str, str], expression: str) -> subprocess.CompletedProcess[str]:
    code = f"import cpcollab.config.settings as s; print({expression})"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={"PATH": "/usr/bin:/bin", "CPCOLLAB_SECRET_KEY": "x" * 50, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_pages_carry_a_strict_content_security_policy_and_other_headers(client: Client) -> None:
    response = client.get("/en/")

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_production_settings_hash_passwords_with_argon2_and_use_secure_cookies(tmp_path: Any) -> None:
    result = _settings_in_subprocess(
        {"CPCOLLAB_DATA_DIR": str(tmp_path)},
        "s.PASSWORD_HASHERS[0], s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS",
    )

    assert result.stdout.strip() == "django.contrib.auth.hashers.Argon2PasswordHasher True True 31536000"


def test_the_local_demo_over_plain_http_drops_secure_cookies(tmp_path: Any) -> None:
    result = _settings_in_subprocess(
        {"CPCOLLAB_DATA_DIR": str(tmp_path), "CPCOLLAB_HTTPS": "0"}, "s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS"
    )

    assert result.stdout.strip() == "False 0"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CPCOLLAB_HTTPS": "maybe"}, "CPCOLLAB_HTTPS must be a boolean"),
        ({"CPCOLLAB_LOGIN_FAILURE_LIMIT": "many"}, "CPCOLLAB_LOGIN_FAILURE_LIMIT must be an integer"),
        ({"DATABASE_URL": "mysql://localhost/x"}, "DATABASE_URL must point at SQLite or PostgreSQL"),
    ],
)
def test_bad_settings_fail_at_start_with_a_clear_message(tmp_path: Any, env: dict[str, str], message: str) -> None:
    result = _settings_in_subprocess({"CPCOLLAB_DATA_DIR": str(tmp_path), **env}, "1")

    assert result.returncode != 0
    assert message in result.stderr


def test_a_secret_key_is_generated_once_and_kept_private(tmp_path: Any) -> None:
    env = {"CPCOLLAB_DATA_DIR": str(tmp_path), "CPCOLLAB_SECRET_KEY": ""}
    first = _settings_in_subprocess(env, "s.SECRET_KEY").stdout
    second = _settings_in_subprocess(env, "s.SECRET_KEY").stdout

    assert first == second and len(first.strip()) >= 50
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_the_database_runs_in_wal_mode_on_sqlite(tmp_path: Any) -> None:
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='cpcollab.config.settings'; django.setup();"
        "from django.db import connection; c=connection.cursor(); c.execute('PRAGMA journal_mode');"
        "print(c.fetchone()[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PATH": "/usr/bin:/bin", "CPCOLLAB_DATA_DIR": str(tmp_path), "CPCOLLAB_SECRET_KEY": "x" * 50},
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.strip() == "wal"


def test_repeated_failed_logins_lock_the_account_out(client: Client, unicef_user: Any) -> None:
    statuses = [
        client.post("/en/accounts/login/", {"username": unicef_user.username, "password": "wrong"}).status_code
        for _ in range(5)
    ]

    locked = client.post("/en/accounts/login/", {"username": unicef_user.username, "password": "a-long-test-password"})

    assert statuses == [200, 200, 200, 200, 429]  # the fifth failure locks (CPCOLLAB_LOGIN_FAILURE_LIMIT)
    assert locked.status_code == 429
    assert b"locked" in locked.content.lower()


def test_a_correct_login_works_and_sets_an_httponly_session(client: Client, unicef_user: Any) -> None:
    response = client.post(
        "/en/accounts/login/", {"username": unicef_user.username, "password": "a-long-test-password"}
    )

    assert response.status_code == 302
    assert response.cookies["sessionid"]["httponly"]


def test_logout_needs_a_post(client: Client, unicef_user: Any) -> None:
    client.force_login(unicef_user)

    assert client.get("/en/accounts/logout/").status_code == 405
    assert client.post("/en/accounts/logout/").status_code == 302


@pytest.mark.parametrize("url", ["/en/", "/ar/actors/UNICEF/", "/en/themes/", "/api/docs/", "/en/accounts/login/"])
def test_pages_load_no_asset_from_another_site(client: Client, url: str) -> None:
    html = client.get(url).content.decode()

    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assets = [u for u in external if re.search(r"\.(js|css|woff2?|ttf|png|svg)(\?|$)", u)]
    assert assets == []
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="(?:https?:)?//', html)


def test_the_api_documentation_is_served_locally(client: Client) -> None:
    page = client.get("/api/docs/")
    script = client.get("/api/docs/?script=")
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")

    assert page.status_code == 200 and b"/static/drf_spectacular_sidecar/" in page.content
    assert script.status_code == 200
    assert schema.status_code == 200 and "/api/v1/actors/" in schema.json()["paths"]


@pytest.mark.parametrize(
    "path", ["/static/cpcollab/site.css", "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js"]
)
def test_the_application_serves_its_own_assets(client: Client, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 200
    assert b"".join(response.streaming_content)  # type: ignore[attr-defined]
