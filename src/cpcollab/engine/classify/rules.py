"""The collaboration classifier: rules over recognised actors, parties and cues.

For one sentence it decides ``reported``, ``called_for`` or ``none``, the participants and the
kinds, with a confidence and an explanation naming the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from cpcollab.engine.model import Span
from cpcollab.engine.recognize.cues import KINDS, CueSet

_PAREN_AT_END = re.compile(r"\(([^()]{2,120})\)\s*[;.,]?\s*$")
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|\([a-z]{1,4}\)|[a-z]\))\s*")


@dataclass
class Decision:
    collaboration: str = "none"
    participants: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    confidence: float = 0.0
    explanation: list[str] = field(default_factory=list)


def _recommenders(text: str, countries: Sequence[Span]) -> set[int]:
    """Indexes of country spans in a final parenthesis: the States making a UPR recommendation."""
    match = _PAREN_AT_END.search(text)
    if not match:
        return set()
    return {i for i, span in enumerate(countries) if match.start() <= span.start and span.end <= match.end()}


def _starts_with_imperative(text: str, cues: CueSet) -> str | None:
    body = _NUMBERING.sub("", text, count=1).lower()
    for verb in sorted(cues.imperatives, key=len, reverse=True):
        if body.startswith(verb + " ") or body.startswith(verb + ","):
            return verb
    return None


def classify(
    text: str, *, actors: Sequence[Span], countries: Sequence[Span], cues: Sequence[Span], cue_set: CueSet
) -> Decision:
    """Decide whether ``text`` states or asks for collaboration, and between whom."""
    codes = sorted({span.value for span in actors})
    kind_cues = [c for c in cues if c.kind == "cue.kind"]
    if not codes:
        return Decision(explanation=["no UN actor named"])
    if not kind_cues:
        return Decision(explanation=["no collaboration cue"])
    negatives = [c for c in cues if c.kind == "cue.none"]
    strong = [c for c in kind_cues if c.value in ("joint_activity", "technical_assistance", "capacity_building", "funding")]
    if negatives and not strong:
        return Decision(explanation=[f"only attendance, visit or reporting: {negatives[0].text!r}"])

    recommenders = _recommenders(text, countries)
    states = sorted({span.value for i, span in enumerate(countries) if i not in recommenders and span.value})
    other = any(c.kind == "cue.other" for c in cues)
    parties = set(codes) | set(states) | ({"OTHER"} if other else set())
    if len(parties) < 2 and not strong:
        # One UN actor and only a weak cue ("data", "network"): no second party, no collaboration.
        return Decision(explanation=[f"only one party ({', '.join(sorted(parties))}) and no cooperation cue"])

    calls = [c for c in cues if c.kind == "cue.call"]
    imperative = _starts_with_imperative(text, cue_set)
    collaboration = "called_for" if (calls or imperative) else "reported"
    kinds = sorted({c.value for c in kind_cues}, key=KINDS.index)
    explanation = [f"actors: {', '.join(codes)}", f"cues: {', '.join(sorted({c.text for c in kind_cues})[:6])}"]
    if imperative:
        explanation.append(f"recommendation starting with {imperative!r}")
    elif calls:
        explanation.append(f"call: {calls[0].text!r}")
    confidence = min(0.95, 0.5 + 0.1 * len(kind_cues) + 0.1 * (len(parties) - 1))
    return Decision(collaboration, sorted(parties), kinds, round(confidence, 3), explanation)
