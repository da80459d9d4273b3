"""Analysing one sentence: recognise actors, countries and cues, then classify; in a statement,
also find its themes, sums of money and dates.

This is the unit both the document pipeline and the evaluation contract
(``cpcollab extract --sentences``) call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cpcollab.engine.classify.rules import classify
from cpcollab.engine.classify.rules.endorsement import endorses
from cpcollab.engine.classify.rules.speech import starts_with_imperative
from cpcollab.engine.model import UNNAMED, Span
from cpcollab.engine.recognize.actors import members_named_in, peacekeeping_countries
from cpcollab.engine.recognize.cues import CueSet
from cpcollab.engine.recognize.dates import find_dates
from cpcollab.engine.recognize.gazetteer import Hit
from cpcollab.engine.recognize.language import recognizer
from cpcollab.engine.recognize.money import find_money
from cpcollab.engine.recognize.organisations import named_organisations
from cpcollab.engine.recognize.themes import find_themes
from cpcollab.engine.recognize.titles import (
    TitleResolver,
    assembly_sessions,
    default_heads,
    named_heads,
    numbered_heads,
    opening_pronoun,
    opening_subject,
    opening_unnamed,
)
from cpcollab.engine.series import Series
from cpcollab.engine.textnorm import fold

LANGS = ("ar", "zh", "en", "fr", "ru", "es")


@dataclass
class SentenceAnalysis:
    """Everything found in one sentence. Actor codes are the registry's (``ECOSOC``), or the
    annotation guideline's for entities outside the registry (``UN-OTHER``)."""

    spans: list[Span]
    actors: list[str]
    states: list[str]
    collaboration: str
    participants: list[str]
    kinds: list[str]
    confidence: float
    explanation: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)
    #: Whether the document context (a :class:`TitleResolver`) took part: a sentence without a
    #: bare title gets the same analysis wherever it stands, and may be reused.
    uses_context: bool = False
    #: Theme codes a collaboration statement names (empty for other sentences).
    themes: list[str] = field(default_factory=list)
    #: The actor the sentence opens with as its subject ("The Council urges …"): a pronoun
    #: opening the next sentence ("It also requests …") may stand for it.
    subject: str | None = None
    #: Head nouns that began the name of a body no list holds ("the Office of the Ombudsman"),
    #: in a document: a bare "the Office" soon after stands for that body (see
    #: :meth:`TitleResolver.observe`).
    named_heads: list[str] = field(default_factory=list)


def _speaker_span(text: str, lang: str, series: Series) -> Span | None:
    """In a sentence alone from an organ's own decision or statement (its symbol says so), an
    opening pronoun with the verb of an organ speaking is the organ: the English of a
    presidential statement opens each paragraph with "The Security Council", which the French
    often renders « Il », and the labels of a line hold for all its versions. A bare head noun
    ("the Council") stays unlabelled in a sentence alone, as the guideline has it; in a document,
    the context resolves it (:class:`TitleResolver`)."""
    if not series.speaks:
        return None
    pronoun = opening_pronoun(text, lang)
    return TitleResolver(lang, series=series).resolve_pronoun(text, pronoun) if pronoun else None


def _unnamed_subject(text: str, lang: str, titles: list[Hit]) -> list[Span]:
    """In a sentence alone that names no UN actor, a subject that stands for one at work: a
    pronoun or a bare head noun with the verb of an actor at work ("En Sierra Leone, elle a
    organisé une formation …", "Au Libéria, le Programme a formé …"; see
    :func:`~cpcollab.engine.recognize.titles.opening_unnamed`). Translations write so where the
    original names the actor again, and what a sentence says of collaboration holds for all its
    versions; so the subject takes part in the judgement as an actor, with no code (``UNNAMED``):
    it is neither among the sentence's actors nor among the participants (ADR 0016)."""
    where = opening_unnamed(text, lang, titles)
    if where is None:
        return []
    start, end = where
    return [Span(start, end, "actor", UNNAMED, text[start:end], "subject:unnamed", 0.5)]


def _span(hit: Hit, text: str) -> Span:
    return Span(hit.start, hit.end, hit.form.kind, hit.form.value, text[hit.start : hit.end], hit.form.rule)


def analyze_sentence(
    text: str,
    lang: str,
    *,
    titles: TitleResolver | None = None,
    asked_for: bool = False,
    clause: bool = False,
    series: Series | None = None,
) -> SentenceAnalysis:
    """Recognise and classify one sentence in ``lang`` (one of ar, zh, en, fr, ru, es).

    With ``titles`` (in a document), bare titles such as "the Committee" count as the actor the
    document's context makes clear; without it (a sentence alone) they are left unlabelled.
    ``asked_for`` says the sentence is an item of a lead-in that asks ("recommends that Member
    States:"), so that the collaboration it names is asked for; ``clause``, that the item is a
    numbered clause of its own (see :func:`~cpcollab.engine.classify.rules.classify`). ``series``, for a sentence
    alone whose document's symbol is known, says the organ the document is issued for and
    whether the organ speaks in it: in its decisions and statements, an opening pronoun with the
    verb of an organ speaking stands for it (see :func:`_speaker_span`).
    """
    if lang not in LANGS:
        lang = "en"
    language = recognizer(lang)
    found = language.find(text)
    actor_spans = [_span(h, text) for h in found.actors if h.form.kind == "actor"]
    actor_spans += [s for s in numbered_heads(found.titles, text, lang) if not _overlaps(s, actor_spans)]
    pronoun = None
    other_heads: list[str] = []
    if titles is not None:
        if found.titles:
            other_heads = named_heads(found.titles, text, lang, actor_spans)
            in_context = titles.resolve_hits(found.titles, text, lang, actors=actor_spans, others=other_heads)
            actor_spans += [s for s in in_context if not _overlaps(s, actor_spans)]
        pronoun = opening_pronoun(text, lang)
        resolved = titles.resolve_pronoun(text, pronoun) if pronoun else None
        if resolved is not None:
            actor_spans.append(resolved)
    else:
        actor_spans += [s for s in default_heads(found.titles, text, lang) if not _overlaps(s, actor_spans)]
        speaker = _speaker_span(text, lang, series) if series is not None else None
        if speaker is not None and not _overlaps(speaker, actor_spans):
            actor_spans.append(speaker)
    sessions = assembly_sessions(text, lang, titles.series if titles is not None else series, actor_spans)
    actor_spans += [s for s in sessions if not _overlaps(s, actor_spans)]
    mechanism_spans = [_span(h, text) for h in found.actors if h.form.kind == "mechanism"]
    for mechanism in mechanism_spans:
        for code, start, end in members_named_in(mechanism.value, mechanism.text, lang):
            start, end = mechanism.start + start, mechanism.start + end
            actor_spans.append(Span(start, end, "actor", code, text[start:end], "mechanism:member-named"))
    actor_spans.sort(key=lambda s: s.start)
    actor_spans = _without_council_modifiers(text, lang, _without_un_modifiers(text, lang, actor_spans))
    if titles is None and not actor_spans:
        actor_spans = _unnamed_subject(text, lang, found.titles)
    country_spans = [_span(h, text) for h in found.countries]
    if lang == "ar":
        _mark_attached_prepositions(found.countries, country_spans)
    # A State named inside an actor's name ("United Nations Assistance Mission for Iraq", "Relief
    # and Works Agency for Palestine Refugees") is named in the sentence, so it is among its
    # States; it is a place in a name, not a party. A name that does not write the State names
    # none: an acronym ("MONUSCO", "UNRWA") or a short name ("the Committee established pursuant
    # to resolution 1970 (2011)").
    title_states = {s.value for s in country_spans if s.value and _inside(s, actor_spans)}
    country_spans = [s for s in country_spans if not _inside(s, actor_spans)]
    _assign_country_representatives(text, actor_spans, country_spans)
    # Cues matter only where a UN actor is named: without one, classify() decides "none" at once.
    # A word of collaboration inside a phrase that rules it out ("refused to cooperate", "lack of
    # cooperation", "participated in the meeting") is no word of collaboration.
    ruled_out = [s for s in found.cues if s.kind == "cue.none"] if actor_spans else []
    cue_spans = [
        s
        for s in (found.cues if actor_spans else [])
        if not _inside(s, actor_spans + mechanism_spans)
        and not _in_a_name(s, text, lang)
        and not endorses(text, s, lang)
        and not (s.kind == "cue.kind" and ruled_out and _inside(s, ruled_out))
    ]
    if language.cues.call_nouns and cue_spans:
        cue_spans = _without_calls_named_after(text, cue_spans, language.cues)
    if actor_spans and lang in _CASED:
        # Organisations named by a proper name no list holds ("the Pacific Community").
        taken = [*actor_spans, *mechanism_spans, *country_spans, *found.symbols]
        taken += [s for s in cue_spans if s.kind in ("cue.other", "cue.government")]
        cue_spans = sorted(cue_spans + named_organisations(text, lang, taken), key=lambda s: s.start)
    decision = classify(
        text,
        lang,
        actors=actor_spans,
        countries=country_spans,
        cues=cue_spans
        + [Span(s.start, s.end, "cue.kind", "coordination", s.text, s.rule) for s in mechanism_spans if actor_spans],
        cue_set=language.cues,
        asked_for=asked_for,
        clause=clause,
    )
    states = sorted({s.value for s in country_spans if s.value} | title_states)
    named = [s for s in actor_spans if s.value != UNNAMED]
    spans = named + mechanism_spans + country_spans + found.symbols
    theme_spans: list[Span] = []
    if decision.collaboration != "none":
        # What, when and how much: looked for in statements only, as they cost a pass each.
        theme_spans = find_themes(text, lang)
        money_spans = find_money(text, lang)
        spans += money_spans + find_dates(text, lang, skip=found.symbols + money_spans) + theme_spans
    return SentenceAnalysis(
        spans=sorted(spans, key=lambda s: s.start),
        actors=sorted({s.value for s in named}),
        states=states,
        collaboration=decision.collaboration,
        participants=decision.participants,
        kinds=decision.kinds,
        confidence=decision.confidence,
        explanation=decision.explanation,
        features=decision.features,
        uses_context=titles is not None and (bool(found.titles) or pronoun is not None),
        themes=sorted({s.value for s in theme_spans}),
        subject=opening_subject(text, lang, named),
        named_heads=other_heads,
    )


def _without_calls_named_after(text: str, cues: list[Span], cue_set: CueSet) -> list[Span]:
    """Without the calls that a noun names after the first word of collaboration: "the report
    describes the cooperation activities carried out with UNICEF and makes recommendations to
    States" reports the cooperation; the recommendations ask for something else. Before it, the
    noun asks for it ("recommendations on strengthening cooperation with OHCHR"); where a verb
    asks as well ("Requests … to cooperate … and to follow up the recommendations"), the call is
    the verb's; and a recommendation that opens with its own verb ("Seek assistance from OHCHR
    to implement the recommendations") asks for all it says."""
    first = next((c.start for c in cues if c.kind == "cue.kind"), None)
    calls = [c for c in cues if c.kind == "cue.call"]
    if first is None or not calls or not all(c.start > first and fold(c.text) in cue_set.call_nouns for c in calls):
        return cues
    if starts_with_imperative(text, cue_set):
        return cues
    return [c for c in cues if c.kind != "cue.call"]


def _in_a_name(cue: Span, text: str, lang: str) -> bool:
    """A collaboration word written with a capital inside a sentence is part of a name
    ("Technical Cooperation Programme", "Partenariat mondial pour l'eau", "Comité mixte"), not a
    cue. Only where the script has capitals; after an opening quote or a number it starts a
    title or a sentence, and stays a cue."""
    first = cue.text.split()[0] if cue.text.split() else ""
    if lang not in _CASED or cue.kind != "cue.kind" or not (first[:1].isupper() and first[1:].islower()):
        return False  # acronyms such as "MoU" stay cues
    before = text[: cue.start].rstrip()
    if _LABEL_BEFORE.fullmatch(before):
        return False  # "(a) Work with UNICEF …", "12. Cooperation with …": the item's first word
    return bool(before) and before[-1] not in ".:;(\"'“‘«<" and not before[-1].isdigit()


#: A paragraph or item label alone ("(a)", "b)", "12.", "iv)").
_LABEL_BEFORE = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]{1,2}|[ivxl]{1,6})[.)]")
#: Languages whose script writes names with capitals.
_CASED = frozenset({"en", "fr", "es", "ru"})


def _without_un_modifiers(text: str, lang: str, actors: list[Span]) -> list[Span]:
    """Drop "the United Nations" where it only qualifies the actor it stands against: "UN
    Special Rapporteur on …", "United Nations special procedures", "联合国统计司", and after it,
    "Специального докладчика ООН", "le Comité contre la torture des Nations Unies", "el Consejo
    de Seguridad de la ONU", "the Security Council of the United Nations". That actor is the one
    named."""
    if len(actors) < 2 or not any(s.value == "UN-SYSTEM" for s in actors):
        return actors
    dropped = set()
    before = _UN_BEFORE.get(lang, _NOTHING)
    for k, span in enumerate(actors):
        if span.value != "UN-SYSTEM":
            continue
        following = actors[k + 1] if k + 1 < len(actors) else None
        preceding = actors[k - 1] if k else None
        qualifies_next = (
            before is not None
            and following is not None
            and following.value != "UN-SYSTEM"
            and bool(before.fullmatch(text[span.end : following.start]))
        )
        qualifies_previous = (
            preceding is not None
            and preceding.value != "UN-SYSTEM"
            and _qualifies_previous(text[preceding.end : span.start], span.text, lang)
        )
        if qualifies_next or qualifies_previous:
            dropped.add(k)
    return [s for k, s in enumerate(actors) if k not in dropped] if dropped else actors


def _without_council_modifiers(text: str, lang: str, actors: list[Span]) -> list[Span]:
    """Drop the Human Rights Council where English writes it before a body of its own, as a
    qualifier ("the Human Rights Council Special Rapporteur on …"): "X of the Human Rights
    Council" gets X's code only (ANNOTATION.md)."""
    if lang != "en" or len(actors) < 2:
        return actors
    return [
        span
        for span, following in zip(actors, [*actors[1:], None], strict=True)
        if not (
            span.value == "HRC"
            and following is not None
            and following.value != "HRC"
            and not text[span.end : following.start].strip()
        )
    ]


#: What may stand between "the United Nations" and the actor it qualifies when it comes first:
#: nothing but spaces ("UN Special Rapporteur", "联合国儿基会"); in Chinese also "all", "relevant",
#: "other" ("联合国所有相关维持和平行动"). Arabic puts the Organization's name after the body's
#: ("مفوضية الأمم المتحدة"): an actor right after "الأمم المتحدة" is the next of a list, joined by
#: و ("الأمم المتحدة والبنك الدولي", "فريق الأمم المتحدة القطري ومفوضية …"), never qualified by it.
_NOTHING = re.compile(r"\s*")
_UN_BEFORE: dict[str, re.Pattern[str] | None] = {
    "zh": re.compile(r"\s*(?:所有|一切|全部|各|其他|有关|相关)*"),
    "ar": None,
}

#: What joins "the United Nations" to the actor it follows and qualifies: nothing in Russian
#: ("Совета Безопасности ООН"), the genitive's preposition and article elsewhere ("des", "de l'",
#: "de las", "of the").
_UN_AFTER = {
    "ru": re.compile(r"\s*"),
    "fr": re.compile(r"\s+(?:des|du|de\s+la|de\s+l['’]\s*)\s*"),
    "es": re.compile(r"\s+(?:de\s+las|de\s+la|del)\s+"),
    "en": re.compile(r"\s+of\s+the\s+"),
    # "شعبة الإحصاءات بالأمم المتحدة", "الشعبة الإحصائية للأمم المتحدة": the preposition is
    # written on the Organization's name.
    "ar": re.compile(r"\s+"),
}
#: The Organization's own name, which after an actor qualifies it (not "the United Nations system").
_UN_NAMES = {
    "fr": frozenset({"nations unies", "organisation des nations unies", "onu"}),
    "es": frozenset({"naciones unidas", "organizacion de las naciones unidas", "onu"}),
    "en": frozenset({"united nations", "un", "united nations organization"}),
    "ar": frozenset({fold("بالأمم المتحدة"), fold("للأمم المتحدة")}),
}


def _qualifies_previous(gap: str, name: str, lang: str) -> bool:
    """Whether "the United Nations", written ``name`` after ``gap``, qualifies the actor before
    it ("le Comité contre la torture des Nations Unies")."""
    link = _UN_AFTER.get(lang)
    if link is None or not link.fullmatch(gap):
        return False
    names = _UN_NAMES.get(lang)
    return names is None or fold(name) in names


def _mark_attached_prepositions(hits: list[Hit], spans: list[Span]) -> None:
    """Arabic writes "in Japan" as one word (باليابان): a country matched with an attached بـ
    or فيـ is named as a place; its rule says so for the classifier."""
    for hit, span in zip(hits, spans, strict=True):
        name = hit.form.text
        if span.text != name and fold(span.text).endswith(fold(name).removeprefix("ال")):
            attached = span.text[: len(span.text) - len(name)]
            if "ب" in attached or attached.endswith("في"):
                span.rule += ":in"


def _assign_country_representatives(text: str, actors: list[Span], countries: list[Span]) -> None:
    """A Special Representative of the Secretary-General *for a country* heads its mission: a
    peacekeeping operation (DPO) or a political mission (DPPA) - not another UN entity."""
    for actor in actors:
        if not actor.rule.startswith(("pattern:srsg-generic", "pattern:srsg-country")):
            continue
        following = [c for c in countries if 0 <= c.start - actor.end <= 16 and c.value]
        if following:
            actor.value = "DPO" if following[0].value in peacekeeping_countries() else "DPPA"
            actor.rule += ":country"


def _hit_in(hit: Hit, spans: list[Span]) -> bool:
    return any(s.start <= hit.start and hit.end <= s.end for s in spans)


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


def _inside(span: Span, others: list[Span]) -> bool:
    return any(o.start <= span.start and span.end <= o.end for o in others)
