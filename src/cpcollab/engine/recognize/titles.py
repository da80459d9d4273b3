"""Resolving bare titles ("the Special Representative", "the Committee") within a document.

A sentence on its own does not say who "the Committee" is, and the sentence-level judgement
leaves it unlabelled. In a document, the context does: the author named in the masthead
("Report of the Committee on the Rights of the Child") or the last actor of that type named
before. The forms are data per language (``lang/<code>/titles.toml``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources

from cpcollab import reference
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.gazetteer import Form, Hit


@cache
def _actor_types() -> dict[str, str]:
    return {actor.code: actor.type for actor in reference.actors()}


@cache
def title_forms(lang: str) -> tuple[Form, ...]:
    """Bare titles of one language, each pointing at an actor type or code."""
    path = resources.files("cpcollab.engine").joinpath("lang", lang, "titles.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
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

    def observe(self, spans: Iterable[Span]) -> None:
        """Remember the actors a sentence named explicitly."""
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

    def resolve_hits(self, hits: Iterable[Hit], text: str) -> list[Span]:
        """Title hits that the context resolves, as actor spans."""
        spans = []
        for hit in hits:
            code = self.resolve(hit.form.value)
            if code:
                spans.append(Span(hit.start, hit.end, "actor", code, text[hit.start : hit.end], "title:context", 0.8))
        return spans
