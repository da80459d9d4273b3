"""The collaboration classifier: decides ``reported``, ``called_for`` or ``none`` for a sentence,
with its participants, kinds, confidence and an explanation.

The class comes from the trained linear model over language-independent features
(:mod:`.features`, :mod:`.model`) when one ships with the package, and from the transparent
rules below otherwise. Participants and kinds come from rules in both cases: the parties named
(actors, States, other organisations) and the kinds of the cues found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from cpcollab import reference
from cpcollab.engine.classify.features import NEAR, ORGANS, STRONG_KINDS, describe, gap, sentence_features
from cpcollab.engine.classify.model import LinearModel, load_model
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.actors import actor_forms
from cpcollab.engine.recognize.cues import KINDS, CueSet, cue_data
from cpcollab.engine.textnorm import fold, fold_with_map

_PAREN = re.compile(r"[(（]([^()（）]{2,200})[)）]")
_SEPARATORS = re.compile(r"^[\s,;:.]*(?:(?:and|et|y|и|و|和|及|、)[\s,]*)?$")
_SPEAKER_ADVERBS = re.compile(r"^(?:(?:also|further|very much|then|again|in turn|positively|\([a-z]\))\s+)+")
_PLACE_ARTICLE = re.compile(r"\b(?:the|la|le|les|el|los)$")
_NUMBERING = re.compile(r"^\s*(?:\d+(?:[.\-]\d+)*\s*[.\-–]?|[(（][^\W\d_]{1,4}[)）]|[a-z]\))\s*")


@dataclass
class Decision:
    collaboration: str = "none"
    participants: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    confidence: float = 0.0
    explanation: list[str] = field(default_factory=list)
    features: dict[str, float] = field(default_factory=dict)


def recommenders(text: str, countries: Sequence[Span], lang: str = "en") -> set[int]:
    """Indexes of country spans in parentheses holding only State names: the States making a
    UPR recommendation ("… (Chile, Norway);"), who are not parties to the collaboration. A State
    in parentheses after a delegate's name ("Ms. Haddad (Lebanon) said that her Government …")
    is the delegate's, and speaks for itself."""
    found: set[int] = set()
    if not countries:
        return found
    delegates = place_words(lang).delegates
    for match in _PAREN.finditer(text):
        inside = [i for i, s in enumerate(countries) if match.start() <= s.start and s.end <= match.end()]
        if not inside:
            continue
        if delegates and _after_a_delegate(text[max(0, match.start() - 60) : match.start()], delegates, lang):
            continue
        rest, cursor = [], match.start(1)
        for i in inside:
            rest.append(text[cursor : countries[i].start])
            cursor = countries[i].end
        rest.append(text[cursor : match.end(1)])
        if all(_SEPARATORS.match(piece) for piece in rest):
            found.update(inside)
    return found


def _after_a_delegate(before: str, delegates: tuple[str, ...], lang: str) -> bool:
    """Whether ``before`` ends with a delegate's title and name ("Mr. Al-Hassan", "Г-жа Хаддад",
    "السيد الحسن"), or, in Chinese, with the name and then the title ("哈达德女士")."""
    words = fold(before).split()
    if lang == "zh":
        return bool(words) and words[-1].endswith(delegates)
    # The title, then one to four words of the name.
    return any(word in delegates for word in words[-5:-1])


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
    party to the collaboration it talks about. A State whose body speaks ("the Government of
    Colombia requested", "le Gouvernement colombien a demandé", "министр здравоохранения Малави
    просил") asks for its own part in it, and is no speaker."""
    if not countries or not cue_set.speech_verbs:
        return set()
    words = place_words(cue_set.lang)
    found = set()
    for i, span in enumerate(countries):
        after = fold(text[span.end : span.end + 60].lstrip(" ,，"))
        after = _SPEAKER_ADVERBS.sub("", after, count=1)
        if (
            after.startswith(cue_set.speech_verbs)
            and any(_starts_with(after, verb, cue_set.lang) for verb in cue_set.speech_verbs)
            and not _of_a_body(text, span, countries, words)
            and not after.startswith(party_words(cue_set.lang).own)
        ):
            found.add(i)
    if found:
        return found
    first = countries[0]
    # Verb-first language (Arabic): "وأوصت الصين بأن …" - a speech verb, then the State. (In
    # Chinese and Russian a call opening an operative paragraph addresses the State after it:
    # "鼓励海地政府", "призывает ливийские власти".)
    if cue_set.lang != "ar":
        return set()
    opening = fold(_NUMBERING.sub("", text[: first.start], count=1)).strip()
    opening = re.sub(r"^[وف](?=\w{3})", "", opening)
    if opening and opening in cue_set.speech_verbs:
        return {0}
    return set()


def _longest_first(forms: Iterable[str]) -> tuple[str, ...]:
    """The forms folded, without repeats, longest first (so the longest match is tried first)."""
    return tuple(sorted({fold(form) for form in forms}, key=len, reverse=True))


#: How many words (an article) may stand between a word of building and the party built ("les
#: capacités de la police", "crear una institución"); Chinese writes the party right after it.
_BUILT_GAP = 1


@dataclass(frozen=True)
class PartyWords:
    """A language's words for who takes part, from its cues.toml (none where it lists none)."""

    #: Under ``[speakers]``: a speech verb with what makes the State speak of its own part
    #: ("expressed its readiness to cooperate", "requested technical assistance from OHCHR"),
    #: folded, longest first; and the codes that speak as organs besides the registry's.
    own: tuple[str, ...] = ()
    organs: frozenset[str] = frozenset()
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


@cache
def party_words(lang: str) -> PartyWords:
    data = cue_data(lang)
    speakers, others = data.get("speakers", {}), data.get("other_parties", {})
    joined = others.get("joined_by")
    return PartyWords(
        own=_longest_first(speakers.get("own", [])),
        organs=frozenset(speakers.get("organs", [])),
        joined_by=None if joined is None else frozenset(fold(word) for word in joined),
        with_=_longest_first(others.get("with", [])),
        gathered_by=_longest_first(others.get("gathered_by", [])),
        built_by=_longest_first(others.get("built_by", [])),
        built_gap=int(others.get("built_gap", _BUILT_GAP)),
        not_bodies=frozenset(others.get("not_bodies", [])),
    )


#: "Of" before a State that owns what comes before it ("the Government of", "du", "del").
_OF = frozenset({"of", "de", "du", "del", "d'", "des"})


def _of_a_body(text: str, span: Span, countries: Sequence[Span], words: PlaceWords) -> bool:
    """Whether the State is named as the owner of a body before it ("the Government of", "the
    Minister of Justice of", "министр здравоохранения"), or is a demonym after one."""
    if _adjective(span, words.lang):
        return True
    earlier = [c.end for c in countries if c.end <= span.start]
    start = max(span.start - 40, earlier[-1] if earlier else 0)
    near = _tokens(text[start : span.start])[-4:]
    if near and near[-1][1] in _OF:
        return True
    return any(_is(word, words.bodies, words.lang) for _raw, word, _start in near)


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
        delegates=_longest_first(speaking.get("delegates", [])),
        name_heads=frozenset(_longest_first(places.get("name_heads", []))),
        name_breaks=frozenset(_longest_first(places.get("name_breaks", []))),
    )


#: Words, with the elided articles and prepositions of French ("l'", "d'") as words of their own.
_TOKEN = re.compile(r"[^\W\d_]+['’]|\w[\w'’-]*|[^\w\s]")


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


def _tokens(text: str) -> list[tuple[str, str, int]]:
    """The words of ``text``: as written, folded, and where each starts."""
    folded, index = fold_with_map(text)
    if isinstance(index, range):  # folded character for character (the usual case): fold once
        return [(m.group(), folded[m.start() : m.end()], m.start()) for m in _TOKEN.finditer(text)]
    return [(m.group(), fold(m.group()), m.start()) for m in _TOKEN.finditer(text)]


#: Languages whose script writes names with capitals.
_CASED = frozenset({"en", "fr", "es", "ru"})
#: How far before a State its place phrase is read.
_PLACE_WINDOW = 80


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


def _place_preposition(rest: str, cue_set: CueSet) -> bool:
    folded = fold(rest.rstrip(" ,"))
    folded = _PLACE_ARTICLE.sub("", folded).rstrip()
    return folded.endswith(cue_set.places_before) and any(
        _ends_with(folded, word, cue_set.lang) for word in cue_set.places_before
    )


def _adjective(span: Span, lang: str) -> bool:
    """Whether a country span is a demonym adjective ("Syrian", "soudanais", "сирийских",
    "السوريين"), not a name."""
    if not span.rule.startswith("extra:"):
        return False
    text = span.text.strip()
    if lang == "fr" and text[:1].isupper():
        # A demonym written as a noun names people, not the State ("100 000 Vénézuéliens").
        return " " not in text and text.endswith("s") and text not in _FR_NAMES
    if lang in ("fr", "es"):
        return text[:1].islower()
    if lang == "ru":
        # A lower-case demonym noun names people, not the State ("100 000 венесуэльцев").
        folded = fold(text)
        return " " not in text and bool(
            _RU_ADJECTIVE.search(folded) or (text[:1].islower() and _RU_PEOPLE.search(folded))
        )
    if lang == "en":
        last = text.split()[-1] if text.split() else ""
        return not text.isupper() and last not in _EN_NAMES and bool(_EN_ADJECTIVE.search(last))
    if lang == "ar":
        word = _word_forms(fold(text), lang)[-1]
        return " " not in text and word.endswith(("ي", "يه", "يين", "يون")) and word not in _AR_NAMES
    return False


_RU_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|их|им|ими|ую|ому|ые|ых|ым|ыми)$")
#: Endings of Russian nouns for a people ("венесуэлец", "венесуэльцев", "киприоты").
_RU_PEOPLE = re.compile(r"(?:ец|цы|цев|цам|цами|цах|ота|оты|отов|отам|отами|отах)$")
_EN_ADJECTIVE = re.compile(r"(?:an|ans|ese|ish|i|is|ch|ss|ic|be|sy|ers?|ois|enes?|que|inos?|eks?|aks?|en|ik|ai|ots?)$")
#: Names among the French extra forms that end like plural demonyms.
_FR_NAMES = frozenset(
    {"Laos", "Pays-Bas", "PaysBas", "États-Unis", "ÉtatsUnis", "Malvinas", "Saint-Christophe-et-Niévès"}
)
#: Names among the Arabic extra forms that end like adjectives (Chile, Brunei).
_AR_NAMES = frozenset({"تشيلي", "بروناي"})
#: Names among the English extra forms that end like adjectives.
_EN_NAMES = frozenset({"Iran", "Vatican", "Brunei", "Republic"})


def _noun_window(span: Span, others: Sequence[Span]) -> int:
    """Where the noun phrase a demonym follows may start: after the actor before it ("les
    Gouvernements iraquien et koweïtien": the noun may stand before an earlier demonym)."""
    earlier = [s.end for s in others if s.end <= span.start and s.kind == "actor"]
    return max(span.start - 40, max(earlier, default=0))


def _qualifies_a_body(text: str, span: Span, words: PlaceWords, window_start: int) -> bool:
    """Whether the demonym ``span`` qualifies a body of its State ("the Lebanese Armed Forces",
    "le Gouvernement fédéral somalien", "ливийские власти", "القوات المسلحة اللبنانية") or what the
    State does ("Peruvian cooperation", "Haitian-led"), rather than anything else."""
    lang = words.lang
    if text[span.end : span.end + 5].startswith(("-led", "-owned")):
        return True
    if lang in ("fr", "es", "ar"):  # the noun comes first
        near = _tokens(text[window_start : span.start])[-6:][::-1]
    else:
        near = _tokens(text[span.end : span.end + 60])[:6]
    if lang == "ar" and near and near[0][1] in _AR_LED:
        return True  # "الحملة التي يقودها الليبريون": a Liberian-led campaign
    for _raw, word, _start in near:
        if _is(word, words.bodies, lang):
            return True
        if not word[:1].isalnum():
            return False
    return False


#: Arabic "led by" right before a demonym ("الحملة التي يقودها الليبريون"), folded.
_AR_LED = frozenset(fold(word) for word in ("يقودها", "تقودها", "يقوده", "تقوده", "بقيادة"))


def places(
    text: str,
    countries: Sequence[Span],
    cue_set: CueSet,
    calls: Sequence[Span] = (),
    *,
    others: Sequence[Span] = (),
) -> tuple[set[int], set[int]]:
    """Indexes of country spans named as a place ("In Sierra Leone, IOM trained …", "in the
    south of Haiti", "returnees from Pakistan"), and of those that only qualify something else
    ("Syrian refugees", "the Panel of Experts on Libya", "the Federation of Trade Unions of
    Uzbekistan"). A State right after a call and the preposition alone is the one addressed
    ("recommande au Tchad de coopérer"), not a place; so is a body of a State named with a
    place preposition (Arabic "المكتب الوطني للإحصاء في منغوليا": Mongolia's statistics office).
    ``others`` are the actors and cues recognised, which end what is read before a State."""
    words = place_words(cue_set.lang)
    lang = cue_set.lang
    ends = {call.end for call in calls}
    # What is read before a State ends at the actor or State before it.
    bounds = sorted(s.end for s in (*others, *countries) if s.kind in ("actor", "country"))
    located: set[int] = set()
    qualified: set[int] = set()
    parties: set[int] = set()
    for i, span in enumerate(countries):
        earlier = [end for end in bounds if end <= span.start]
        window_start = max(span.start - _PLACE_WINDOW, earlier[-1] if earlier else 0)
        after = fold(text[span.end : span.end + 12]).lstrip()
        if _adjective(span, lang):
            if not _qualifies_a_body(text, span, words, _noun_window(span, others)):
                qualified.add(i)
            continue
        if (
            _titled(text, span, others, words)
            or _of_another_party(text, span, others, words, window_start)
            or _inside_another_party(span, others)
            or (lang == "zh" and _zh_in_a_title(text, span))
        ):
            qualified.add(i)
            continue
        if (words.after and after.startswith(words.after)) or (lang == "zh" and _ZH_REGION.match(text, span.end)):
            located.add(i)  # "海地南部", "缅甸境内", "伊拉克尼尼微省"
            continue
        if (words.not_after and after.startswith(words.not_after)) or _body_follows(text, span, words):
            parties.add(i)  # "在德国的资助下", "派驻赞比亚统计局", "the Kenya Police"
            continue
        if (
            after.startswith(words.qualified)
            or _before_a_name(text, span, others, countries, words)
            or _ends_a_name(text, span, window_start, words, cue_set, others)
        ):
            qualified.add(i)
            continue
        if lang == "zh" and _zh_counted_in(text, span, words):
            located.add(i)  # "约旦约45 000名难民儿童": where those counted are
            continue
        if span.rule.endswith(":in"):
            if _ar_called_upon(text, span, calls, others):
                parties.add(i)  # "تهيب اللجنة بميانمار أن تتعاون": the State called upon
            else:
                located.add(i)  # Arabic "باليابان": the preposition is attached to the name
            continue
        placey, rest = _place_phrase(text[window_start : span.start], words)
        if placey:
            located.add(i)
        elif _place_preposition(rest, cue_set):
            addressed = bool(ends) and _addressed(text, span, ends, cue_set, words)
            given = _dative(text[window_start : span.start], words) or _given_to(rest, window_start, others, words)
            if addressed or given or _body_named_with(text[_noun_window(span, others) : span.start], words):
                parties.add(i)
            else:
                located.add(i)
    # A list of States shares the status of the one its place preposition or word stands with:
    # "in Liberia, Mexico and Papua New Guinea", "在约旦、黎巴嫩和伊拉克境内".
    for group in _lists(text, countries, words):
        if lang == "zh" and group[-1] in qualified and not any(i in parties for i in group):
            # Chinese puts the qualified word after the whole list: "布基纳法索、马里和尼日尔的学校供餐".
            qualified.update(group)
            continue
        if any(i in parties for i in group):
            if words.dative or (lang == "zh" and group[-1] in parties):
                # French repeats the preposition that gives: "une assistance au Kenya, à l'Ouganda
                # et à la Tanzanie" gives to all three. Chinese puts what makes a party after the
                # whole list: "在加拿大和美利坚合众国的资助下" (with funding from Canada and the United
                # States).
                located.difference_update(group)
            continue
        if any(i in located for i in group):
            located.update(i for i in group if i not in qualified)
    return located, qualified


def _lists(text: str, countries: Sequence[Span], words: PlaceWords) -> list[list[int]]:
    """Runs of country spans joined only by commas, "and", articles and the prepositions that
    give ("au Kenya, à l'Ouganda et à la Tanzanie")."""
    joins = words.links | words.conjunctions | words.dative | {",", "、", ";"}
    groups: list[list[int]] = []
    for i, span in enumerate(countries):
        if i:
            between = text[countries[i - 1].end : span.start]
            if all(word in joins for _raw, word, _start in _tokens(between)) and "\n" not in between:
                groups[-1].append(i)
                continue
        groups.append([i])
    return [group for group in groups if len(group) > 1]


def _titled(text: str, span: Span, others: Sequence[Span], words: PlaceWords) -> bool:
    """Whether the State follows an actor's title and a word that puts it in the title ("the
    Panel of Experts on Libya", "Группа экспертов по Ливии"); Chinese puts the State first, and
    its title word is among the words that qualify ("利比亚问题专家小组")."""
    if not words.titles:
        return False
    for actor in others:
        if actor.kind == "actor" and actor.end <= span.start and span.start - actor.end <= 20:
            between = [word for _raw, word, _start in _tokens(text[actor.end : span.start])]
            kept = [word for word in between if word not in words.links]
            if len(kept) == 1 and kept[0] in words.titles:
                return True
    return False


def _inside_another_party(span: Span, others: Sequence[Span]) -> bool:
    """Whether the State is written inside the name of a non-UN party ("非洲联盟驻索马里特派团",
    the African Union Mission in Somalia): that party is OTHER, and the State only places it."""
    return any(c.kind == "cue.other" and c.start <= span.start and span.end <= c.end for c in others)


#: Chinese title marks, which enclose the names of documents, plans and programmes.
_ZH_TITLE_OPEN, _ZH_TITLE_CLOSE = "《", "》"


def _zh_in_a_title(text: str, span: Span) -> bool:
    """Whether a Chinese State stands inside title marks ("《刚果民主共和国和该区域和平、安全与合作框架》"):
    it is in the name of a document, not a party."""
    opening = text.rfind(_ZH_TITLE_OPEN, 0, span.start)
    return opening >= 0 and text.find(_ZH_TITLE_CLOSE, opening, span.start) < 0 and _ZH_TITLE_CLOSE in text[span.end :]


def _of_another_party(text: str, span: Span, others: Sequence[Span], words: PlaceWords, window_start: int) -> bool:
    """Whether the State names where a non-UN party comes from ("the Federation of Trade Unions
    of Uzbekistan", "Федерация профсоюзов Узбекистана"): that party is OTHER, not the State. A
    body of the State itself ("the ministries of Chad") is the State."""
    for cue in others:
        if cue.kind != "cue.other" or not (window_start <= cue.start and cue.end <= span.start):
            continue
        if any(_is(word, words.bodies, words.lang) for word in fold(cue.text).split()):
            continue
        between = _tokens(text[cue.end : span.start])
        if all(
            word in words.links or raw[:1].isupper() or word in ("'", "’") for raw, word, _start in between
        ) and not any(_is(word, words.bodies, words.lang) for _raw, word, _start in between):
            return True
    return False


def _before_a_name(text: str, span: Span, others: Sequence[Span], countries: Sequence[Span], words: PlaceWords) -> bool:
    """Whether an English State name opens a longer name ("the Somalia Humanitarian Fund", "the
    SAMOA Pathway", "the Mauritius Strategy") that is not a body of the State ("the Kenya
    Defence Forces", "the Sierra Leone Police")."""
    if words.lang != "en":
        return False
    following = _tokens(text[span.end : span.end + 60])[:4]
    if not following or not following[0][0][:1].isupper() or following[0][1] in ("i", "and"):
        return False
    start = span.end + following[0][2]
    if any(o.start == start for o in (*others, *countries)):
        return False
    for raw, word, _start in following:
        if not raw[:1].isupper():
            break
        if _is(word, words.bodies, "en"):
            return False
    return True


#: "To call upon" (أهاب، يهيب، تهيب، نهيب), folded: its addressee takes an attached ب.
_AR_CALL_UPON = re.compile(fold("^[وف]?(?:أهاب|أهابت|يهيب|تهيب|نهيب|أهيب)$"))


def _ar_called_upon(text: str, span: Span, calls: Sequence[Span], others: Sequence[Span]) -> bool:
    """Whether an Arabic State written with an attached ب is the one "called upon" ("تهيب
    بميانمار أن تتعاون", "وتهيب اللجنة بميانمار أن …"): right after the verb, or after the verb
    and the organ that calls, with what it is asked to do after it ("أن", "على"). Elsewhere
    "بميانمار" is "in Myanmar", a place."""
    if not fold(span.text).lstrip("وف").startswith("ب"):
        return False
    verb = max((c for c in calls if c.end <= span.start), key=lambda c: c.end, default=None)
    if verb is None or not _AR_CALL_UPON.match(fold(verb.text)):
        return False
    between = text[verb.end : span.start].strip()
    subject = [o for o in others if o.kind == "actor" and verb.end <= o.start and o.end <= span.start]
    if between and not (
        len(subject) == 1
        and text[subject[0].end : span.start].strip() == ""
        and text[verb.end : subject[0].start].strip() == ""
    ):
        return False
    following = fold(text[span.end : span.end + 20]).split()
    return bool(following) and following[0] in _AR_TO


def _ends_a_name(
    text: str, span: Span, window_start: int, words: PlaceWords, cue_set: CueSet, others: Sequence[Span]
) -> bool:
    """Whether the State ends the name of a fund, plan, strategy or compact ("the Mauritius
    Strategy" written « la Stratégie de Maurice », "Фонд реконструкции Гаити", "صندوق إعمار
    العراق"): it is in a title, not a party, while a body of the State ("le Gouvernement du Mali")
    or a verb, a cue or a word relating two parties between keeps it one. English and Chinese put
    the State first ("the Haiti Reconstruction Fund"), where :func:`_before_a_name` reads it; the
    languages that put it last read back from it to the name's head, each in its word order."""
    reader = _NAME_READERS.get(words.lang)
    return reader is not None and reader(text, span, window_start, words, cue_set, others)


def _ar_ends_a_name(
    text: str, span: Span, window_start: int, words: PlaceWords, _cue_set: CueSet, _others: Sequence[Span]
) -> bool:
    """Arabic: a head of ``name_heads`` and at most two words of the name before the State, which
    takes an attached ل or none ("الصندوق الإنساني للسودان", "صندوق إعمار العراق", "لاتفاق مالي"). A
    head with the article ("الصندوق") names the fund only with a word of its name after it; a word
    of ``name_breaks`` or a body of the State between ("اتفاق مع الصومال") ends the name."""
    if fold(span.text).startswith("و"):
        return False
    tokens = _tokens(text[window_start : span.start])[-3:]
    for k, (_raw, word, _start) in enumerate(reversed(tokens)):
        if not word[:1].isalnum() or word in words.name_breaks or _is(word, words.bodies, "ar"):
            return False
        head = next((form for form in _word_forms(word, "ar") if form in words.name_heads), None)
        if head is not None:
            return k > 0 or not head.startswith("ال")
    return False


#: Words that relate two parties rather than continue a name ("le Plan d'action avec le Mali").
_NOT_IN_A_NAME = frozenset({"avec", "entre", "par"})


def _romance_ends_a_name(
    text: str, span: Span, window_start: int, words: PlaceWords, cue_set: CueSet, _others: Sequence[Span]
) -> bool:
    """French and Spanish: a capitalised head of ``name_heads``, then "de", "pour" and the words of
    the name, then the State ("la Stratégie de Maurice", "les Orientations de Samoa", "le Fonds
    pour la reconstruction d'Haïti")."""
    tokens = _tokens(text[window_start : span.start])
    if not tokens or (tokens[-1][1] not in words.links and tokens[-1][1] not in words.titles):
        return False
    # Spanish capitalises every main word of a name ("el Fondo para la Reconstrucción de Haití")
    # or none after the head ("el Plan de respuesta humanitaria para el Yemen"): read back to the
    # head over capitalised words or over lower-case ones, not both ("el Convenio de Minamata
    # recibió de Suiza": a verb ends the name).
    capitals = lower = False
    for raw, word, _start in reversed(tokens[-10:]):
        if raw[:1].isupper():
            if word in words.name_heads:
                return True
            if words.lang != "es" or lower or _is(word, words.bodies, words.lang):
                return False
            capitals = True
            continue
        if word not in words.links and word not in words.titles:
            if capitals:
                return False
            lower = True
        if (
            not word[:1].isalpha()
            or _is(word, words.bodies, words.lang)
            or word in words.conjunctions
            or word in _NOT_IN_A_NAME
            or (word in cue_set.places_before and word not in words.links)
        ):
            return False
    return False


#: How many lower-case words a Russian name may hold between its capitalised head and the State.
_RU_NAME_WORDS = 3
#: Words that open a State's formal name ("Республика Мали", "Королевство Марокко").
_RU_STATE_TITLES = ("республик", "королевств", "княжеств", "государств", "федераци", "султанат")
#: Endings of Russian verbs (past, infinitive, present, reflexive), which no name holds.
_RU_VERB = re.compile(r"(?:[аеиоуыя]л[аио]?|ть|ти|ет|ют|ит|ят|ем|им|ся|сь)$")


def _ru_ends_a_name(
    text: str, span: Span, window_start: int, words: PlaceWords, cue_set: CueSet, others: Sequence[Span]
) -> bool:
    """Russian: a capitalised head that is not a body of the State and at most three lower-case
    words, then the State in the genitive or after "по" or "для" ("Фонд реконструкции Гаити",
    "Гуманитарный фонд для Сомали", "Договор по Сомали", "Путь САМОА"); Russian lists no heads, as
    its capitals mark them ("Министерство здравоохранения Гаити", "Национальная полиция Гаити" are
    the State). A capital that only opens the sentence is no name, and a verb or a cue between the
    head and the State ("Комиссия оказала помощь Гаити") ends the name."""
    if _place_phrase(text[window_start : span.start], words)[0]:
        return False
    cues = [c for c in others if c.kind.startswith("cue.")]
    head = None  # where the name's first capitalised word starts
    between = 0
    for raw, word, start in reversed(_tokens(text[window_start : span.start])):
        at = window_start + start
        if (
            not word[:1].isalpha()
            or word in words.conjunctions
            or (raw.islower() and _RU_VERB.search(word))
            or any(c.start <= at < c.end for c in cues)
        ):
            break
        if _is(word, words.bodies, "ru"):
            return False  # "Управление Народного защитника Колумбии" is the State's
        if sum(c.isupper() for c in raw) > 1:
            between += 1  # an acronym inside the name ("Национальный совет по СПИДу") opens nothing
        elif raw[:1].isupper():
            if _is(word, words.nouns, "ru") or word.startswith(_RU_STATE_TITLES):
                return False  # "Республики Мали": the State's own name
            head = at
        elif head is not None:
            break  # the word before the name
        elif word in cue_set.places_before:
            return False  # "в Гаити", "на Гаити": a place or what is given, read as such
        else:
            between += 1
        if between > _RU_NAME_WORDS:
            return False
    # A capital that only opens the sentence names nothing ("Помощь Гаити …").
    return head is not None and any(c.isalpha() for c in _NUMBERING.sub("", text[:head], count=1))


_NameReader = Callable[[str, Span, int, PlaceWords, CueSet, Sequence[Span]], bool]
#: How each language that puts the State after the name reads back to its head.
_NAME_READERS: dict[str, _NameReader] = {
    "fr": _romance_ends_a_name,
    "es": _romance_ends_a_name,
    "ru": _ru_ends_a_name,
    "ar": _ar_ends_a_name,
}


def _dative(before: str, words: PlaceWords) -> bool:
    """Whether the words before a State give to it rather than place it (French "à la Libye",
    "à l'Iraq": a State is "en Libye" when it is the place)."""
    folded = fold(before).rstrip()
    return (
        bool(words.not_before)
        and folded.endswith(words.not_before)
        and any(_ends_with(folded, word, words.lang) for word in words.not_before)
    )


#: Chinese names of bodies end with their kind: a ministry (部, not 南部 or 部分), an office
#: (局, not 局势), an agency (署).
_ZH_BODY = re.compile(r"(?<![南北东西中])部(?![分署])|局(?!势)|(?<!部)署")
#: A province, state, county or region of the State named right after it ("伊拉克尼尼微省", "苏丹
#: 卡萨拉州", "伊拉克库尔德斯坦地区"); the words of a clause ("在", "与", "的") end the name.
_ZH_REGION = re.compile(r"[^\W\d_在与和的向为对从及同由将把被、，。；]{1,6}?(?:省|州|县|地区)(?!政府|当局)")
#: Chinese non-governmental and intergovernmental: words of bodies that are no State's.
_ZH_NOT_GOVERNMENTAL = re.compile(r"非政府|政府间")
#: Where a Chinese clause ends.
_ZH_CLAUSE = re.compile(r"[，。；：,;:]")
#: Where a Chinese compound after a State ends.
_ZH_COMPOUND_END = re.compile(r"[，。；：、的与同在及（(,;]")
#: A count right after a State, or after its "的" ("约旦约45 000名难民儿童", "中非共和国1 200名儿童",
#: "尼日尔的120万人", "乍得五岁以下儿童"), and the words up to the end of the phrase.
_ZH_COUNT = re.compile(
    r"的?(?:约|近|逾|超过|至少|共)?[\d一二三四五六七八九十两][\d\s.,一二三四五六七八九十百千万亿两]*"
    r"(?:名|个|家|户|所|人|岁)[^，。；：,;:（(]{0,12}"
)
#: Who may be counted in a State and still be of it: its officials, staff and services ("东帝汶45名
#: 民防人员", "巴拿马的140名检察官", "尼日尔的3 200名教师").
_ZH_STAFF = ("人员", "官员", "工作者", "教师", "检察官", "法官", "警察", "干事", "士兵", "部队")


def _zh_counted_in(text: str, span: Span, words: PlaceWords) -> bool:
    """Whether a Chinese State only says where people or things are counted: "为约旦约45 000名难民
    儿童提供校餐" (for some 45,000 refugee children in Jordan), "向阿富汗72个由妇女领导的组织提供赠款"
    (to 72 women-led organizations in Afghanistan), "惠及尼日尔的120万人". English writes "in" there;
    the children, organizations or people are the beneficiaries, not the State. Its officials,
    staff and bodies counted ("为东帝汶45名民防人员提供培训") are the State's."""
    match = _ZH_COUNT.match(text, span.end)
    if match is None:
        return False
    rest = match.group(0)
    return not (any(word in rest for word in _ZH_STAFF) or any(body in rest for body in words.bodies.exact))


#: A request right after an organ, or after where it made it ("安全理事会请联利支助团……",
#: "安全理事会在第2719(2023)号决议中请秘书长……", "秘书长在普通照会中请会员国……").
_ZH_ORGAN_REQUESTS = re.compile(r"\s*(?:在[^，。；：,;:]{0,40}?中)?[，,]?\s*(?:还|又|并|也|再次|进一步)?请(?!求)")


def _zh_organ_requests(text: str, span: Span) -> bool:
    """Whether an organ opens a Chinese request ("安全理事会请联利支助团与非洲联盟合作"): the bare "请"
    (to request) is no cue of its own, as it also stands in "应……请求" (at the request of); after
    an organ it is the organ asking, and the organ is no party."""
    return bool(_ZH_ORGAN_REQUESTS.match(text, span.end))


def _body_follows(text: str, span: Span, words: PlaceWords) -> bool:
    """Whether the words right after the State name a body of it ("赞比亚统计局", "墨西哥难民援助
    委员会", "the Kenya Police")."""
    if words.lang == "zh":
        compound = _ZH_COMPOUND_END.split(text[span.end : span.end + 15], maxsplit=1)[0]
        return bool(compound) and (
            any(body in compound for body in words.bodies.exact) or bool(_ZH_BODY.search(compound))
        )
    if words.lang != "en":
        return False  # the languages whose names of bodies put the State after them
    following = _tokens(text[span.end : span.end + 40])[:3]
    for raw, word, _start in following:
        if not raw[:1].isupper():
            return False
        if _is(word, words.bodies, "en"):
            return True
    return False


def _given_to(rest: str, window_start: int, others: Sequence[Span], words: PlaceWords) -> bool:
    """Whether a preposition that may give or place ("au", "aux") follows a collaboration word:
    "une assistance législative au Kenya" gives to Kenya, a party."""
    tokens = _tokens(rest)
    if not words.dative or not tokens or tokens[-1][1] not in words.dative:
        return False
    reach = window_start + tokens[max(0, len(tokens) - 4)][2]
    end = window_start + tokens[-1][2]
    return any(c.kind == "cue.kind" and reach <= c.end <= end for c in others)


def _body_named_with(before: str, words: PlaceWords) -> bool:
    """Whether a body of the State stands right before its place preposition: Arabic names a
    State's bodies so ("اللجنة الوطنية لحقوق الإنسان في نيبال": Nepal's human rights commission)."""
    if words.lang != "ar":
        return False
    # The preposition itself is the last word; the body's name, in the same clause, ends with it
    # ("المعهد الوطني لإدارة مخاطر الكوارث والحد منها في موزامبيق").
    for _raw, word, _start in _tokens(before)[-2::-1][:_AR_BODY_WORDS]:
        if not word[:1].isalnum():
            return False
        if _is(word, words.bodies, words.lang):
            return True
    return False


#: How many words an Arabic name of a body may have before its "في".
_AR_BODY_WORDS = 8


def _addressed(text: str, span: Span, call_ends: set[int], cue_set: CueSet, words: PlaceWords) -> bool:
    """Whether only a place preposition, or nothing, stands between a call and the country ``span``."""
    for end in call_ends:
        if end <= span.start:
            between = [word for _raw, word, _start in _tokens(text[end : span.start]) if word not in words.links]
            if not between or (len(between) == 1 and between[0] in cue_set.places_before):
                return True  # "recommande au Tchad", "recommande à la Libye", and "Demande au" read as one call
    return False


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
#: How many characters may stand between the Chinese word and the partner ("汇集了17个国家的").
_ZH_PARTNER_GAP = 8


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


def _built(text: str, cue: Span, lang: str) -> bool:
    """Whether a non-UN party is what the collaboration builds or sets up ("renforcer les
    capacités de la police", "créer une institution nationale des droits de l'homme", "укреплении
    потенциала полиции", "加强警方……的能力"): it benefits, and takes no part. Those trained are
    not built: they take part ("la formation des agents des douanes")."""
    words = party_words(lang)
    building, most = words.built_by, words.built_gap
    if not building:
        return False
    before = fold(text[max(0, cue.start - 80) : cue.start])
    if lang == "zh":
        return before.endswith(building)
    return _ends_within(_tokens(before), building, most, lang)


#: Arabic non-governmental and intergovernmental, folded: words of bodies that are no State's.
_AR_NOT_GOVERNMENTAL = re.compile(fold("غير (?:ال)?حكومي|حكومي(?:ة)? (?:ال)?دولي"))


def _ru_named_organisation(text: str, cue: Span, words: PlaceWords) -> bool:
    """Whether a Russian non-UN party is an organisation named by its capitalised name ("Комиссия
    Африканского союза", "Европейская комиссия"), not a body of a State, though its name holds a
    body's word: a capital on a word that is not the body's own, and does not merely open the
    sentence."""
    if words.lang != "ru":
        return False
    opening = not any(c.isalpha() for c in _NUMBERING.sub("", text[: cue.start], count=1))
    for k, (raw, word, _start) in enumerate(_tokens(cue.text)):
        if raw[:1].isupper() and not _is(word, words.bodies, "ru") and not (k == 0 and opening):
            return True
    return False


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
        if any(raw not in ("'", "’", "s") for raw, _word, _start in between) and not _ru_adjectives_between(
            country, between, words
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


#: Russian adjective endings (lower-case words that agree with the noun after them).
_RU_ANY_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)$")


def _ru_adjectives_between(country: Span, between: Sequence[tuple[str, str, int]], words: PlaceWords) -> bool:
    """Whether a Russian demonym and the body it qualifies stand apart only by other adjectives of
    the same noun ("Гаитянской национальной полиции", "ливийские государственные органы")."""
    return (
        words.lang == "ru"
        and _adjective(country, "ru")
        and 0 < len(between) <= 2
        and all(raw.islower() and _RU_ANY_ADJECTIVE.search(word) for raw, word, _start in between)
    )


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
    # The codes a language adds (``organs`` under ``[speakers]`` of its cues.toml) are shared by
    # many bodies: such a code speaks only where every actor holding it does ("The Advisory
    # Committee encourages UNMISS to cooperate with UNEP" keeps UNEP's code a party).
    shared = party_words(lang).organs - _speakers()
    silent: set[str] = set()
    for span in actors:
        if span.value in _speakers():
            if _speaks(text, lang, span, actors, cues):
                speaking.add(span.value)
        elif span.value in shared:
            (speaking if _opens_a_call(text, lang, span, actors, cues) else silent).add(span.value)
    return speaking - silent


#: How many words may stand between a body of a shared code and the call it makes ("The
#: Commission on the Status of Women strongly urges").
_CALL_GAP = 3


def _opens_a_call(text: str, lang: str, span: Span, actors: Sequence[Span], cues: Sequence[Span]) -> bool:
    """Whether a body of a shared code (``organs`` under ``[speakers]``) is the subject of a call
    or an acknowledgement: the verb right after it ("The Advisory Committee encourages",
    "安全理事会请"), with no call before it that would address it ("encourages UNDP, UNFPA and the
    regional commissions to …"); Arabic puts the verb first ("وتشجع اللجنة الاستشارية …")."""
    if lang == "ar":
        return _arabic_subject_of_verb(text, span, cues, actors)
    if lang == "zh" and _zh_organ_requests(text, span):
        return True
    if any(c.kind == "cue.call" and c.end <= span.start for c in cues):
        return False
    return _call_follows(text, lang, span, actors, cues, _CALL_GAP)


def _speaks(text: str, lang: str, span: Span, actors: Sequence[Span], cues: Sequence[Span]) -> bool:
    """Whether the organ ``span`` asks for or acknowledges the collaboration (see
    :func:`speaking_organs`)."""
    if _call_follows(text, lang, span, actors, cues, NEAR) or (
        lang == "ar" and _arabic_subject_of_verb(text, span, cues, actors)
    ):
        return True
    if lang == "zh" and _zh_organ_requests(text, span):
        return True  # "安全理事会请联利支助团……": the organ asks
    return _asked_to_ensure(span, text, cues, lang)  # asked to see that others collaborate


def _call_follows(text: str, lang: str, span: Span, actors: Sequence[Span], cues: Sequence[Span], most: int) -> bool:
    """Whether the first cue after the actor ``span`` is its own call or acknowledgement, at most
    ``most`` words on, with no other actor between and not a request addressed to it ("The
    Council urges", not "urges the Council to")."""
    nearest = min((c for c in cues if c.start >= span.end), key=lambda c: c.start, default=None)
    return (
        nearest is not None
        and nearest.kind in ("cue.call", "cue.ack")
        and not _asked_to(nearest, text, cues, lang)
        and not (lang == "ru" and _ru_asked_with_a_request(span, nearest, text))
        and gap(span, nearest, text, lang) <= most
        and not any(span.end <= other.start < nearest.start for other in actors)
    )


#: Russian verbs of addressing and appealing ("обратился", "обращается", "выступил с призывом"):
#: an organ before one is the one asking.
_RU_ADDRESSING = re.compile(r"\b(?:обрати|обраща|выступ)")


def _ru_asked_with_a_request(organ: Span, call: Span, text: str) -> bool:
    """Whether a Russian organ is addressed by a request written as a noun after "с" ("обратилось
    к ЮНИСЕФ с просьбой оказать поддержку", "обратиться к УВКПЧ с призывом"): it is the one
    asked, unless the verb of addressing follows the organ ("Совет обратился с просьбой к …")."""
    before = fold(text[max(0, call.start - 4) : call.start]).rstrip()
    return before.endswith((" с", " со")) and not _RU_ADDRESSING.search(fold(text[organ.end : call.start]))


def _asked_to(call: Span, text: str, cues: Sequence[Span], lang: str) -> bool:
    """Whether a call is the Spanish subjunctive complement of a request ("Alienta a la
    Representante Especial a que siga colaborando", "Solicita al Secretario General que
    coopere"): the organ before it is the one asked to collaborate, not the one asking. An organ
    asked to see that others collaborate ("que vele por que la Misión coopere") or to further
    the collaboration between others ("que profundice la cooperación entre la UNMISS y …") is
    not a party either."""
    called = fold(call.text)
    if lang != "es" or not called.startswith("que ") or called.startswith(_ensure_complements(lang)):
        return False
    kind = min((c for c in cues if c.kind == "cue.kind" and c.start >= call.end), key=lambda c: c.start, default=None)
    return kind is None or not fold(text[kind.end : kind.end + 10]).lstrip().startswith("entre ")


@cache
def _ensure_complements(lang: str) -> tuple[str, ...]:
    """The complements that ask an organ to see that something is done ("to ensure", "de veiller
    à"), folded, longest first: ``ensure`` under ``[call]`` in the language's cues.toml."""
    forms = cue_data(lang).get("call", {}).get("ensure", [])
    return tuple(sorted({fold(form) for form in forms}, key=len, reverse=True))


def _asked_to_ensure(span: Span, text: str, cues: Sequence[Span], lang: str) -> bool:
    """Whether an organ addressed by a call is asked to see that others collaborate ("Requests
    the Secretary-General to ensure that the Mission cooperates with UNICEF", "to ensure close
    coordination between the Department and UNDP"): it asks rather than takes part. An organ
    named after a collaboration word ("cooperate with the Special Rapporteur to ensure that …")
    is a party."""
    complements = _ensure_complements(lang)
    if not complements:
        return False
    # The call may take the organ in ("请秘书长"): it starts before the organ.
    before = [c for c in cues if c.start < span.start and c.kind in ("cue.call", "cue.kind")]
    if not before or max(before, key=lambda c: c.start).kind != "cue.call":
        return False
    return fold(text[span.end : span.end + 40]).lstrip().startswith(complements)


#: The Arabic verb "to request", whose addressee takes a preposition ("يطلب إلى الأمين العام").
_AR_REQUEST = ("طلب", "يطلب", "تطلب")


def _arabic_subject_of_verb(text: str, span: Span, cues: Sequence[Span], actors: Sequence[Span] = ()) -> bool:
    """Arabic puts the verb first: an organ right after a call or an acknowledgement is its
    subject ("وحث مجلس الأمن جميع الدول", "وأشادت الجمعية العامة", "ويطلب الأمين العام إلى
    الدول") when the verb is in the past, as reports tell what an organ did, or is "request",
    whose addressee would take "إلى". A present-tense verb with the organ right after it is an
    operative paragraph addressing it ("يشجع الأمين العام على"), unless the organ's own addressee
    follows it ("ويشجع مجلس الأمن الحكومة على", "ويهيب مجلس الأمن بالدول"); an organ with an
    attached preposition ("بالأمين العام") is addressed too. Organs joined by "و" are read
    together: "تشجع لجنة حقوق الطفل واللجنة المعنية بالقضاء على التمييز ضد المرأة على …"
    addresses both. "Recommend" with "that" after the organ ("توصي لجنة حقوق الطفل بأن …") has
    the organ as its subject: an organ addressed would be told what to do ("توصي الجمعية العامة
    باعتماد …")."""
    before = [c for c in cues if c.end <= span.start]
    if not before or _ar_attached_preposition(span):
        return False
    verb = max(before, key=lambda c: c.end)
    if verb.kind not in ("cue.call", "cue.ack") or text[verb.end : span.start].strip():
        return False
    word = verb.text.split()[0] if verb.text.split() else ""
    if word[:1] in ("و", "ف") and len(word) > 3:
        word = word[1:]
    if word.startswith(_AR_REQUEST) or not word.startswith(("ي", "ت")):
        return True
    end = _ar_coordinated_end(text, span, actors)
    following = fold(text[end : end + 30]).split()
    if word.startswith(_AR_RECOMMEND) and following and following[0] in _AR_THAT:
        return True  # "توصي اللجنة بأن …": the organ recommends
    if verb.kind == "cue.ack" and following and following[0] in _AR_THAT:
        return True  # "وإذ يلاحظ مجلس الأمن أن": an acknowledgement addresses no one
    kind = min((c for c in cues if c.kind == "cue.kind" and c.start >= span.end), key=lambda c: c.start, default=None)
    if kind is not None and fold(text[kind.end : kind.end + 10]).split()[:1] == [fold("بين")]:
        return True  # "يشجع مجلس الأمن على تعزيز التعاون بين …": it asks others to collaborate
    return bool(following) and following[0] not in _AR_TO


#: The Arabic verb "to recommend" in the present ("يوصي", "توصي").
_AR_RECOMMEND = ("يوصي", "توصي")


def _ar_coordinated_end(text: str, span: Span, actors: Sequence[Span]) -> int:
    """Where the run of actors that ``span`` opens ends: actors joined to it by "و" alone ("لجنة
    حقوق الطفل واللجنة المعنية …", "اليونيسيف و منظمة الصحة العالمية") are one phrase."""
    end = span.end
    for other in sorted((a for a in actors if a.start >= span.end), key=lambda a: a.start):
        between = text[end : other.start].strip()
        if other.start < end or not (between == "و" or (not between and other.text.startswith("و"))):
            break
        end = other.end
    return end


#: "That" after an acknowledging organ ("يلاحظ مجلس الأمن أن").
_AR_THAT = frozenset(fold(word) for word in ("أن", "بأن", "ان"))
#: What an organ addressed by a present-tense call is asked to do starts with ("على", "إلى", "أن").
_AR_TO = frozenset(fold(word) for word in ("على", "إلى", "الى", "أن", "بأن", "ان"))


@cache
def _ar_first_words() -> frozenset[str]:
    """The first words of the Arabic names of actors, folded: a name may itself begin with ب or
    ل ("لجنة حقوق الطفل", "برنامج الأمم المتحدة الإنمائي")."""
    return frozenset(fold(f.text).split()[0] for f in actor_forms("ar") if f.kind == "actor" and f.text.split())


def _ar_attached_preposition(span: Span) -> bool:
    """Whether an Arabic actor is written with an attached ب or ل ("بالأمين العام", "للجنة",
    "بمجلس الأمن"): its first word begins with one and is not, as it stands, the first word of a
    name ("لجنة حقوق الطفل" is the Committee itself, the subject of the verb before it)."""
    words = fold(span.text).split()
    return bool(words) and words[0][:1] in ("ب", "ل") and words[0] not in _ar_first_words()


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
    parenthesised = recommenders(text, countries, lang)
    located, qualified = places(
        text, countries, cue_set, [c for c in cues if c.kind == "cue.call"], others=[*actors, *cues]
    )
    if _unnamed_government(text, cues, countries, actors, place_words(lang)):
        located = set()  # "In Guinea, UNICEF supported the Government": the place is the party
    if lang == "en":
        # "human rights in Guatemala and its cooperation with OHCHR": the place then cooperates.
        located = {i for i in located if not _EN_AND_ITS_COOPERATION.match(text, countries[i].end)}
        # A State inside a quoted title ("a project entitled “Human rights in Turkmenistan”").
        qualified = qualified | {i for i, span in enumerate(countries) if _en_quoted(text, span)}
    not_parties = parenthesised | speakers(text, countries, cue_set) | located | qualified
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
    kind_cues = [c for c in cues if c.kind == "cue.kind"]
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
    for cue in (c for c in cues if c.kind == "cue.other"):
        if _a_named_states_body(text, cue, named, actors, words):
            continue  # "the Ministry of Health of Zambia", "les autorités haïtiennes": that State
        if _built(text, cue, lang):
            continue  # "renforcer les capacités de la police", "crear una institución nacional"
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
    kinds = sorted({c.value for c in kind_cues}, key=KINDS.index) or ["joint_activity"]
    why.append(f"actors: {', '.join(codes)}")
    if kind_cues:
        why.append(f"cues: {', '.join(sorted({c.text for c in kind_cues})[:6])}")
    if imperative:
        why.append(f"recommendation starting with {imperative!r}")
    return Decision(label, sorted(parties), kinds, round(confidence, 3), why, features)
