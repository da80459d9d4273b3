"""The loader refuses malformed data with an error naming the file and the entry."""

from __future__ import annotations

from typing import Any

import pytest

from cpcollab.reference import loader


@pytest.fixture
def fake_files(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    files: dict[str, Any] = {}
    monkeypatch.setattr(loader, "_read", lambda name: files[name])
    for reader in (loader.actors, loader.mechanisms, loader.themes, loader.kinds, loader.countries):
        reader.cache_clear()
    yield files
    for reader in (loader.actors, loader.mechanisms, loader.themes, loader.kinds, loader.countries):
        reader.cache_clear()


def _names(**overrides: Any) -> dict[str, Any]:
    names = {lang: {"full": f"Full {lang}", "short": f"S{lang}"} for lang in ("ar", "zh", "en", "fr", "ru", "es")}
    names.update(overrides)
    return names


def test_an_actor_without_a_language_is_refused(fake_files: dict[str, Any]) -> None:
    names = _names()
    del names["ru"]
    fake_files["actors.toml"] = {
        "actor": [{"code": "X", "type": "fund_programme", "independent_mandate": False, "names": names}]
    }

    with pytest.raises(loader.ReferenceDataError, match=r"actors\.toml: X: no names in 'ru'"):
        loader.actors()


def test_an_unknown_actor_type_is_refused(fake_files: dict[str, Any]) -> None:
    fake_files["actors.toml"] = {"actor": [{"code": "X", "type": "club", "independent_mandate": False}]}

    with pytest.raises(loader.ReferenceDataError, match="type 'club'"):
        loader.actors()


def test_a_parent_that_is_not_an_actor_is_refused(fake_files: dict[str, Any]) -> None:
    fake_files["actors.toml"] = {
        "actor": [
            {"code": "X", "type": "srsg", "independent_mandate": True, "names": _names(), "parent": "NOPE"},
        ]
    }

    with pytest.raises(loader.ReferenceDataError, match="parent 'NOPE'"):
        loader.actors()


def test_a_theme_before_its_parent_is_refused(fake_files: dict[str, Any]) -> None:
    labels = dict.fromkeys(("ar", "zh", "en", "fr", "ru", "es"), "x")
    fake_files["themes-crc.toml"] = {"theme": [{"code": "child", "parent": "root", "kind": "item", "names": labels}]}
    fake_files["themes-protection.toml"] = {"theme": [{"code": "root", "kind": "scheme", "names": labels}]}

    with pytest.raises(loader.ReferenceDataError, match="must come earlier"):
        loader.themes()


def test_a_state_missing_a_language_is_refused(fake_files: dict[str, Any]) -> None:
    fake_files["countries.json"] = {
        "countries": [{"iso3": "ABC", "status": "member_state", "names": {"en": {"short": "Abc"}}}]
    }

    with pytest.raises(loader.ReferenceDataError, match="all six languages"):
        loader.countries()
