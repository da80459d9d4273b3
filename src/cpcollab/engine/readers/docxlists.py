"""Word's automatic paragraph numbering: the "12." or "(a)" that Word shows but does not store.

A paragraph is numbered by a ``w:numPr`` (a ``w:numId`` and a level, ``w:ilvl``), its own or its
paragraph style's. ``word/numbering.xml`` maps the numId to a ``w:num``, which names a
``w:abstractNum`` whose ``w:lvl`` elements say how each level is written: its start value, its
number format, its level text ("%1.", "(%2)", "%1.%2.") and when it restarts. Word keeps the
running counts on the abstract definition, so two numIds over one abstractNum continue each
other; a ``w:startOverride`` in a ``w:num`` restarts the count where that numId first appears.

Anything that does not resolve (a numId that points nowhere, a level that is not defined, a start
value out of Word's range, a format not written here) gives no label: the reader then keeps the
paragraph as an unnumbered list item. The work per paragraph is bounded by the nine levels.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from cpcollab.engine.readers.listlabels import MAX_COUNT, MAX_LABEL, Counters, format_count

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
LEVELS = 9  # w:ilvl 0 … 8
_PLACEHOLDER = re.compile(r"%([1-9])")
_SEPARATORS = {"tab": " ", "space": " ", "nothing": ""}
_LINK_HOPS = 4  # numStyleLink indirections followed before giving up (a cycle ends there)
_FALSE = frozenset({"0", "false", "off"})
_INTEGER = re.compile(r"-?\d{1,8}", re.ASCII)


@dataclass(frozen=True, slots=True)
class Level:
    """How one list level is written (a ``w:lvl``)."""

    start: int
    fmt: str  # w:numFmt: decimal, lowerLetter, upperRoman, bullet, none …
    text: str  # w:lvlText: "%1.", "(%2)"
    restart: int | None  # w:lvlRestart: restarts after this level (1-based) or above; 0 never
    legal: bool  # w:isLgl: every level's count in decimal
    separator: str  # what w:suff puts between the label and the text
    style: str | None  # w:pStyle: the paragraph style numbered at this level


@dataclass(frozen=True, slots=True)
class _Num:
    """A ``w:num``: an abstract definition, with levels or start values it overrides."""

    abstract: str
    levels: dict[int, Level]
    starts: dict[int, int]


@dataclass(slots=True)
class _Abstract:
    levels: dict[int, Level] = field(default_factory=dict)
    link: str | None = None  # w:numStyleLink: the levels are those of a numbering style's list


def _val(element: ET.Element | None) -> str | None:
    return None if element is None else element.get(W + "val")


def _small_int(value: str | None, low: int, high: int) -> int | None:
    """``value`` as an int in ``[low, high]``, else None (a malformed or absurd value)."""
    if value is None or not _INTEGER.fullmatch(value.strip()):
        return None
    number = int(value)
    return number if low <= number <= high else None


def _level(element: ET.Element) -> Level | None:
    """The definition of one ``w:lvl``; None when its start value is missing from Word's range."""
    start_text = _val(element.find(W + "start"))
    start = 0 if start_text is None else _small_int(start_text, 0, MAX_COUNT)  # ECMA-376: 0 when absent
    if start is None:
        return None
    fmt_element = element.find(W + "numFmt")
    if fmt_element is None:  # Word 2010 writes custom formats in a choice, with a plain fallback
        fmt_element = element.find(f"{_MC}AlternateContent/{_MC}Fallback/{W}numFmt")
    legal = element.find(W + "isLgl")
    restart = element.find(W + "lvlRestart")
    return Level(
        start=start,
        fmt=_val(fmt_element) or "decimal",
        text=_val(element.find(W + "lvlText")) or "",
        restart=None if restart is None else _small_int(_val(restart), 0, LEVELS),
        legal=legal is not None and (_val(legal) or "1").lower() not in _FALSE,
        separator=_SEPARATORS.get(_val(element.find(W + "suff")) or "tab", " "),
        style=_val(element.find(W + "pStyle")),
    )


def _levels(parent: ET.Element) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    for element in parent.findall(W + "lvl"):
        ilvl = _small_int(element.get(W + "ilvl"), 0, LEVELS - 1)
        level = _level(element) if ilvl is not None else None
        if ilvl is not None and level is not None:
            levels.setdefault(ilvl, level)
    return levels


class NumberingDefinitions:
    """The ``w:num`` and ``w:abstractNum`` definitions of ``word/numbering.xml``."""

    def __init__(self, root: ET.Element | None, style_nums: dict[str, str]) -> None:
        self.abstracts: dict[str, _Abstract] = {}
        self.nums: dict[str, _Num] = {}
        self.style_nums = style_nums  # numbering style id → its numId (for numStyleLink)
        if root is None or root.tag != W + "numbering":
            return
        for element in root.findall(W + "abstractNum"):
            abstract_id = element.get(W + "abstractNumId")
            if abstract_id is not None and abstract_id not in self.abstracts:
                link = _val(element.find(W + "numStyleLink"))
                self.abstracts[abstract_id] = _Abstract(_levels(element), link)
        for element in root.findall(W + "num"):
            num_id, abstract_id = element.get(W + "numId"), _val(element.find(W + "abstractNumId"))
            if num_id is None or abstract_id is None or num_id in self.nums:
                continue
            levels: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for override in element.findall(W + "lvlOverride"):
                ilvl = _small_int(override.get(W + "ilvl"), 0, LEVELS - 1)
                if ilvl is None:
                    continue
                start = _small_int(_val(override.find(W + "startOverride")), 0, MAX_COUNT)
                if start is not None:
                    starts[ilvl] = start
                level = override.find(W + "lvl")
                parsed = _level(level) if level is not None else None
                if parsed is not None:
                    levels[ilvl] = parsed
            self.nums[num_id] = _Num(abstract_id, levels, starts)

    def abstract_of(self, num_id: str) -> str | None:
        """The abstract definition that holds the levels of ``num_id``, following style links."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract_id: str | None = num.abstract
        for _ in range(_LINK_HOPS):
            abstract = self.abstracts.get(abstract_id or "")
            if abstract is None:
                return None
            if abstract.link is None:
                return abstract_id
            linked = self.nums.get(self.style_nums.get(abstract.link, ""))
            abstract_id = linked.abstract if linked is not None else None
        return None

    def levels_of(self, num_id: str, abstract_id: str) -> dict[int, Level]:
        """The levels of ``num_id``: the abstract definition's, with those the num overrides."""
        levels = self.abstracts[abstract_id].levels
        num = self.nums[num_id]
        return {**levels, **num.levels} if num.levels else levels


@dataclass(frozen=True, slots=True)
class StyleNumbering:
    """The ``w:numPr`` a paragraph style gives (following its ``based on`` chain)."""

    num_id: str | None
    ilvl: str | None


class ListNumbering:
    """The labels of numbered paragraphs, in document order: counts per abstract definition."""

    def __init__(self, definitions: NumberingDefinitions, styles: dict[str, StyleNumbering]) -> None:
        self.definitions = definitions
        self.styles = styles
        self.counters: dict[str, Counters] = {}
        self.seen: set[tuple[str, int]] = set()  # (numId, level) met: startOverride applies once
        self.resolved: dict[str, tuple[str, dict[int, Level], dict[str, int]] | None] = {}

    def _resolve(self, num_id: str) -> tuple[str, dict[int, Level], dict[str, int]] | None:
        """The abstract id, levels and level-by-style of ``num_id`` (None: it points nowhere)."""
        if num_id not in self.resolved:
            abstract_id = self.definitions.abstract_of(num_id)
            if abstract_id is None:
                self.resolved[num_id] = None
            else:
                levels = self.definitions.levels_of(num_id, abstract_id)
                by_style = {level.style: ilvl for ilvl, level in sorted(levels.items()) if level.style}
                self.resolved[num_id] = (abstract_id, levels, by_style)
        return self.resolved[num_id]

    def label(self, ppr: ET.Element | None, style: str | None) -> str | None:
        """The label and separator Word writes before the paragraph ("12. ", "(a) "), or None.

        None for a paragraph that is not numbered, a bullet, a level without a number, or
        numbering that does not resolve. A numbered paragraph is counted even when it shows no
        label, so that the paragraphs after it get Word's numbers.
        """
        own = ppr.find(W + "numPr") if ppr is not None else None
        inherited = self.styles.get(style or "")
        num_id = _val(own.find(W + "numId")) if own is not None else None
        ilvl_text = _val(own.find(W + "ilvl")) if own is not None else None
        if num_id is None and inherited is not None:
            num_id = inherited.num_id
        if ilvl_text is None and inherited is not None:
            ilvl_text = inherited.ilvl
        if num_id is None or num_id.strip() == "0":
            return None
        resolved = self._resolve(num_id)
        if resolved is None:
            return None
        abstract_id, levels, by_style = resolved
        ilvl = by_style.get(style or "", 0) if ilvl_text is None else _small_int(ilvl_text, 0, LEVELS - 1)
        level = levels.get(ilvl) if ilvl is not None else None
        if ilvl is None or level is None:
            return None
        counters = self.counters.setdefault(abstract_id, Counters(LEVELS))
        restart_at = None
        if (num_id, ilvl) not in self.seen:
            self.seen.add((num_id, ilvl))
            restart_at = self.definitions.nums[num_id].starts.get(ilvl)
        counters.advance(ilvl, level.start, restart_at)
        for deeper in range(ilvl + 1, LEVELS):
            if _restarts(levels.get(deeper), deeper, ilvl):
                counters.restart(deeper)
        return _render(level, levels, counters)


def _restarts(level: Level | None, index: int, used: int) -> bool:
    """Whether the level at ``index`` restarts when a paragraph at level ``used`` (above it) is counted."""
    restart = level.restart if level is not None else None
    if restart is None or restart > index:  # absent, or naming a level that is not above: the default
        return True
    return restart != 0 and used < restart


def _render(level: Level, levels: dict[int, Level], counters: Counters) -> str | None:
    """The level text with each "%n" replaced by level n's count in its format."""
    if level.fmt in ("bullet", "none") or _PLACEHOLDER.search(level.text) is None:
        return None
    parts: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(level.text):
        index = int(match.group(1)) - 1
        other = levels.get(index)
        if other is None:
            return None
        written = format_count(counters.value(index, other.start), "decimal" if level.legal else other.fmt)
        if written is None:
            return None
        parts += [level.text[position : match.start()], written]
        position = match.end()
    label = ("".join(parts) + level.text[position:]).strip()
    if not label or len(label) > MAX_LABEL:
        return None
    return label + level.separator
