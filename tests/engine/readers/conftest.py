"""Shared helpers for the reader tests: where the real documents are, and reading them once."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from cpcollab.engine.model import Document
from cpcollab.engine.readers import read_path

#: Real UN documents shared with the project (not part of the repository).
SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
DOCUMENT_SUFFIXES = (".pdf", ".txt", ".html", ".htm", ".docx", ".odt")


def shared(*parts: str) -> Path:
    """A path under the shared data folder; skips the test when the folder is not there."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared test data not available: {path}")
    return path


def shared_files(folder: str, suffix: str) -> list[Path]:
    """The files of one kind in a shared data folder (empty when the folder is absent)."""
    base = SHARED_DATA / folder
    return sorted(base.glob(f"*{suffix}")) if base.is_dir() else []


def all_shared_documents() -> list[Path]:
    """Every document-format file under the shared data folder."""
    if not SHARED_DATA.is_dir():
        return []
    return sorted(p for p in SHARED_DATA.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES)


@functools.cache
def read_cached(path: Path) -> Document:
    """Read a shared document once per test session."""
    return read_path(path)
