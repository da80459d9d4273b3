"""The words every rule reads: a sentence's tokens and their forms (Arabic words without an
attached conjunction or preposition), whole-word matching at either end of a text, and each
language's words for places and parties (``[places]``, ``[government]``, ``[speakers]`` and
``[other_parties]`` of its cues.toml), with the reading of a place phrase back from a State.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from cpcollab.engine.recognize.cues import cue_data
from cpcollab.engine.textnorm import fold, fold_with_map

#: A paragraph number or letter opening a sentence ("12.", "3.1 -", "(a)", "b)").
_NUMBERING = re.compile(r"^\s*(?:\d+(?:[.\-]\d+)*\s*[.\-–]?|[(（][^\W\d_]{1,4}[)）]|[a-z]\))\s*")

#: Words, with the elided articles and prepositions of French ("l'", "d'") as words of their own.
_TOKEN = re.compile(r"[^\W\d_]+['’]|\w[\w'’-]*|[^\w\s]")


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """The words of ``text``: as written, folded, and where each starts."""
    folded, index = fold_with_map(text)
    if isinstance(index, range):  # folded character for character (the usual case): fold once
        return [(m.group(), folded[m.start() : m.end()], m.start()) for m in _TOKEN.finditer(text)]
    return [(m.group(), fold(m.group()), m.start()) for m in _TOKEN.finditer(text)]


def _word_forms(word: str, lang: str) -> tuple[str, ...]:
    """``word`` and, in Arabic, the word without the conjunction or preposition attached to it."""
    if lang != "ar" or len(word) < 4:
        return (word,)
    forms = [word]
    if word[0] in "وف":
        forms.append(word[1:])
    for form in list(forms):
        if form.startswith("لل"):
            forms.append("ال" + form[2:])
        elif form[0] in "بلك" and len(form) > 3:
            forms.append(form[1:])
    return tuple(forms)


def _is(word: str, words: _WordList | frozenset[str], lang: str) -> bool:
    return any(form in words for form in _word_forms(word, lang))


def _longest_first(forms: Iterable[str]) -> tuple[str, ...]:
    """The forms folded, without repeats, longest first (so the longest match is tried first)."""
    return tuple(sorted({fold(form) for form in forms}, key=len, reverse=True))


#: Arabic conjunctions written as one word with the next ("وفي اليمن", "ففي اليمن": "and in Yemen").
_AR_PROCLITICS = "وف"


def _starts_with(text: str, word: str, lang: str) -> bool:
    """``text`` starts with ``word`` as a whole word (any continuation in Chinese)."""
    if not text.startswith(word):
        return False
    return lang == "zh" or len(text) == len(word) or not text[len(word)].isalpha()


def _ends_with(text: str, word: str, lang: str) -> bool:
    if not text.endswith(word):
        return False
    if lang == "zh" or len(text) == len(word) or not text[-len(word) - 1].isalpha():
        return True
    rest = text[: -len(word)]
    return lang == "ar" and rest[-1] in _AR_PROCLITICS and (len(rest) == 1 or not rest[-2].isalpha())


def _ends_within(found: Sequence[tuple[str, str, int]], words: tuple[str, ...], most: int, lang: str) -> bool:
    """Whether one of ``words`` ends the tokens ``found``, or does with at most ``most`` words
    after it and no punctuation but an elided article's apostrophe."""
    for k in range(len(found) - 1, max(-1, len(found) - 2 - most), -1):
        raw, token, _start = found[k]
        if not token[:1].isalnum() and raw not in ("'", "’"):
            return False
        # Words joined as written: by a space, but none after an elided article ("à l'intention").
        read = "".join(t[1] if t[1].endswith(("'", "’")) else t[1] + " " for t in found[: k + 1]).rstrip()
        if any(_ends_with(read, word, lang) for word in words):
            return True
    return False


@dataclass(frozen=True)
class _WordList:
    """Folded words; a word written with a final "*" matches any ending."""

    exact: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, words: Iterable[str]) -> _WordList:
        folded = [fold(w) for w in words]
        return cls(
            frozenset(w for w in folded if not w.endswith("*")), tuple(w[:-1] for w in folded if w.endswith("*"))
        )

    def __contains__(self, word: str) -> bool:
        return word in self.exact or (bool(self.prefixes) and word.startswith(self.prefixes))

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)


#: How many words (an article) may stand between a word of building and the party built ("les
#: capacités de la police", "crear una institución"); Chinese writes the party right after it.
_BUILT_GAP = 1


@dataclass(frozen=True)
class PartyWords:
    """A language's words for who takes part, from its cues.toml (none where it lists none)."""

    #: Under ``[speakers]``: a speech verb with what makes the State speak of its own part
    #: ("expressed its readiness to cooperate", "requested technical assistance from OHCHR"),
    #: folded, longest first.
    own: tuple[str, ...] = ()
    #: Under ``[other_parties]``: the words, besides its conjunctions, that may stand between a
    #: party and a non-UN party joined to it (articles, the preposition of the addressee); None
    #: where the language lists none, not even an empty list.
    joined_by: frozenset[str] | None = None
    #: "With", and the verbs by which a mechanism brings its members together ("réunit", "reúne",
    #: "объединяет"): what introduces a partner, folded, longest first.
    with_: tuple[str, ...] = ()
    gathered_by: tuple[str, ...] = ()
    #: What makes a non-UN party what the collaboration builds or sets up, folded, longest first,
    #: and how many words may stand between (``built_gap``, by default :data:`_BUILT_GAP`).
    built_by: tuple[str, ...] = ()
    built_gap: int = _BUILT_GAP
    #: Non-UN party forms that hold a word of a State's body and never name one ("the Council of
    #: Europe", "世界海关组织"), as written there.
    not_bodies: frozenset[str] = frozenset()
    #: Non-UN party words compared whole, as written (folded), where a stem would also find the
    #: forms that are none (Russian "стран", the genitive plural, not "страна" or "стране").
    whole: frozenset[str] = frozenset()


@cache
def party_words(lang: str) -> PartyWords:
    data = cue_data(lang)
    speakers, others = data.get("speakers", {}), data.get("other_parties", {})
    joined = others.get("joined_by")
    return PartyWords(
        own=_longest_first(speakers.get("own", [])),
        joined_by=None if joined is None else frozenset(fold(word) for word in joined),
        with_=_longest_first(others.get("with", [])),
        gathered_by=_longest_first(others.get("gathered_by", [])),
        built_by=_longest_first(others.get("built_by", [])),
        built_gap=int(others.get("built_gap", _BUILT_GAP)),
        not_bodies=frozenset(others.get("not_bodies", [])),
        whole=frozenset(fold(word) for word in others.get("whole", [])),
    )


@dataclass(frozen=True)
class PlaceWords:
    """The words of one language that tell a State named as a place, an origin, a title or a
    qualifier from a State taking part (``[places]``, ``[government]`` and ``[speakers]`` of its
    ``cues.toml``)."""

    lang: str
    #: Place nouns and directions that may stand between a preposition and the State ("in the
    #: south of Haiti", "dans les régions du nord du Mali", "в северных районах Мали").
    nouns: _WordList = _WordList()
    #: Articles and "of" between them ("the", "of", "de", "du", "de la").
    links: frozenset[str] = frozenset()
    #: Words that join the States of a list ("and", "et", "и").
    conjunctions: frozenset[str] = frozenset()
    #: Words right after a State that make it a place (Chinese "海地南部", "缅甸境内").
    after: tuple[str, ...] = ()
    #: Words right after a State that make it a qualifier, not a party ("叙利亚难民", "Somalia
    #: Humanitarian Fund" is caught by its capitals).
    qualified: tuple[str, ...] = ()
    #: Words right after a State that keep it a party even after a place preposition (Chinese
    #: "在德国的资助下": with funding from Germany).
    not_after: tuple[str, ...] = ()
    #: Words between an actor and a State that put the State in the actor's title ("the Panel
    #: of Experts on Libya", "Grupo de Expertos sobre el Yemen").
    titles: frozenset[str] = frozenset()
    #: Words naming a body of a State or what a State does (Government, police, ministry,
    #: cooperation): a demonym qualifying one is the State taking part ("the Lebanese Armed
    #: Forces"); a demonym qualifying anything else is not ("Syrian refugees").
    bodies: _WordList = _WordList()
    #: Prepositions that end the noun phrase a demonym stands before, where it does (English,
    #: Russian): a body named after one is not the one qualified ("с палестинским народом в
    #: сотрудничестве с …": the people, not cooperation).
    phrase_ends: frozenset[str] = frozenset()
    #: A place preposition with what makes it give to the State, not place it ("à la").
    not_before: tuple[str, ...] = ()
    #: Place prepositions that give to the State after a collaboration word ("une assistance au
    #: Kenya").
    dative: frozenset[str] = frozenset()
    #: Delegates' titles before their names ("Mr.", "Mme", "السيد").
    delegates: tuple[str, ...] = ()
    #: Heads of names of funds, plans, strategies and compacts that a State may end ("la Stratégie
    #: de Maurice", "le Fonds pour la reconstruction d'Haïti", "صندوق إعمار العراق"), and the words
    #: that end such a name before the State ("اتفاق مع الصومال"), where a language lists them.
    name_heads: frozenset[str] = frozenset()
    name_breaks: frozenset[str] = frozenset()


@cache
def place_words(lang: str) -> PlaceWords:
    data = cue_data(lang)
    places, government, speaking = data.get("places", {}), data.get("government", {}), data.get("speakers", {})

    return PlaceWords(
        lang=lang,
        nouns=_WordList.of(places.get("nouns", [])),
        links=frozenset(_longest_first(places.get("links", []))),
        conjunctions=frozenset(_longest_first(places.get("conjunctions", []))),
        after=_longest_first(places.get("after", [])),
        qualified=_longest_first(places.get("qualified", [])),
        not_after=_longest_first(places.get("not_after", [])),
        titles=frozenset(_longest_first(places.get("titles", []))),
        not_before=_longest_first(places.get("not_before", [])),
        dative=frozenset(_longest_first(places.get("dative", []))),
        bodies=_WordList.of(government.get("bodies", [])),
        phrase_ends=frozenset(government.get("phrase_ends", [])),
        delegates=_longest_first(speaking.get("delegates", [])),
        name_heads=frozenset(_longest_first(places.get("name_heads", []))),
        name_breaks=frozenset(_longest_first(places.get("name_breaks", []))),
    )


#: Languages whose script writes names with capitals.
_CASED = frozenset({"en", "fr", "es", "ru"})


def _place_phrase(before: str, words: PlaceWords) -> tuple[bool, str]:
    """Read the words before a State back to what governs them: whether they name a place by
    themselves ("in the south of", "north-east", "in 35 communes of the", "the Kurdistan Region
    of"), and the text left before them (which may end with a place preposition)."""
    lang = words.lang
    tokens = _tokens(before)
    i, cut = len(tokens), len(before)
    placey = named = comma = False
    while i:
        raw, word, start = tokens[i - 1]
        if word == "," and not comma and all(t[1] in words.links for t in tokens[i:]):
            comma = True  # "in Jonglei State, South Sudan", "in Kassala State, the Sudan"
        elif word in words.links or word.isdigit():
            pass
        elif _is(word, words.nouns, lang):
            placey = True
        elif lang in _CASED and raw[:1].isupper() and not _is(word, words.bodies, lang):
            named = True  # a region's name ("North Kivu", "Jonglei State")
        elif word in words.conjunctions and named and i > 1 and tokens[i - 2][0][:1].isupper():
            pass  # "the provinces of North Kivu and Ituri"
        elif lang not in _CASED and i > 1 and _is(tokens[i - 2][1], words.nouns, lang) and not placey:
            placey = True  # a region's name after its noun ("إقليم كردستان العراق")
        else:
            break
        cut, i = start, i - 1
    if i and _is(tokens[i - 1][1], words.bodies, lang):
        return False, before  # the name of a body ("the Coast Guard of", "la Guardia Costera de")
    if (named and not (comma or placey)) or (comma and not (named or placey)):
        # Capitalised words of a name, not of a place ("the Government of"); a comma after a
        # date, not after a region ("signed in 2023, Germany").
        return False, before
    return placey, before[:cut]
