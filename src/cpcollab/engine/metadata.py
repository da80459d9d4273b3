"""Document metadata from the masthead: symbols, date, session, agenda item, language, organ, title, author.

The masthead is the first page (or, without page numbers, the first 40 blocks). It is read
line by line: a line whose every part is masthead furniture (see
:func:`cpcollab.engine.masthead.residue`) gives the symbols, date, session, agenda item,
original language and organ; the first other line (skipping the agenda item's own title) is
the document's title. The author is the actor named after a phrase such as "Report of",
"Rapport du", "Доклад" or before "的报告" in the title and the lines just after it, matched
against the reference actors' names in the six languages, longest name first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from cpcollab.engine import masthead as mh
from cpcollab.engine.lang.data import load, strings
from cpcollab.engine.model import Block, BlockKind, Metadata
from cpcollab.engine.readers.layout import number_label
from cpcollab.reference import actors
from cpcollab.reference.languages import LANGUAGES
from cpcollab.reference.text import fold

#: Blocks read as the masthead when blocks carry no page number.
MASTHEAD_BLOCKS = 40
#: At most this many blocks of the first page are read.
MAX_PAGE_BLOCKS = 400
#: Organs that hold other bodies: a masthead naming a subsidiary body reports that one instead.
PRINCIPAL_ORGANS: frozenset[str] = frozenset({"General Assembly", "Security Council", "Economic and Social Council"})
#: A line longer than this is body text, never masthead furniture.
FURNITURE_CHARS = 120
#: Lines after the title searched for the author ("Report of the Office of the …").
AUTHOR_LINES = 4
#: Title lines joined into one title, and the longest title kept.
TITLE_LINES = 6
TITLE_CHARS = 400

_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\W_\u3400-\u4dbf\u4e00-\u9fff]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DISTR = re.compile(r"\bdistr\b", re.IGNORECASE)
_TITLE_END = re.compile(r"[.:;*!?\d]\W*$")
_FOOTNOTE_MARK = re.compile(r"\s*[*\u2020\u2021]+\s*$|(?<=[^\W\d_])\d{1,2}$")


@dataclass(slots=True)
class _Line:
    text: str
    folded: str
    furniture: bool
    footnote: bool
    symbols: list[str] = field(default_factory=list)


def _masthead(blocks: Sequence[Block]) -> list[Block]:
    if not blocks:
        return []
    first_page = blocks[0].page
    if first_page is None:
        return list(blocks[:MASTHEAD_BLOCKS])
    return [b for b in blocks[:MAX_PAGE_BLOCKS] if b.page == first_page]


def _lines(blocks: Sequence[Block]) -> list[_Line]:
    lines: list[_Line] = []
    for block in blocks:
        for raw in block.text.splitlines():
            text = " ".join(raw.split())
            if not text:
                continue
            furniture = len(text) <= FURNITURE_CHARS and not mh.residue(text)
            footnote = block.kind == BlockKind.FOOTNOTE or text.startswith(("*", "\u2020"))
            symbols = mh.find_symbols(text) if furniture and not footnote else []
            lines.append(_Line(text=text, folded=fold(text), furniture=furniture, footnote=footnote, symbols=symbols))
    return lines


def _date(lines: list[_Line]) -> str | None:
    for i, line in enumerate(lines):
        if _DISTR.search(line.text):
            for near in lines[i : i + 5]:
                dates = mh.find_dates(near.folded)
                if dates:
                    return dates[0]
    for line in lines:
        if line.symbols:
            dates = mh.find_dates(line.folded)
            if dates:
                return dates[0]
    for line in lines:
        if line.furniture and not re.search(r"\d\s*[-–—]", line.folded):
            dates = mh.find_dates(line.folded)
            if dates:
                return dates[0]
    return None


def _organ(lines: list[_Line]) -> str | None:
    organs = [organ for line in lines if line.furniture for organ in mh.find_organs(line.folded)]
    specific = [o for o in organs if o not in PRINCIPAL_ORGANS]
    chosen = specific or organs
    return chosen[0] if chosen else None


def _first(lines: list[_Line], find: Callable[[str], str | None]) -> str | None:
    """The first value ``find`` reads from a masthead line."""
    for line in lines:
        if line.furniture:
            value = find(line.folded)
            if value:
                return value
    return None


@cache
def _function_words() -> frozenset[str]:
    words: set[str] = set()
    for lang in ("en", "fr", "es"):
        words.update(fold(w) for w in strings(load(lang, "langid"), "words"))
    return frozenset(words)


def _continues(current: str, nxt: _Line) -> bool:
    """Whether the line ``nxt`` carries on the title line ``current`` (PDF text wraps titles).

    It does when it starts in lowercase, when ``current`` ends with a function word ("of",
    "the", "pour"), when it is a short tail closed by a footnote mark ("Review*"), or when
    ``current`` is a long line and ``nxt`` has three words or more; never when ``current``
    ends with punctuation or ``nxt`` is masthead furniture, a footnote or a new title.
    """
    if nxt.furniture or nxt.footnote or not nxt.text[0].isalpha() or _TITLE_END.search(current):
        return False
    if _is_document_title(nxt) or _ends_masthead(nxt):
        return False
    if nxt.text[0].islower():
        return True
    last = _TOKEN.findall(fold(current))
    if last and last[-1] in _function_words():
        return True
    words = len(nxt.text.split())
    if words <= 3 and _FOOTNOTE_MARK.search(nxt.text):
        return True
    return len(current) >= 45 and words >= 3


def _title_at(lines: list[_Line], start: int) -> tuple[str, int]:
    """The title beginning at line ``start`` (its wrapped lines joined) and the index after it."""
    parts = [lines[start].text]
    end = start + 1
    while end < len(lines) and len(parts) < TITLE_LINES and _continues(parts[-1], lines[end]):
        parts.append(lines[end].text)
        end += 1
    title = " ".join(parts)[:TITLE_CHARS]
    return _FOOTNOTE_MARK.sub("", title).strip(), end


def _is_document_title(line: _Line) -> bool:
    return any(p.search(line.folded) for v in mh.vocabularies() for p in v.titles)


def _ends_masthead(line: _Line) -> bool:
    return any(p.search(line.folded) for v in mh.vocabularies() for p in v.ends)


def _numbered_paragraph(text: str) -> bool:
    """Whether a line opens with the number of a paragraph of the text ("4. Encourage l'UNICEF
    …", "٤ - يشجع …"), which no title has."""
    label = number_label(text)
    return label is not None and label[0] == "main"


#: How many words a line ending with a full stop must have to be a sentence rather than a title.
_SENTENCE_WORDS = 12


def _a_sentence(text: str) -> bool:
    """Whether a line is a sentence of the text: one of many words that ends with a full stop
    written right after its last word ("Les Nations Unies … demeurent résolus à aider … en
    Libye."). A title has no full stop, or one set apart ("Report of the Working Group on the
    Universal Periodic Review United Kingdom of Great Britain and Northern Ireland .")."""
    stripped = text.rstrip()
    if stripped.endswith("。"):
        return len(stripped) > 2 * _SENTENCE_WORDS
    return stripped.endswith(".") and not stripped[-2:-1].isspace() and len(stripped.split()) >= _SENTENCE_WORDS


def _title(lines: list[_Line]) -> tuple[str | None, int]:
    """The title and the index of the line after it (``len(lines)`` when there is none)."""
    agenda = next((i for i, line in enumerate(lines) if line.furniture and mh.find_agenda_item(line.folded)), None)
    skip_item_title = agenda is not None
    i = 0
    while i < len(lines):
        line = lines[i]
        if _ends_masthead(line):
            break
        if line.furniture or line.footnote or not any(ch.isalpha() for ch in line.text):
            i += 1
            continue
        if _numbered_paragraph(line.text) or _a_sentence(line.text):
            break  # the text's first paragraph: the document has no title before it
        title, end = _title_at(lines, i)
        if skip_item_title and agenda is not None and i > agenda and not _is_document_title(line):
            skip_item_title = False
            i = end
            continue
        return title or None, end
    return None, len(lines)


# --- author -------------------------------------------------------------------------------


@cache
def _stem_endings() -> tuple[str, ...]:
    endings = strings(load("ru", "masthead").get("author", {}), "stem_endings")
    return tuple(sorted({fold(e) for e in endings}, key=len, reverse=True))


def _tokens(text: str) -> list[str]:
    """Folded words (each Han character a word); Cyrillic words cut to their stems."""
    tokens = _TOKEN.findall(fold(text))
    endings = _stem_endings()
    out = []
    for token in tokens:
        if _CYRILLIC.match(token):
            for ending in endings:
                if token.endswith(ending) and len(token) - len(ending) >= 3:
                    token = token[: -len(ending)]
                    break
        out.append(token)
    return out


@cache
def _actor_names() -> tuple[tuple[str, str], ...]:
    """Every actor name form, as its tokens written together ("secretarygeneral"), longest first.

    Matching on the joined tokens (at token boundaries) also finds names whose words a PDF
    text layer has run together ("UniversalPeriodic Review").
    """
    names = {
        ("".join(_tokens(form)), actor.code)
        for actor in actors()
        for name in actor.names.values()
        for form in name.all_forms()
    }
    return tuple(sorted((n for n in names if n[0]), key=lambda n: (-len(n[0]), n[1])))


@cache
def _cues() -> tuple[tuple[tuple[str, ...], frozenset[str], str], ...]:
    """(cue tokens, articles that may follow it, "before" or "after" the name) for every language."""
    out = []
    for lang in LANGUAGES:
        table = load(lang, "masthead").get("author", {})
        articles = frozenset(_tokens(" ".join(strings(table, "articles"))))
        position = str(table.get("position", "before"))
        for cue in strings(table, "cues"):
            out.append((tuple(_tokens(cue)), articles, position))
    return tuple(out)


def _boundaries(tokens: list[str]) -> set[int]:
    out, total = {0}, 0
    for token in tokens:
        total += len(token)
        out.add(total)
    return out


def _name_at(tokens: list[str], k: int) -> str | None:
    """The longest actor name that starts at token ``k``."""
    window = tokens[k : k + 40]
    joined, ends = "".join(window), _boundaries(window)
    for name, code in _actor_names():
        if len(name) in ends and joined.startswith(name):
            return code
    return None


def _name_before(tokens: list[str], end: int) -> str | None:
    """The longest actor name that ends just before token ``end``."""
    window = tokens[max(0, end - 40) : end]
    joined, starts = "".join(window), _boundaries(window)
    for name, code in _actor_names():
        if len(joined) - len(name) in starts and joined.endswith(name):
            return code
    return None


def find_author(text: str) -> str | None:
    """The actor code of whoever ``text`` says wrote the document ("Report of the Secretary-General" → SG)."""
    tokens = _tokens(text)
    for i in range(len(tokens)):
        for cue, articles, position in _cues():
            if tuple(tokens[i : i + len(cue)]) != cue:
                continue
            if position == "after":
                code = _name_before(tokens, i)
            else:
                k = i + len(cue)
                while k < len(tokens) and tokens[k] in articles and k < i + len(cue) + 3:
                    k += 1
                code = _name_at(tokens, k)
            if code is not None:
                return code
    return None


def extract_metadata(blocks: Sequence[Block]) -> Metadata:
    """Read the masthead of a UN document (in any of the six languages) into :class:`Metadata`.

    Symbols are those printed as masthead lines (not those cited in the text); the date is the
    one under "Distr." (ISO 8601); session, agenda item and original language are normalised
    ("66", "65 (a)", "en"); the organ is the most specific body named (the Human Rights Council
    rather than the General Assembly), by its English name; the author is an actor code.
    """
    lines = _lines(_masthead(blocks))
    symbols: list[str] = []
    for line in lines:
        symbols.extend(s for s in line.symbols if s not in symbols)
    title, after = _title(lines)
    author_text = " ".join([title or ""] + [ln.text for ln in lines[after : after + AUTHOR_LINES] if not ln.furniture])
    return Metadata(
        symbols=symbols,
        date=_date(lines),
        session=_first(lines, mh.find_session),
        agenda_item=_first(lines, mh.find_agenda_item),
        original_language=_first(lines, mh.find_original_language),
        title=title,
        author=find_author(author_text) if author_text.strip() else None,
        organ=_organ(lines),
    )
