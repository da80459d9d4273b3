"""Features of a sentence for the collaboration classifier.

Two families. The structural features are language-independent (but for the start of an
Arabic sentence, which opens with its verb): each language's lexicons turn words into cues
(:mod:`cpcollab.engine.recognize.cues`), and from there only their kinds and positions relative
to the actors matter, so what the model learns of them in one language carries to the others.
The lexical features are the sentence's own words and word pairs (for Chinese, character
pairs), with every UN actor and State replaced by a mark, so that the model learns the wording
of reports and resolutions ("requests the Secretary-General to report") and never a particular
name. They are learnt per language from the same labelled lines, and beside them as the
English words they translate (:mod:`.crosslingual`), which all languages share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from cpcollab.engine.classify import crosslingual
from cpcollab.engine.model import Span
from cpcollab.engine.textnorm import fold

#: Actors that mostly appear as organs asking for or receiving reports, not as partners.
ORGANS = frozenset({"SG", "GA", "SC", "HRC", "ECOSOC"})
STRONG_KINDS = frozenset({"joint_activity", "technical_assistance", "capacity_building", "funding"})
NEAR = 8  # words
_OPENING_NUMBER = re.compile(r"^\s*(?:\d+(?:[.\-]\d+)*\s*[.\-–]?\s*|[(（]?[a-z\d]{1,4}[)）]\s*)?")
_NUMBERED = re.compile(r"^\s*\d+(?:\.\d+)*\s*[.\-–]\s")
_WORD = re.compile(r"\w+")
#: Prefix of the lexical features' names: ``w:<lang>:<word>`` or ``w:<lang>:<word> <word>``.
LEXICAL = "w:"
ACTOR_MARK = "@actor"
STATE_MARK = "@state"


#: Words (for Chinese, characters) a language takes for one English word, the median over the
#: aligned lines of the UN Parallel Corpus sample: distances and lengths are counted in English
#: words, so that a line and its translations get the same features.
WORDS_PER_ENGLISH_WORD = {"ar": 0.9, "zh": 1.75, "en": 1.0, "fr": 1.14, "ru": 0.92, "es": 1.18}


def english_words(segment: str, lang: str) -> int:
    """How many English words ``segment`` is worth."""
    count = len("".join(segment.split())) if lang == "zh" else len(segment.split())
    return round(count / WORDS_PER_ENGLISH_WORD.get(lang, 1.0))


def gap(a: Span, b: Span, text: str, lang: str) -> int:
    """Words between two spans, counted in English words (see :data:`WORDS_PER_ENGLISH_WORD`)."""
    left, right = (a, b) if a.start <= b.start else (b, a)
    if right.start <= left.end:
        return 0
    return english_words(text[left.end : right.start], lang)


def governing_cue(cues: Sequence[Span]) -> str | None:
    """Whether the first collaboration cue is governed by a call ("urges … to cooperate") or an
    acknowledgement ("commended its cooperation"): the nearer of the two before it, else after."""
    kind_cues = [c for c in cues if c.kind == "cue.kind"]
    if not kind_cues:
        return None
    first = kind_cues[0]
    before = [c for c in cues if c.kind in ("cue.call", "cue.ack") and c.end <= first.start]
    if before:
        return "call" if max(before, key=lambda c: c.end).kind == "cue.call" else "ack"
    after = [c for c in cues if c.kind in ("cue.call", "cue.ack") and c.start >= first.end]
    if after:
        return "call" if min(after, key=lambda c: c.start).kind == "cue.call" else "ack"
    return None


def _opening_words(text: str, lang: str) -> int:
    """Where the first few words end (after a paragraph number): the place of an operative verb."""
    body = _OPENING_NUMBER.match(text)
    start = body.end() if body else 0
    if lang == "zh":
        return start + 8
    words = text[start:].split()[:3]
    return start + sum(len(w) + 1 for w in words)


def _tokens(segment: str, lang: str) -> list[str]:
    folded = fold(segment)
    if lang == "zh":
        return [ch for ch in folded if not ch.isspace() and not ch.isdigit()]
    return [w for w in _WORD.findall(folded) if not w.isdigit()]


def lexical_features(text: str, lang: str, *, actors: Sequence[Span], states: Sequence[Span]) -> dict[str, float]:
    """Words, their stems (:func:`stem`) and pairs of adjacent words, folded, numbers left out;
    each actor's and State's name is one mark. Chinese, written without spaces, gives pairs of
    characters only."""
    tokens: list[str] = []
    last = 0
    for span in sorted((*actors, *states), key=lambda s: s.start):
        if span.start < last:
            continue  # a name inside another
        tokens += _tokens(text[last : span.start], lang)
        tokens.append(ACTOR_MARK if span.kind == "actor" else STATE_MARK)
        last = span.end
    tokens += _tokens(text[last:], lang)
    prefix = f"{LEXICAL}{lang}:"
    pairs = {f"{prefix}{a} {b}": 1.0 for a, b in pairwise(tokens)}
    if lang == "zh":
        return pairs | shared_features(tokens, lang)
    words = {f"{prefix}{t}": 1.0 for t in tokens}
    stems = {f"{prefix}{STEM_MARK}{stem(t, lang)}": 1.0 for t in tokens if not t.startswith("@")}
    return words | stems | pairs | shared_features(tokens, lang)


def alignment_keys(tokens: Sequence[str], lang: str) -> list[str]:
    """What a sentence's words are looked up by in the table of words that translations share
    (:mod:`.crosslingual`): English words as they are, Chinese pairs of characters, the stems
    (:func:`stem`) of the other languages' words; never an actor's or State's mark."""
    if lang == "zh":
        return [a + b for a, b in pairwise(tokens) if not a.startswith("@") and not b.startswith("@")]
    words = [t for t in tokens if not t.startswith("@")]
    return words if lang == "en" else [stem(t, lang) for t in words]


def words_to_align(text: str, lang: str) -> list[str]:
    """A whole line's :func:`alignment_keys`, as the training script aligns them (no names masked:
    the corpus lines are not recognised first)."""
    return alignment_keys(_tokens(text, lang), lang)


def shared_features(tokens: Sequence[str], lang: str) -> dict[str, float]:
    """The English words a sentence's words stand for (``w:x:coopera`` from "coopération",
    "сотрудничестве", "التعاون", "合作"), and an English sentence's own words, named as
    :func:`~.crosslingual.english_key` says: features that every language gives alike."""
    keys = alignment_keys(tokens, lang)
    if lang != "en":
        words = crosslingual.table().get(lang, {})
        keys = [words[k] for k in keys if k in words]
    return {f"{crosslingual.SHARED}{crosslingual.english_key(k)}": 1.0 for k in keys}


#: Marks a word's stem among the lexical features: ``w:ru:~сотруд``.
STEM_MARK = "~"
#: Letters a stem keeps in the languages that inflect by endings (chosen by the grouped
#: cross-validation among 5, 6 and 7).
STEM_LETTERS = 6
#: Arabic writes "and", "so" and the article, with "with", "as" or "for" before it, as one word
#: with the noun ("والتعاون", "بالتعاون", "للتعاون").
_AR_PROCLITICS = re.compile(r"^[وف]?(?:بال|كال|لل|ال)?")


def stem(word: str, lang: str) -> str:
    """What a word's inflected forms share, so that forms seen rarely in the labelled sentences
    still count: in Arabic the word without its attached conjunction and article, elsewhere its
    first letters ("сотрудничестве", "сотрудничества" → "сотруд"; "coopérer", "coopération")."""
    if lang == "ar":
        bare = _AR_PROCLITICS.sub("", word)
        return bare if len(bare) >= 2 else word
    return word[:STEM_LETTERS]


_SKELETON_MARKS = {"cue.call": "CALL", "cue.ack": "ACK", "cue.none": "NEG", "cue.other": "OTHER"}


def skeleton_features(
    actors: Sequence[Span], states: Sequence[Span], cues: Sequence[Span], *, lang: str = "en"
) -> dict[str, float]:
    """The order of what was recognised, the same in every language: organs, other actors,
    States and cues as marks, in pairs and triples ("CALL ACTOR K:joint_activity"). Arabic puts
    the verb first ("تعاونت اليونيسيف مع …": cooperated UNICEF with …), where English opens with
    a verb only to ask ("Cooperate with UNICEF"): its sentences start with a mark of their own."""
    marks = [_VERB_FIRST_START if lang in _VERB_FIRST else "^"]
    for span in sorted((*actors, *states, *cues), key=lambda s: s.start):
        if span.kind == "actor":
            mark = "ORGAN" if span.value in ORGANS else "ACTOR"
        elif span.kind == "cue.kind":
            mark = f"K:{span.value}"
        else:
            mark = _SKELETON_MARKS.get(span.kind, "STATE")
        if mark != marks[-1]:
            marks.append(mark)
    marks.append("$")
    grams = {f"sk:{a} {b}" for a, b in pairwise(marks)}
    grams |= {f"sk:{a} {b} {c}" for a, b, c in zip(marks, marks[1:], marks[2:], strict=False)}
    return dict.fromkeys(sorted(grams), 1.0)  # sorted: the same order whatever the hash seed


#: Languages whose sentences put the verb first.
_VERB_FIRST = frozenset({"ar"})
_VERB_FIRST_START = "^v"

_SKELETON_WORDS = {
    "^": "start",
    _VERB_FIRST_START: "start (verb first)",
    "$": "end",
    "CALL": "call",
    "ACK": "acknowledgement",
    "NEG": "no-collaboration cue",
    "OTHER": "other party",
    "ORGAN": "organ",
    "ACTOR": "UN actor",
    "STATE": "State",
}


def describe(name: str) -> str:
    """A feature's name for an explanation: a lexical one as its words in quotes (a stem followed
    by an ellipsis), a skeleton as the order of what was recognised ("order: call → UN actor →
    joint activity")."""
    if name.startswith(crosslingual.SHARED):
        return f"“{name.removeprefix(crosslingual.SHARED)}…” (in any language)"
    if name.startswith(LEXICAL):
        text = name.split(":", 2)[2]
        return f"“{text[1:]}…”" if text.startswith(STEM_MARK) else f"“{text}”"
    if name.startswith("sk:"):
        marks = name.removeprefix("sk:").split(" ")
        words = [m[2:].replace("_", " ") if m.startswith("K:") else _SKELETON_WORDS.get(m, m) for m in marks]
        return "order: " + " → ".join(words)
    if name.startswith("cue:") and name.endswith((":near", ":far")):
        kind, _, where = name.removeprefix("cue:").rpartition(":")
        if kind in _KIND_WORDS:
            return f"{_KIND_WORDS[kind]} {'near a UN actor' if where == 'near' else 'far from the UN actors'}"
    return _PLAIN.get(name, name)


#: The words for each kind of collaboration in an explanation.
_KIND_WORDS = {
    "joint_activity": "a word of joint work",
    "coordination": "a word of coordination",
    "technical_assistance": "a word of support",
    "capacity_building": "a word of training",
    "funding": "a word of funding",
    "data_research": "a word of shared data",
}
#: The structural features in plain words, for the reviewer reading an explanation.
_PLAIN = {
    "bias": "how common each answer is",
    "actors:<=1": "one UN actor",
    "actors:<=2": "two UN actors",
    "actors:>2": "more than two UN actors",
    "actors:organs_only": "only organs named (Assembly, Councils, Secretary-General)",
    "actors:un_system_only": "only the United Nations system in general",
    "organs_only&alone": "only organs, and no other party",
    "organs_only&call": "only organs, asked to act",
    "organs_only&no_near_cue": "only organs, no collaboration word near them",
    "states:<=1": "one State taking part",
    "states:>1": "several States taking part",
    "other_party": "a non-UN party named",
    "parties:joined": "parties joined by “and” or “with”",
    "parties:joined_subject": "parties joined as the subject",
    "parties:state_and_other": "a State and another party",
    "actor_first": "a UN actor opens the sentence",
    "cue:strong": "a collaboration word",
    "cue:strong:near": "a collaboration word near a UN actor",
    "cue:strong:adjacent": "a collaboration word next to a UN actor",
    "cue:adjacent": "a word of collaboration next to a UN actor",
    "cue:none": "no collaboration word",
    "cue:many": "three or more collaboration words",
    "cue:several_kinds": "collaboration words of several kinds",
    "cue:report_subject": "collaboration only as the subject of a report",
    "negative": "a word that rules collaboration out (attending, reporting)",
    "negative:only": "a word that rules collaboration out, and no collaboration word",
    "call": "a call (requests, urges, recommends)",
    "call:opens": "opens with a call",
    "call:before_cue": "a call before the collaboration word",
    "call:just_before_cue": "a call right before the collaboration word",
    "call:near_actor": "a call near a UN actor",
    "call&strong_near": "a call, and a collaboration word near a UN actor",
    "governed_by:call": "the collaboration word depends on a call",
    "governed_by:ack": "the collaboration word depends on an acknowledgement",
    "ack:opens": "opens with an acknowledgement (welcomes, notes)",
    "imperative": "opens with an imperative (a recommendation)",
    "imperative&cue": "an imperative with a collaboration word",
    "recommendation": "a recommendation made by a State",
    "numbered": "a numbered paragraph",
    "length:<=12": "a very short sentence",
    "length:<=30": "a short sentence",
    "length:<=60": "a long sentence",
    "length:>60": "a very long sentence",
}


#: A Chinese title or quoted name: a book, report, programme, event or agenda item ("《和平、安全与
#: 合作框架》", "题为“南南合作和三角合作入门”的课程", "\"联合国与区域组织之间的合作\"项目").
_ZH_TITLE = re.compile(r"《[^《》]{1,80}》|“[^“”]{1,80}”|「[^「」]{1,80}」|\"[^\"]{1,80}\"")


def zh_outside_titles(text: str, cues: Sequence[Span]) -> list[Span]:
    """The cues of a Chinese sentence less those inside a title or a quoted name: "举办了题为“和平
    行动中的伙伴关系与协调”的课程" names a course, it reports no partnership; "题为“我们希望的未来”的
    成果文件" asks nothing. (English and the other cased languages leave out such words by their
    capitals.) The government words stay: they only tell whose body is meant."""
    titles = [m.span() for m in _ZH_TITLE.finditer(text)]
    if not titles:
        return list(cues)
    return [c for c in cues if c.kind == "cue.government" or not any(a < c.start and c.end < b for a, b in titles)]


#: Per language, the verbs that take a collaboration noun as their object, what ends a clause
#: (a verb before it does not govern a noun after it), and how far back (in characters) a verb
#: is looked for. Chinese puts the object's modifiers between the verb and the noun
#: ("联合国在32个省向委员会提供了消除暴力侵害妇女行为方面的技术支助"), Russian often does
#: ("ЮНИСЕФ оказал министерству здравоохранения в трех провинциях техническую помощь"), and
#: French and Spanish put the receiver first ("a fourni au Gouvernement et aux organisations
#: locales une assistance technique"): the noun stands far from the actor that gives it, while
#: the verb stands near. (Chosen by the grouped cross-validation, on the corpus lines: Chinese
#: 0.801 -> 0.805, Russian 0.716 -> 0.730, French 0.787 -> 0.795, Spanish 0.763 -> 0.766. The
#: same for Arabic changed nothing, its verb standing before the actor; for English, where the
#: noun follows its verb closely, it lowered the English lines.)
_GOVERNING_VERBS: dict[str, tuple[re.Pattern[str], re.Pattern[str], int]] = {
    "zh": (re.compile(r"(?:提供|给予|予以)[了过]?"), re.compile(r"[。；，：;,:]"), 40),
    "ru": (re.compile(r"\b(?:оказ|предостав)\w*"), re.compile(r"[.;:,]"), 80),
    "fr": (re.compile(r"\b(?:fourni|apport|offert|offr|dispens|prêt)\w*"), re.compile(r"[.;:,]"), 80),
    "es": (re.compile(r"\b(?:prest|brind|proporcion|ofrec|facilit)\w*"), re.compile(r"[.;:,]"), 80),
}


#: What makes a collaboration word the subject of a report rather than a fact: "the report of
#: the Secretary-General on international cooperation for humanitarian assistance", « rapport
#: sur la coopération technique », "informe sobre la asistencia técnica", "доклад о
#: сотрудничестве", "تقرير الأمين العام عن التعاون"; in Chinese the report comes after its
#: subject ("关于国际合作的报告"). A cue within the reach after the marker (before it, in Chinese)
#: with no clause break between is in a report's title.
_REPORT_ON: dict[str, tuple[re.Pattern[str], bool, int]] = {
    "en": (re.compile(r"\b(?:report|reports|note|study|review)\b[^.;:,]{0,60}?\b(?:on|concerning)\b", re.I), True, 60),
    "fr": (
        re.compile(r"\b(?:rapport|rapports|note|étude)\b[^.;:,]{0,60}?\b(?:sur|concernant|relatif|relative)\b", re.I),
        True,
        60,
    ),
    "es": (
        re.compile(r"\b(?:informe|informes|nota|estudio)\b[^.;:,]{0,60}?\b(?:sobre|relativo|relativa|acerca)\b", re.I),
        True,
        60,
    ),
    "ru": (
        re.compile(
            r"\b(?:доклад|доклада|докладе|докладов|записк)\w*\b[^.;:,]{0,60}?\b(?:о|об|по|относительно)\b", re.I
        ),
        True,
        60,
    ),
    "ar": (re.compile(r"(?:تقرير|تقارير|مذكرة|دراسة)[^.;:،]{0,60}?\s(?:عن|بشأن|حول)\s"), True, 60),
    "zh": (re.compile(r"(?:的)?(?:报告|说明|研究)"), False, 30),
}


def in_a_report_title(text: str, cue: Span, lang: str) -> bool:
    """Whether a collaboration cue is what a report is about (see :data:`_REPORT_ON`)."""
    rule = _REPORT_ON.get(lang)
    if rule is None:
        return False
    marker, before, reach = rule
    if before:
        window = text[max(0, cue.start - reach - 80) : cue.start]
        ends = [m.end() for m in marker.finditer(window)]
        return bool(ends) and len(window) - ends[-1] <= reach and not _CLAUSE_BREAK.search(window[ends[-1] :])
    after = text[cue.end : cue.end + reach]
    match = marker.search(after)
    return match is not None and not _CLAUSE_BREAK.search(after[: match.start()])


_CLAUSE_BREAK = re.compile(r"[.;:。；：،]")


def from_governing_verb(text: str, cue: Span, lang: str) -> Span:
    """A collaboration noun from the verb that governs it in the same clause (see
    :data:`_GOVERNING_VERBS`), so that its distance to the actors is counted from the verb; the
    noun alone where no such verb stands before it."""
    rule = _GOVERNING_VERBS.get(lang)
    if rule is None:
        return cue
    verbs_pattern, clause_end, reach = rule
    window = text[max(0, cue.start - reach) : cue.start]
    ends = [m.end() for m in clause_end.finditer(window)]
    clause = window[ends[-1] :] if ends else window
    verbs = list(verbs_pattern.finditer(clause))
    if not verbs:
        return cue
    start = cue.start - len(clause) + verbs[-1].start()
    return Span(start, cue.end, cue.kind, cue.value, text[start : cue.end], cue.rule)


#: What joins two parties into one subject or object ("UNICEF and the Ministry", "儿基会和卫生部",
#: "el UNICEF y el Ministerio"), each language's conjunctions with the articles after them.
_JOINED = {
    "en": re.compile(r"\s*(?:,\s*)?(?:and|together with|jointly with)\s+(?:the\s+)?", re.IGNORECASE),
    "fr": re.compile(r"\s*(?:,\s*)?(?:et|ainsi que|conjointement avec)\s+(?:(?:le|la|les)\s+|l['’]\s*)?"),
    "es": re.compile(r"\s*(?:,\s*)?(?:y|e|junto con|conjuntamente con)\s+(?:(?:el|la|los|las)\s+)?"),
    "ru": re.compile(r"\s*(?:,\s*)?(?:и|совместно с|вместе с)\s+"),
    "ar": re.compile(r"\s*(?:،\s*)?(?:و\s*)?"),
    "zh": re.compile(r"\s*(?:和|与|同|及|以及|、|会同)\s*"),
}


def _joined_parties(text: str, lang: str, parties: Sequence[Span]) -> tuple[bool, bool]:
    """Whether two parties next to each other are joined by a conjunction, and whether such a
    pair is the sentence's first parties (a joint subject: "UNICEF and the Ministry of Health
    drafted …")."""
    pattern = _JOINED.get(lang)
    if pattern is None or len(parties) < 2:
        return False, False
    ordered = sorted(parties, key=lambda s: s.start)
    joined = False
    for k, (a, b) in enumerate(pairwise(ordered)):
        between = text[a.end : b.start]
        if b.start > a.end and lang == "ar" and not b.text.startswith("و") and "و" not in between:
            continue
        if pattern.fullmatch(between):
            if k == 0:
                return True, True
            joined = True
    return joined, False


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def sentence_features(
    text: str,
    lang: str,
    *,
    actors: Sequence[Span],
    states: Sequence[str],
    cues: Sequence[Span],
    imperative: bool,
    recommendation: bool,
    state_spans: Sequence[Span] = (),
) -> dict[str, float]:
    """The features of one sentence that names at least one UN actor (``states`` are the codes
    of the States taking part; ``state_spans`` every State named, for the lexical marks)."""
    if lang == "zh":
        cues = zh_outside_titles(text, cues)
    codes = {a.value for a in actors}
    kind_cues = [c for c in cues if c.kind == "cue.kind"]
    calls = [c for c in cues if c.kind == "cue.call"]
    negatives = [c for c in cues if c.kind == "cue.none"]
    others = [c for c in cues if c.kind == "cue.other"]
    f: dict[str, float] = {"bias": 1.0}  # no language feature: a line and its translations weigh the same
    f[f"actors:{_bucket(len(codes), (1, 2))}"] = 1.0
    if codes <= ORGANS:
        f["actors:organs_only"] = 1.0
    if codes & {"UN-SYSTEM"} and len(codes) == 1:
        f["actors:un_system_only"] = 1.0
    if states:
        f[f"states:{_bucket(len(states), (1,))}"] = 1.0
    if others:
        f["other_party"] = 1.0
    nearest: dict[str, int] = {}
    for cue in kind_cues:
        cue = from_governing_verb(text, cue, lang)
        distance = min(gap(cue, actor, text, lang) for actor in actors)
        nearest[cue.value] = min(distance, nearest.get(cue.value, 99))
    for kind, distance in nearest.items():
        f[f"cue:{kind}:{'near' if distance <= NEAR else 'far'}"] = 1.0
    if nearest and min(nearest.values()) <= 2:
        f["cue:adjacent"] = 1.0  # "in coordination with OHCHR", "UNICEF supported"
    strong = [d for k, d in nearest.items() if k in STRONG_KINDS]
    if strong:
        f["cue:strong"] = 1.0
        if min(strong) <= NEAR:
            f["cue:strong:near"] = 1.0
        if min(strong) <= 2:
            f["cue:strong:adjacent"] = 1.0
    if not kind_cues:
        f["cue:none"] = 1.0
    if len(nearest) >= 2:
        f["cue:several_kinds"] = 1.0
    governing = governing_cue(cues)
    if governing:
        f[f"governed_by:{governing}"] = 1.0
    if calls:
        f["call"] = 1.0
        first_call = min(c.start for c in calls)
        if kind_cues and first_call < min(c.start for c in kind_cues):
            f["call:before_cue"] = 1.0
        if any(gap(c, a, text, lang) <= NEAR for c in calls for a in actors):
            f["call:near_actor"] = 1.0
    if imperative:
        f["imperative"] = 1.0
    if recommendation:
        f["recommendation"] = 1.0
    if negatives:
        f["negative"] = 1.0
        if not strong:
            f["negative:only"] = 1.0
    if _NUMBERED.match(text):
        f["numbered"] = 1.0  # "12. Requests …", Arabic "12 - …"
    opening = _opening_words(text, lang)
    for cue in (*calls, *[c for c in cues if c.kind == "cue.ack"]):
        if cue.start <= opening:
            f["call:opens" if cue.kind == "cue.call" else "ack:opens"] = 1.0
    if kind_cues:
        first = kind_cues[0]
        if any(c.end <= first.start and gap(c, first, text, lang) <= NEAR for c in calls):
            f["call:just_before_cue"] = 1.0
        if len(kind_cues) >= 3:
            f["cue:many"] = 1.0
        if states and others:
            f["parties:state_and_other"] = 1.0
    words = english_words(text, lang)
    f[f"length:{_bucket(words, (12, 30, 60))}"] = 1.0
    if actors and actors[0].start <= 3:
        f["actor_first"] = 1.0
    # Conjunctions the linear model cannot form by itself.
    if "call" in f and "cue:strong:near" in f:
        f["call&strong_near"] = 1.0
    if "imperative" in f and kind_cues:
        f["imperative&cue"] = 1.0
    if "actors:organs_only" in f and "cue:strong:near" not in f:
        f["organs_only&no_near_cue"] = 1.0
    if "actors:organs_only" in f and "call" in f:
        f["organs_only&call"] = 1.0  # "Requests the Secretary-General to …": an instruction, not a partnership
    if "actors:organs_only" in f and "other_party" not in f and not states:
        f["organs_only&alone"] = 1.0
    joined, subject = _joined_parties(text, lang, [*actors, *state_spans, *others])
    if joined:
        f["parties:joined"] = 1.0
        if subject and not any(c.start < min(a.start for a in actors) for c in calls):
            f["parties:joined_subject"] = 1.0
    if kind_cues and all(in_a_report_title(text, c, lang) for c in kind_cues):
        f["cue:report_subject"] = 1.0  # "took note of the report on international cooperation …"
    f.update(skeleton_features(actors, state_spans, cues, lang=lang))
    f.update(lexical_features(text, lang, actors=actors, states=state_spans))
    return f
