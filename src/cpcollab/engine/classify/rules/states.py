"""States named as a place ("in the south of Haiti", "returnees from Pakistan"), as a qualifier
("Syrian refugees"), or in a title or a name ("the Panel of Experts on Libya", "the Mauritius
Strategy"), told from the States taking part: :func:`places` and the readers it relies on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from cpcollab.engine.classify.rules.ar import _AR_BODY_WORDS, _AR_LED, _AR_NAMES, _ar_called_upon, _ar_ends_a_name
from cpcollab.engine.classify.rules.en import _EN_ADJECTIVE, _EN_NAMES
from cpcollab.engine.classify.rules.romance import _FR_NAMES, _romance_ends_a_name
from cpcollab.engine.classify.rules.ru import _RU_ADJECTIVE, _RU_PEOPLE, _ru_ends_a_name
from cpcollab.engine.classify.rules.words import (
    PlaceWords,
    _ends_with,
    _is,
    _place_phrase,
    _tokens,
    _word_forms,
    place_words,
)
from cpcollab.engine.classify.rules.zh import (
    _ZH_BODY,
    _ZH_COMPOUND_END,
    _ZH_REGION,
    _ZH_SUPPORTED_BY,
    _zh_actors_office,
    _zh_counted_in,
    _zh_in_a_title,
    _zh_included_as_a_place,
)
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.cues import CueSet
from cpcollab.engine.textnorm import fold

_PLACE_ARTICLE = re.compile(r"\b(?:the|la|le|les|el|los)$")

#: How far before a State its place phrase is read.
_PLACE_WINDOW = 80


def _place_preposition(rest: str, cue_set: CueSet) -> bool:
    folded = fold(rest.rstrip(" ,"))
    folded = _PLACE_ARTICLE.sub("", folded).rstrip()
    return folded.endswith(cue_set.places_before) and any(
        _ends_with(folded, word, cue_set.lang) for word in cue_set.places_before
    )


#: A capitalised word right before (a Spanish title's noun: "Pueblo", "Gobierno").
_ES_TITLE_NOUN = re.compile(r"(?<![.:;!?]\s)\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+$")


def _adjective(span: Span, lang: str, before: str = "") -> bool:
    """Whether a country span is a demonym adjective ("Syrian", "soudanais", "сирийских",
    "السوريين"), not a name. ``before`` is the text before the span."""
    if not span.rule.startswith("extra:"):
        return False
    text = span.text.strip()
    if lang == "fr" and text[:1].isupper():
        # A demonym written as a noun names people, not the State ("100 000 Vénézuéliens").
        return " " not in text and text.endswith("s") and text not in _FR_NAMES
    if lang == "es" and text[:1].isupper() and " " not in text:
        # Capitalised inside a title after its noun ("el Año Internacional de Solidaridad con el
        # Pueblo Palestino"): still the adjective.
        return bool(_ES_TITLE_NOUN.search(before))
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
        # Masculine and feminine, singular and plural ("السوري", "السورية", "السوريين", "الفنزويليات").
        return " " not in text and word.endswith(("ي", "يه", "يين", "يون", "يات")) and word not in _AR_NAMES
    return False


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
        if not word[:1].isalnum() or word in words.phrase_ends:
            return False
    return False


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
        if _adjective(span, lang, text[max(0, span.start - 30) : span.start]):
            if not _qualifies_a_body(text, span, words, _noun_window(span, others)):
                qualified.add(i)
            continue
        if (
            _titled(text, span, others, words)
            or _of_another_party(text, span, others, words, window_start)
            or _inside_another_party(span, others)
            or (lang == "zh" and (_zh_in_a_title(text, span) or _zh_actors_office(text, span, others, words)))
        ):
            qualified.add(i)
            continue
        if (words.after and after.startswith(words.after)) or (
            lang == "zh" and (_ZH_REGION.match(text, span.end) or _zh_included_as_a_place(text, span))
        ):
            located.add(i)  # "海地南部", "缅甸境内", "伊拉克尼尼微省", "在包括约旦在内的五个国家"
            continue
        if (
            (words.not_after and after.startswith(words.not_after))
            or _body_follows(text, span, words)
            or (lang == "zh" and _ZH_SUPPORTED_BY.match(text, span.end))
        ):
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


def _addressed(text: str, span: Span, call_ends: set[int], cue_set: CueSet, words: PlaceWords) -> bool:
    """Whether only a place preposition, or nothing, stands between a call and the country ``span``.
    Chinese names the State asked right after the call ("促请海地"): a preposition there makes a
    place of it ("促请驻海地的联合国系统": the UN system in Haiti)."""
    for end in call_ends:
        if end <= span.start:
            between = [word for _raw, word, _start in _tokens(text[end : span.start]) if word not in words.links]
            if not between or (len(between) == 1 and between[0] in cue_set.places_before and words.lang != "zh"):
                return True  # "recommande au Tchad", "recommande à la Libye", and "Demande au" read as one call
    return False
