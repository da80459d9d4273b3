"""Named organisations outside the United Nations, read from their capitals.

Beside the fixed forms of ``[other_parties]``, a party may be named by an organisation's proper
name that no list holds: "the International Confederation of Midwives", "the Pacific Community",
"ECPAT International", « la Confédération internationale des sages-femmes », "la Federación
Internacional de …", «Международной конфедерацией акушерок». In the languages whose script writes
names with capitals, such a name is a run of capitalised words (with the lower-case words a name
holds: "of", "de la", «по»; in French, Spanish and Russian also a few lower-case words after the
head, as those languages write "Confédération internationale des sages-femmes") whose head is an
organisation noun (``name_heads``) or, at its end, a word such as "International" (``name_final``).

A name is found only where nothing else was: words already recognised as a UN actor, a mechanism,
a State or a listed party stop it. It is no party's name where a word makes it a title or a body
of the United Nations (``name_not``: "Programme", "Strategy", "Conference", "Inter-Agency"), where
it belongs to an actor or a State named right after it ("… of the United Nations", "… of
Kyrgyzstan", ``name_owned_by``) or right before it ("UNICEF National Committees", "Kenya Red
Cross Society"), and where its capital only opens the sentence. Each name becomes a non-UN party
span (``cue.other``), as a listed form does, and the rules decide whether it takes part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from cpcollab.engine.model import Span
from cpcollab.engine.recognize.cues import cue_data
from cpcollab.engine.textnorm import fold, fold_with_map

#: Languages whose script writes names with capitals.
CASED = frozenset({"en", "fr", "es", "ru"})

#: Words with their hyphens and apostrophes ("Co-operation", "Child's"), and punctuation.
_TOKEN = re.compile(r"\w[\w'’-]*|[^\w\s]")
#: French elided articles and prepositions, words of their own ("l'Organisation", "d'Afrique").
_FR_TOKEN = re.compile(r"(?:qu|[cdjlmnst])['’](?=\w)|\w[\w-]*|[^\w\s]", re.IGNORECASE)
#: Verb endings (past, infinitive, present, reflexive) of an inflected language (Russian): a verb
#: ends a name.
_RU_VERB = re.compile(r"(?:ся|сь|ть|[аиеяу]л[аои]|[аеяу]ют|[аеяу]ет)$")
#: The rule of a named organisation's span: this prefix and its head.
_RULE = "name:"
#: Quotation marks that open a title ("the conference “Partnerships to End AIDS”"): a name
#: right after one is the title's, not an organisation's.
_OPENING_QUOTES = frozenset({"«", "“", '"', "„", "‘", "'", "<"})
#: How many words of a name may stand before its head in languages that write the head first
#: ("Nouveau Partenariat", "Международная таможенная организация").
_BEFORE_HEAD = 2
#: Share of capitalised words above which a sentence is a heading written in title case.
_TITLE_CASE = 0.85


@dataclass(frozen=True)
class NameWords:
    """A language's words for reading a named organisation (``[other_parties]`` of its cues.toml)."""

    lang: str
    #: Organisation nouns that head a name, folded; a word written with a final "*" matches any
    #: ending ("федераци*").
    heads: frozenset[str] = frozenset()
    head_prefixes: tuple[str, ...] = ()
    #: Words that head a name only at its end ("ECPAT International").
    final: frozenset[str] = frozenset()
    #: Lower-case words a name holds between its capitalised words ("of", "for", "de la", "по").
    links: frozenset[str] = frozenset()
    #: What, between a name and an actor or State right after it, makes the name theirs ("of the").
    owned_by: frozenset[str] = frozenset()
    #: How many lower-case words may follow the head (French, Spanish and Russian write "Banque
    #: africaine de développement"), and the words that end a name there ("et", "avec", "qui").
    lower: int = 0
    stops: frozenset[str] = frozenset()
    #: Whether the language qualifies a head by case endings alone: adjectives before it, nouns
    #: after it in the genitive without a preposition (Russian).
    inflected: bool = False
    #: Endings of the adjectives that qualify a head ("internationale", «Международная»), folded.
    adjectives: tuple[str, ...] = ()
    #: Words and phrases that make a capitalised name a title or a body of the United Nations.
    not_words: frozenset[str] = frozenset()
    #: Words that make a named organisation one of several States ("World", "African"): it is
    #: then no body of the State a sentence names, though its name holds a body's word.
    international: frozenset[str] = frozenset()
    international_prefixes: tuple[str, ...] = ()
    not_prefixes: tuple[str, ...] = ()
    not_phrases: tuple[str, ...] = ()

    @property
    def head_first(self) -> bool:
        return self.lower > 0

    def is_head(self, word: str) -> bool:
        return word in self.heads or (bool(self.head_prefixes) and word.startswith(self.head_prefixes))


@cache
def name_words(lang: str) -> NameWords:
    """The language's words for named organisations (none outside the cased languages)."""
    data = cue_data(lang).get("other_parties", {}) if lang in CASED else {}
    heads = [fold(w) for w in data.get("name_heads", [])]
    nots = [fold(w) for w in data.get("name_not", [])]
    return NameWords(
        lang=lang,
        heads=frozenset(w for w in heads if not w.endswith("*")),
        head_prefixes=tuple(w[:-1] for w in heads if w.endswith("*")),
        final=frozenset(fold(w) for w in data.get("name_final", [])),
        links=frozenset(fold(w) for w in data.get("name_links", [])),
        owned_by=frozenset(fold(w) for w in data.get("name_owned_by", [])),
        lower=int(data.get("name_lower", 0)),
        stops=frozenset(fold(w) for w in data.get("name_stops", [])),
        adjectives=tuple(fold(w) for w in data.get("name_adjectives", [])),
        international=frozenset(fold(w) for w in data.get("name_international", []) if not w.endswith("*")),
        international_prefixes=tuple(fold(w)[:-1] for w in data.get("name_international", []) if w.endswith("*")),
        inflected=bool(data.get("name_inflected", False)),
        not_words=frozenset(w for w in nots if " " not in w and not w.endswith("*")),
        not_prefixes=tuple(w[:-1] for w in nots if " " not in w and w.endswith("*")),
        not_phrases=tuple(" ".join(m.group() for m in _pattern(lang).finditer(w)) for w in nots if " " in w),
    )


class _Token(NamedTuple):
    raw: str
    word: str
    start: int
    end: int
    taken: bool

    @property
    def capital(self) -> bool:
        return self.raw[:1].isupper()

    @property
    def alpha(self) -> bool:
        return self.raw[:1].isalpha()


def _pattern(lang: str) -> re.Pattern[str]:
    return _FR_TOKEN if lang == "fr" else _TOKEN


def _covered(text: str, taken: Sequence[Span]) -> bytearray:
    """1 at each character of ``text`` inside a recognised span, 0 elsewhere."""
    covered = bytearray(len(text))
    for span in taken:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    return covered


def _tokens(text: str, lang: str, covered: bytearray) -> list[_Token]:
    return [
        _Token(m.group(), fold(m.group()), m.start(), m.end(), covered.find(1, m.start(), m.end()) >= 0)
        for m in _pattern(lang).finditer(text)
    ]


@cache
def _heads_pattern(lang: str) -> re.Pattern[str] | None:
    """Any head or final word of the language, as text: a sentence without one outside the
    recognised spans names no organisation, and is not read word by word."""
    words = name_words(lang)
    every = sorted(words.heads | words.final | set(words.head_prefixes), key=len, reverse=True)
    return re.compile("|".join(re.escape(word) for word in every)) if every else None


def named_organisations(text: str, lang: str, taken: Sequence[Span]) -> list[Span]:
    """Spans of the organisations ``text`` names by their proper name and no list holds, as
    non-UN parties (``cue.other``); ``taken`` are the spans already recognised (actors,
    mechanisms, States, listed parties), which no name overlaps."""
    words = name_words(lang)
    heads = _heads_pattern(lang)
    if heads is None:
        return []
    covered = _covered(text, taken)
    folded, where = fold_with_map(text)
    if all(covered.find(1, where[m.start()], where[m.end()]) >= 0 for m in heads.finditer(folded)):
        return []  # every head word, if any, stands inside a recognised name
    tokens = _tokens(text, lang, covered)
    alpha = [t for t in tokens if t.alpha and t.word not in words.links]
    if len(alpha) >= 5 and sum(t.capital for t in alpha) > _TITLE_CASE * len(alpha):
        return []  # a heading in title case
    opening = next((k for k, t in enumerate(tokens) if t.alpha), len(tokens))
    found: list[Span] = []
    k = 0
    while k < len(tokens):
        if not (tokens[k].capital and tokens[k].alpha and not tokens[k].taken):
            k += 1
            continue
        end = _run_end(tokens, k, words)
        start = k
        if k == opening:  # a capital that opens the sentence may be any word's: the name starts after
            start += 1
            while start < end and not tokens[start].capital:
                start += 1
        while start < end and tokens[start].word in words.links:
            start += 1
        quoted = start and tokens[start - 1].raw in _OPENING_QUOTES
        if (
            start < end
            and not quoted
            and _is_a_name(tokens[start:end], words)
            and not _owned(text, tokens, start, end, taken, words)
        ):
            first, last = tokens[start], tokens[end - 1]
            head = next((t.raw for t in tokens[start:end] if words.is_head(t.word)), last.raw)
            found.append(
                Span(
                    first.start, last.end, "cue.other", "other_parties", text[first.start : last.end], f"{_RULE}{head}"
                )
            )
        k = max(end, k + 1)
    return found


def _run_end(tokens: list[_Token], k: int, words: NameWords) -> int:
    """Where the run of a name's words that starts at ``tokens[k]`` ends (exclusive): capitalised
    words, the links between them and, where the language writes the head first, up to
    ``lower`` lower-case words: adjectives, nouns after a link (« des sages-femmes ») and, in an
    inflected language, nouns in the genitive («конфедерация акушерок»); never a word already
    recognised, a number, punctuation, a word of ``stops`` or a verb."""
    end = k + 1
    lower = 0
    j = k + 1
    while j < len(tokens):
        token = tokens[j]
        if token.taken or not token.alpha:
            break
        if token.capital:
            end = j = j + 1
            continue
        if token.word in words.links:
            j += 1  # kept only if a word of the name follows
            continue
        after_link = tokens[j - 1].word in words.links
        if (
            not words.head_first
            or lower >= words.lower
            or token.word in words.stops
            or not (words.inflected or after_link or _adjective(token.word, words))
            or (
                words.inflected
                and _RU_VERB.search(token.word)
                and not _adjective(token.word, words)
                and not words.is_head(token.word)
            )
        ):
            break
        lower += 1
        end = j = j + 1
    return end


def _is_a_name(run: Sequence[_Token], words: NameWords) -> bool:
    """Whether a run of words is an organisation's name, and no title's or United Nations body's:
    a capitalised head among other capitalised words ("the Pacific Community"); in a language
    that writes the head first, a capitalised head with a qualifier (a capitalised word or an
    adjective right after it: "Front Moro", « Confédération internationale »), or a head after at
    most two words that open the name with a capital and qualify it ("Nouveau Partenariat",
    «Международной конфедерацией»); or capitalised words ending with a ``final`` word."""
    content = [t for t in run if t.word not in words.links]
    if len(content) < 2:
        return False
    folded = " ".join(t.word for t in run)
    if any(
        t.word in words.not_words or (words.not_prefixes and t.word.startswith(words.not_prefixes)) for t in run
    ) or any(f" {phrase} " in f" {folded} " for phrase in words.not_phrases):
        return False
    if content[-1].word in words.final and content[-1].capital:
        return True
    for k, token in enumerate(run):
        if token.word in words.links or not words.is_head(token.word):
            continue
        proper = token.capital and not token.raw.isupper()
        if proper and not words.head_first:
            return True
        before = run[:k]
        if proper and not before and _qualified(run, k, words):
            return True  # « Confédération internationale des sages-femmes »
        if (
            words.head_first
            and 0 < len(before) <= _BEFORE_HEAD
            and before[0].capital
            and all(
                t.word not in words.links and (_adjective(t.word, words) if words.inflected else t.capital)
                for t in before
            )
        ):
            return True  # "Nouveau Partenariat", «Международной конфедерацией»
    return False


def _adjective(word: str, words: NameWords) -> bool:
    return bool(words.adjectives) and word.endswith(words.adjectives)


def _qualified(run: Sequence[_Token], k: int, words: NameWords) -> bool:
    """Whether the head ``run[k]`` is qualified as a name's is: by a capitalised word after it
    (« Communauté du Pacifique ») or an adjective right after it (« Agence fédérale »), not only
    by a verb or a common noun ("le Groupe souligne", « la Commission de lui rendre compte »)."""
    after = run[k + 1 :]
    if any(t.capital and t.word not in words.links and not words.is_head(t.word) for t in after):
        return True
    if not after or not _adjective(after[0].word, words):
        return False
    # In the genitive the adjective must qualify a noun of the name («Организацией экономического
    # сотрудничества»), not one that follows it («Группе свободного … доступа»).
    return not words.inflected or (len(after) > 1 and not _adjective(after[1].word, words))


def _owned(text: str, tokens: list[_Token], start: int, end: int, taken: Sequence[Span], words: NameWords) -> bool:
    """Whether an actor or a State named right before the name, or right after it with only
    ``owned_by`` words between, owns it ("UNICEF National Committees", "… of the United
    Nations", "… of Kyrgyzstan", "Kenya Red Cross Society"): its body, left to the rules of
    actors and States."""
    first, last = tokens[start], tokens[end - 1]
    for span in taken:
        if span.kind not in ("actor", "mechanism", "country"):
            # A listed party right against the name is the rest of it ("the Group of African
            # States"): that form stands for it.
            if (span.end <= first.start and not text[span.end : first.start].strip()) or (
                span.start >= last.end and not text[last.end : span.start].strip()
            ):
                return True
            continue
        if span.end <= first.start:
            gap = text[span.end : first.start].strip()
            if gap in ("", "'s", "’s", "-"):
                return True
        elif span.start >= last.end:
            gap = " ".join(fold(text[last.end : span.start]).replace("’", "'").split())
            if gap == "" or gap in words.owned_by:
                return True
    return False


def a_named_organisation(cue: Span) -> bool:
    """Whether a non-UN party span is an organisation found by its proper name (not a listed form)."""
    return cue.rule.startswith(_RULE)


def international_name(cue: Span, lang: str) -> bool:
    """Whether a named organisation's name marks it as one of several States ("the World Customs
    Organization", "the Eurasian Group …"): no body of the State the sentence names, though its
    name holds a body's word."""
    words = name_words(lang)
    return any(
        m.group() in words.international
        or (bool(words.international_prefixes) and m.group().startswith(words.international_prefixes))
        for m in _pattern(lang).finditer(fold(cue.text))
    )
