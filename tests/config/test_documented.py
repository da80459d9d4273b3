"""Every setting read from the environment is documented (and nothing documented is dead)."""

from __future__ import annotations

import re
from pathlib import Path

from cpcollab.config.env import DOCUMENTED

DOC = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def test_every_environment_variable_is_documented_and_every_documented_one_is_read() -> None:
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", DOC.read_text(encoding="utf-8"), flags=re.M))

    assert DOCUMENTED, "settings were not loaded through config.env"
    assert documented == DOCUMENTED
