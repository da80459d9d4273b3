"""Snippets with the matched terms wrapped in ``<mark>``, everything else HTML-escaped.

Matching is done on folded text and mapped back to the original characters, so the snippet
shows the text as written (accents, case, harakat) with the right words marked. The result is
safe HTML: only the ``<mark>`` tags this module writes are markup.
"""

from __future__ import annotations

import unicodedata
from html import escape

from cpcollab.search.text import fold_mapped

WIDTH = 240


def _matches(folded: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = folded.find(term, start + len(term))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or folded[merged[-1][1] : start] == " "):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _end(text: str, end: int) -> int:
    """Extend a match over the marks that follow it (harakat, accents, tatweel, zero-width)."""
    while end < len(text) and (
        unicodedata.combining(text[end]) or unicodedata.category(text[end]) == "Cf" or text[end] == "\u0640"
    ):
        end += 1
    return end


def snippet(text: str, terms: tuple[str, ...], *, width: int = WIDTH) -> str:
    """Up to about ``width`` characters of ``text`` around its first match, as safe HTML."""
    folded, mapping = fold_mapped(text)
    spans = [(mapping[s], _end(text, mapping[e - 1] + 1)) for s, e in _matches(folded, terms)]
    begin = 0
    if spans and len(text) > width:
        first = spans[0][0]
        begin = max(0, first - width // 3)
        space = text.rfind(" ", 0, begin + 1)
        if space > begin - 20:
            begin = space + 1 if space >= 0 else 0
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space < end + 20 else end
    pieces: list[str] = ["…"] if begin > 0 else []
    cursor = begin
    for start, stop in spans:
        if stop <= begin or start >= end:
            continue
        start, stop = max(start, cursor), min(stop, end)
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:stop])}</mark>")
        cursor = stop
    pieces.append(escape(text[cursor:end]))
    if end < len(text):
        pieces.append("…")
    return "".join(pieces)
