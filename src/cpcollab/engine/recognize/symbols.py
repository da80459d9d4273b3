"""Recognising cited UN document symbols ("A/HRC/28/55", "S/RES/1612 (2005)", "CRC/C/GC/13").

Symbols contain acronyms (HRC, CRC) that are not mentions of the actor; recognising the symbol
first lets the actor recogniser ignore what lies inside it.
"""

from __future__ import annotations

import re

from cpcollab.engine.model import Span

# Series symbols: an organ or body prefix, then slash-separated parts; a Security Council
# resolution may carry its year in parentheses.
SYMBOL = re.compile(
    r"(?<![\w/])(?:[A-Z]{1,6}(?:\.\d+)?)(?:/(?:[A-Z]{1,6}\.?\d*|\d+(?:\.\d+)?|[A-Z][a-z]{0,3}\.?\d*|\d{4}/\d+))+"
    r"(?:\s*\(\d{4}\))?(?![\w/])"
)


def find_symbols(text: str) -> list[Span]:
    """Every document symbol in ``text``."""
    spans: list[Span] = []
    if "/" not in text:
        return spans  # every symbol has a slash
    for match in SYMBOL.finditer(text):
        value = match.group().strip()
        if "/" not in value or not any(ch.isdigit() for ch in value):
            continue  # every symbol carries a number; "ILO/IPEC" is a name
        spans.append(Span(match.start(), match.end(), "symbol", value, value, "pattern:symbol"))
    return spans
