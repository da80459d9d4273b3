"""The document pipeline: read → language → metadata → segment → recognise → classify.

:func:`extract` takes bytes or a path and returns an :class:`Extraction`: the document's
blocks and metadata, every mention of an actor, mechanism or country, and the collaboration
statements, each with offsets into its block, its page and its paragraph number, so that the
application can highlight and cite it. :func:`to_json` gives the stable, versioned JSON form.
"""

from __future__ import annotations

import gc
import os
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from cpcollab.engine.analyze import LANGS, SentenceAnalysis, analyze_sentence
from cpcollab.engine.config import ENGINE_VERSION, SCHEMA, PipelineConfig
from cpcollab.engine.langid import detect_language, script_language
from cpcollab.engine.metadata import extract_metadata, find_author
from cpcollab.engine.model import Block, BlockKind, Document, Sentence, Span, Statement
from cpcollab.engine.readers import read_bytes, read_path
from cpcollab.engine.recognize.language import recognizer
from cpcollab.engine.recognize.titles import TitleResolver
from cpcollab.engine.segment import split_sentences
from cpcollab.engine.series import series_of

_MIN_BLOCK_CHARS = 40
#: How many blocks of a document without a long one are read to tell its language.
_SHORT_DOCUMENT_BLOCKS = 200
#: Most distinct sentences whose analysis a document remembers (reports repeat boilerplate).
_MEMO_LIMIT = 50_000


@dataclass
class Mention:
    """A recognised span, located in its block."""

    block: int
    span: Span


@dataclass
class Extraction:
    """Everything the engine found in one document."""

    document: Document
    statements: list[Statement]
    mentions: list[Mention]
    sentence_count: int
    config: PipelineConfig
    config_hash: str = field(default="")


def extract(
    source: bytes | str | os.PathLike[str], *, config: PipelineConfig | None = None, filename: str | None = None
) -> Extraction:
    """Read a document (bytes or a path) and find its collaboration statements."""
    config = config or PipelineConfig()
    with _collector_paused():
        if isinstance(source, bytes):
            document = read_bytes(source, filename=filename, limits=config.limits)
        else:
            document = read_path(source, limits=config.limits)
        return process(document, config=config)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one document is processed.

    Reading and analysing a document allocates hundreds of thousands of small objects (lines,
    blocks, spans, hits) that live until it is done; each pass of the cyclic collector walks all
    of them and finds next to nothing (the engine makes no reference cycles: its garbage goes by
    reference counting), and those passes took a tenth of the time on long documents. The
    collector runs again as soon as the document is done; where the application had turned it
    off, it stays off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def warm_up() -> None:
    """Build every language's tables now (tries, lexicons, patterns, language profiles, masthead
    vocabularies) rather than on the first document that needs each of them.

    A long-running worker calls it once before taking documents, so that no document pays for
    them; results do not depend on it.
    """
    samples = {
        "en": "The United Nations Children's Fund cooperated with the Government.",
        "fr": "Le Fonds des Nations Unies pour l'enfance a coopéré avec le Gouvernement.",
        "es": "El Fondo de las Naciones Unidas para la Infancia cooperó con el Gobierno.",
        "ru": "Детский фонд Организации Объединенных Наций сотрудничал с правительством.",
        "ar": "تعاونت منظمة الأمم المتحدة للطفولة مع الحكومة.",
        "zh": "联合国儿童基金会与政府合作。",
    }
    blocks = [Block(index=i, kind=BlockKind.PARAGRAPH, text=text) for i, text in enumerate(samples.values())]
    process(Document(format="txt", blocks=blocks, sha256="", byte_size=0))
    for lang in LANGS:
        analyze_sentence(samples[lang], lang)
    find_author("Report of the Secretary-General")  # the masthead's actor names and cues


def process(document: Document, *, config: PipelineConfig | None = None) -> Extraction:
    """Run the analysis components on a document already read."""
    config = config or PipelineConfig()
    # Each block long enough to tell is identified once; the document's language is their
    # majority weighted by length. A shorter block takes the document's, unless its script
    # alone tells its language (a heading in Arabic, Chinese or Russian). A document with no
    # block long enough (a one-line note) is identified by its text as a whole.
    detected = {b.index: detect_language(b.text) for b in document.blocks if len(b.text) >= _MIN_BLOCK_CHARS}
    votes: Counter[str] = Counter()
    for block in document.blocks:
        code = detected.get(block.index)
        if code in LANGS and block.kind != BlockKind.FOOTNOTE:
            votes[code] += len(block.text)
    if votes:
        document.lang = votes.most_common(1)[0][0]
    else:
        whole = " ".join(block.text for block in document.blocks[:_SHORT_DOCUMENT_BLOCKS])
        document.lang = detect_language(whole) or config.default_lang
    for block in document.blocks:
        if block.index not in detected and len(block.text) < _MIN_BLOCK_CHARS:
            code = script_language(block.text)
            if code is not None:
                detected[block.index] = code
    if "metadata" in config.components:
        document.metadata = extract_metadata(document.blocks)
    metadata = document.metadata
    resolver = TitleResolver(
        document.lang,
        author=metadata.author,
        mission=_mission_of(metadata.title, document.lang),
        series=next((found for found in map(series_of, metadata.symbols) if found is not None), None),
    )
    statements: list[Statement] = []
    mentions: list[Mention] = []
    count = 0
    titles = resolver if "resolve_titles" in config.components else None
    # A sentence repeated word for word gets the same analysis unless a bare title in it
    # depends on the context, so it is analysed once per document.
    memo: dict[tuple[str, str, bool, bool], SentenceAnalysis] = {}
    # The title of a UN document (one whose masthead gives its symbol), which names a subject; a
    # text without a masthead has its first line taken for a title, which may well be a statement.
    title = " ".join(metadata.title.split()) if metadata.title and metadata.symbols else ""
    items = _LeadIns()
    for block in document.blocks:
        code = detected.get(block.index)
        lang = code if code in LANGS else document.lang
        block.lang = lang
        asking, numbered = items.read(block, lang)
        for start, end in split_sentences(block.text, lang):
            count += 1
            text = block.text[start:end]
            analysis = memo.get((text, lang, asking, numbered))
            if analysis is None:
                analysis = analyze_sentence(text, lang, titles=titles, asked_for=asking, clause=numbered)
                if not analysis.uses_context and len(memo) < _MEMO_LIMIT:
                    memo[text, lang, asking, numbered] = analysis
            located = [_shift(span, start) for span in analysis.spans]
            # A note does not break the thread of the text: the subject stays the text's.
            subject = resolver.subject if block.kind == BlockKind.FOOTNOTE else analysis.subject
            resolver.observe(analysis.spans, subject=subject, other_heads=analysis.named_heads)
            mentions += [Mention(block.index, span) for span in located]
            if analysis.collaboration == "none" or analysis.confidence < config.min_confidence:
                continue
            if block.kind == BlockKind.HEADING or (title and " ".join(text.split()) == title):
                continue  # a heading or the document's title names a subject: it states nothing
            sentence = Sentence(block=block.index, start=start, end=end, text=text, lang=lang, spans=located)
            statements.append(
                Statement(
                    sentence=sentence,
                    collaboration=analysis.collaboration,
                    participants=list(analysis.participants),
                    kinds=list(analysis.kinds),
                    confidence=analysis.confidence,
                    explanation=list(analysis.explanation),
                    page=block.page,
                    para_number=block.para_number,
                )
            )
    return Extraction(document, statements, mentions, count, config, config.hash())


#: Codes of the peacekeeping and political missions (annotation guideline).
_MISSIONS = frozenset({"DPO", "DPPA"})


def _mission_of(title: str | None, lang: str) -> str | None:
    """The code of the one mission a document's title names ("Report of the Secretary-General on
    the United Nations Mission in South Sudan" → DPO), if it names one."""
    if not title:
        return None
    codes = {hit.form.value for hit in recognizer(lang).find(title).actors if hit.form.kind == "actor"}
    missions = codes & _MISSIONS
    return missions.pop() if len(missions) == 1 else None


def _an_item(block: Block) -> bool:
    """A lettered sub-paragraph ("14 (a)") or a list item: one of the items of a lead-in."""
    return block.kind == BlockKind.LIST_ITEM or (
        block.kind == BlockKind.PARAGRAPH and block.para_number is not None and "(" in block.para_number
    )


class _LeadIns:
    """Which blocks are the items of a lead-in that asks ("14. The Special Representative
    recommends that Member States:" / "(a) Work with UNICEF …"): what an item says of
    collaboration is asked for. Items are lettered sub-paragraphs and list items, and numbered
    paragraphs where the lead-in has a number of its own: recommendations are numbered afresh
    under it ("73. The following recommendations …:" / "1. To …", "2. To …") or with its number
    ("122.1", "122.2"). A note neither is an item nor ends them, and a paragraph that goes on
    with an item a page break cut off ("… the Convention on the Rights of Persons with" /
    "Disabilities (Chile);") is part of it."""

    def __init__(self) -> None:
        self.asking = False
        #: The number of the lead-in that asks, and the next number of a list numbered afresh
        #: (none once an item was numbered under the lead-in: the list is numbered so).
        self.lead: str | None = None
        self.expected: int | None = 1
        #: Whether the last item, a numbered clause, broke off before the end of it.
        self.cut_off = False

    def read(self, block: Block, lang: str) -> tuple[bool, bool]:
        """Whether the block's sentences are asked for, and whether the block is a numbered
        clause of its own (see :func:`~cpcollab.engine.classify.rules.classify`); then move on."""
        if block.kind == BlockKind.FOOTNOTE:
            return False, False
        numbered = self.asking and self._numbered(block)
        item = numbered or _an_item(block) or (self.asking and self._goes_on(block))
        if numbered and block.para_number:
            self.expected = int(block.para_number) + 1 if block.para_number.isdecimal() else None
        if item:
            self.cut_off = numbered and block.text.rstrip()[-1:] not in _CLAUSE_ENDS
            return self.asking, numbered
        self.asking = _asks_for_items(block.text, lang)
        self.lead, self.expected, self.cut_off = block.para_number, 1, False
        return False, False

    def _numbered(self, block: Block) -> bool:
        number = block.para_number
        if block.kind != BlockKind.PARAGRAPH or number is None or self.lead is None:
            return False  # after a lead-in without a number, "1." begins the text's own numbering
        return number.startswith(f"{self.lead}.") or (number.isdecimal() and int(number) == self.expected)

    def _goes_on(self, block: Block) -> bool:
        """An unnumbered paragraph that begins in lower case, that follows an item cut off, or
        that ends, as recommendations do, with the States that make it ("… (Slovakia);")."""
        if block.kind != BlockKind.PARAGRAPH or block.para_number is not None:
            return False
        return block.text[:1].islower() or self.cut_off or bool(self.lead and _ATTRIBUTED.search(block.text))


#: The end of a recommendation: the States that make it, in brackets ("… (Chile);").
_ATTRIBUTED = re.compile(r"[)）]\s*[;.；。]?\s*$")
#: How an item's clause ends ("… (Chile);", "… of OHCHR.").
_CLAUSE_ENDS = frozenset(".;:!?。；：")


def _asks_for_items(text: str, lang: str) -> bool:
    """Whether a paragraph ends by asking for the items that follow it: its last clause, before
    the colon, holds a call ("recommends that Member States:", "encourage les États à :")."""
    stripped = text.rstrip()
    if not stripped.endswith((":", "：")):
        return False
    tail = stripped[-300:]
    return any(cue.kind == "cue.call" for cue in recognizer(lang).find(tail).cues)


def _shift(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset, span.kind, span.value, span.text, span.rule, span.score)


def to_json(extraction: Extraction, *, include_blocks: bool = True) -> dict[str, Any]:
    """The stable JSON form of a result (``schema`` names its version)."""
    document = extraction.document
    result: dict[str, Any] = {
        "schema": SCHEMA,
        "engine": ENGINE_VERSION,
        "config": extraction.config.as_dict(),
        "config_hash": extraction.config_hash,
        "document": {
            "format": document.format,
            "sha256": document.sha256,
            "bytes": document.byte_size,
            "pages": document.pages,
            "encoding": document.encoding,
            "lang": document.lang,
            "warnings": list(document.warnings),
        },
        "metadata": asdict(document.metadata),
        "sentences": extraction.sentence_count,
        "statements": [_statement_json(s, document) for s in extraction.statements],
        "mentions": [{"block": m.block, **_span_json(m.span)} for m in extraction.mentions],
    }
    if include_blocks:
        result["blocks"] = [
            {
                "index": b.index,
                "kind": str(b.kind),
                "text": b.text,
                "page": b.page,
                "para_number": b.para_number,
                "level": b.level,
                "label": b.label,
                "lang": b.lang,
            }
            for b in document.blocks
        ]
    return result


def _span_json(span: Span) -> dict[str, Any]:
    return {
        "start": span.start,
        "end": span.end,
        "kind": span.kind,
        "value": span.value,
        "text": span.text,
        "rule": span.rule,
        "score": span.score,
    }


def _statement_json(statement: Statement, document: Document) -> dict[str, Any]:
    sentence = statement.sentence
    return {
        "block": sentence.block,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
        "lang": sentence.lang,
        "collaboration": statement.collaboration,
        "participants": statement.participants,
        "kinds": statement.kinds,
        "confidence": statement.confidence,
        "explanation": statement.explanation,
        "citation": {
            "symbol": document.metadata.symbols[0] if document.metadata.symbols else None,
            "page": statement.page,
            "paragraph": statement.para_number,
        },
        "mentions": [_span_json(s) for s in sentence.spans],
    }
