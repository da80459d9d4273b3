"""Mark spans of a text up as HTML: statements and actor names in the highlighted view.

:func:`highlight` takes a block's text and the spans found in it (by their offsets, in code
points, as the engine stores them) and returns escaped HTML in which every span is one element,
properly nested even where spans overlap: an element that would cross another is closed and
opened again. Nothing of the text is ever inserted unescaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

#: Attributes written only on the first piece of a span that had to be split (ids are unique).
_FIRST_ONLY = frozenset({"id"})


@dataclass(frozen=True)
class Mark:
    """A span to mark: ``text[start:end]`` becomes ``<tag class=... attrs...>…</tag>``."""

    start: int
    end: int
    tag: str = "mark"
    classes: tuple[str, ...] = ()
    attrs: Mapping[str, str] = field(default_factory=dict)


def _open(mark: Mark, *, first: bool) -> str:
    parts = [mark.tag]
    if mark.classes:
        parts.append(f'class="{escape(" ".join(mark.classes))}"')
    for name, value in mark.attrs.items():
        if first or name not in _FIRST_ONLY:
            parts.append(f'{name}="{escape(value)}"')
    return "<" + " ".join(parts) + ">"


def _valid(marks: Iterable[Mark], length: int) -> list[Mark]:
    """Marks clamped to the text, empty ones dropped; outer (longer) marks first at a position."""
    kept = []
    for mark in marks:
        start, end = max(0, mark.start), min(length, mark.end)
        if start < end:
            kept.append(Mark(start, end, mark.tag, mark.classes, mark.attrs))
    return sorted(kept, key=lambda m: (m.start, -m.end))


def highlight(text: str, marks: Iterable[Mark]) -> SafeString:
    """``text`` as HTML with every mark wrapped in its element; overlaps are split, not crossed."""
    pending = _valid(marks, len(text))
    boundaries = sorted({0, len(text)} | {m.start for m in pending} | {m.end for m in pending})
    out: list[str] = []
    stack: list[Mark] = []  # open elements, outermost first
    opened: set[int] = set()  # ids of marks already written once
    next_mark = 0
    for position, until in pairwise(boundaries):
        # Close what ends here; elements opened inside a closing one are closed and reopened.
        if any(m.end <= position for m in stack):
            keep = [m for m in stack if m.end > position]
            depth = next(i for i, m in enumerate(stack) if m.end <= position)
            out.extend(f"</{m.tag}>" for m in reversed(stack[depth:]))
            stack = keep[:depth]
            for mark in keep[depth:]:
                out.append(_open(mark, first=False))
                stack.append(mark)
        while next_mark < len(pending) and pending[next_mark].start == position:
            mark = pending[next_mark]
            out.append(_open(mark, first=id(mark) not in opened))
            opened.add(id(mark))
            stack.append(mark)
            next_mark += 1
        out.append(escape(text[position:until]))
    out.extend(f"</{m.tag}>" for m in reversed(stack))
    return mark_safe("".join(out))  # noqa: S308 - every piece of text above is escaped
