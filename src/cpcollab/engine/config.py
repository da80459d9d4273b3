"""The pipeline's configuration, and the hash that identifies a result's provenance.

The hash covers the configuration *and* every rule and data file the engine reads (lexicons,
entity lists, the registry's reference data), so a result can be reproduced - and re-run when
the pipeline changes - by comparing hashes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from cpcollab.engine.limits import Limits

#: Version of the engine's code. Data files are hashed on their own; bump this when a code change
#: changes what the engine finds, so documents are ingested again (their job hash changes).
ENGINE_VERSION = "1.29.0"
#: Version of the JSON form of a result (bumped when its shape changes).
SCHEMA = "cpcollab.extraction/1"
COMPONENTS = ("read", "language", "metadata", "segment", "recognize", "resolve_titles", "classify")


@dataclass(frozen=True)
class PipelineConfig:
    """Which components run and with what settings. The defaults are the product's."""

    components: tuple[str, ...] = COMPONENTS
    limits: Limits = field(default_factory=Limits)
    #: Statements below this confidence are dropped.
    min_confidence: float = 0.0
    #: Fallback language when a block's language cannot be told.
    default_lang: str = "en"

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["components"] = list(self.components)
        return data

    def hash(self) -> str:
        """SHA-256 of the configuration, the engine version and the engine's data files."""
        payload = json.dumps(
            {"engine": ENGINE_VERSION, "config": self.as_dict(), "data": data_digest()}, sort_keys=True
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@cache
def data_digest() -> str:
    """One digest over every data file of the engine and of the reference data."""
    digest = hashlib.sha256()
    for package, folders in (("cpcollab.engine", ("lang", "data", "models")), ("cpcollab.reference", ("data",))):
        root = resources.files(package)
        for folder in folders:
            base = root.joinpath(folder)
            if not base.is_dir():
                continue
            for path in sorted(_walk(base), key=lambda p: str(p)):
                digest.update(str(path).split(package.replace(".", "/"))[-1].encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _walk(base: Any) -> list[Any]:
    found = []
    for entry in base.iterdir():
        if entry.is_dir():
            found += _walk(entry)
        elif entry.name.endswith((".toml", ".json", ".gz", ".bin")):
            found.append(entry)
    return found
