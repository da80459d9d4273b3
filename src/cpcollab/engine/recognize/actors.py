"""Recognising UN actors: the registry's names, the engine's entity lists, per-language extras.

A hit's value is a registry actor code (``UNICEF``, ``ECOSOC``) or, for entities outside the
registry, the annotation code they fall under (``DPO`` for a peacekeeping mission,
``UN-OTHER`` for FAO). :func:`annotation_code` maps either to the guideline's codes.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from cpcollab import reference
from cpcollab.engine.recognize.gazetteer import Form
from cpcollab.engine.textnorm import fold

_NAME_FIELDS = ("full", "short", "acronyms", "aliases")


@cache
def _data(*parts: str) -> dict[str, Any]:
    """A data file of the engine, parsed once (callers only read it)."""
    path = resources.files("cpcollab.engine").joinpath(*parts)
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


@cache
def annotation_codes() -> dict[str, str]:
    """Registry code → annotation code (``ECOSOC`` → ``UN-OTHER``)."""
    return {actor.code: actor.annotation_code for actor in reference.actors()}


def annotation_code(value: str) -> str:
    return annotation_codes().get(value, value)


#: The registry's grouping of the UN entities it does not list one by one.
_OTHER_ENTITIES = "UN-OTHER"


def _registry_forms(lang: str) -> list[Form]:
    forms = []
    for actor in reference.actors():
        name = actor.names[lang]
        # The grouping of every other UN entity is named by a label ("Other United Nations
        # entity", "联合国其他实体"), which in a text names the rest of the system, not one body.
        names = (name.full, name.short) if actor.code != _OTHER_ENTITIES else ()
        for text in (*names, *name.acronyms, *name.aliases):
            forms.append(Form(value=actor.code, text=text, lang=lang, rule=f"registry:{actor.code}"))
    for mechanism in reference.mechanisms():
        name = mechanism.names[lang]
        for text in (name.full, name.short, *name.acronyms, *name.aliases):
            forms.append(Form(value=mechanism.code, text=text, lang=lang, kind="mechanism", rule="registry:mechanism"))
    return forms


def _entity_forms(lang: str) -> list[Form]:
    # An entity's ``state`` documents the country its title names: the State counts where the
    # sentence writes it, inside the name or not (analyze.py), so no form carries it.
    return [
        Form(value=entity["code"], text=text, lang=lang, rule=f"entity:{entity['id']}")
        for entity in _data("data", "entities.toml").get("entity", [])
        for text in entity.get("names", {}).get(lang, {}).get("forms", [])
    ]


def _extra_forms(lang: str) -> list[Form]:
    data = _data("lang", lang, "actors.toml")
    forms = [
        Form(value=item["code"], text=text, lang=lang, rule=f"extra:{item['code']}")
        for item in data.get("extra", [])
        for text in item["forms"]
    ]
    forms += [
        Form(value="", text=text, lang=lang, rule="block", block=True)
        for text in data.get("block", {}).get("forms", [])
    ]
    return forms


def _indefinite_forms(forms: list[Form], lang: str) -> list[Form]:
    """Arabic titles written indefinite: "مبعوثاً خاصاً للأمين العام" (a special envoy of the
    Secretary-General) names what "المبعوث الخاص للأمين العام" does. For a form that opens with
    a title of the language's ``[indefinite] titles``, the words of its opening run with the
    article, and the ``adjectives`` that agree with the title wherever they stand ("المعني"),
    lose the article; a second variant adds the accusative's alif (its tanween is folded away)
    to the masculine singular ones. A title with nothing after its opening run ("المبعوث
    الخاص") names no one when indefinite, and gets none."""
    data = _data("lang", lang, "actors.toml").get("indefinite", {})
    titles = {fold(t) for t in data.get("titles", [])}
    agreeing = {fold(w) for w in data.get("adjectives", [])}
    if not titles:
        return []
    variants = []
    for form in forms:
        words = form.text.split()
        if form.block or form.kind != "actor" or not words or fold(words[0]) not in titles:
            continue
        lead = next((i for i, w in enumerate(words) if not w.startswith("ال")), len(words))
        if lead == len(words):
            continue
        changed = [i < lead or fold(w) in agreeing for i, w in enumerate(words)]
        bare = [w[2:] if c else w for w, c in zip(words, changed, strict=True)]
        accusative = [
            w + "ا" if c and not w.endswith(_NO_ACCUSATIVE_ALIF) else w for w, c in zip(bare, changed, strict=True)
        ]
        for text in dict.fromkeys((" ".join(bare), " ".join(accusative))):
            variants.append(
                Form(
                    value=form.value,
                    text=text,
                    lang=lang,
                    rule=form.rule,
                    attributes=form.attributes,
                )
            )
    return variants


def _possessive_forms(forms: list[Form], lang: str) -> list[Form]:
    """Arabic titles with a possessive ending: "ممثلتي الخاصة المعنية بالأطفال والنزاع المسلح" (my
    Special Representative for Children and Armed Conflict) names what "الممثلة الخاصة المعنية
    بالأطفال والنزاع المسلح" does. For a form that opens with a title of the language's
    ``[possessive] titles`` and its adjective (``adjectives``), the title takes each of its
    possessive forms; the title, possessive or not, may also have "new" or "former" after its
    adjective ("الممثلة الخاصة الجديدة المعنية بالعنف ضد الأطفال")."""
    data = _data("lang", lang, "actors.toml").get("possessive", {})
    titles = {fold(t): owned for t, owned in data.get("titles", {}).items()}
    adjectives = {fold(a): qualifiers for a, qualifiers in data.get("adjectives", {}).items()}
    if not titles:
        return []
    variants = []
    for form in forms:
        words = form.text.split()
        if form.block or form.kind != "actor" or len(words) < 2:
            continue
        owned = titles.get(fold(words[0]))
        qualifiers = adjectives.get(fold(words[1]))
        if owned is None or qualifiers is None:
            continue
        rest = words[2:]
        texts = [" ".join([title, words[1], *rest]) for title in owned]
        texts += [
            " ".join([title, words[1], qualifier, *rest]) for title in (words[0], *owned) for qualifier in qualifiers
        ]
        variants += [
            Form(value=form.value, text=text, lang=lang, rule=form.rule, attributes=form.attributes)
            for text in dict.fromkeys(texts)
        ]
    return variants


#: Endings that take no alif with the accusative's tanween: the feminine, the sound plurals
#: and the dual.
_NO_ACCUSATIVE_ALIF = ("ة", "ين", "ون", "ان", "ات")


@cache
def actor_forms(lang: str) -> tuple[Form, ...]:
    """All actor and mechanism forms of one language (and the forms that block them)."""
    forms = _registry_forms(lang) + _entity_forms(lang) + _extra_forms(lang)
    forms += _indefinite_forms(forms, lang) + _possessive_forms(forms, lang)
    # A mechanism named like an actor (or the reverse) keeps the actor reading.
    actor_texts = {fold(f.text) for f in forms if f.kind == "actor"}
    return tuple(f for f in forms if f.kind == "actor" or fold(f.text) not in actor_texts)


@cache
def actor_patterns(lang: str) -> tuple[tuple[re.Pattern[str], Form], ...]:
    """The language's generic patterns ("United Nations Conference on …"), compiled."""
    data = _data("lang", lang, "actors.toml")
    return tuple(
        (
            re.compile(item["regex"]),
            Form(
                value=item.get("code", ""),
                text=item["regex"],
                lang=lang,
                rule=f"pattern:{item.get('name', item.get('code', 'block'))}",
                block=bool(item.get("block", False)),
            ),
        )
        for item in data.get("pattern", [])
    )


@dataclass(frozen=True)
class SharedHead:
    """Names written with their head noun once, in the plural ("the Departments of Peacekeeping
    Operations, Field Support and Political Affairs"): ``plural`` finds the shared head,
    ``singular`` is what each name starts with on its own ("Department of"), ``separator`` what
    stands between the names (", ", " and ")."""

    plural: re.Pattern[str]
    singular: str
    separator: re.Pattern[str]


@cache
def shared_heads(lang: str) -> tuple[SharedHead, ...]:
    """The language's ``[[shared_head]]`` entries of ``actors.toml``."""
    return tuple(
        SharedHead(re.compile(item["plural"]), item["singular"], re.compile(item["separator"]))
        for item in _data("lang", lang, "actors.toml").get("shared_head", [])
    )


@cache
def peacekeeping_countries() -> frozenset[str]:
    """Countries whose Special Representative heads a peacekeeping operation (entities.toml)."""
    return frozenset(_data("data", "entities.toml").get("missions", {}).get("peacekeeping", []))


@cache
def _member_names(lang: str) -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    """Mechanism code → its member actors, each with a pattern of its short names (acronyms,
    short name) in ``lang``, folded, as whole words."""
    actors = {actor.code: actor for actor in reference.actors()}
    members: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {}
    for mechanism in reference.mechanisms():
        found = []
        for membership in mechanism.members:
            name = actors[membership.actor].names[lang]
            texts = sorted({fold(t) for t in (name.short, *name.acronyms) if t}, key=len, reverse=True)
            if texts:
                words = "|".join(re.escape(t) for t in texts)
                found.append((membership.actor, re.compile(rf"(?<!\w)(?:{words})(?!\w)")))
        members[mechanism.code] = tuple(found)
    return members


def members_named_in(mechanism: str, text: str, lang: str) -> list[tuple[str, int, int]]:
    """The member actors a mechanism's name itself names ("UNFPA-UNICEF Global Programme to End
    Child Marriage" names UNFPA and UNICEF): (actor code, start, end) within ``text``, which is
    the name as written (folding keeps each character's place)."""
    folded = fold(text)
    if len(folded) != len(text):
        return []  # a rare character that folds to several: offsets would not hold
    named = []
    for actor, pattern in _member_names(lang).get(mechanism, ()):
        match = pattern.search(folded)
        if match:
            named.append((actor, match.start(), match.end()))
    return named
