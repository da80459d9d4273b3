"""Every engine error code is documented (docs/engine.md)."""

from __future__ import annotations

from pathlib import Path

from cpcollab.engine.errors import CATALOGUE

DOC = Path(__file__).resolve().parents[2] / "docs" / "engine.md"


def test_every_error_code_is_in_the_catalogue_table() -> None:
    text = DOC.read_text(encoding="utf-8")

    for code, error in CATALOGUE.items():
        assert f"| {code} | `{error.__name__}` |" in text
