"""Russian readers and words: demonyms and other adjectives, names of funds, plans and treaties
that a State ends, organisations named by their capitalised name, and organs addressed by a
request written as a noun after "с".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cpcollab.engine.classify.rules.words import _NUMBERING, PlaceWords, _is, _place_phrase, _tokens, party_words
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.cues import CueSet
from cpcollab.engine.textnorm import fold

#: Endings of Russian adjectives made from a State's name ("сирийских", "ливийские").
_RU_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|их|им|ими|ую|ому|ые|ых|ым|ыми)$")
#: Endings of Russian nouns for a people ("венесуэлец", "венесуэльцев", "киприоты").
_RU_PEOPLE = re.compile(r"(?:ец|цы|цев|цам|цами|цах|ота|оты|отов|отам|отами|отах)$")

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


#: Russian adjective endings (lower-case words that agree with the noun after them).
_RU_ANY_ADJECTIVE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ую|юю)$")


def _ru_adjectives_between(between: Sequence[tuple[str, str, int]]) -> bool:
    """Whether a Russian demonym and the body it qualifies stand apart only by other adjectives of
    the same noun ("Гаитянской национальной полиции", "ливийские государственные органы"):
    ``between`` holds the words between them (the caller has found the State a demonym)."""
    return 0 < len(between) <= 2 and all(
        raw.islower() and _RU_ANY_ADJECTIVE.search(word) for raw, word, _start in between
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


def _ru_whole_word_parties(text: str, lang: str, found: Sequence[Span]) -> list[Span]:
    """Russian non-UN parties written in a form that a stem would share with forms that name
    none: the genitive plural ("из 30 стран", "от 14 правительств"), whose stem is also the
    singular's ("страна", "правительство"). Such words are listed under ``whole`` in
    ``[other_parties]`` and compared whole; those inside an actor's name or a longer non-UN party
    found (``found``) are left to it."""
    if lang != "ru":
        return []
    whole = party_words(lang).whole
    if not whole:
        return []
    spans = []
    taken = [s for s in found if s.kind in ("actor", "cue.other")]
    for raw, word, start in _tokens(text):
        if word in whole and not any(s.start <= start < s.end for s in taken):
            spans.append(Span(start, start + len(raw), "cue.other", "other_parties", raw, f"cue.other:{word}"))
    return spans


#: "Between", after the collaboration an organ is asked to further ("сотрудничество между …"),
#: and how far after the cue it may stand.
_RU_BETWEEN = ("между ", "меж ")
_RU_BETWEEN_REACH = 12
