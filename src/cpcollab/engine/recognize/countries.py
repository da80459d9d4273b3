"""Recognising countries and territories by name, in the six languages."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from cpcollab import reference
from cpcollab.engine.recognize.gazetteer import Form, Hit


def _proper(name: str) -> bool:
    """Short one-word names collide with common words ("Того", "Chad", "Oman"): compare them
    whole and capitalised."""
    return " " not in name.strip() and len(name) <= 6 and name[:1].isupper()


@cache
def _data(lang: str) -> dict[str, Any]:
    path = resources.files("cpcollab.engine").joinpath("lang", lang, "countries.toml")
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@cache
def country_forms(lang: str) -> tuple[Form, ...]:
    """Short and formal names from the registry, plus the language's extra forms (adjectives).

    A name that is also a common word of the language (French "réunion", a meeting, is the
    registry's name of Réunion) is listed under ``[capitalised] forms``: like a short name, it
    must be written with a capital and is compared whole."""
    forms: list[Form] = []
    data = _data(lang)
    capitalised = frozenset(data.get("capitalised", {}).get("forms", []))

    def _is_proper(text: str) -> bool:
        return _proper(text) or text in capitalised

    for country in reference.countries():
        name = country.names.get(lang)
        if name is None:
            continue
        for text in {name.short, name.formal} - {""}:
            forms.append(
                Form(
                    value=country.iso3,
                    text=text,
                    lang=lang,
                    kind="country",
                    rule="registry:name",
                    proper=_is_proper(text),
                )
            )
    if data:
        for iso3, texts in data.get("forms", {}).items():
            forms += [
                Form(value=iso3, text=t, lang=lang, kind="country", rule="extra:country", proper=_is_proper(t))
                for t in texts
            ]
        forms += [
            Form(value="", text=t, lang=lang, kind="country", rule="block", block=True)
            for t in data.get("block", {}).get("forms", [])
        ]
    return tuple(forms)


@dataclass(frozen=True)
class LanguageRule:
    """Where a country's name or adjective names its language ("in German", "en allemand",
    "باللغة الألمانية", "以西班牙文提交"), not the State: every pattern given must match - ``name``
    the form's text, ``text`` the words as written in the sentence, ``before`` the text before
    them (it ends there) and ``after`` the text after them (it starts there)."""

    name: re.Pattern[str] | None
    text: re.Pattern[str] | None
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None

    def matches(self, hit: Hit, text: str) -> bool:
        if self.name is not None and not self.name.search(hit.form.text):
            return False
        if self.text is not None and not self.text.search(text[hit.start : hit.end]):
            return False
        if self.before is not None and not self.before.search(text, max(0, hit.start - _BEFORE), hit.start):
            return False
        return self.after is None or bool(self.after.match(text, hit.end))


#: How far back a rule's ``before`` pattern looks (a list of languages: "in German, Italian …").
_BEFORE = 400


@cache
def language_rules(lang: str) -> tuple[LanguageRule, ...]:
    """The language's rules for country names and adjectives that name a language
    (``[[language]]`` in ``countries.toml``)."""

    def compiled(item: dict[str, str], key: str) -> re.Pattern[str] | None:
        return re.compile(item[key]) if key in item else None

    return tuple(
        LanguageRule(compiled(item, "name"), compiled(item, "text"), compiled(item, "before"), compiled(item, "after"))
        for item in _data(lang).get("language", [])
    )


def names_a_language(hit: Hit, text: str, lang: str) -> bool:
    """Whether a country hit is the name of a language (see :class:`LanguageRule`)."""
    return any(rule.matches(hit, text) for rule in language_rules(lang))
