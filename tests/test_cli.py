"""The ``cpcollab`` console script passes through to Django's management commands."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cpcollab import cli


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    # A database of its own: never the one the suite runs on.
    env = {
        **os.environ,
        "CPCOLLAB_DATA_DIR": str(tmp_path),
        "CPCOLLAB_SECRET_KEY": "x" * 50,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "cpcollab", *args], env=env, capture_output=True, text=True, check=False
    )


def test_help_lists_the_projects_own_commands(tmp_path: Path) -> None:
    result = _run("help", tmp_path=tmp_path)

    assert result.returncode == 0
    for command in ("load_reference", "load_demo", "audit", "migrate"):
        assert command in result.stdout


def test_a_fresh_database_migrates_loads_and_verifies(tmp_path: Path) -> None:
    assert _run("migrate", "-v", "0", tmp_path=tmp_path).returncode == 0

    loaded = _run("load-reference", tmp_path=tmp_path)
    again = _run("load-reference", tmp_path=tmp_path)
    verified = _run("audit", "verify", tmp_path=tmp_path)

    created = re.search(r"actor: (\d+) created", loaded.stdout)
    assert created and int(created.group(1)) >= 30
    assert "country: 0 created, 0 updated, 249 unchanged" in again.stdout
    assert verified.returncode == 0 and "intact" in verified.stdout


def test_an_unknown_command_fails(tmp_path: Path) -> None:
    result = _run("no-such-command", tmp_path=tmp_path)

    assert result.returncode != 0
    assert "Unknown command" in result.stderr


@pytest.mark.parametrize(("given", "expected"), [("load-reference", "load_reference"), ("--version", "--version")])
def test_hyphens_in_the_command_name_become_underscores(
    monkeypatch: pytest.MonkeyPatch, given: str, expected: str
) -> None:
    seen: list[list[str]] = []
    monkeypatch.setattr("django.core.management.execute_from_command_line", seen.append)

    cli.main(["cpcollab", given, "--some-option"])

    assert seen == [["cpcollab", expected, "--some-option"]]
