"""The interface is translated into the six languages, and the compiled catalogues match."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "src" / "cpcollab" / "locale"
LANGUAGES = {"ar": "ar", "zh-hans": "zh_Hans", "fr": "fr", "ru": "ru", "es": "es"}
NAVIGATION = ["Actors", "Member States", "Themes", "Mechanisms", "Sign in", "Skip to content"]


def _entries(po: Path) -> dict[str, str]:
    """msgid → msgstr of the singular entries of a .po file (enough to compare with the .mo)."""
    entries: dict[str, str] = {}
    for block in po.read_text(encoding="utf-8").split("\n\n"):
        if "msgid_plural" in block or block.lstrip().startswith("#~"):
            continue
        parts = re.findall(r"^(msgid|msgstr) ((?:\".*\"\n?)+)", block + "\n", flags=re.M)
        values = {key: "".join(ast.literal_eval(s) for s in re.findall(r'".*"', raw)) for key, raw in parts}
        if values.get("msgid"):
            entries[values["msgid"]] = values.get("msgstr", "")
    return entries


@pytest.mark.parametrize("folder", sorted(LANGUAGES.values()))
def test_every_message_is_translated(folder: str) -> None:
    entries = _entries(LOCALE / folder / "LC_MESSAGES" / "django.po")

    assert len(entries) > 100
    assert [msgid for msgid, msgstr in entries.items() if not msgstr] == []


@pytest.mark.parametrize(("code", "folder"), sorted(LANGUAGES.items()))
def test_the_compiled_catalogue_matches_the_source(code: str, folder: str) -> None:
    entries = _entries(LOCALE / folder / "LC_MESSAGES" / "django.po")

    with translation.override(code):
        stale = [msgid for msgid, msgstr in entries.items() if translation.gettext(msgid) != msgstr]

    assert stale == [], "run `make messages` to recompile the catalogues"


@pytest.mark.django_db
@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_layout_and_navigation_are_translated(client: Client, code: str) -> None:
    html = client.get(f"/{code}/").content.decode()

    with translation.override(code):
        labels = [translation.gettext(label) for label in NAVIGATION]
    assert all(label not in NAVIGATION for label in labels), labels
    for label in labels:
        assert label in html
