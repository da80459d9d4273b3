"""Recognising countries and territories by name, in the six languages."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from cpcollab import reference
from cpcollab.engine.recognize.gazetteer import Form


def _proper(name: str) -> bool:
    """Short one-word names collide with common words ("Того", "Chad", "Oman"): compare them
    whole and capitalised."""
    return " " not in name.strip() and len(name) <= 6 and name[:1].isupper()


@cache
def country_forms(lang: str) -> tuple[Form, ...]:
    """Short and formal names from the registry, plus the language's extra forms (adjectives)."""
    forms: list[Form] = []
    for country in reference.countries():
        name = country.names.get(lang)
        if name is None:
            continue
        for text in {name.short, name.formal} - {""}:
            forms.append(
                Form(
                    value=country.iso3, text=text, lang=lang, kind="country", rule="registry:name", proper=_proper(text)
                )
            )
    path = resources.files("cpcollab.engine").joinpath("lang", lang, "countries.toml")
    if path.is_file():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for iso3, texts in data.get("forms", {}).items():
            forms += [
                Form(value=iso3, text=t, lang=lang, kind="country", rule="extra:country", proper=_proper(t))
                for t in texts
            ]
        forms += [
            Form(value="", text=t, lang=lang, kind="country", rule="block", block=True)
            for t in data.get("block", {}).get("forms", [])
        ]
    return tuple(forms)
