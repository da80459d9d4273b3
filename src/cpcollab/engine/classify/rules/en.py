"""English readers and words: demonyms, States inside quoted titles, a place then said to
cooperate, a UN actor named right after each word of support, a State named to compare, the
examples of a kind of party, people named by where they come from, and a State that speaks of its
own part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cpcollab.engine.classify.features import NEAR, gap
from cpcollab.engine.classify.rules.words import _starts_with, party_words
from cpcollab.engine.model import Span
from cpcollab.engine.textnorm import fold

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


#: A State named as an example to follow, after "as" and with its own verb alone ("…, as Brazil
#: has (Brazil);", "as Norway did", "as Chile has done"): a comparison, not a party.
_EN_AS_BEFORE = re.compile(r"\b(?:as|like)\s+(?:the\s+)?$", re.I)
_EN_AS_AFTER = re.compile(r"\s+(?:has|have|had|does|do|did)(?:\s+(?:already|also|done))*\s*(?:[,;.:()]|$)", re.I)


def _en_compared(text: str, span: Span) -> bool:
    """Whether an English State is named only to compare ("consider a standing invitation, as
    Brazil has"): it does what the sentence asks of another, and takes no part."""
    return bool(_EN_AS_BEFORE.search(text[max(0, span.start - 12) : span.start])) and bool(
        _EN_AS_AFTER.match(text, span.end)
    )


#: "Such as", which introduces the examples of a kind ("international organizations such as the
#: WHO"); "including" and "in particular" single out one member of a wider whole ("the
#: international community, including the United Nations"), which stays a party.
_EN_EXAMPLES = re.compile(
    r"\s*,?\s*such\s+as\s+(?:the\s+)?",
    re.I,
)


def _en_exemplified(text: str, cue: Span, actors: Sequence[Span]) -> bool:
    """Whether an English non-UN party word names a kind of body whose example, right after it,
    is a UN actor ("with the assistance of the relevant international organizations such as the
    WHO"): the actor is that party; there is no other."""
    found = _EN_EXAMPLES.match(text, cue.end)
    return found is not None and found.end() > cue.end and any(actor.start == found.end() for actor in actors)


#: People named by where they come from: a non-UN party after them is their origin ("refugees
#: from neighbouring countries", "migrants arriving from other States").
_EN_ORIGIN = re.compile(
    r"\b(?:(?:refugees|returnees|migrants|asylum-seekers|displaced|arriving|returned|returning|evacuated|deported)"
    r"\s+from|fleeing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _en_origin(text: str, cue: Span) -> bool:
    """Whether an English non-UN party word names where people come from, not a party."""
    return bool(_EN_ORIGIN.search(text[max(0, cue.start - 60) : cue.start]))


#: "And", an adverb, then a State's own request ("…, and therefore requested assistance from OHCHR").
_EN_AND_THEN = re.compile(r"\band\s+(?:(?:therefore|thus|also|further|hence|then|accordingly)\s+)?", re.I)

#: A speech verb's clause whose subject is "it", right after "that" or after one phrase set off by
#: commas ("noted that, with the support of UNICEF, it had introduced …").
_EN_THAT_IT = re.compile(
    r"\s*[\w\s]{0,30}?\bthat\s*(?:,[^,;]{1,120},\s*)?"
    r"(?:it|the\s+(?:Ministry|Government|Department|National)\b[^,;]{0,60}?)"
    r"\s+(?:had|has|was|is|were|are|would|will|could)\b",
    re.I,
)


def _en_speaks_of_itself(text: str, span: Span, countries: Sequence[Span]) -> bool:
    """Whether a State that speaks ("Swaziland recognized the challenges …", "Kazakhstan noted
    that …") speaks of its own part: it goes on, in the same clause and with no other State named,
    to ask for help for itself ("… and therefore requested assistance from OHCHR"), or what it
    says has "it", the only State named, or its ministry or Government as subject ("noted that,
    with the support of UNICEF, it had introduced …", "highlighted that the Ministry of Gender
    Affairs is working with UNIFEM"). It is a party."""
    later = [c.start for c in countries if c.start >= span.end]
    if not later and _EN_THAT_IT.match(text, span.end) and len({c.value for c in countries}) == 1:
        return True
    clause = text[span.end : min([*later, len(text)])].split(";")[0]
    own = party_words("en").own
    for found in _EN_AND_THEN.finditer(clause):
        rest = fold(clause[found.end() :])
        if rest.startswith(own) and any(_starts_with(rest, word, "en") for word in own):
            return True
    return False
