"""Everything one language recognises, in one pass over a sentence.

The forms of actors, mechanisms, countries, cues and titles share one trie, so a sentence is
folded, cut into tokens and walked once; the hits are then resolved group by group (an actor
and a cue may overlap, two actors may not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cpcollab.engine.model import Span
from cpcollab.engine.recognize.actors import actor_forms, actor_patterns
from cpcollab.engine.recognize.countries import country_forms, language_rules, names_a_language
from cpcollab.engine.recognize.cues import CueSet, cue_set
from cpcollab.engine.recognize.gazetteer import Form, Gazetteer, Hit, longest
from cpcollab.engine.recognize.prefilter import needles
from cpcollab.engine.recognize.symbols import find_symbols
from cpcollab.engine.recognize.titles import title_forms
from cpcollab.engine.textnorm import fold


@dataclass
class Recognized:
    """The resolved hits of one sentence, by group."""

    symbols: list[Span]
    actors: list[Hit]  # actors and mechanisms
    countries: list[Hit]
    cues: list[Span]
    titles: list[Hit]


@dataclass(frozen=True)
class LanguageRecognizer:
    lang: str
    gazetteer: Gazetteer
    cues: CueSet

    def find(self, text: str) -> Recognized:
        """Recognise everything in one sentence."""
        symbols = find_symbols(text)
        groups: dict[str, list[Hit]] = {}
        for hit in self.gazetteer.find_raw(text):
            group = hit.form.group
            if group in groups:
                groups[group].append(hit)
            else:
                groups[group] = [hit]
        actor_hits = groups.pop("actor", [])
        for regex, form, required in _patterns(self.lang):
            if required is not None and (
                required[0] not in text if len(required) == 1 else not any(n in text for n in required)
            ):
                continue  # the pattern cannot match here
            found = [Hit(m.start(), m.end(), form) for m in regex.finditer(text)]
            actor_hits += [_as_named(hit, actor_hits) for hit in found] if not form.block else found
        actors = [h for h in longest(actor_hits) if not _within(h, symbols)] if actor_hits else []
        countries = longest(groups.pop("country", []))
        if countries and language_rules(self.lang):
            countries = [h for h in countries if not names_a_language(h, text, self.lang)]
        if self.lang == "ar" and actors:
            actors = [h for h in actors if not _management(h, text, actors, countries)]
        titles = longest(groups.pop("title", []))
        cues = [
            Span(h.start, h.end, h.form.kind, h.form.value, text[h.start : h.end], h.form.rule)
            for group in groups.values()
            for h in longest(group)
        ]
        cues.sort(key=lambda s: s.start)
        return Recognized(symbols, actors, countries, cues, titles)


@cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], Form, tuple[str, ...] | None], ...]:
    """The language's generic actor patterns, each with the literals one of which any match contains."""
    return tuple((regex, form, needles(regex)) for regex, form in actor_patterns(lang))


def _as_named(generic: Hit, hits: list[Hit]) -> Hit:
    """A generic pattern's hit that is a name the lists know plus "the United Nations" before or
    after it ("United Nations Economic and Social Council", "Programme alimentaire mondial des
    Nations Unies") is that name's actor over the whole span."""
    un = [h for h in hits if h.form.value == "UN-SYSTEM" and generic.start <= h.start and h.end <= generic.end]
    if not un:
        return generic
    for named in hits:
        form = named.form
        if form.kind != "actor" or form.block or form.value == "UN-SYSTEM" or form.rule.startswith("pattern"):
            continue
        if named.start == generic.start and named.end < generic.end:
            left, right = named.end, generic.end
        elif named.end == generic.end and named.start > generic.start:
            left, right = generic.start, named.start
        else:
            continue
        # What is left is the Organization's name, with at most a short link ("des", "de l'").
        if any(left <= h.start and h.end <= right and (right - left) - (h.end - h.start) <= _LINK for h in un):
            return Hit(generic.start, generic.end, form)
    return generic


#: Characters that may join "the United Nations" to a name besides spaces ("de l'", "de las").
_LINK = 8


#: "إدارة" joined by و or ف: "and management" or "and the Department".
_AND_DEPARTMENT = frozenset({"واداره", "فاداره"})
#: A word ending a definite phrase: the article, with the particles that attach before it.
_DEFINITE = re.compile(r"^(?:[وفبك]?ال|[وف]?لل)")
#: Particles and prepositions: "بين إدارة …", "مع وإدارة …" leave the name a name.
_PARTICLES = frozenset(fold(w) for w in ("في", "من", "على", "عن", "مع", "بين", "أو", "ثم", "لدى", "حتى", "منذ"))
#: The Arabic word that ends a text (letters and short vowels).
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u064B-\u0652\u0671-\u06D3]+$")


def _management(hit: Hit, text: str, actors: list[Hit], countries: list[Hit]) -> bool:
    """Arabic "إدارة" is both "Department" and the verbal noun "management": in "تخطيط وإدارة
    عمليات السلام" (the planning and management of peace operations) two verbal nouns share the
    genitive after them, and no department is named. A department's name joined by و (or ف) to
    the word before it is read so when that word is an indefinite noun - no article, not a
    particle, not the end of an actor's or a country's name ("إدارة الشؤون السياسية وإدارة عمليات
    السلام", "اليونيسيف وإدارة عمليات السلام" keep the department)."""
    first = fold(text[hit.start : hit.end].split(maxsplit=1)[0])
    if first not in _AND_DEPARTMENT:
        return False
    before = text[max(0, hit.start - 40) : hit.start].rstrip()
    word = _ARABIC_WORD.search(before)
    if word is None or word.end() != len(before):
        return False  # a sign, a number or a Latin word before it
    previous = fold(word.group())
    if _DEFINITE.match(previous) or previous in _PARTICLES:
        return False
    end = word.end()
    return not any(h.end == end for h in (*actors, *countries))


def _within(hit: Hit, spans: list[Span]) -> bool:
    return any(s.start <= hit.start and hit.end <= s.end for s in spans)


@cache
def recognizer(lang: str) -> LanguageRecognizer:
    """The recogniser of one language, compiled once."""
    cues = cue_set(lang)
    forms: list[Form] = [*actor_forms(lang), *country_forms(lang), *cues.forms, *title_forms(lang)]
    return LanguageRecognizer(lang=lang, gazetteer=Gazetteer(lang=lang, forms=forms), cues=cues)
