"""Who speaks and who is asked: States recommending in parentheses or speaking about others,
organs that ask for or acknowledge the collaboration rather than take part, organs asked to see
that others collaborate, and the recommendation verb a sentence opens with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from cpcollab import reference
from cpcollab.engine.classify.features import NEAR, ORGANS, gap
from cpcollab.engine.classify.rules.ar import _AR_BETWEEN, _AR_BETWEEN_REACH, _arabic_subject_of_verb
from cpcollab.engine.classify.rules.ru import _RU_BETWEEN, _RU_BETWEEN_REACH, _ru_asked_with_a_request
from cpcollab.engine.classify.rules.states import _adjective
from cpcollab.engine.classify.rules.words import (
    _NUMBERING,
    PlaceWords,
    _is,
    _starts_with,
    _tokens,
    party_words,
    place_words,
)
from cpcollab.engine.classify.rules.zh import _zh_asked_to_further_between, _zh_organ_requests
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.cues import CueSet, cue_data
from cpcollab.engine.textnorm import fold

_PAREN = re.compile(r"[(（]([^()（）]{2,200})[)）]")
_SEPARATORS = re.compile(r"^[\s,;:.]*(?:(?:and|et|y|и|و|和|及|、)[\s,]*)?$")
_SPEAKER_ADVERBS = re.compile(r"^(?:(?:also|further|very much|then|again|in turn|positively|\([a-z]\))\s+)+")


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


def speakers(text: str, countries: Sequence[Span], cue_set: CueSet) -> set[int]:
    """Indexes of country spans that speak about others ("China hoped that …", "…, Latvia
    recommended to Mauritius …"): a State followed by a verb that judges or asks; it is not a
    party to the collaboration it talks about. A State whose body speaks ("the Government of
    Colombia requested", "le Gouvernement colombien a demandé", "министр здравоохранения Малави
    просил") asks for its own part in it, and is no speaker."""
    if not countries or not cue_set.speech_verbs:
        return set()
    words = place_words(cue_set.lang)
    found: set[int] = set()
    for i, span in enumerate(countries):
        if cue_set.speech_before and _asked_by(text, i, countries, found, cue_set.speech_before):
            found.add(i)  # "in response to a question from Ireland": Ireland asked
            continue
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


#: An article before a State's name (folded), and what joins two States ("… and the", « et de la »).
_ARTICLE = re.compile(r"(?:\s+(?:the|la|le|les|el|los|las)|\s*l['’])$")
_JOINED = re.compile(
    r"\s*(?:,|,?\s+(?:and|et|y|и))\s+(?:(?:the|la|le|les|el|los|las)\s+|de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|l['’]\s*)?$",
    re.I,
)


def _asked_by(text: str, i: int, countries: Sequence[Span], found: set[int], before: tuple[str, ...]) -> bool:
    """Whether the State ``countries[i]`` is the one a question came from ("in response to a
    question from the Netherlands and Sweden", « en réponse à une question de l'Irlande »): one
    of ``before`` right before it, or a State joined to such a State."""
    span = countries[i]
    preceding = _ARTICLE.sub("", fold(text[max(0, span.start - 40) : span.start]).rstrip())
    if preceding.endswith(before):
        return True
    return i - 1 in found and bool(_JOINED.fullmatch(text, countries[i - 1].end, span.start))


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


#: Registry types of the bodies whose calls go to others: the treaty bodies (which recommend to
#: States parties), the special procedures and the Special Representatives; with ORGANS.
_SPEAKER_TYPES = frozenset({"treaty_body", "special_procedure", "srsg"})


@cache
def _speakers() -> frozenset[str]:
    return ORGANS | {actor.code for actor in reference.actors() if actor.type in _SPEAKER_TYPES}


@cache
def _other_askers() -> frozenset[str]:
    """The other United Nations bodies that recommend, urge or encourage rather than take part:
    the registry's other intergovernmental organs (the functional commissions, such as the
    Commission on the Status of Women), and UN-OTHER, the code of many smaller bodies (the
    Advisory Committee on Administrative and Budgetary Questions, a conference of States
    parties, a working group of experts)."""
    organs = {actor.code for actor in reference.actors() if actor.type == "intergovernmental_organ"}
    return frozenset(organs | {"UN-OTHER"}) - _speakers()


def speaking_organs(text: str, lang: str, actors: Sequence[Span], cues: Sequence[Span]) -> set[str]:
    """Organs that ask for or acknowledge the collaboration rather than take part: the subject of
    a call or an acknowledgement ("the Secretary-General requests Member States to …", "The
    Council, in resolution 2140 (2014), urged all States to cooperate with the Panel")."""
    speaking: set[str] = set()
    # The other asking bodies' codes may be shared by many bodies: such a code speaks only where
    # every actor holding it does ("The Advisory Committee encourages UNMISS to cooperate with
    # UNEP" keeps UNEP's code a party).
    shared = _other_askers()
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
    """Whether a body of a shared code (:func:`_other_askers`) is the subject of a call
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
    if lang == "zh" and _zh_asked_to_further_between(span, text, cues, actors):
        return True  # "鼓励秘书长进一步深化南苏丹特派团与……的合作": it asks
    if lang in _BETWEEN and _asked_to_further_between(span, text, cues, actors, *_BETWEEN[lang]):
        return True  # "просит Генерального секретаря укреплять сотрудничество между …": it asks
    return _asked_to_ensure(span, text, cues, lang)  # asked to see that others collaborate


#: The languages whose word for "between" after a collaboration cue tells an organ asked to
#: further others' collaboration, with how far after the cue it may stand.
_BETWEEN = {"ar": (_AR_BETWEEN, _AR_BETWEEN_REACH), "ru": (_RU_BETWEEN, _RU_BETWEEN_REACH)}


def _asked_to_further_between(
    organ: Span, text: str, cues: Sequence[Span], actors: Sequence[Span], between: tuple[str, ...], reach: int
) -> bool:
    """Whether an organ addressed by a call is asked to further collaboration between others
    ("просит Генерального секретаря изучать возможности для сотрудничества между миссиями и …",
    "تطلب إلى الأمين العام أن يواصل استكشاف فرص التعاون بين بعثات حفظ السلام و…"): it asks, and
    takes no part unless it is named among those ``between`` joins."""
    before = [c for c in cues if c.end <= organ.start and c.kind in ("cue.call", "cue.kind")]
    if not before or max(before, key=lambda c: c.start).kind != "cue.call":
        return False
    after = [c for c in cues if c.start >= organ.end and c.kind == "cue.kind"]
    if not after:
        return False
    kind = min(after, key=lambda c: c.start)
    if not fold(text[kind.end : kind.end + reach]).lstrip().startswith(between):
        return False
    return not any(a.value == organ.value and a.start >= kind.end for a in actors)


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
