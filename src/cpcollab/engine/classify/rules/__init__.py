"""The collaboration classifier: decides ``reported``, ``called_for`` or ``none`` for a sentence,
with its participants, kinds, confidence and an explanation.

The class comes from the trained linear model over language-independent features
(:mod:`.features`, :mod:`.model`) when one ships with the package, and from the transparent
rules below otherwise. Participants and kinds come from rules in both cases: the parties named
(actors, States, other organisations) and the kinds of the cues found.

The rules that read who takes part are split by concern and by language: :mod:`.words` (a
sentence's tokens and word forms, and each language's words for places and parties from its
cues.toml), :mod:`.states` (States named as a place, an origin, a qualifier or in a title rather
than as parties), :mod:`.parties` (bodies of named States, non-UN parties, UN actors named only as
a source), :mod:`.speech` (who speaks, recommends, asks or is asked), and the readers and words of
one language: :mod:`.ar`, :mod:`.en`, :mod:`.ru`, :mod:`.zh` and :mod:`.romance` (French and
Spanish).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cpcollab.engine.classify.features import NEAR, STRONG_KINDS, describe, gap, sentence_features
from cpcollab.engine.classify.model import LinearModel, load_model
from cpcollab.engine.classify.rules.en import (
    _EN_AND_ITS_COOPERATION,
    _en_actor_after_every_cue,
    _en_compared,
    _en_exemplified,
    _en_origin,
    _en_quoted,
    _en_speaks_of_itself,
)
from cpcollab.engine.classify.rules.parties import (
    _a_named_states_body,
    _built,
    _introduced_as_a_partner,
    _joined_to_a_party,
    _unnamed_government,
    objects,
)
from cpcollab.engine.classify.rules.purpose import for_a_purpose
from cpcollab.engine.classify.rules.ru import _ru_whole_word_parties
from cpcollab.engine.classify.rules.speech import recommenders, speakers, speaking_organs, starts_with_imperative
from cpcollab.engine.classify.rules.states import places
from cpcollab.engine.classify.rules.words import place_words
from cpcollab.engine.classify.rules.zh import _zh_countries_only_where
from cpcollab.engine.model import UNNAMED, Span
from cpcollab.engine.recognize.cues import KINDS, CueSet

__all__ = ["Decision", "classify", "places"]


@dataclass
class Decision:
    collaboration: str = "none"
    participants: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    confidence: float = 0.0
    explanation: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


def _opening(text: str) -> int:
    """The end of a sentence's first five words: where its subject stands."""
    words = text.split()[:5]
    return sum(len(w) + 1 for w in words)


def _near_any(span: Span, others: Sequence[Span], text: str, lang: str) -> bool:
    return any(gap(span, other, text, lang) <= NEAR for other in others)


def _rule_class(features: dict[str, float]) -> tuple[str, float]:
    """The class by hand-written rules, when no trained model ships."""
    if "cue:none" in features or "negative:only" in features:
        return "none", 0.6
    near = [name for name in features if name.startswith("cue:") and name.endswith(":near")]
    if not near:
        return "none", 0.55
    if "imperative" in features:
        return "called_for", 0.65
    if "governed_by:ack" in features:
        return "reported", 0.6
    if "call" in features:
        return "called_for", 0.6
    return "reported", 0.6


def _cue_near_an_actor(features: dict[str, float]) -> bool:
    return any(name.startswith("cue:") and name.endswith(":near") for name in features)


def classify(
    text: str,
    lang: str,
    *,
    actors: Sequence[Span],
    countries: Sequence[Span],
    cues: Sequence[Span],
    cue_set: CueSet,
    asked_for: bool = False,
    clause: bool = False,
    model: LinearModel | None = None,
    use_model: bool = True,
) -> Decision:
    """Decide whether ``text`` states or asks for collaboration, and between whom.

    ``asked_for``: the sentence is an item of a lead-in that asks, so that what it says of
    collaboration is asked for. ``clause``: that item is a numbered clause of its own (a UPR
    recommendation), read whole by the model: its "none" stands, where a lettered item's
    fragment ("(b) Joint data collection with UNICEF;") may be asked for all the same.
    """
    codes = sorted({span.value for span in actors})
    if not codes:
        return Decision(explanation=["no UN actor named"])
    parenthesised = recommenders(text, countries, lang)
    located, qualified = places(
        text, countries, cue_set, [c for c in cues if c.kind == "cue.call"], others=[*actors, *cues]
    )
    if _unnamed_government(text, cues, countries, actors, place_words(lang)):
        located = set()  # "In Guinea, UNICEF supported the Government": the place is the party
    spoken = speakers(text, countries, cue_set)
    if lang == "en":
        # "human rights in Guatemala and its cooperation with OHCHR": the place then cooperates.
        located = {i for i in located if not _EN_AND_ITS_COOPERATION.match(text, countries[i].end)}
        # A State inside a quoted title ("a project entitled “Human rights in Turkmenistan”").
        qualified = qualified | {i for i, span in enumerate(countries) if _en_quoted(text, span)}
        # A State named to compare ("…, as Brazil has").
        qualified |= {i for i, span in enumerate(countries) if _en_compared(text, span)}
        # A State that speaks of its own part ("… and therefore requested assistance", "that it had").
        spoken = {i for i in spoken if not _en_speaks_of_itself(text, countries[i], countries)}
    not_parties = parenthesised | spoken | located | qualified
    if len(countries) - len(not_parties) > 6:
        # A long list of States is a list of sponsors, members or recommenders, not of partners.
        not_parties |= set(range(len(countries)))
    states = sorted({span.value for i, span in enumerate(countries) if i not in not_parties and span.value})
    imperative = starts_with_imperative(text, cue_set)
    features = sentence_features(
        text,
        lang,
        actors=actors,
        states=states,
        cues=cues,
        imperative=imperative is not None,
        recommendation=bool(parenthesised),
        state_spans=countries,
    )
    model = model or (load_model() if use_model else None)
    if model is not None:
        label, probabilities, strongest = model.explain(features, top=4)
        confidence = probabilities[label]
        pushed = [describe(name) for name, weight in strongest if weight > 0]
        why = [f"model: {label} ({confidence:.2f}) from {', '.join(pushed)}"]
    else:
        label, confidence = _rule_class(features)
        why = [f"rules: {label}"]
    if asked_for and (label == "reported" or (label == "none" and not clause and _cue_near_an_actor(features))):
        # An item of a lead-in that asks ("recommends that Member States:" / "(a) Work with UNICEF
        # …"): what it says of collaboration is asked for. The evidence of collaboration is the
        # model's, whichever class it leaned to.
        if model is not None:
            confidence = 1.0 - probabilities["none"]
        label = "called_for"
        why.append("asked for: an item of a lead-in that asks")
    kind_cues = [c for c in cues if c.kind == "cue.kind"]
    if label != "none" and not kind_cues:
        # No word of collaboration at all (nor a mechanism): whatever the other words lean to,
        # the sentence neither states nor asks for working together ("Encourages the
        # Secretary-General, UNESCO and UNICEF to step up their efforts …": each acts alone).
        why.append(f"no word of collaboration: none, not {label}")
        label = "none"
        if model is not None:
            confidence = probabilities["none"]
    if label == "none":
        return Decision(confidence=round(confidence, 3), explanation=why, features=features)
    parties = (set(codes) - objects(text, actors, cue_set) - speaking_organs(text, lang, actors, cues)) | set(states)
    opening = _opening(text)
    words = place_words(lang)
    # The States that may own a body named without them: not the recommending States, nor those
    # that only qualify something else ("Syrian refugees").
    named = [span for i, span in enumerate(countries) if i not in parenthesised | qualified]
    taking_part = [span for span in actors if span.value in parties]
    taking_part += [span for i, span in enumerate(countries) if i not in not_parties and span.value in parties]
    for cue in (c for c in [*cues, *_ru_whole_word_parties(text, lang, [*actors, *cues])] if c.kind == "cue.other"):
        if _a_named_states_body(text, cue, named, actors, words):
            continue  # "the Ministry of Health of Zambia", "les autorités haïtiennes": that State
        if _built(text, cue, lang):
            continue  # "créer une institution nationale", "crear una institución nacional"
        if lang == "zh" and _zh_countries_only_where(text, cue, words):
            continue  # "为三个非洲国家的护士提供培训": the nurses benefit
        if lang == "en" and (_en_exemplified(text, cue, actors) or _en_origin(text, cue)):
            continue  # "international organizations such as the WHO", "refugees from neighbouring countries"
        # A non-UN party in the subject, near the actors or the collaboration cue, or joined to a
        # party by "and" ("le Gouvernement malien et les groupes armés signataires") takes part.
        if (
            cue.start <= opening
            or _near_any(cue, [*actors, *kind_cues], text, lang)
            or _joined_to_a_party(text, cue, taking_part, words)
            or _introduced_as_a_partner(text, cue, lang)
        ):
            parties.add("OTHER")
            break
    if not parties & set(codes):
        parties |= set(codes)  # every UN actor an object: keep them rather than lose the UN side
    given = [c for c in kind_cues if c.value in STRONG_KINDS - {"joint_activity"}]
    if (
        label == "reported"
        and len(parties) < 2
        and given
        and not any(c.kind == "cue.government" for c in cues)
        and not (lang == "en" and _en_actor_after_every_cue(text, given, actors))
    ):
        # "UNFPA trained 400 contact tracers": the other party is unnamed. But "the Government"
        # of no State named is the author's (a State's report on itself), which counts only where
        # the sentence names it.
        parties.add("OTHER")
    if len({c.value for c in kind_cues}) > 1:
        # Support given for a purpose ("allocated $4.8 million to support elections") is not
        # the collaboration's kind when another word says what the collaboration is.
        kind_cues = [c for c in kind_cues if c.value != "technical_assistance" or not for_a_purpose(text, c, lang)]
    kinds = sorted({c.value for c in kind_cues}, key=KINDS.index) or ["joint_activity"]
    unnamed = ["its subject, an actor it does not name"] if UNNAMED in codes else []
    why.append(f"actors: {', '.join([code for code in codes if code != UNNAMED] + unnamed)}")
    if kind_cues:
        why.append(f"cues: {', '.join(sorted({c.text for c in kind_cues})[:6])}")
    if imperative:
        why.append(f"recommendation starting with {imperative!r}")
    return Decision(label, sorted(parties - {UNNAMED}), kinds, round(confidence, 3), why, features)
