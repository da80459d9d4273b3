"""Recognising the themes of the registry's taxonomy by their keywords, in the six languages.

The taxonomy (``reference/data/themes-*.toml``, read through :func:`cpcollab.reference.themes`)
gives its items short keywords per language ("birth registration", "детский труд", "童工").
They are compiled into one trie per language with the gazetteer, so Russian case endings,
Arabic attached particles and Chinese without spaces are handled as for actors. A keyword that
several themes share (a general principle and its article) yields one span per theme, with the
same offsets; the span's value is the theme code.
"""

from __future__ import annotations

from functools import cache

from cpcollab import reference
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.gazetteer import Form, Gazetteer
from cpcollab.engine.textnorm import fold

_LANGS = ("ar", "zh", "en", "fr", "ru", "es")


@cache
def theme_forms(lang: str) -> tuple[Form, ...]:
    """One form per distinct keyword of ``lang``; themes after the first that share it are in
    its ``attributes`` as ``("theme", code)``."""
    keywords: dict[str, tuple[str, list[str]]] = {}  # folded keyword → (text, theme codes)
    for theme in reference.themes():
        for text in theme.keywords.get(lang, ()):
            _, codes = keywords.setdefault(fold(text).strip(), (text, []))
            if theme.code not in codes:
                codes.append(theme.code)
    return tuple(
        Form(
            value=codes[0],
            text=text,
            lang=lang,
            kind="theme",
            rule=f"theme:{text}",
            attributes=tuple(("theme", code) for code in codes[1:]),
        )
        for text, codes in keywords.values()
    )


@cache
def theme_gazetteer(lang: str) -> Gazetteer:
    """The trie of ``lang``'s theme keywords, compiled once."""
    return Gazetteer(lang=lang, forms=theme_forms(lang))


def find_themes(text: str, lang: str) -> list[Span]:
    """Every theme keyword in ``text`` (in ``lang``), one span per theme it names, in order."""
    spans = []
    for hit in theme_gazetteer(lang if lang in _LANGS else "en").find(text):
        written = text[hit.start : hit.end]
        for code in (hit.form.value, *(value for name, value in hit.form.attributes if name == "theme")):
            spans.append(Span(hit.start, hit.end, "theme", code, written, hit.form.rule))
    return spans
