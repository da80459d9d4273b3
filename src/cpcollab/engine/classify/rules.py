"""The collaboration classifier: decides ``reported``, ``called_for`` or ``none`` for a sentence,
with its participants, kinds, confidence and an explanation.

The class comes from the trained linear model over language-independent features
(:mod:`.features`, :mod:`.model`) when one ships with the package, and from the transparent
rules below otherwise. Participants and kinds come from rules in both cases: the parties named
(actors, States, other organisations) and the kinds of the cues found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from cpcollab.engine.classify.features import STRONG_KINDS, sentence_features
from cpcollab.engine.classify.model import LinearModel, load_model
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.cues import KINDS, CueSet

_PAREN = re.compile(r"\(([^()]{2,200})\)")
_SEPARATORS = re.compile(r"^[\s,;:.]*(?:(?:and|et|y|и|و|和|及|、)[\s,]*)?$")
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|\([a-z]{1,4}\)|[a-z]\))\s*")


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


def speakers(text: str, countries: Sequence[Span], cue_set: CueSet) -> set[int]:
    """Indexes of country spans that open the sentence as its speaker ("China hoped that …",
    "Chile recommended …"): they report or ask, they are not parties."""
    if not countries or countries[0].start > 4 or not cue_set.speech_verbs:
        return set()
    after = text[countries[0].end :].lstrip(" ,").lower()
    for verb in cue_set.speech_verbs:
        if after.startswith(verb) and (len(after) == len(verb) or not after[len(verb)].isalpha()):
            return {0}
    return set()


def starts_with_imperative(text: str, cues: CueSet) -> str | None:
    """The recommendation verb a sentence starts with ("Continue its cooperation…"), if any."""
    body = _NUMBERING.sub("", text, count=1).lower()
    for verb in sorted(cues.imperatives, key=len, reverse=True):
        if body.startswith(verb) and (len(body) == len(verb) or not body[len(verb)].isalpha()):
            return verb
    return None


def _rule_class(features: dict[str, float]) -> tuple[str, float]:
    """The class by hand-written rules, when no trained model ships."""
    if "cue:none" in features or "negative:only" in features:
        return "none", 0.6
    near = [name for name in features if name.startswith("cue:") and name.endswith(":near")]
    if not near:
        return "none", 0.55
    if "imperative" in features or "call" in features:
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
    not_parties = parenthesised | speakers(text, countries, cue_set)
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
    )
    model = model or (load_model() if use_model else None)
    if model is not None:
        label, probabilities = model.predict(features)
        confidence = probabilities[label]
        pushed = [name for name, weight in model.contributions(features, label)[:4] if weight > 0]
        why = [f"model: {label} ({confidence:.2f}) from {', '.join(pushed)}"]
    else:
        label, confidence = _rule_class(features)
        why = [f"rules: {label}"]
    kind_cues = [c for c in cues if c.kind == "cue.kind"]
    if label == "none":
        return Decision(confidence=round(confidence, 3), explanation=why, features=features)
    parties = set(codes) | set(states)
    if any(c.kind == "cue.other" for c in cues):
        parties.add("OTHER")
    if len(parties) < 2 and any(c.value in STRONG_KINDS - {"joint_activity"} for c in kind_cues):
        parties.add("OTHER")  # "UNFPA trained 400 contact tracers": the other party is unnamed
    kinds = sorted({c.value for c in kind_cues}, key=KINDS.index) or ["joint_activity"]
    why.append(f"actors: {', '.join(codes)}")
    if kind_cues:
        why.append(f"cues: {', '.join(sorted({c.text for c in kind_cues})[:6])}")
    if imperative:
        why.append(f"recommendation starting with {imperative!r}")
    return Decision(label, sorted(parties), kinds, round(confidence, 3), why, features)
