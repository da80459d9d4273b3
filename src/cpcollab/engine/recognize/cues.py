"""Cue lexicons of the collaboration classifier, per language (``lang/<code>/cues.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from cpcollab.engine.recognize.gazetteer import Form, Gazetteer

KINDS = ("joint_activity", "coordination", "technical_assistance", "capacity_building", "funding", "data_research")


@dataclass(frozen=True)
class CueSet:
    """Compiled cues of one language: kinds, calls, imperatives, negatives, other parties."""

    lang: str
    gazetteer: Gazetteer
    imperatives: frozenset[str]


@cache
def cue_set(lang: str) -> CueSet:
    path = resources.files("cpcollab.engine").joinpath("lang", lang, "cues.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    forms: list[Form] = []
    for kind, texts in data.get("kinds", {}).items():
        forms += [Form(value=kind, text=t, lang=lang, kind="cue.kind", rule=f"cue:{kind}:{t}") for t in texts]
    for section, form_kind in (("call", "cue.call"), ("none", "cue.none"), ("other_parties", "cue.other")):
        texts = data.get(section, {}).get("forms", [])
        forms += [Form(value=section, text=t, lang=lang, kind=form_kind, rule=f"{form_kind}:{t}") for t in texts]
    imperatives = frozenset(data.get("call", {}).get("imperative", []))
    return CueSet(lang=lang, gazetteer=Gazetteer(lang=lang, forms=forms), imperatives=imperatives)
