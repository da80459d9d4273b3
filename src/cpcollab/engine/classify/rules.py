"""The collaboration classifier: decides ``reported``, ``called_for`` or ``none`` for a sentence,
with its participants, kinds, confidence and an explanation.

The class comes from the trained linear model over language-independent features
(:mod:`.features`, :mod:`.model`) when one ships with the package, and from the transparent
rules below otherwise. Participants and kinds come from rules in both cases: the parties named
(actors, States, other organisations) and the kinds of the cues found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from cpcollab import reference
from cpcollab.engine.classify.features import NEAR, ORGANS, STRONG_KINDS, describe, gap, sentence_features
from cpcollab.engine.classify.model import LinearModel, load_model
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.cues import KINDS, CueSet
from cpcollab.engine.textnorm import fold

_PAREN = re.compile(r"[(（]([^()（）]{2,200})[)）]")
_SEPARATORS = re.compile(r"^[\s,;:.]*(?:(?:and|et|y|и|و|和|及|、)[\s,]*)?$")
_SPEAKER_ADVERBS = re.compile(r"^(?:also|further|very much|then|again|in turn)\s+")
_PLACE_ARTICLE = re.compile(r"\b(?:the|la|le|les|el|los)$")
_CITY_BEFORE = re.compile(r"\s*[A-Z][\w'’-]+,\s*$")
_NUMBERING = re.compile(r"^\s*(?:\d+(?:[.\-]\d+)*\s*[.\-–]?|[(（][^\W\d_]{1,4}[)）]|[a-z]\))\s*")


@dataclass
class Decision:
    collaboration: str = "none"
    participants: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    confidence: float = 0.0
    explanation: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


def recommenders(text: str, countries: Sequence[Span]) -> set[int]:
    """Indexes of country spans in parentheses holding only State names: the States making a
    UPR recommendation ("… (Chile, Norway);"), who are not parties to the collaboration."""
    found: set[int] = set()
    if not countries:
        return found
    for match in _PAREN.finditer(text):
        inside = [i for i, s in enumerate(countries) if match.start() <= s.start and s.end <= match.end()]
        if not inside:
            continue
        rest, cursor = [], match.start(1)
        for i in inside:
            rest.append(text[cursor : countries[i].start])
            cursor = countries[i].end
        rest.append(text[cursor : match.end(1)])
        if all(_SEPARATORS.match(piece) for piece in rest):
            found.update(inside)
    return found


def _starts_with(text: str, word: str, lang: str) -> bool:
    """``text`` starts with ``word`` as a whole word (any continuation in Chinese)."""
    if not text.startswith(word):
        return False
    return lang == "zh" or len(text) == len(word) or not text[len(word)].isalpha()


#: Arabic conjunctions written as one word with the next ("وفي اليمن", "ففي اليمن": "and in Yemen").
_AR_PROCLITICS = "وف"


def _ends_with(text: str, word: str, lang: str) -> bool:
    if not text.endswith(word):
        return False
    if lang == "zh" or len(text) == len(word) or not text[-len(word) - 1].isalpha():
        return True
    rest = text[: -len(word)]
    return lang == "ar" and rest[-1] in _AR_PROCLITICS and (len(rest) == 1 or not rest[-2].isalpha())


def speakers(text: str, countries: Sequence[Span], cue_set: CueSet) -> set[int]:
    """Indexes of country spans that speak about others ("China hoped that …", "…, Latvia
    recommended to Mauritius …"): a State followed by a verb that judges or asks; it is not a
    party to the collaboration it talks about."""
    if not countries or not cue_set.speech_verbs:
        return set()
    found = set()
    for i, span in enumerate(countries):
        after = fold(text[span.end : span.end + 60].lstrip(" ,，"))
        after = _SPEAKER_ADVERBS.sub("", after, count=1)
        if after.startswith(cue_set.speech_verbs) and any(
            _starts_with(after, verb, cue_set.lang) for verb in cue_set.speech_verbs
        ):
            found.add(i)
    if found:
        return found
    first = countries[0]
    # Verb-first languages (Arabic): "وأوصت الصين بأن …" - a speech verb, then the State.
    opening = fold(_NUMBERING.sub("", text[: first.start], count=1)).strip()
    opening = re.sub(r"^[وف](?=\w{3})", "", opening)
    if opening and opening in cue_set.speech_verbs:
        return {0}
    return set()


def places(text: str, countries: Sequence[Span], cue_set: CueSet, calls: Sequence[Span] = ()) -> set[int]:
    """Indexes of country spans named as a place ("In Sierra Leone, IOM trained …"). A State
    right after a call and the preposition alone is the one addressed ("recommande au Tchad de
    coopérer"), not a place."""
    found = set()
    ends = {call.end for call in calls}
    for i, span in enumerate(countries):
        if span.rule.endswith(":in"):
            found.add(i)  # Arabic "باليابان": the preposition is attached to the name
            continue
        raw = text[max(0, span.start - 40) : span.start]
        # "held in Marrakesh, Morocco": a city named first, then its country.
        raw = _CITY_BEFORE.sub("", raw)
        before = fold(raw.rstrip(" "))
        before = _PLACE_ARTICLE.sub("", before).rstrip()
        if before.endswith(cue_set.places_before) and any(
            _ends_with(before, word, cue_set.lang) for word in cue_set.places_before
        ):
            if ends and _addressed(text, span, ends, cue_set):
                continue
            found.add(i)
    return found


def _addressed(text: str, span: Span, call_ends: set[int], cue_set: CueSet) -> bool:
    """Whether only a place preposition, or nothing, stands between a call and the country ``span``."""
    for end in call_ends:
        if end <= span.start:
            between = fold(text[end : span.start].strip())
            if not between or between in cue_set.places_before:
                return True  # "recommande au Tchad", and "Demande au" read as one call
    return False


def objects(text: str, actors: Sequence[Span], cue_set: CueSet) -> set[str]:
    """Codes of actors named only as the source of something ("the recommendations of the
    Committee", "Council resolution 1612"), who are then not parties."""
    named_as_object: set[str] = set()
    named_as_party: set[str] = set()
    for k, span in enumerate(actors):
        before = fold(text[max(0, span.start - 40) : span.start].rstrip(" "))
        after = fold(text[span.end : span.end + 30].lstrip(" "))
        # (str.endswith and str.startswith with all the words first: most spans have none.)
        is_object = (
            before.endswith(cue_set.object_before)
            and any(_ends_with(before, w, cue_set.lang) for w in cue_set.object_before)
        ) or (
            after.startswith(cue_set.object_after)
            and any(_starts_with(after, w, cue_set.lang) for w in cue_set.object_after)
        )
        # "the mandate holders of the Human Rights Council": X of Y is X's; Y is not a party.
        if k and fold(text[actors[k - 1].end : span.start].strip()) in cue_set.object_between:
            is_object = True
        (named_as_object if is_object else named_as_party).add(span.value)
    return named_as_object - named_as_party


#: Registry types of the bodies whose calls go to others: the treaty bodies (which recommend to
#: States parties), the special procedures and the Special Representatives; with ORGANS.
_SPEAKER_TYPES = frozenset({"treaty_body", "special_procedure", "srsg"})


@cache
def _speakers() -> frozenset[str]:
    return ORGANS | {actor.code for actor in reference.actors() if actor.type in _SPEAKER_TYPES}


def speaking_organs(text: str, lang: str, actors: Sequence[Span], cues: Sequence[Span]) -> set[str]:
    """Organs that ask for or acknowledge the collaboration rather than take part: the subject of
    a call or an acknowledgement ("the Secretary-General requests Member States to …", "The
    Council, in resolution 2140 (2014), urged all States to cooperate with the Panel")."""
    speaking: set[str] = set()
    for span in actors:
        if span.value not in _speakers():
            continue
        following = [c for c in cues if c.start >= span.end]
        nearest = min(following, key=lambda c: c.start, default=None)
        if (
            nearest is not None
            and nearest.kind in ("cue.call", "cue.ack")
            and gap(span, nearest, text, lang) <= NEAR
            and not any(span.end <= other.start < nearest.start for other in actors)
        ) or (lang == "ar" and _arabic_subject_of_verb(text, span, cues)):
            speaking.add(span.value)
    return speaking


#: The Arabic verb "to request", whose addressee takes a preposition ("يطلب إلى الأمين العام").
_AR_REQUEST = ("طلب", "يطلب", "تطلب")


def _arabic_subject_of_verb(text: str, span: Span, cues: Sequence[Span]) -> bool:
    """Arabic puts the verb first: an organ right after a call or an acknowledgement is its
    subject ("وحث مجلس الأمن جميع الدول", "وأشادت الجمعية العامة", "ويطلب الأمين العام إلى
    الدول") when the verb is in the past, as reports tell what an organ did, or is "request",
    whose addressee would take "إلى". A present-tense verb with the organ right after it is an
    operative paragraph addressing it ("يشجع الأمين العام على"), and an organ with an attached
    preposition ("بالأمين العام") is addressed too."""
    before = [c for c in cues if c.end <= span.start]
    if not before or span.text.startswith(("ب", "ل")):
        return False
    verb = max(before, key=lambda c: c.end)
    if verb.kind not in ("cue.call", "cue.ack") or text[verb.end : span.start].strip():
        return False
    word = verb.text.split()[0] if verb.text.split() else ""
    if word[:1] in ("و", "ف") and len(word) > 3:
        word = word[1:]
    return word.startswith(_AR_REQUEST) or not word.startswith(("ي", "ت"))


@cache
def _imperatives_by_initial(imperatives: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The imperatives, longest first, grouped by their first character."""
    index: dict[str, list[str]] = {}
    for verb in sorted(imperatives, key=len, reverse=True):
        index.setdefault(verb[:1], []).append(verb)
    return {initial: tuple(verbs) for initial, verbs in index.items()}


def starts_with_imperative(text: str, cues: CueSet) -> str | None:
    """The recommendation verb a sentence starts with ("Continue its cooperation…"), if any."""
    body = fold(_NUMBERING.sub("", text, count=1))
    if "" in cues.imperatives:  # an empty verb starts every text: keep the plain order
        candidates: Iterable[str] = sorted(cues.imperatives, key=len, reverse=True)
    else:  # only the verbs starting with the body's first character can match
        verbs = _imperatives_by_initial(cues.imperatives).get(body[:1], ())
        if not body.startswith(verbs):
            return None  # no verb is even a prefix of the body
        candidates = verbs
    for verb in candidates:
        if _starts_with(body, verb, cues.lang):
            return verb
    return None


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


def classify(
    text: str,
    lang: str,
    *,
    actors: Sequence[Span],
    countries: Sequence[Span],
    cues: Sequence[Span],
    cue_set: CueSet,
    model: LinearModel | None = None,
    use_model: bool = True,
) -> Decision:
    """Decide whether ``text`` states or asks for collaboration, and between whom."""
    codes = sorted({span.value for span in actors})
    if not codes:
        return Decision(explanation=["no UN actor named"])
    parenthesised = recommenders(text, countries)
    located = places(text, countries, cue_set, [c for c in cues if c.kind == "cue.call"])
    if any(c.kind == "cue.government" for c in cues):
        located = set()  # "In Guinea, UNICEF supported the Government": the place is the party
    not_parties = parenthesised | speakers(text, countries, cue_set) | located
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
        label, probabilities = model.predict(features)
        confidence = probabilities[label]
        pushed = [describe(name) for name, weight in model.contributions(features, label, top=4) if weight > 0]
        why = [f"model: {label} ({confidence:.2f}) from {', '.join(pushed)}"]
    else:
        label, confidence = _rule_class(features)
        why = [f"rules: {label}"]
    kind_cues = [c for c in cues if c.kind == "cue.kind"]
    if label == "none":
        return Decision(confidence=round(confidence, 3), explanation=why, features=features)
    parties = (set(codes) - objects(text, actors, cue_set) - speaking_organs(text, lang, actors, cues)) | set(states)
    opening = _opening(text)
    for cue in (c for c in cues if c.kind == "cue.other"):
        # A non-UN party in the subject, or near the actors or the collaboration cue, takes part.
        if cue.start <= opening or _near_any(cue, [*actors, *kind_cues], text, lang):
            parties.add("OTHER")
            break
    if not parties & set(codes):
        parties |= set(codes)  # every UN actor an object: keep them rather than lose the UN side
    if (
        label == "reported"
        and len(parties) < 2
        and any(c.value in STRONG_KINDS - {"joint_activity"} for c in kind_cues)
        and not any(c.kind == "cue.government" for c in cues)
    ):
        # "UNFPA trained 400 contact tracers": the other party is unnamed. But "the Government"
        # of no State named is the author's (a State's report on itself), which counts only where
        # the sentence names it.
        parties.add("OTHER")
    kinds = sorted({c.value for c in kind_cues}, key=KINDS.index) or ["joint_activity"]
    why.append(f"actors: {', '.join(codes)}")
    if kind_cues:
        why.append(f"cues: {', '.join(sorted({c.text for c in kind_cues})[:6])}")
    if imperative:
        why.append(f"recommendation starting with {imperative!r}")
    return Decision(label, sorted(parties), kinds, round(confidence, 3), why, features)
