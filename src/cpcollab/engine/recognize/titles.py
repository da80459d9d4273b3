"""Resolving bare titles ("the Special Representative", "the Committee") within a document.

A sentence on its own does not say who "the Committee" is, and the sentence-level judgement
leaves it unlabelled. In a document, the context does: the author named in the masthead
("Report of the Committee on the Rights of the Child"), else the nearest actor of that type
named before it in its sentence, else the last one named before (for a treaty body, a special
procedure or a Special Representative, in the few sentences before: see ``NAMED_LATELY``; in a
report on a mission, "my Special Representative" then heads it). The forms are data per
language (``lang/<code>/titles.toml``).

A bare head noun ("the Fund", "la Mission", "المجلس", "该基金") stands for the last actor named
before whose name, in that language, holds the noun ("the Fund" after "UNICEF" is the United
Nations Children's Fund), if it was named in that sentence or the few before it (a head noun
the context resolved names its actor again, so a thread of "the Fund" goes on), else for the
document's author if its name does. A body outside the lists named with that head ("the
Programme against Discrimination", "the Office of the Ombudsman") takes it over: "the
Programme" after it is that body, no UN actor. Where nothing does, and in a sentence on its
own, a head may have a ``default``: Arabic writes "الوكالة" and "المعهد" for the acronym of the
English original ("IAEA", "UNICRI"), so there the bare noun is a UN entity by itself.

A sentence that opens with a subject pronoun and the verb of an organ speaking ("Il rappelle
…", "It also requested …", "Он призывает …") continues the sentence before it: where that one
opened with an actor as its subject, the pronoun is that actor. Council statements and
committee reports are written so, above all in French and Russian.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from cpcollab import reference
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.actors import actor_forms
from cpcollab.engine.recognize.gazetteer import Form, Hit
from cpcollab.engine.series import Series
from cpcollab.engine.textnorm import fold

#: A paragraph number or a lettered sub-paragraph before the sentence's first word.
_OPENING = re.compile(r"\s*(?:\d+(?:\.\d+)*\s*[.)\-–]?\s+|\(?[a-z]\)\s+)?")
#: Words, each with an elided article or pronoun kept whole ("l'", "s'").
_WORD = re.compile(r"[^\W\d_]+['’]?")
#: What makes a name the owner of the subject rather than the subject ("UNICEF's report").
_POSSESSIVE = ("'s ", "’s ", "' ", "’ ")


@cache
def _actor_types() -> dict[str, str]:
    return {actor.code: actor.type for actor in reference.actors()}


@cache
def _titles_data(lang: str) -> dict[str, Any]:
    path = resources.files("cpcollab.engine").joinpath("lang", lang, "titles.toml")
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@dataclass(frozen=True)
class PronounRule:
    """A language's subject pronouns that may stand for an organ, and how to tell them from an
    impersonal "il" or "it": the verb after them (past the words in ``skip``) begins with one of
    ``verbs`` (folded)."""

    forms: frozenset[str]
    skip: frozenset[str]
    verbs: tuple[str, ...]
    #: What may stand before the actor that opens a sentence as its subject ("The", "Le").
    articles: frozenset[str] = frozenset()
    #: The pronouns as written after an opening phrase ("In 2014, it …").
    lower: frozenset[str] = frozenset()
    #: Words that make an opening phrase a clause of its own (lower case).
    clause: frozenset[str] = frozenset()
    #: Verbs after an actor that make it plural, which a pronoun cannot stand for (lower case).
    plural: frozenset[str] = frozenset()
    #: The verbs of ``verbs`` that say an actor at work, not an organ speaking (folded).
    work: tuple[str, ...] = ()
    #: Words that, right after a head noun, make it part of a longer phrase ("le Programme de
    #: coopération technique", "the Office in Kabul"): no bare head (lower case, accents kept:
    #: French « à » is no « a »).
    qualifiers: frozenset[str] = frozenset()


@cache
def pronoun_rule(lang: str) -> PronounRule | None:
    data = _titles_data(lang).get("pronouns")
    if not data:
        return None
    return PronounRule(
        frozenset(data["forms"]),
        frozenset(fold(w) for w in data.get("skip", [])),
        tuple(fold(v) for v in [*data["verbs"], *data.get("work", [])]),
        frozenset(data.get("articles", [])),
        frozenset(form.lower() for form in data["forms"]),
        frozenset(w.lower() for w in data.get("clause", [])),
        frozenset(w.lower() for w in data.get("plural", [])),
        tuple(fold(v) for v in data.get("work", [])),
        frozenset(w.lower() for w in data.get("qualifiers", [])),
    )


def _holds_a_clause(intro: str, rule: PronounRule) -> bool:
    """Whether an opening phrase holds a word that makes it a clause of its own (``clause``),
    whose subject is then another's."""
    return any(word.group().lower() in rule.clause for word in _WORD.finditer(intro))


def opening_pronoun(text: str, lang: str, *, at_work: bool = False) -> tuple[int, int] | None:
    """Where ``text`` opens with a subject pronoun followed by the verb of an organ speaking or
    of an actor at work, at its start or after a short opening phrase and a comma ("In Sierra
    Leone, it trained …", "Кроме того, она провела …"); with ``at_work``, only the verb of an
    actor at work."""
    rule = pronoun_rule(lang)
    if rule is None:
        return None
    reach, most = (_LONG_INTRO_CHARS, _LONG_INTRO_WORDS) if at_work else (_INTRO_CHARS, _INTRO_WORDS)
    head = text[:reach]
    if not any(form in head for form in rule.forms) and not any(f", {form} " in head for form in rule.lower):
        return None  # the usual case, cheaply
    start = _OPENING.match(text)
    offset = start.end() if start else 0
    words = _WORD.finditer(text, offset, offset + 120)
    first = next(words, None)
    if first is None or first.start() != offset:
        return None
    if first.group() not in rule.forms:
        comma = text.find(",", offset, offset + reach)
        if comma < 0 or len(text[offset:comma].split()) > most:
            return None
        if at_work and _holds_a_clause(text[offset:comma], rule):
            return None
        words = _WORD.finditer(text, comma + 1, comma + 120)
        first = next(words, None)
        if first is None or first.group() not in rule.lower or text[comma + 1 : first.start()].strip():
            return None
    for skipped, word in enumerate(words):
        folded = fold(word.group())
        if folded in rule.skip and skipped < 4:
            continue
        return (first.start(), first.end()) if folded.startswith(rule.work if at_work else rule.verbs) else None
    return None


def opening_unnamed(text: str, lang: str, hits: Iterable[Hit]) -> tuple[int, int] | None:
    """Where a sentence on its own opens with an actor at work that it does not name: a subject
    pronoun ("En Sierra Leone, elle a organisé une formation …") or a bare head noun ("Au
    Libéria, le Programme a formé 400 agents …") followed by the verb of an actor at work.
    Translators write so where the original names the actor again ("IOM has trained …"), and a
    line's labels hold for all its versions: such a subject is taken as an actor for the
    judgement of the sentence, without a code (see ``analyze_sentence``)."""
    pronoun = opening_pronoun(text, lang, at_work=True)
    if pronoun is not None:
        return pronoun
    rule = pronoun_rule(lang)
    if rule is None or not rule.work:
        return None
    goes_on = _name_goes_on(lang)
    heads = [hit for hit in hits if hit.form.value.startswith("head:") and _bare(text, hit, goes_on)]
    if not heads:
        return None
    start = _OPENING.match(text)
    offset = start.end() if start else 0
    for hit in heads:
        before = text[offset : hit.start]
        if before.strip():
            intro, comma, rest = before.rpartition(",")
            if not comma or rest.strip() or len(intro.split()) > _LONG_INTRO_WORDS or len(intro) > _LONG_INTRO_CHARS:
                continue
            if _holds_a_clause(intro, rule):
                continue
        for skipped, word in enumerate(_WORD.finditer(text, hit.end, hit.end + 120)):
            folded = fold(word.group())
            if skipped == 0 and word.group().lower() in rule.qualifiers:
                break
            if folded in rule.skip and skipped < 4:
                continue
            if folded.startswith(rule.work):
                return (hit.start, hit.end)
            break
    return None


#: What may close a sentence after its last word.
_CLOSING = ".;:!?\"'”’)»"
#: How far, and over how many words, a sentence may open before its subject ("In 2014, …").
_INTRO_CHARS = 60
_INTRO_WORDS = 6
#: The same for an actor at work that a sentence on its own does not name (see :func:`opening_unnamed`):
#: an opening phrase of any common length (« Par l'intermédiaire de la réunion des hauts
#: fonctionnaires et de deux réunions de groupe de travail …, elle a continué d'aider … »), as
#: long as it holds no clause of its own.
_LONG_INTRO_CHARS = 200
_LONG_INTRO_WORDS = 30


def opening_subject(text: str, lang: str, actors: Iterable[Span]) -> str | None:
    """The actor that opens ``text`` as its subject, with at most an article before it ("The
    Council …", not "Recalling Council resolution 9/12, Brazil …") or a short opening phrase and
    a comma ("In 2014, UNICEF …"), in a language whose pronouns may stand for it. A pronoun that
    stood for the subject before keeps it."""
    rule = pronoun_rule(lang)
    if rule is None:
        return None
    start = _OPENING.match(text)
    offset = start.end() if start else 0
    for span in actors:
        if span.kind == "actor" and span.start >= offset:
            if span.rule == "title:pronoun":
                return span.value
            before = text[offset : span.start].strip()
            if text.startswith(_POSSESSIVE, span.end) or span.text.endswith(("'s", "’s")):
                return None  # "UNICEF's report …": the report is the subject
            rest = text[span.end :].lstrip()
            if not rest.strip(_CLOSING):
                return None  # a name alone ("Alliance of Civilizations."): no verb, no subject
            after = _WORD.match(rest)
            if after is not None and after.group().lower() in rule.plural:
                return None  # "special procedures mandate-holders have …": not what "It" stands for
            if not before or before in rule.articles:
                return span.value
            intro, comma, article = before.rpartition(",")
            if comma and (not article.strip() or article.strip() in rule.articles):
                short = len(intro.split()) <= _INTRO_WORDS and len(intro) < _INTRO_CHARS
                clause = _holds_a_clause(intro, rule)
                return span.value if short and not clause else None
            return None
    return None


@cache
def title_forms(lang: str) -> tuple[Form, ...]:
    """Bare titles of one language, each pointing at an actor type, a code or a head noun."""
    data = _titles_data(lang)
    forms = []
    for title in data.get("title", []):
        target = title.get("code") or f"type:{title['type']}"
        forms += [Form(value=target, text=text, lang=lang, kind="title", rule="title") for text in title["forms"]]
    for head in data.get("head", []):
        target = f"head:{fold(head['noun'])}"
        forms += [Form(value=target, text=text, lang=lang, kind="title", rule="title") for text in head["forms"]]
    return tuple(forms)


@cache
def _head_defaults(lang: str) -> dict[str, str]:
    """What a bare head noun stands for when nothing before it says: ``head:<noun>`` → code."""
    return {f"head:{fold(h['noun'])}": h["default"] for h in _titles_data(lang).get("head", []) if "default" in h}


@cache
def _topics(lang: str) -> dict[str, tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]]:
    """What a bare head noun or title stands for, when nothing before it says, by the
    sentence's subject: ``head:<noun>`` or the title's target → (code, words one of which the
    sentence holds, words it must not hold)."""
    data = _titles_data(lang)
    entries = [(f"head:{fold(h['noun'])}", h) for h in data.get("head", [])]
    entries += [(t.get("code") or f"type:{t['type']}", t) for t in data.get("title", [])]
    return {
        target: tuple(
            (t["code"], tuple(fold(w) for w in t["words"]), tuple(fold(w) for w in t.get("unless", ())))
            for t in entry["topic"]
        )
        for target, entry in entries
        if "topic" in entry
    }


def default_heads(hits: Iterable[Hit], text: str, lang: str) -> list[Span]:
    """Bare head nouns and titles that stand for an actor even where no context resolves them:
    a head's ``default``, or the ``topic`` of a head or title that the sentence's subject
    matches (see ``titles.toml``)."""
    defaults = _head_defaults(lang)
    topics = _topics(lang)
    if not defaults and not topics:
        return []
    goes_on = _name_goes_on(lang)
    spans = []
    folded: str | None = None
    for hit in hits:
        if hit.form.value not in defaults and hit.form.value not in topics:
            continue
        if not _bare_title(text, hit, goes_on, lang):
            continue
        code = defaults.get(hit.form.value)
        if code is None:
            folded = fold(text) if folded is None else folded
            code = next(
                (
                    topic
                    for topic, words, unless in topics[hit.form.value]
                    if any(w in folded for w in words) and not any(u in folded for u in unless)
                ),
                None,
            )
        if code is not None:
            spans.append(_default_span(hit, text, code))
    return spans


@cache
def _numbered_heads(lang: str) -> dict[str, str]:
    """The head nouns whose resolutions are cited by number and year: ``head:<noun>`` → code."""
    return {f"head:{fold(h['noun'])}": h["numbered"] for h in _titles_data(lang).get("head", []) if "numbered" in h}


def numbered_heads(hits: Iterable[Hit], text: str, lang: str) -> list[Span]:
    """A bare council head in a sentence that cites a resolution by its number and year
    ("resolution 1540 (2004)") stands for the Security Council, the one council that numbers its
    resolutions so (the General Assembly and the Human Rights Council write "66/139" and "28/1",
    the Economic and Social Council "1147 (XLI)"): "Par sa résolution 2055 (2012), le Conseil a
    souligné …", "قرار المجلس 1540 (2004)". Where the language writes the council right before
    the citation without an article ("Council resolution 1540 (2004)"), the pattern's ``head``
    group is that council. In a sentence alone as in a document."""
    pattern = _pattern(lang, "heads", "numbered_resolution")
    codes = _numbered_heads(lang)
    if pattern is None or not codes or "(" not in text:
        return []  # the year of a numbered resolution stands in brackets
    hits = [hit for hit in hits if hit.form.value in codes]
    if not hits and "head" not in pattern.groupindex:
        return []
    matches = list(pattern.finditer(text))
    if not matches:
        return []
    code = next(iter(codes.values()))
    spans = [_numbered_span(m.start("head"), m.end("head"), text, code) for m in matches if m.groupdict().get("head")]
    goes_on = _name_goes_on(lang)
    spans += [
        _numbered_span(hit.start, hit.end, text, codes[hit.form.value]) for hit in hits if _bare(text, hit, goes_on)
    ]
    return spans


#: How close before an own session a body named with it must end to own it ("la Commission de la
#: condition de la femme, à sa cinquante-neuvième session").
_SESSION_OWNER = 8


def assembly_sessions(text: str, lang: str, series: Series | None, actors: Iterable[Span] = ()) -> list[Span]:
    """In a document of the General Assembly's series (its symbol starts "A/"), the Assembly's own
    sessions named with a possessive and no name ("de lui faire rapport à sa soixante-dixième
    session", "at its sixty-ninth session", "在其第七十届会议上"): the Assembly is the one that holds
    sessions so numbered (``[sessions] assembly`` in ``titles.toml``). Where a body named right
    before owns the session, the session is that body's. In a sentence alone with its source, as
    in a document."""
    if series is None or series.organ != "GA":
        return []
    pattern = _pattern(lang, "sessions", "assembly")
    if pattern is None:
        return []
    ends = [span.end for span in actors if span.kind == "actor"]
    return [
        Span(m.start(), m.end(), "actor", "GA", m.group(), "title:session", 0.7)
        for m in pattern.finditer(text)
        if not any(m.start() - _SESSION_OWNER <= end <= m.start() for end in ends)
    ]


def _numbered_span(start: int, end: int, text: str, code: str) -> Span:
    return Span(start, end, "actor", code, text[start:end], "title:numbered", 0.8)


def _default_span(hit: Hit, text: str, code: str) -> Span:
    return Span(hit.start, hit.end, "actor", code, text[hit.start : hit.end], "title:default", 0.6)


@cache
def _pattern(lang: str, table: str, key: str) -> re.Pattern[str] | None:
    """A pattern of the language's ``titles.toml``, matched right after a title or head noun:
    ``[heads] name_goes_on``, what makes a head noun part of a longer name ("the Fund for Peace",
    "le Conseil exécutif", "الصندوق الاستئماني"); ``[titles] title_goes_on``, the same after a
    title where the language says it otherwise; ``[titles] of_the_secretary_general``, what only
    says whose representative a title is ("the Special Representative of the Secretary-General")."""
    pattern = _titles_data(lang).get(table, {}).get(key)
    return re.compile(pattern) if pattern else None


def _name_goes_on(lang: str) -> re.Pattern[str] | None:
    return _pattern(lang, "heads", "name_goes_on")


def _noun(text: str, hit: Hit) -> str:
    """The head noun of a head hit as written ("Fund" in "the Fund's", "Conseil" in "le Conseil")."""
    return re.split(r"[\s'’]", text[hit.start : hit.end].removesuffix("'s"))[-1]


def _bare(text: str, hit: Hit, goes_on: re.Pattern[str] | None) -> bool:
    """Whether a head noun stands alone: written with a capital where the script has them (UN
    style writes "the Fund" for an entity, "the fund" for any fund), and not the beginning of a
    longer name."""
    if _noun(text, hit)[:1].islower():
        return False
    return goes_on is None or not goes_on.match(text, hit.end)


def _names_another(text: str, hit: Hit, goes_on: re.Pattern[str] | None) -> bool:
    """Whether a head noun begins the name of a body written with a capital ("the Programme
    against Discrimination", "the Office of the Ombudsman", "le Conseil national")."""
    return _noun(text, hit)[:1].isupper() and goes_on is not None and bool(goes_on.match(text, hit.end))


def named_heads(hits: Iterable[Hit], text: str, lang: str, actors: Iterable[Span]) -> list[str]:
    """The head nouns (``head:<noun>``) that begin, in this sentence, the name of a body that
    is no UN actor the sentence names: a bare head after it stands for that body."""
    goes_on = _name_goes_on(lang)
    taken = [(s.start, s.end) for s in actors]
    return [
        hit.form.value
        for hit in hits
        if hit.form.value.startswith("head:")
        and _names_another(text, hit, goes_on)
        and not any(start < hit.end and hit.start < end for start, end in taken)
    ]


def _bare_title(text: str, hit: Hit, goes_on: re.Pattern[str] | None, lang: str) -> bool:
    """Whether a title stands for the office the context gives: a head noun that is bare (see
    :func:`_bare`); a title ("le Représentant spécial", "Специальный докладчик", whose last word
    may be written in lower case) that is not the beginning of another body's name ("the High
    Commissioner on National Minorities"), though it may say whose representative it is ("the
    Special Representative of the Secretary-General")."""
    if hit.form.value.startswith("head:"):
        return _bare(text, hit, goes_on)
    goes_on = _pattern(lang, "titles", "title_goes_on") or goes_on
    if goes_on is None or not goes_on.match(text, hit.end):
        return True
    whose = _pattern(lang, "titles", "of_the_secretary_general")
    return whose is not None and bool(whose.match(text, hit.end))


@cache
def _names(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each actor's names in one language, folded and split into words, by what names it: the
    registry's code or the engine's entity (``registry:UNICEF``, ``entity:UNMISS``)."""
    names: dict[str, list[tuple[str, ...]]] = {}
    for form in actor_forms(lang):
        if form.kind == "actor" and not form.block and form.rule.startswith(("registry:", "entity:")):
            folded = fold(form.text)
            names.setdefault(form.rule, []).append((folded,) if lang == "zh" else tuple(folded.split()))
    return {rule: tuple(words) for rule, words in names.items()}


#: English words that end a name's head ("Office" in "Office on Drugs and Crime").
_EN_AFTER_HEAD = frozenset({"of", "for", "on", "in", "to", "against"})


def _holds(name: tuple[str, ...], noun: str, lang: str) -> bool:
    """Whether a name (its folded words) has the noun as its head: "Fund" in "United Nations
    Children's Fund" and "Office" in "Office on Drugs and Crime", not "Council" in "special
    procedures of the Human Rights Council". The head comes last in Chinese names, first in
    Arabic (with or without its article), French and Spanish ones, first after the adjectives
    in Russian ones, and before "of", "for", "on" … (else last) in English ones."""
    if lang == "zh":
        return name[0].endswith(noun)
    if lang == "en":
        head = next((name[i - 1] for i in range(1, len(name)) if name[i] in _EN_AFTER_HEAD), name[-1])
        return head == noun
    if lang == "ar":
        return name[0] in (noun, f"ال{noun}")
    if lang == "ru":
        # The first word that is no adjective: "фонд" in "детский фонд …", "совет" in
        # "экономический и социальный совет".
        return next((word for word in name if not _ru_modifier(word)), name[0]) == noun
    return name[0] == noun


#: Endings of Russian adjectives (folded, nominative), and the consonants before a plural "-ие".
_RU_ADJECTIVE = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые")
_RU_PLURAL_IE = frozenset("кгхжшщч")


def _ru_modifier(word: str) -> bool:
    """Whether a folded Russian word of a name comes before its head: an adjective ("детский",
    "вооруженные", "русские", not the noun "управление") or "и"."""
    return word == "и" or word.endswith(_RU_ADJECTIVE) or (word.endswith("ие") and word[-3:-2] in _RU_PLURAL_IE)


@cache
def _named_with_head(lang: str, rule: str, noun: str) -> bool:
    """Whether one of the names of what ``rule`` names has ``noun`` as its head."""
    return any(_holds(name, noun, lang) for name in _names(lang).get(rule, ()))


def _naming_rule(span: Span) -> str | None:
    """What names the actor of a span, for :func:`_names`: its own rule, or for a title the
    context resolved, the registry actor it stands for."""
    if span.rule.startswith(("registry:", "entity:")):
        return span.rule
    if span.rule.startswith("title:") and span.rule != "title:default":
        return f"registry:{span.value}"  # a default names nobody in particular
    return None


#: How many sentences back an actor named stays what a bare head noun stands for ("the
#: Fund" three sentences after "UNICEF"); further back, the document's author does, if any.
HEAD_WINDOW = 5
#: Types of actor with many bodies, each named where a report means it ("the Committee" is the
#: treaty body a paragraph has just named, CEDAW here, CRC there): beyond ``HEAD_WINDOW`` a bare
#: title of such a type stands for none of them but the author. So do Special Representatives:
#: in a report of the Secretary-General on a country, "my Special Representative" is the head of
#: the mission there, not the Special Representative for Children and Armed Conflict named in
#: one of its sections.
NAMED_LATELY = frozenset({"treaty_body", "special_procedure", "srsg"})


class TitleResolver:
    """Tracks who the document is about and resolves bare titles to actor codes."""

    def __init__(
        self, lang: str, *, author: str | None = None, mission: str | None = None, series: Series | None = None
    ) -> None:
        self.lang = lang
        self.author = author
        #: What the document's symbol says: the organ it is issued for, whose bare head noun or
        #: title ("le Conseil" in a document of the Security Council) stands for it where the
        #: text named no other body so lately, and whether the organ speaks in it.
        self.series = series
        #: The peacekeeping or political mission a report of the Secretary-General is about (its
        #: title names it): "my Special Representative" there heads it, where no Special
        #: Representative was named lately.
        self.mission = mission
        #: The last actor of each type named (or resolved from a title): type → (code, sentence number).
        self.last_by_type: dict[str, tuple[str, int]] = {}
        #: The actors named so far, the most recent last: what names it → (code, sentence number).
        self.recent: dict[str, tuple[str, int]] = {}
        #: Head nouns that began the name of another body (``head:<noun>``) → sentence number.
        self.other_heads: dict[str, int] = {}
        #: The actor the last sentence opened with as its subject, for a pronoun in the next.
        self.subject: str | None = None
        #: Sentences observed so far: the number of the one being read.
        self.sentences = 0

    def observe(self, spans: Iterable[Span], *, subject: str | None = None, other_heads: Iterable[str] = ()) -> None:
        """Remember the actors a sentence named explicitly, its subject, and the head nouns of
        the other bodies it named (see :func:`named_heads`)."""
        self.subject = subject
        now = self.sentences
        types = _actor_types()
        for span in spans:
            if span.kind != "actor":
                continue
            if span.rule.startswith(("registry:", "title:context")) and span.value in types:
                self.last_by_type[types[span.value]] = (span.value, now)
            rule = _naming_rule(span)
            if rule is not None:
                self.recent.pop(rule, None)  # re-inserted last: the most recent
                self.recent[rule] = (span.value, now)
        for head in other_heads:
            self.other_heads[head] = now
        self.sentences = now + 1

    def resolve(self, target: str, lang: str | None = None) -> str | None:
        if target.startswith("head:"):
            return self._resolve_head(target, lang or self.lang)
        if not target.startswith("type:"):
            # A title whose subject may make it another's ("the High Commissioner") is the
            # author's in the author's own document (a report of UNHCR).
            others = {code for code, _words, _unless in _topics(lang or self.lang).get(target, ())}
            return self.author if self.author in others else target
        wanted = target.removeprefix("type:")
        if self.author and _actor_types().get(self.author) == wanted:
            return self.author
        code, named = self.last_by_type.get(wanted, (None, 0))
        if code is not None and wanted in NAMED_LATELY and self.sentences - named > HEAD_WINDOW:
            code = None
        if code is None and wanted == "srsg":
            return self.mission
        if code is None and self.series and _actor_types().get(self.series.organ) == wanted:
            return self.series.organ
        return code

    def _resolve_head(self, head: str, lang: str) -> str | None:
        noun = head.removeprefix("head:")
        other = self.other_heads.get(head, -1)
        for rule in reversed(self.recent):
            code, named = self.recent[rule]
            if self.sentences - named > HEAD_WINDOW:
                break  # the rest were named further back still
            if _named_with_head(lang, rule, noun):
                return code if named >= other else None
        if self._taken_over(head):
            return None  # "the Programme" after "the Programme against Discrimination"
        if self.author and _named_with_head(lang, f"registry:{self.author}", noun):
            return self.author
        if self.series and _named_with_head(lang, f"registry:{self.series.organ}", noun):
            return self.series.organ
        return None

    def _named_before(self, hit: Hit, lang: str, named: list[tuple[int, str, str | None]]) -> str | None:
        """The nearest actor before a bare title in its sentence that it may stand for: for a
        head noun, one whose name holds it ("cooperation with UNODC … and the Office"); for the
        title of a type of actor, one of that type ("the concern of the Committee on the Rights
        of the Child … and the Committee's recommendation"), unless the author is of that type
        (its title is then the author's)."""
        target = hit.form.value
        before = [(code, rule) for end, code, rule in named if end <= hit.start]
        if target.startswith("head:"):
            noun = target.removeprefix("head:")
            fits = [code for code, rule in before if rule and _named_with_head(lang, rule, noun)]
        elif target.startswith("type:"):
            wanted, types = target.removeprefix("type:"), _actor_types()
            if self.author and types.get(self.author) == wanted:
                return None  # the author's title is the author's
            fits = [code for code, _rule in before if types.get(code) == wanted]
        else:
            return None
        return fits[-1] if fits else None

    def _taken_over(self, head: str) -> bool:
        """Whether another body was named with this head noun lately (see :func:`named_heads`)."""
        named = self.other_heads.get(head)
        return named is not None and self.sentences - named <= HEAD_WINDOW

    def resolve_pronoun(self, text: str, pronoun: tuple[int, int]) -> Span | None:
        """The opening pronoun of ``text`` (where :func:`opening_pronoun` found it) as the last
        sentence's subject, if it had one (see the module); with none, in a decision or
        statement of an organ (see :mod:`cpcollab.engine.series`), as the organ."""
        start, end = pronoun
        if self.subject is None:
            if self.series is None or not self.series.speaks:
                return None
            # In the organ's own decision or statement, the organ is who speaks.
            return Span(start, end, "actor", self.series.organ, text[start:end], "title:speaker", 0.7)
        return Span(start, end, "actor", self.subject, text[start:end], "title:pronoun", 0.7)

    def resolve_hits(
        self,
        hits: Iterable[Hit],
        text: str,
        lang: str | None = None,
        *,
        actors: Iterable[Span] = (),
        others: Iterable[str] = (),
    ) -> list[Span]:
        """Title hits that the context resolves, as actor spans, in a sentence in ``lang`` (by
        default the document's). ``actors``: the actors the sentence names, the nearest before
        a bare head noun whose name holds it being the one it stands for ("cooperation with the
        United Nations Office on Drugs and Crime … an agreement between it and the Office");
        ``others``: the head nouns the sentence gives another body's name (:func:`named_heads`),
        the same noun bare after it being that body's."""
        lang = lang or self.lang
        spans = []
        goes_on = _name_goes_on(lang)
        defaults = _head_defaults(lang)
        here = [(h.start, h.form.value) for h in hits if h.form.value in others and _names_another(text, h, goes_on)]
        named = [(s.end, s.value, _naming_rule(s)) for s in actors]
        for hit in hits:
            if not _bare_title(text, hit, goes_on, lang):
                continue  # "the Fund for Peace", "the High Commissioner on National Minorities"
            if any(start < hit.start and value == hit.form.value for start, value in here):
                continue  # "the Programme against Discrimination … the Programme"
            code = self._named_before(hit, lang, named) or self.resolve(hit.form.value, lang)
            if code:
                spans.append(Span(hit.start, hit.end, "actor", code, text[hit.start : hit.end], "title:context", 0.8))
            elif hit.form.value in defaults and not self._taken_over(hit.form.value):
                spans.append(_default_span(hit, text, defaults[hit.form.value]))
        return spans
