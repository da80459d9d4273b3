"""What a document's symbol says about the document: the organ it is issued for, and whether
the organ speaks in it (``data/series.toml``).

In a document, the symbol its masthead prints tells the title resolver the document's organ:
in a document of the Security Council a bare « le Conseil » is the Council. In the organ's own
decisions and statements, « Il souligne … » is the Council speaking, in a document and in a
sentence read alone with its symbol (a line of the evaluation contract that gives its
``source``) alike.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: A symbol as the United Nations Parallel Corpus names its files: the year of issue, then the
#: symbol in lower case with "." written "_" and a closing "(YYYY)" written "__YYYY_"
#: ("2015/s/res/2197__2015_", "2015/e/cn_15/2015/4").
_CORPUS_PATH = re.compile(r"^\d{4}/([a-z][a-z0-9_./-]*)$")
_CORPUS_YEAR = re.compile(r"__(\d{4})_$")


@dataclass(frozen=True, slots=True)
class Series:
    """The organ a document is issued for (a registry code), and whether it speaks in it."""

    organ: str
    speaks: bool = False


@cache
def _series() -> tuple[tuple[str, Series], ...]:
    """The series of ``series.toml``, longest prefix first."""
    text = resources.files("cpcollab.engine").joinpath("data", "series.toml").read_text(encoding="utf-8")
    entries = [(e["prefix"], Series(e["organ"], bool(e.get("speaks", False)))) for e in tomllib.loads(text)["series"]]
    return tuple(sorted(entries, key=lambda entry: -len(entry[0])))


def symbol_of(source: str) -> str:
    """A document symbol as the United Nations writes it, from itself or from the name the
    parallel corpus gives its file ("2015/s/res/2197__2015_" → "S/RES/2197 (2015)")."""
    source = source.strip()
    corpus = _CORPUS_PATH.match(source)
    if corpus is None:
        return source
    symbol = _CORPUS_YEAR.sub(r" (\1)", corpus.group(1))
    return symbol.replace("_", ".").upper()


def series_of(symbol: str | None) -> Series | None:
    """The series a symbol belongs to (``None`` for a symbol of no series the table knows)."""
    if not symbol:
        return None
    symbol = symbol.strip().upper()
    return next((series for prefix, series in _series() if symbol.startswith(prefix)), None)
