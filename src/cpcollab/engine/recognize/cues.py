"""Cue lexicons of the collaboration classifier, per language (``lang/<code>/cues.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from cpcollab.engine.recognize.gazetteer import Form
from cpcollab.engine.textnorm import fold

KINDS = ("joint_activity", "coordination", "technical_assistance", "capacity_building", "funding", "data_research")


@dataclass(frozen=True)
class CueSet:
    """Compiled cues of one language: kinds, calls, imperatives, negatives, other parties.

    Each section is a group of its own (see :func:`..gazetteer.group_of`), so a call ("urges")
    and a kind ("cooperation") may overlap; within a section the longest form wins.
    """

    lang: str
    forms: tuple[Form, ...]
    imperatives: frozenset[str]
    speech_verbs: tuple[str, ...] = ()
    #: Words right before a State that make it the one who asked or spoke ("in response to a
    #: question from Ireland"), not a party.
    speech_before: tuple[str, ...] = ()
    #: Words right before a State that make it a place ("in Sierra Leone"), not a party.
    places_before: tuple[str, ...] = ()
    #: Words right before or after an actor that make it an object, not a party
    #: ("the recommendations of the Committee", "Council resolution 1612").
    object_before: tuple[str, ...] = ()
    object_after: tuple[str, ...] = ()
    #: Words between two actors that make the second the first's parent ("X of the Y").
    object_between: frozenset[str] = frozenset()
    #: Nouns of a call ("recommendations"), which ask only for what comes after them.
    call_nouns: frozenset[str] = frozenset()


@cache
def cue_data(lang: str) -> dict[str, Any]:
    """The language's ``cues.toml``, parsed once (empty where the language has none)."""
    path = resources.files("cpcollab.engine").joinpath("lang", lang, "cues.toml")
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@cache
def cue_set(lang: str) -> CueSet:
    data = cue_data(lang)
    kinds = [
        Form(value=kind, text=t, lang=lang, kind="cue.kind", rule=f"cue:{kind}:{t}")
        for kind, texts in data.get("kinds", {}).items()
        if kind != "block"
        for t in texts
    ]
    # Names that contain a cue word but are no cue ("Rapid Support Forces").
    kinds += [
        Form(value="", text=t, lang=lang, kind="cue.kind", rule="block", block=True)
        for t in data.get("kinds", {}).get("block", [])
    ]
    forms = list(kinds)
    for section, form_kind in (
        ("call", "cue.call"),
        ("acknowledge", "cue.ack"),
        ("none", "cue.none"),
        ("other_parties", "cue.other"),
        ("government", "cue.government"),
    ):
        texts = data.get(section, {}).get("forms", [])
        # Forms that are a party only when capitalised (Spanish "Estados", not "estados
        # financieros" nor the "estados" of a federation).
        capitalised = frozenset(data.get(section, {}).get("capitalised", []))
        forms += [
            Form(value=section, text=t, lang=lang, kind=form_kind, rule=f"{form_kind}:{t}", proper=t in capitalised)
            for t in texts
        ]
        # Phrases that contain a cue but are none ("I should be grateful", "United States").
        forms += [
            Form(value="", text=t, lang=lang, kind=form_kind, rule="block", block=True)
            for t in data.get(section, {}).get("block", [])
        ]
    prefixes = [""] + [f"{p} " for p in data.get("call", {}).get("imperative_prefixes", [])]
    imperatives = frozenset(p + v for p in prefixes for v in data.get("call", {}).get("imperative", []))

    def words(section: str, key: str) -> tuple[str, ...]:
        return tuple(sorted((fold(v) for v in data.get(section, {}).get(key, [])), key=len, reverse=True))

    return CueSet(
        lang=lang,
        forms=tuple(forms),
        imperatives=frozenset(fold(v) for v in imperatives),
        speech_verbs=words("speakers", "verbs"),
        speech_before=words("speakers", "before"),
        places_before=words("places", "before"),
        object_before=words("non_party", "before"),
        object_after=words("non_party", "after"),
        object_between=frozenset(words("non_party", "between")),
        call_nouns=frozenset(words("call", "nouns")),
    )
