"""Resolving bare titles ("the Special Representative", "the Committee") within a document.

A sentence on its own does not say who "the Committee" is, and the sentence-level judgement
leaves it unlabelled. In a document, the context does: the author named in the masthead
("Report of the Committee on the Rights of the Child") or the last actor of that type named
before. The forms are data per language (``lang/<code>/titles.toml``).

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
from cpcollab.engine.recognize.gazetteer import Form, Hit
from cpcollab.engine.textnorm import fold

#: A paragraph number or a lettered sub-paragraph before the sentence's first word.
_OPENING = re.compile(r"\s*(?:\d+(?:\.\d+)*\s*[.)\-–]?\s+|\(?[a-z]\)\s+)?")
#: Words, each with an elided article or pronoun kept whole ("l'", "s'").
_WORD = re.compile(r"[^\W\d_]+['’]?")


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


@cache
def pronoun_rule(lang: str) -> PronounRule | None:
    data = _titles_data(lang).get("pronouns")
    if not data:
        return None
    return PronounRule(
        frozenset(data["forms"]),
        frozenset(fold(w) for w in data.get("skip", [])),
        tuple(fold(v) for v in data["verbs"]),
        frozenset(data.get("articles", [])),
    )


def opening_pronoun(text: str, lang: str) -> tuple[int, int] | None:
    """Where ``text`` opens with a subject pronoun followed by the verb of an organ speaking."""
    rule = pronoun_rule(lang)
    head = text[:16]
    if rule is None or not any(form in head for form in rule.forms):  # the usual case, cheaply
        return None
    start = _OPENING.match(text)
    offset = start.end() if start else 0
    words = _WORD.finditer(text, offset, offset + 120)
    first = next(words, None)
    if first is None or first.start() != offset or first.group() not in rule.forms:
        return None
    for skipped, word in enumerate(words):
        folded = fold(word.group())
        if folded in rule.skip and skipped < 4:
            continue
        return (first.start(), first.end()) if folded.startswith(rule.verbs) else None
    return None


def opening_subject(text: str, lang: str, actors: Iterable[Span]) -> str | None:
    """The actor that opens ``text`` as its subject, with at most an article before it ("The
    Council …", not "Recalling Council resolution 9/12, Brazil …"), in a language whose
    pronouns may stand for it."""
    rule = pronoun_rule(lang)
    if rule is None:
        return None
    start = _OPENING.match(text)
    offset = start.end() if start else 0
    for span in actors:
        if span.kind == "actor" and span.start >= offset:
            before = text[offset : span.start].strip()
            return span.value if not before or before in rule.articles else None
    return None


@cache
def title_forms(lang: str) -> tuple[Form, ...]:
    """Bare titles of one language, each pointing at an actor type or code."""
    data = _titles_data(lang)
    forms = []
    for title in data.get("title", []):
        target = title.get("code") or f"type:{title['type']}"
        forms += [Form(value=target, text=text, lang=lang, kind="title", rule="title") for text in title["forms"]]
    return tuple(forms)


class TitleResolver:
    """Tracks who the document is about and resolves bare titles to actor codes."""

    def __init__(self, lang: str, *, author: str | None = None) -> None:
        self.lang = lang
        self.author = author
        self.last_by_type: dict[str, str] = {}
        #: The actor the last sentence opened with as its subject, for a pronoun in the next.
        self.subject: str | None = None

    def observe(self, spans: Iterable[Span], *, subject: str | None = None) -> None:
        """Remember the actors a sentence named explicitly, and its subject."""
        self.subject = subject
        types = _actor_types()
        for span in spans:
            if span.kind == "actor" and span.rule.startswith("registry:") and span.value in types:
                self.last_by_type[types[span.value]] = span.value

    def resolve(self, target: str) -> str | None:
        if not target.startswith("type:"):
            return target
        wanted = target.removeprefix("type:")
        if self.author and _actor_types().get(self.author) == wanted:
            return self.author
        return self.last_by_type.get(wanted)

    def resolve_pronoun(self, text: str, pronoun: tuple[int, int]) -> Span | None:
        """The opening pronoun of ``text`` (where :func:`opening_pronoun` found it) as the last
        sentence's subject, if it had one (see the module)."""
        if self.subject is None:
            return None
        start, end = pronoun
        return Span(start, end, "actor", self.subject, text[start:end], "title:pronoun", 0.7)

    def resolve_hits(self, hits: Iterable[Hit], text: str) -> list[Span]:
        """Title hits that the context resolves, as actor spans."""
        spans = []
        for hit in hits:
            code = self.resolve(hit.form.value)
            if code:
                spans.append(Span(hit.start, hit.end, "actor", code, text[hit.start : hit.end], "title:context", 0.8))
        return spans
