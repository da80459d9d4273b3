"""OpenDocument list numbering: the "12." or "(a)" that a numbered list shows but does not store.

A ``text:list`` names a list style (``text:list-style``, or the ``text:outline-style`` of
headings) whose level styles say how each nesting level is written: ``style:num-format`` ("1",
"a", "A", "i", "I"), ``style:num-prefix`` and ``style:num-suffix``, ``text:start-value`` and
``text:display-levels`` (how many levels the label shows: "2.1"). Nested lists are the deeper
levels of the list around them. A list restarts at its start values unless it says
``text:continue-numbering="true"`` (it goes on from the last list of its style) or
``text:continue-list`` (from the list with that ``xml:id``); an item's ``text:start-value``
sets its own number. Headings outside lists are numbered by the outline style.

Anything that does not resolve (a style that is not defined, a level past ten, a start value out
of range, a format not written here) gives no label: the paragraph stays an unnumbered list item.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from cpcollab.engine.readers.listlabels import MAX_COUNT, MAX_LABEL, Counters, format_count

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
LEVELS = 10
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_NUMBERED = frozenset({TEXT + "list-level-style-number", TEXT + "outline-level-style"})
_LEVEL_STYLES = _NUMBERED | {TEXT + "list-level-style-bullet", TEXT + "list-level-style-image"}
_ALIGNMENT = f"{STYLE}list-level-properties/{STYLE}list-level-label-alignment"
_INTEGER = re.compile(r"\d{1,8}", re.ASCII)


def _count(value: str | None) -> int | None:
    """A start value in ``[0, MAX_COUNT]``, else None (a malformed or absurd value)."""
    if value is None or not _INTEGER.fullmatch(value.strip()):
        return None
    number = int(value)
    return number if number <= MAX_COUNT else None


@dataclass(frozen=True, slots=True)
class LevelStyle:
    """How one level of a list style is written."""

    fmt: str | None  # a format of :func:`format_count`; None for a bullet or no number
    prefix: str
    suffix: str
    start: int
    display: int  # how many levels the label shows, this one last
    repeat_letters: bool  # style:num-letter-sync: aa, bb … rather than aa, ab …
    separator: str  # what text:label-followed-by puts between the label and the text


def _level_style(element: ET.Element) -> LevelStyle | None:
    """One level style; None when its start value is out of range (the level shows no label)."""
    start_text = element.get(TEXT + "start-value")
    start = 1 if start_text is None else _count(start_text)
    if start is None:
        return None
    display = _count(element.get(TEXT + "display-levels")) or 1
    alignment = element.find(_ALIGNMENT)
    followed_by = alignment.get(TEXT + "label-followed-by") if alignment is not None else None
    return LevelStyle(
        fmt=_FORMATS.get(element.get(STYLE + "num-format") or "") if element.tag in _NUMBERED else None,
        prefix=element.get(STYLE + "num-prefix") or "",
        suffix=element.get(STYLE + "num-suffix") or "",
        start=start,
        display=max(1, min(display, LEVELS)),
        repeat_letters=(element.get(STYLE + "num-letter-sync") or "") == "true",
        separator="" if followed_by == "nothing" else " ",
    )


def _levels(list_style: ET.Element) -> dict[int, LevelStyle]:
    levels: dict[int, LevelStyle] = {}
    for element in list_style:
        if element.tag not in _LEVEL_STYLES:
            continue
        level = _count(element.get(TEXT + "level"))
        parsed = _level_style(element) if level is not None and 1 <= level <= LEVELS else None
        if level is not None and parsed is not None:
            levels.setdefault(level, parsed)
    return levels


@dataclass(frozen=True, slots=True)
class ListStyles:
    """The list styles of a document by name, and its outline style (the numbering of headings)."""

    styles: dict[str, dict[int, LevelStyle]] = field(default_factory=dict)
    outline: dict[int, LevelStyle] = field(default_factory=dict)
    outline_name: str | None = None

    @classmethod
    def read(cls, *roots: ET.Element | None) -> ListStyles:
        """The list styles under ``office:styles`` and ``office:automatic-styles`` of the roots given
        (``styles.xml`` then ``content.xml``: a later definition of a name wins)."""
        styles: dict[str, dict[int, LevelStyle]] = {}
        outline: dict[int, LevelStyle] = {}
        outline_name: str | None = None
        for root in roots:
            if root is None:
                continue
            for container in (root.find(OFFICE + "styles"), root.find(OFFICE + "automatic-styles")):
                if container is None:
                    continue
                for element in container:
                    if element.tag not in (TEXT + "list-style", TEXT + "outline-style"):
                        continue
                    levels = _levels(element)
                    name = element.get(STYLE + "name")
                    if name:
                        styles[name] = levels
                    if element.tag == TEXT + "outline-style":
                        outline, outline_name = levels, name
        return cls(styles, outline, outline_name)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a paragraph is within lists: the counts it adds to, the list style, the nesting level."""

    counters: Counters
    style: str | None
    level: int  # 1 for a list that is not nested


class ListNumbering:
    """The labels of numbered list items and headings, in document order."""

    def __init__(self, styles: ListStyles) -> None:
        self.styles = styles
        self.by_id: dict[str, Counters] = {}
        self.by_style: dict[str | None, Counters] = {}
        self.outline = Counters(LEVELS)

    def enter(self, element: ET.Element, outer: Place | None) -> Place:
        """The place of the items of a ``text:list`` (nested in ``outer``, if given)."""
        style = element.get(TEXT + "style-name")
        if outer is not None:
            counters, style, level = outer.counters, style or outer.style, outer.level + 1
        elif style is not None and style == self.styles.outline_name:
            # Headings put in lists of the outline style: one count for the whole document.
            counters, level = self.outline, 1
        else:
            level = 1
            continued = self.by_id.get(element.get(TEXT + "continue-list") or "")
            if continued is None and element.get(TEXT + "continue-numbering") == "true":
                continued = self.by_style.get(style)
            counters = continued if continued is not None else Counters(LEVELS)
            self.by_style[style] = counters
        list_id = element.get(XML_ID)
        if list_id:
            self.by_id[list_id] = counters
        return Place(counters, style, level)

    def item(self, element: ET.Element, place: Place) -> str | None:
        """Count a ``text:list-item`` whose first paragraph is numbered; its label and separator, or None."""
        if place.level > LEVELS:
            return None
        levels = self.styles.styles.get(place.style or "", {})
        return _count_and_label(place.counters, levels, place.level, _count(element.get(TEXT + "start-value")))

    def heading(self, element: ET.Element, level: int) -> str | None:
        """Count a heading outside lists by the outline style; its label and separator, or None."""
        if not self.styles.outline or element.get(TEXT + "is-list-header") == "true" or level > LEVELS:
            return None
        restart_at = None
        if element.get(TEXT + "restart-numbering") == "true":
            style = self.styles.outline.get(level)
            restart_at = _count(element.get(TEXT + "start-value"))
            if restart_at is None:
                restart_at = style.start if style else 1
        return _count_and_label(self.outline, self.styles.outline, level, restart_at)


def _count_and_label(
    counters: Counters, levels: dict[int, LevelStyle], level: int, restart_at: int | None
) -> str | None:
    """Count one paragraph at ``level`` (1-based), restart the levels below, write its label."""
    style = levels.get(level)
    counters.advance(level - 1, style.start if style else 1, restart_at)
    for deeper in range(level, LEVELS):
        counters.restart(deeper)
    if style is None or style.fmt is None:
        return None
    parts: list[str] = []
    for shown in range(max(1, level - style.display + 1), level + 1):
        other = levels.get(shown)
        written = format_count(
            counters.value(shown - 1, other.start if other else 1),
            (other.fmt if other else None) or "decimal",
            repeat_letters=other.repeat_letters if other else False,
        )
        if written is None:
            return None
        parts.append(written)
    label = (style.prefix + ".".join(parts) + style.suffix).strip()
    if len(label) > MAX_LABEL:
        return None
    return label + style.separator
