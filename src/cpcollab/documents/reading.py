"""What the highlighted view and the highlights summary show: a document's blocks in reading
order, each with its marked-up text and the statements found in it, filtered by actor, kind,
reported or called-for, and review status."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.safestring import SafeString

from cpcollab.documents import selectors
from cpcollab.documents.highlight import Mark, highlight
from cpcollab.documents.models import Block, Document, Mention, ReviewStatus, Statement

_CLASS_SAFE = re.compile(r"^[a-z0-9_]+$")
COLLABORATION = ("reported", "called_for")


@dataclass(frozen=True)
class Filters:
    """The view's filters, from the query string; unknown values are ignored."""

    actor: str = ""
    kind: str = ""
    collaboration: str = ""
    status: str = ""

    @classmethod
    def from_query(cls, query: QueryDict, *, kinds: Iterable[str]) -> Filters:
        kind = query.get("kind", "")
        collaboration = query.get("collaboration", "")
        status = query.get("status", "")
        return cls(
            actor=query.get("actor", "").strip().upper()[:32],
            kind=kind if kind in set(kinds) else "",
            collaboration=collaboration if collaboration in COLLABORATION else "",
            status=status if status in ReviewStatus.values else "",
        )

    @property
    def query(self) -> str:
        """The filters as a query string (``kind=funding&actor=UNICEF``), empty ones left out."""
        pairs = {"actor": self.actor, "kind": self.kind, "collaboration": self.collaboration, "status": self.status}
        return urlencode({name: value for name, value in pairs.items() if value})

    @property
    def active(self) -> bool:
        return bool(self.actor or self.kind or self.collaboration or self.status)

    def matches(self, statement: Statement) -> bool:
        if self.actor and self.actor not in {*statement.actors, *statement.participants}:
            return False
        if self.kind and self.kind not in statement.kinds:
            return False
        if self.collaboration and statement.collaboration != self.collaboration:
            return False
        return not self.status or statement.review_status == self.status


@dataclass
class StatementView:
    statement: Statement
    participants: list[tuple[str, str]]
    kinds: list[tuple[str, str]]
    kind_class: str
    confidence_percent: int
    duplicates: Sequence[object] = ()
    #: What the statement is about, when and how much, as the sentence writes them.
    themes: list[tuple[str, str]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    amounts: list[tuple[str, str]] = field(default_factory=list)  # (as written, normalised)

    @property
    def pk(self) -> int:
        return int(self.statement.pk)


@dataclass
class BlockView:
    block: Block
    html: SafeString
    statements: list[StatementView] = field(default_factory=list)

    @property
    def para_marker(self) -> str:
        """The paragraph number for the margin, unless the text already starts with it."""
        number = self.block.para_number
        return "" if not number or self.block.text.lstrip().startswith(number) else number

    @property
    def heading_tag(self) -> str:
        return f"h{min(6, max(2, (self.block.level or 1) + 1))}"


@dataclass
class Reading:
    document: Document
    blocks: list[BlockView]
    footnotes: list[BlockView]
    statements: list[StatementView]
    total: int
    actors: list[tuple[str, str]]
    kinds: dict[str, str]


def kind_class(kinds: Sequence[str]) -> str:
    """The CSS class that colours a statement: its first kind, if it is a safe class name."""
    first = kinds[0] if kinds else ""
    return f"k-{first}" if first and _CLASS_SAFE.match(first) else "k-none"


def statement_views(statements: Iterable[Statement], kinds: dict[str, str]) -> list[StatementView]:
    statements = list(statements)
    codes = {code for s in statements for code in (*s.participants, *s.actors)}
    names = selectors.statement_participant_names(codes)
    details = selectors.statement_details(statements)
    themes = selectors.theme_names({m.value for group in details.values() for m in group if m.kind == "theme"})
    views = []
    for s in statements:
        found = details.get(s.pk, [])
        views.append(
            StatementView(
                statement=s,
                participants=[(code, names.get(code, code)) for code in s.participants],
                kinds=[(code, kinds.get(code, code)) for code in s.kinds],
                kind_class=kind_class(s.kinds),
                confidence_percent=round(s.confidence * 100),
                themes=list(dict.fromkeys((m.value, themes.get(m.value, m.value)) for m in found if m.kind == "theme")),
                dates=list(dict.fromkeys(m.text for m in found if m.kind == "date")),
                amounts=list(dict.fromkeys((m.text, m.value) for m in found if m.kind == "money")),
            )
        )
    return views


def _marks(views: list[StatementView], mentions: list[Mention], names: dict[str, str]) -> list[Mark]:
    marks = [
        Mark(
            view.statement.start,
            view.statement.end,
            "mark",
            ("st", view.kind_class, "called-for" if view.statement.collaboration == "called_for" else "reported"),
            {"id": f"h-{view.pk}", "data-statement": str(view.pk)},
        )
        for view in views
    ]
    marks += [
        Mark(m.start, m.end, "span", ("actor",), {"title": names.get(m.value, m.value), "data-actor": m.value})
        for m in mentions
        if m.kind == "actor"
    ]
    marks += [
        Mark(m.start, m.end, "span", (m.kind,), {"title": names.get(m.value, m.value)})
        for m in mentions
        if m.kind in ("money", "date")
    ]
    return marks


def reading(document: Document, filters: Filters) -> Reading:
    """The document as the highlighted view shows it, with the statements ``filters`` keep."""
    kinds = selectors.collaboration_kinds()
    every = list(document.statements.select_related("document").order_by("index"))
    views = statement_views((s for s in every if filters.matches(s)), kinds)
    by_block: dict[int, list[StatementView]] = {}
    for view in views:
        by_block.setdefault(view.statement.block_id, []).append(view)
    mentions: dict[int, list[Mention]] = {}
    for mention in selectors.document_mentions(document):
        mentions.setdefault(mention.block_id, []).append(mention)
    actor_codes = {m.value for group in mentions.values() for m in group if m.kind == "actor"}
    actor_codes |= {code for s in every for code in s.actors}
    full_names = selectors.actor_full_names(actor_codes)
    blocks: list[BlockView] = []
    footnotes: list[BlockView] = []
    for block in selectors.document_blocks(document):
        in_block = by_block.get(block.pk, [])
        html = highlight(block.text, _marks(in_block, mentions.get(block.pk, []), full_names))
        (footnotes if block.kind == "footnote" else blocks).append(BlockView(block, html, in_block))
    short = selectors.statement_participant_names(actor_codes)
    return Reading(
        document=document,
        blocks=blocks,
        footnotes=footnotes,
        statements=views,
        total=len(every),
        actors=sorted(((code, short.get(code, code)) for code in actor_codes), key=lambda pair: pair[1].lower()),
        kinds=kinds,
    )


@dataclass
class KindGroup:
    code: str
    name: str
    statements: list[StatementView]


def highlights_by_kind(document: Document) -> list[KindGroup]:
    """The statements worth reporting (not rejected), grouped by their first kind."""
    kinds = selectors.collaboration_kinds()
    statements = document.statements.select_related("document").exclude(review_status=ReviewStatus.REJECTED)
    groups: dict[str, KindGroup] = {code: KindGroup(code, name, []) for code, name in kinds.items()}
    other = KindGroup("", "", [])
    for view in statement_views(statements.order_by("index"), kinds):
        first = view.statement.kinds[0] if view.statement.kinds else ""
        groups.get(first, other).statements.append(view)
    return [group for group in (*groups.values(), other) if group.statements]


@dataclass
class Example:
    """One statement of a public document, marked up on its own, for the home page."""

    view: StatementView
    html: SafeString
    document: Document


def public_examples(limit: int = 3) -> list[Example]:
    """A few collaboration statements from the latest public documents, highlighted like in the
    document's view (one per document, the most confident), so a newcomer sees one at once."""
    kinds = selectors.collaboration_kinds()
    chosen: list[Statement] = []
    for document in selectors.latest_public_documents(limit * 3):
        statement = document.statements.filter(collaboration="reported").order_by("-confidence", "index").first()
        if statement is not None:
            chosen.append(statement)
        if len(chosen) == limit:
            break
    views = statement_views(chosen, kinds)
    names = selectors.statement_participant_names({m.value for s in chosen for m in s.block.mentions.all()})
    examples = []
    for view in views:
        statement = view.statement
        mentions = [m for m in statement.block.mentions.all() if statement.start <= m.start and m.end <= statement.end]
        marks = [
            Mark(0, len(statement.text), "mark", ("st", view.kind_class, "reported")),
            *(
                Mark(
                    m.start - statement.start,
                    m.end - statement.start,
                    "span",
                    ("actor",),
                    {"title": names.get(m.value, m.value)},
                )
                for m in mentions
                if m.kind == "actor"
            ),
        ]
        examples.append(Example(view, highlight(statement.text, marks), statement.document))
    return examples
