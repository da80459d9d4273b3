"""Arabic readers and words: an organ as the subject of the verb before it, an actor written with
an attached preposition, a State "called upon" with an attached ب, names of funds and agreements
that a State ends, demonyms, and bodies that are no State's. The conjunctions written as one word
with the next are read by :mod:`.words`, which every module shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from cpcollab.engine.classify.rules.words import PlaceWords, _is, _tokens, _word_forms
from cpcollab.engine.model import Span
from cpcollab.engine.recognize.actors import actor_forms
from cpcollab.engine.recognize.cues import CueSet
from cpcollab.engine.textnorm import fold

#: Names among the Arabic extra forms that end like adjectives (Chile, Brunei).
_AR_NAMES = frozenset({"تشيلي", "بروناي"})

#: Arabic "led by" right before a demonym ("الحملة التي يقودها الليبريون"), folded.
_AR_LED = frozenset(fold(word) for word in ("يقودها", "تقودها", "يقوده", "تقوده", "بقيادة"))

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


#: How many words an Arabic name of a body may have before its "في".
_AR_BODY_WORDS = 8

#: Arabic non-governmental and intergovernmental, folded: words of bodies that are no State's.
_AR_NOT_GOVERNMENTAL = re.compile(fold("غير (?:ال)?حكومي|حكومي(?:ة)? (?:ال)?دولي"))

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


#: "Between", after the collaboration an organ is asked to further ("التعاون بين …"), and how far
#: after the cue it may stand.
_AR_BETWEEN = (fold("بين "), fold("فيما بين "))
_AR_BETWEEN_REACH = 14
