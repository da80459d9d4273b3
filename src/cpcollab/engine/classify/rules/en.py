"""English readers and words: demonyms, States inside quoted titles, a place then said to
cooperate, and a UN actor named right after each word of support.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cpcollab.engine.classify.features import NEAR, gap
from cpcollab.engine.model import Span

#: Endings of English demonyms ("Syrian", "Lebanese", "Kuwaiti", "Danish").
_EN_ADJECTIVE = re.compile(r"(?:an|ans|ese|ish|i|is|ch|ss|ic|be|sy|ers?|ois|enes?|que|inos?|eks?|aks?|en|ik|ai|ots?)$")

#: Names among the English extra forms that end like adjectives.
_EN_NAMES = frozenset({"Iran", "Vatican", "Brunei", "Republic"})


def _en_quoted(text: str, span: Span) -> bool:
    """Whether an English span stands inside curly quotation marks (a title) that open before it
    and close after it."""
    before, after = text[: span.start], text[span.end :]
    return before.rfind("“") > before.rfind("”") and "”" in after


#: A State named as a place, then said to cooperate ("the situation in Guatemala and its fruitful
#: cooperation with OHCHR", "the office in Yemen and its readiness to cooperate"): it is a party.
_EN_AND_ITS_COOPERATION = re.compile(
    r"\s+and\s+its\s+(?:[\w-]+\s+){0,2}?(?:cooperation|co-operation|collaboration|readiness|willingness"
    r"|engagement|partnership)\b",
    re.I,
)


def _en_actor_after_every_cue(text: str, given: Sequence[Span], actors: Sequence[Span]) -> bool:
    """Whether an English sentence names a UN actor right after each of its words of support,
    training or funding ("… was ongoing, with the assistance of UNICEF", "the assistance provided
    by OHCHR", "It contributed financially to OHCHR"): the actor helps or is helped by the
    sentence's subject, and the subject is no party left unnamed. "UNFPA trained 400 contact
    tracers" names the actor first: those trained are the other party; so does a sentence that
    opens with the support ("With technical support from FAO, 46 community groups set up …"),
    whose subject, after it, is the one supported."""
    if _EN_OPENING_SUPPORT.match(text[: min(cue.start for cue in given)]):
        return False
    return all(any(actor.start >= cue.end and gap(cue, actor, text, "en") <= NEAR for actor in actors) for cue in given)


#: The words that may open an English sentence before its support ("With", "With the", "Through
#: the", "Thanks to"), after a paragraph number.
_EN_OPENING_SUPPORT = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:with|through|thanks to|under)(?:\s+\w+)?\s*$", re.I)
