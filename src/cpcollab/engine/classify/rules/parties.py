"""Who else takes part: the bodies of a named State, which fold into its code; non-UN parties in
the subject, joined to a party, introduced as a partner, or only built up by the collaboration;
and UN actors named only as the source of something ("the recommendations of the Committee").
"""

from __future__ import annotations

from collections.abc import Sequence

from cpcollab.engine.classify.rules.ar import _AR_NOT_GOVERNMENTAL
from cpcollab.engine.classify.rules.ru import _ru_adjectives_between, _ru_named_organisation
from cpcollab.engine.classify.rules.states import _adjective
from cpcollab.engine.classify.rules.words import (
    _CASED,
    PlaceWords,
    _ends_with,
    _ends_within,
    _is,
    _starts_with,
    _tokens,
    party_words,
)
from cpcollab.engine.classify.rules.zh import _ZH_BODY, _ZH_CLAUSE, _ZH_NOT_GOVERNMENTAL, _ZH_PARTNER_GAP, _zh_built
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.cues import CueSet
from cpcollab.engine.recognize.organisations import a_named_organisation, international_name
from cpcollab.engine.textnorm import fold


def _unnamed_government(
    text: str, cues: Sequence[Span], countries: Sequence[Span], actors: Sequence[Span], words: PlaceWords
) -> bool:
    """Whether the sentence speaks of "the Government" or "the authorities" of no State named
    with them ("the Government of Chad", "le Gouvernement tchadien", "乍得政府" name theirs)."""
    return any(
        cue.kind == "cue.government" and not any(_owned(text, cue, country, actors, words) for country in countries)
        for cue in cues
    )


def _a_named_states_body(
    text: str, cue: Span, countries: Sequence[Span], actors: Sequence[Span], words: PlaceWords
) -> bool:
    """Whether a non-UN party word names a body of a State named with it ("the Ministry of
    Education, Youth and Sport of Cambodia", "the Syrian Ministry of Education", "les autorités
    haïtiennes", "乍得内政部", "وزارة الصحة العامة والسكان في اليمن"), or of the one State the sentence
    names ("Ecuador reported that its Ministry of Health …"): bodies of a named State fold into
    its code."""
    if words.lang == "zh":
        # "非政府组织" (NGO) and "政府间" (intergovernmental) hold "政府" and are no State's body.
        own = _ZH_NOT_GOVERNMENTAL.sub("", cue.text)
        body = any(word in own for word in words.bodies.exact) or bool(_ZH_BODY.search(own))
    else:
        body = any(_is(word, words.bodies, words.lang) for _raw, word, _start in _tokens(cue.text))
    if (
        not body
        or (a_named_organisation(cue) and international_name(cue, words.lang))
        or _ru_named_organisation(text, cue, words)
        or cue.rule.partition(":")[2] in party_words(words.lang).not_bodies
    ):
        return False
    if words.lang == "ar" and _AR_NOT_GOVERNMENTAL.search(fold(cue.text)):
        return False  # "منظمة غير حكومية", "الهيئة الحكومية الدولية": no State's body
    if len({country.value for country in countries if country.value}) == 1:
        return True
    return any(_owned(text, cue, country, actors, words) for country in countries)


#: How many words may join a non-UN party to a party ("et les", "y a los").
_JOINING_WORDS = 4


def _joined_to_a_party(text: str, cue: Span, taking_part: Sequence[Span], words: PlaceWords) -> bool:
    """Whether a non-UN party is joined by a conjunction to a State or actor taking part ("le
    Gouvernement malien et les groupes armés", "al Gobierno de Malí y a los grupos armados"): the
    two are named as parties of the collaboration together. Only in the languages that list
    ``joined_by`` words."""
    joining = party_words(words.lang).joined_by
    if joining is None:
        return False
    for party in taking_part:
        if party.end <= cue.start:
            between = text[party.end : cue.start]
        elif cue.end <= party.start:
            between = text[cue.end : party.start]
        else:
            continue
        found = [word for _raw, word, _start in _tokens(between)]
        if (
            len(found) <= _JOINING_WORDS
            and any(word in words.conjunctions for word in found)
            and all(word in words.conjunctions or word in joining for word in found)
        ):
            return True
    return False


#: How many words may stand between "with" and the partner ("with the transport ministers"), and
#: between a verb of bringing together and the members ("qui réunit plus de 200 organisations").
_WITH_GAP = 2
_GATHERED_GAP = 4


def _introduced_as_a_partner(text: str, cue: Span, lang: str) -> bool:
    """Whether a non-UN party comes right after "with" or after a mechanism's verb of bringing
    together, however far from the actors: "co-organized in Nairobi, in 2023, a dialogue … with
    the transport ministers", "co-lead the Platform, which brings together some 250
    organizations". Only words, not a clause's punctuation, may stand between."""
    before = fold(text[max(0, cue.start - 60) : cue.start])
    found = _tokens(before) if lang != "zh" else []
    words = party_words(lang)
    for introducing, most in ((words.with_, _WITH_GAP), (words.gathered_by, _GATHERED_GAP)):
        if lang == "zh":
            for word in introducing:
                at = before.rfind(word, max(0, len(before) - len(word) - _ZH_PARTNER_GAP))
                if at >= 0 and not _ZH_CLAUSE.search(before[at:]):
                    return True
        elif introducing and _ends_within(found, introducing, most, lang):
            return True
    return False


def _built(text: str, cue: Span, lang: str) -> bool:
    """Whether a non-UN party is what the collaboration sets up or makes independent ("créer une
    institution nationale des droits de l'homme", "создании национального правозащитного
    учреждения", "设立国家人权机构", "the independence of the judiciary"): a body that does not
    exist yet, or a quality, takes no part. A body whose capacities are strengthened is
    supported, and takes part, as those trained do ("renforcer les capacités de la police", "la
    formation des agents des douanes")."""
    words = party_words(lang)
    building, most = words.built_by, words.built_gap
    if not building:
        return False
    before = fold(text[max(0, cue.start - 80) : cue.start])
    if lang == "zh":
        return _zh_built(before, building)
    return _ends_within(_tokens(before), building, most, lang)


def _owned(text: str, cue: Span, country: Span, actors: Sequence[Span], words: PlaceWords) -> bool:
    """Whether ``country`` is named with the body ``cue`` as its owner: after it and the body's
    name ("the Ministry of Water and Energy of Ethiopia", "министерство внутренних дел Чада",
    "les autorités haïtiennes"), or right before it ("the Syrian Ministry", "Kenya's police",
    "乍得内政部")."""
    if not country.value:
        return False
    if country.start >= cue.end:
        if words.lang == "zh":
            return False
        between = _tokens(text[cue.end : country.start])
    elif country.end <= cue.start:
        if words.lang == "zh":
            # The State first, and the body at the end of its name ("也门移民、护照和入籍管理局的官员").
            return cue.start - country.end <= 20 and not _ZH_CLAUSE.search(text[country.end : cue.start])
        between = _tokens(text[country.end : cue.start])
        if any(raw not in ("'", "’", "s") for raw, _word, _start in between) and not (
            words.lang == "ru" and _adjective(country, "ru") and _ru_adjectives_between(between)
        ):
            return False
    else:
        return False
    if len(between) > (8 if words.lang in _CASED else 4) or any(
        not raw[:1].isalnum() and raw not in (",", "'", "’") for raw, _word, _start in between
    ):
        return False
    start, end = min(cue.end, country.end), max(cue.start, country.start)
    # "the Ministry of Health of Zambia", not "the ministries, UNICEF and Chad".
    return not any(start <= actor.start < end for actor in actors)


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
