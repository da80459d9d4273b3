"""The engine's document model: plain dataclasses with offsets.

A reader turns bytes into a :class:`Document` of :class:`Block`\\ s (headings, paragraphs,
list items, footnotes, table cells) that keep their page and, for UN documents, their
paragraph number. Later stages add sentences, recognised spans and collaboration
statements, all with character offsets into their block, so that any result can be
highlighted in its source and cited by page and paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    FOOTNOTE = "footnote"
    TABLE_CELL = "table_cell"


@dataclass(slots=True)
class Block:
    """A unit of text in reading order.

    ``page`` is 1-based (``None`` for formats without pages); ``para_number`` is the UN
    paragraph number ("12", "12 (a)", "99.59") without its punctuation, when the block starts
    with one (the number stays in ``text``); ``label`` is a footnote's number.
    """

    index: int
    kind: BlockKind
    text: str
    page: int | None = None
    para_number: str | None = None
    level: int | None = None
    label: str | None = None
    lang: str | None = None


@dataclass(slots=True)
class Metadata:
    """What the masthead says about the document."""

    symbols: list[str] = field(default_factory=list)
    date: str | None = None  # ISO 8601 (YYYY-MM-DD)
    session: str | None = None
    agenda_item: str | None = None
    original_language: str | None = None  # two-letter code
    title: str | None = None
    author: str | None = None  # actor code, where the document says who wrote it
    organ: str | None = None


@dataclass(slots=True)
class Document:
    """What a reader produced from one file."""

    format: str  # pdf, docx, odt, html, txt
    blocks: list[Block]
    sha256: str
    byte_size: int
    pages: int | None = None
    encoding: str | None = None
    lang: str | None = None
    metadata: Metadata = field(default_factory=Metadata)
    warnings: list[str] = field(default_factory=list)

    def text(self) -> str:
        """The text of the body (footnotes excluded), one block per paragraph."""
        return "\n\n".join(b.text for b in self.blocks if b.kind != BlockKind.FOOTNOTE)


#: The value of an actor span that stands for a UN actor the sentence does not name (an opening
#: "elle" or "le Programme" at work in a sentence alone): it takes part in the judgement of the
#: sentence, never in its actors or participants.
UNNAMED = ""


@dataclass(slots=True)
class Span:
    """A recognised mention: ``text[start:end]`` of its sentence's block is a ``kind`` with ``value``.

    ``kind`` is one of actor, mechanism, country, theme, money, date, symbol; ``value`` the
    code (UNICEF, FRA, crc-art-19), the ISO date, the normalised amount, the symbol; ``rule``
    names what matched (a name form, a pattern) and ``score`` how sure the recogniser is.
    """

    start: int
    end: int
    kind: str
    value: str
    text: str
    rule: str
    score: float = 1.0


@dataclass(slots=True)
class Sentence:
    """A sentence of one block: ``block.text[start:end]``, with its recognised spans."""

    block: int
    start: int
    end: int
    text: str
    lang: str
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Statement:
    """A sentence classified as collaboration: ``reported`` or ``called_for``.

    ``participants`` are the parties acting together (actor codes, ISO3 codes, ``OTHER``);
    ``explanation`` says why (cues, rules, features), ``confidence`` how sure the classifier is.
    """

    sentence: Sentence
    collaboration: str
    participants: list[str]
    kinds: list[str]
    confidence: float
    explanation: list[str]
    page: int | None = None
    para_number: str | None = None
