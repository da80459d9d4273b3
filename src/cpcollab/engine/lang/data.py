"""Per-language rule data: the TOML files under ``engine/lang/<code>/``.

Each language folder holds small hand-written tables (``langid.toml``, ``segment.toml``,
``masthead.toml``, ``numbers.toml``) that the engine's components read through :func:`load`.
A missing file reads as an empty table; a malformed value raises
:class:`~cpcollab.engine.errors.InvalidInputError` naming the file and key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from cpcollab.engine.errors import InvalidInputError
from cpcollab.reference.languages import LANGUAGES


@cache
def load(code: str, name: str) -> Mapping[str, Any]:
    """The table of ``lang/<code>/<name>.toml``; empty when the language has no such file.

    The result is cached and shared: callers must not change it.
    """
    if code not in LANGUAGES:
        raise InvalidInputError(f"Unknown language code {code!r}; expected one of {', '.join(LANGUAGES)}.")
    path = resources.files("cpcollab.engine.lang") / code / f"{name}.toml"
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def strings(table: Mapping[str, Any], key: str, *, where: str = "") -> list[str]:
    """``table[key]`` as a list of strings (empty when absent)."""
    value = table.get(key, [])
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInputError(f"{where or 'language data'}: {key} must be a list of strings.")
    return list(value)


def number_map(table: Mapping[str, Any], key: str, *, where: str = "") -> dict[str, int]:
    """``table[key]`` as a mapping of words to integers (empty when absent)."""
    value = table.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
        raise InvalidInputError(f"{where or 'language data'}: {key} must map words to integers.")
    return {str(k): int(v) for k, v in value.items()}


def string_map(table: Mapping[str, Any], key: str, *, where: str = "") -> dict[str, list[str]]:
    """``table[key]`` as a mapping of keys to lists of strings (a lone string becomes a list)."""
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise InvalidInputError(f"{where or 'language data'}: {key} must be a table.")
    out: dict[str, list[str]] = {}
    for k, v in value.items():
        items = [v] if isinstance(v, str) else v
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise InvalidInputError(f"{where or 'language data'}: {key}.{k} must be text or a list of text.")
        out[str(k)] = list(items)
    return out
