"""Everything one language recognises, in one pass over a sentence.

The forms of actors, mechanisms, countries, cues and titles share one trie, so a sentence is
folded, cut into tokens and walked once; the hits are then resolved group by group (an actor
and a cue may overlap, two actors may not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cpcollab.engine.model import Span
from cpcollab.engine.recognize.actors import SharedHead, actor_forms, actor_patterns, shared_heads
from cpcollab.engine.recognize.countries import country_forms, language_rules, names_a_language
from cpcollab.engine.recognize.cues import CueSet, cue_set
from cpcollab.engine.recognize.gazetteer import Form, Gazetteer, Hit, longest
from cpcollab.engine.recognize.prefilter import needles
from cpcollab.engine.recognize.symbols import find_symbols
from cpcollab.engine.recognize.titles import title_forms
from cpcollab.engine.textnorm import fold


@dataclass
class Recognized:
    """The resolved hits of one sentence, by group."""

    symbols: list[Span]
    actors: list[Hit]  # actors and mechanisms
    countries: list[Hit]
    cues: list[Span]
    titles: list[Hit]


@dataclass(frozen=True)
class LanguageRecognizer:
    lang: str
    gazetteer: Gazetteer
    cues: CueSet

    def find(self, text: str) -> Recognized:
        """Recognise everything in one sentence."""
        symbols = find_symbols(text)
        groups: dict[str, list[Hit]] = {}
        for hit in self.gazetteer.find_raw(text):
            group = hit.form.group
            if group in groups:
                groups[group].append(hit)
            else:
                groups[group] = [hit]
        actor_hits = groups.pop("actor", [])
        for regex, form, required in _patterns(self.lang):
            if required is not None and (
                required not in text if isinstance(required, str) else not required.search(text)
            ):
                continue  # the pattern cannot match here
            found = [Hit(m.start(), m.end(), form) for m in regex.finditer(text)]
            if not form.block:
                found = [_generic(hit, actor_hits, text, self.lang) for hit in found]
            actor_hits += found
        for shared in shared_heads(self.lang):
            if shared.plural.search(text):
                actor_hits += _shared_head_names(text, shared, self.gazetteer)
        actors = [h for h in longest(actor_hits) if not _within(h, symbols)] if actor_hits else []
        countries = longest(groups.pop("country", []))
        if countries and language_rules(self.lang):
            countries = [h for h in countries if not names_a_language(h, text, self.lang)]
        if self.lang == "ar" and actors:
            actors = [h for h in actors if not _management(h, text, actors, countries)]
        if actors and countries:
            actors = [h for h in actors if not _national_body(h, text, countries, self.lang)]
        if self.lang == "fr" and actors:
            actors = [h for h in actors if not _fr_owned_elsewhere(h, text, countries)]
        titles = longest(groups.pop("title", []))
        if titles and actor_hits:
            # A title inside what a block form covers, after its first word, belongs to no UN
            # actor ("Mission permanente du Mali auprès de l'Office des Nations Unies": a State's
            # mission, not "the Office"); a block that begins with the title is the title itself
            # ("Special Representative of the Secretary-General").
            blocked = [h for h in actor_hits if h.form.block]
            if blocked:
                titles = [t for t in titles if not any(b.start < t.start and t.end <= b.end for b in blocked)]
        cues = [
            Span(h.start, h.end, h.form.kind, h.form.value, text[h.start : h.end], h.form.rule)
            for group in groups.values()
            for h in longest(group)
        ]
        if self.lang == "zh" and "请" in text:
            cues += _zh_requests(text, [*actors, *countries, *titles], cues)
        if self.lang == "zh" and ("一起" in text or "一道" in text or "联合" in text):
            cues += _zh_together(text, cues)
        if self.lang == "ar" and "شارك" in text:
            cues += _ar_co_led(text, cues)
        cues.sort(key=lambda s: s.start)
        return Recognized(symbols, actors, countries, cues, titles)


#: How far after a shared head its list of names is read.
_SHARED_LIST = 240


def _shared_head_names(text: str, shared: SharedHead, gazetteer: Gazetteer) -> list[Hit]:
    """The names listed after a head written once in the plural ("Departments of Peacekeeping
    Operations, Field Support and Political Affairs"), each found as if the singular head stood
    before it ("Department of Field Support"); the list ends at the first item that is no name
    the lists know."""
    prefix = shared.singular + " "
    hits = []
    for found in shared.plural.finditer(text):
        position = found.end()
        while position < len(text):
            candidate = prefix + text[position : position + _SHARED_LIST]
            named = [
                h
                for h in gazetteer.find_raw(candidate)
                if h.start == 0 and h.end > len(prefix) and h.form.group == "actor" and not h.form.block
            ]
            if not named:
                break
            best = max(named, key=lambda h: h.end)
            end = position + best.end - len(prefix)
            hits.append(Hit(position, end, best.form))
            separator = shared.separator.match(text, end)
            if separator is None:
                break
            position = separator.end()
    return hits


def _generic(hit: Hit, hits: list[Hit], text: str, lang: str) -> Hit:
    """A generic pattern's hit, resolved against the names the lists know (see :func:`_as_named`
    and :func:`_cut_at_list`)."""
    return _cut_at_list(_as_named(hit, hits, text, lang), hits, text, lang)


@cache
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], Form, str | re.Pattern[str] | None], ...]:
    """The language's generic actor patterns, each with what any match contains: one literal, or
    one of several literals (searched for at once), or None where nothing is known."""
    return tuple((regex, form, _any_of(needles(regex))) for regex, form in actor_patterns(lang))


def _any_of(literals: tuple[str, ...] | None) -> str | re.Pattern[str] | None:
    if literals is None or len(literals) == 1:
        return literals[0] if literals else None
    return re.compile("|".join(re.escape(n) for n in literals))


def _as_named(generic: Hit, hits: list[Hit], text: str, lang: str) -> Hit:
    """A generic pattern's hit that is a name the lists know plus "the United Nations" before or
    after it ("United Nations Economic and Social Council", "Programme alimentaire mondial des
    Nations Unies") is that name's actor over the whole span. So is a Special Representative's
    or Envoy's named title with "the Secretary-General" written before it ("秘书长负责儿童与武装
    冲突问题特别代表": the Special Representative of the Secretary-General for Children and Armed
    Conflict)."""
    covering = _covered(generic, hits)
    if covering is not None:
        return Hit(generic.start, generic.end, covering)
    heads = [
        h
        for h in hits
        if h.form.value in _HEADS and h.form.kind == "actor" and generic.start <= h.start and h.end <= generic.end
    ]
    if not heads:
        return generic
    for named in hits:
        form = named.form
        if form.kind != "actor" or form.block or form.value in _HEADS or form.rule.startswith("pattern"):
            continue
        if named.start == generic.start and named.end < generic.end:
            left, right = named.end, generic.end
        elif named.end == generic.end and named.start > generic.start:
            left, right = generic.start, named.start
        else:
            continue
        # What is left is the Organization's name (or the Secretary-General's), with at most a
        # short link ("des", "de l'", "负责").
        for h in heads:
            if left <= h.start and h.end <= right and _is_link(text[left : h.start] + text[h.end : right], lang):
                if h.form.value == "SG" and named.form.value not in _OFFICES_OF_SG:
                    continue  # "the Secretary-General" before a body names two actors
                return Hit(generic.start, generic.end, form)
    return generic


def _named(hit: Hit) -> bool:
    form = hit.form
    return form.kind == "actor" and not form.block and not form.rule.startswith("pattern")


def _covered(generic: Hit, hits: list[Hit]) -> Form | None:
    """The form of a known name that, with another name of the same actor, covers a generic hit
    from end to end ("秘书长负责冲突中性暴力问题特别代表" and "冲突中性暴力问题特别代表办公室" over
    "秘书长负责冲突中性暴力问题特别代表办公室", the Office of the Special Representative)."""
    first = [h for h in hits if h.start == generic.start and h.end < generic.end and _named(h)]
    for last in hits:
        if (
            last.end == generic.end
            and last.start > generic.start
            and _named(last)
            and any(h.form.value == last.form.value and h.end >= last.start for h in first)
        ):
            return last.form
    return None


def _is_link(rest: str, lang: str) -> bool:
    """Whether what a generic hit holds besides a known name and "the United Nations" (or "the
    Secretary-General") only joins them."""
    if lang == "zh":
        return rest.strip() in _ZH_LINKS
    return len(rest) <= _LINK


#: What may stand before or after a known name inside a generic pattern's hit: the United
#: Nations, and before the title of one of the Secretary-General's representatives, the
#: Secretary-General.
_HEADS = frozenset({"UN-SYSTEM", "SG"})
#: The representatives of the Secretary-General whose title may open with "the Secretary-General".
_OFFICES_OF_SG = frozenset({"SRSG-CAAC", "SRSG-VAC", "SRSG-SVC", "DPPA", "DPO"})
#: Characters that may join "the United Nations" to a name besides spaces ("de l'", "de las").
_LINK = 8
#: Chinese writes words without spaces, and any two characters may be a word ("海洋" in
#: "联合国海洋大会", the United Nations Ocean Conference, which is not the General Assembly "大会";
#: "及其" in "秘书长及其非洲之角问题特使", the Secretary-General and his Special Envoy): only these
#: join a name to what stands before it.
_ZH_LINKS = frozenset({"", "的", "负责", "关于"})
#: Where a generic name ends at a known one: the words that join the next item of a list ("the
#: United Nations Development Programme and United Nations country teams", "la Misión de
#: Asistencia de las Naciones Unidas en Somalia y el Fondo …") or add the place or the
#: beneficiary ("the United Nations Office on Drugs and Crime to Kenya").
_LIST_LINKS = {
    "en": re.compile(r",?\s+(?:and|to|in)\s"),
    "fr": re.compile(r",?\s+(?:et|à|au|aux)\s"),
    "es": re.compile(r",?\s+(?:y|e|a|al)\s"),
    "ru": re.compile(r",?\s+и\s"),
}


def _cut_at_list(generic: Hit, hits: list[Hit], text: str, lang: str) -> Hit:
    """A generic pattern that runs on past a name the lists know, over "and" or "to", stops
    there: the name keeps its code, and what follows is recognised on its own."""
    link = _LIST_LINKS.get(lang)
    if link is None or not generic.form.rule.startswith("pattern"):
        return generic
    best = None
    for named in hits:
        form = named.form
        if form.kind != "actor" or form.block or form.value == "UN-SYSTEM" or form.rule.startswith("pattern"):
            continue
        ends_in_list = named.start == generic.start and named.end < generic.end and link.match(text, named.end)
        if ends_in_list and (best is None or named.end > best.end):
            best = named
    return best if best is not None else generic


#: "إدارة" joined by و or ف: "and management" or "and the Department".
_AND_DEPARTMENT = frozenset({"واداره", "فاداره"})
#: A word ending a definite phrase: the article, with the particles that attach before it.
_DEFINITE = re.compile(r"^(?:[وفبك]?ال|[وف]?لل)")
#: Particles and prepositions: "بين إدارة …", "مع وإدارة …" leave the name a name.
_PARTICLES = frozenset(fold(w) for w in ("في", "من", "على", "عن", "مع", "بين", "أو", "ثم", "لدى", "حتى", "منذ"))
#: The Arabic word that ends a text (letters and short vowels).
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u064B-\u0652\u0671-\u06D3]+$")


def _management(hit: Hit, text: str, actors: list[Hit], countries: list[Hit]) -> bool:
    """Arabic "إدارة" is both "Department" and the verbal noun "management": in "تخطيط وإدارة
    عمليات السلام" (the planning and management of peace operations) two verbal nouns share the
    genitive after them, and no department is named. A department's name joined by و (or ف) to
    the word before it is read so when that word is an indefinite noun - no article, not a
    particle, not the end of an actor's or a country's name ("إدارة الشؤون السياسية وإدارة عمليات
    السلام", "اليونيسيف وإدارة عمليات السلام" keep the department)."""
    first = fold(text[hit.start : hit.end].split(maxsplit=1)[0])
    if first not in _AND_DEPARTMENT:
        return False
    before = text[max(0, hit.start - 40) : hit.start].rstrip()
    word = _ARABIC_WORD.search(before)
    if word is None or word.end() != len(before):
        return False  # a sign, a number or a Latin word before it
    previous = fold(word.group())
    if _DEFINITE.match(previous) or previous in _PARTICLES:
        return False
    end = word.end()
    return not any(h.end == end for h in (*actors, *countries))


#: Names a State's own body shares with a United Nations one: a human rights commission with
#: the State's name right after it ("Commission des droits de l'homme de Sri Lanka", "Комиссия по
#: правам человека Шри-Ланки", "لجنة حقوق الإنسان في سري لانكا") or, in Chinese, right before it
#: ("斯里兰卡人权委员会") is that State's, not the former Commission on Human Rights.
_NATIONAL_NAMES = frozenset({"entity:CHR"})
_STATE_AFTER = {
    "en": re.compile(r"\s+(?:of|in)\s+(?:the\s+)?"),
    "fr": re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)"),
    "es": re.compile(r"\s+(?:de\s+la\s+|de\s+los\s+|del\s+|de\s+)(?:(?:el|la|los|las)\s+)?"),
    "ru": re.compile(r"\s+"),
    "ar": re.compile(r"\s+(?:في\s+)?"),
}


def _national_body(hit: Hit, text: str, countries: list[Hit], lang: str) -> bool:
    """Whether an actor hit is a State's own body named like a United Nations one (see
    :data:`_NATIONAL_NAMES`, and in English :data:`_EN_SHARED_NAMES`)."""
    if lang == "en" and _en_states_body(hit, text, countries):
        return True
    if hit.form.rule not in _NATIONAL_NAMES:
        return False
    if lang == "zh":
        return any(c.end == hit.start for c in countries)
    after = _STATE_AFTER.get(lang)
    if after is None:
        return False
    link = after.match(text, hit.end)
    return link is not None and any(c.start == link.end() for c in countries)


#: English names of United Nations bodies that States give their own bodies too (not the
#: bodies' other names: "the UPR of Bhutan" is the review of Bhutan).
_EN_SHARED_NAMES = frozenset({
    "human rights committee", "committee on the rights of the child", "committee against torture",
    "human rights council", "commission on human rights", "human rights commission",
})  # fmt: skip
_EN_OF_A_STATE = re.compile(r"\s+of\s+(?:the\s+)?")


def _en_states_body(hit: Hit, text: str, countries: list[Hit]) -> bool:
    """Whether an English actor hit is a State's own body: a State right before its name ("the
    Cambodian Human Rights Committee", "the Cambodia Human Rights Committee") or owning it after
    ("the Human Rights Committee of Cambodia"); not "in" a State, which says where ("the Special
    Rapporteurs of the Human Rights Council in Ethiopia")."""
    if text[hit.start : hit.end].lower() not in _EN_SHARED_NAMES:
        return False
    before = len(text[: hit.start].rstrip())
    if before < hit.start and any(c.end == before for c in countries):
        return True
    link = _EN_OF_A_STATE.match(text, hit.end)
    return link is not None and any(c.start == link.end() for c in countries)


#: French names of bodies that States and other organisations share with the United Nations
#: ("le Comité des droits de l'enfant de l'Assemblée nationale", "le Bureau des affaires
#: juridiques du Ministère de la justice", "l'Assemblée générale de l'Union interparlementaire"):
#: a body's head noun opens the name, and its owner is written right after it.
_FR_BODY_HEADS = re.compile(
    r"(?:sous-)?(?:comite|commission|bureau|departement|division|service|section|conseil)\b|assemblee generale\b"
    r"|groupe de travail\b"
)
_FR_UN_NAMED = re.compile(r"nations unies|\bonu\b")
_FR_OWNER_LINK = re.compile(r"\s+(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|de\s+|d['’]\s*)")
_FR_OTHER_OWNERS = re.compile(
    r"(?:[Mm]inistère|[Pp]arlement|Sénat|Assemblée nationale|Chambre des|[Gg]ouvernement|Présidence|Premier Ministre"
    r"|Union africaine|Union européenne|Union interparlementaire|Conseil de l['’]Europe|Ligue des États arabes"
    r"|Commonwealth|Communauté (?:économique|des Caraïbes|d['’]Afrique|de développement)"
    r"|Organisation (?:des États américains|de la coopération islamique|du Traité de l['’]Atlantique|pour la sécurité)"
    r"|(?:UA|UE|CEDEAO|SADC|CEEAC|IGAD|OEA|OTAN|OSCE|OCI|INTERPOL|Interpol|ASEAN|ANASE|CARICOM)\b)"
)


def _fr_owned_elsewhere(hit: Hit, text: str, countries: list[Hit]) -> bool:
    """Whether a French actor hit is a body of a State or of another organisation named like a
    United Nations one (see :data:`_FR_BODY_HEADS`): its owner, a State, a State's institution
    or another organisation, follows it at once. A name that says "des Nations Unies" is the
    Organization's wherever it stands; generic patterns are left as they are."""
    if hit.form.block or hit.form.rule.startswith("pattern"):
        return False
    name = fold(text[hit.start : hit.end])
    if not _FR_BODY_HEADS.match(name) or _FR_UN_NAMED.search(name):
        return False
    link = _FR_OWNER_LINK.match(text, hit.end)
    if link is None:
        return False
    return bool(_FR_OTHER_OWNERS.match(text, link.end())) or any(c.start == link.end() for c in countries)


#: Characters that make "请" part of another word before a party: "提请……注意" (draws the attention
#: of), "申请" (applies).
_ZH_NOT_A_REQUEST = frozenset("提申")


def _zh_requests(text: str, parties: list[Hit], cues: list[Span]) -> list[Span]:
    """A bare "请" written right before a party asks it ("请世界卫生组织……提供技术支助": Requests
    WHO to provide technical support; "政府请儿基会协助": the Government asked UNICEF to help). The
    word lists name "请" only with the parties it commonly precedes (请秘书长, 请各国); here any
    recognised actor, State or title follows it."""
    places = {
        hit.start - 1
        for hit in parties
        if hit.start and text[hit.start - 1] == "请" and text[hit.start - 2 : hit.start - 1] not in _ZH_NOT_A_REQUEST
    }
    return [
        Span(at, at + 1, "cue.call", "call", "请", "cue.call:请+party")
        for at in sorted(places)
        if not any(c.start <= at < c.end for c in cues)
    ]


#: "与 X 一起" / "同 X 一道" (together with X), the two words in one clause, not "在一起" (being
#: together: "保障协定与附加议定书在一起"); and "联合" (jointly)
#: before a verb, not the first word of a name ("联合国", "联合王国", "联合会", "阿拉伯联合酋长国")
#: nor of a force ("多国联合特遣部队": the Multinational Joint Task Force).
_ZH_NOT_JOINTLY = "国|王国|会|体|酋长国|共和国|起来|大学|特遣部队|部队|军|武装"
_ZH_TOGETHER = re.compile(rf"[与同][^，。；：,;:]{{1,30}}?(?<!在)(一起|一道)|(联合)(?!{_ZH_NOT_JOINTLY})")


def _zh_together(text: str, cues: list[Span]) -> list[Span]:
    """ "一起" or "一道" closing "与 X" or "同 X" in the same clause is joint work ("人口基金与政府和
    世界银行一起……": UNFPA, together with the Government and the World Bank); alone, "一起" is
    also a measure word ("一起事件": an incident). So is "联合" before a verb ("联合启动了",
    "联合向……提供"), where the lists name it only with the usual ones ("联合开展", "联合举办")."""
    found = []
    for m in _ZH_TOGETHER.finditer(text):
        group = 1 if m.group(1) else 2
        start, end = m.start(group), m.end(group)
        if not any(c.start <= start < c.end for c in cues):
            rule = "cue:joint_activity:与…一起" if group == 1 else "cue:joint_activity:联合+verb"
            found.append(Span(start, end, "cue.kind", "joint_activity", m.group(group), rule))
    return found


#: "تشارك X و Y في قيادة …" (X and Y co-lead …): the verb, its subjects, then what they share.
_AR_CO_LED = re.compile(r"(?:^|[\s،])[وف]?[تي]شارك(?:ان|ت|تا|وا)?\s[^،.؛:]{1,60}?\s(في (?:قيادة|رئاسة|تنظيم|استضافة))")


def _ar_co_led(text: str, cues: list[Span]) -> list[Span]:
    """Arabic "تشارك" with its subjects between it and what they share is co-leading, co-chairing,
    co-organizing or co-hosting ("وتشارك اليونيسف ومنظمة الصحة العالمية في قيادة التحالف"); alone,
    "تشارك" is "takes part"."""
    return [
        Span(m.start(1), m.end(1), "cue.kind", "joint_activity", m.group(1), "cue:joint_activity:تشارك…في قيادة")
        for m in _AR_CO_LED.finditer(text)
        if not any(c.start <= m.start(1) < c.end for c in cues)
    ]


def _within(hit: Hit, spans: list[Span]) -> bool:
    return any(s.start <= hit.start and hit.end <= s.end for s in spans)


@cache
def recognizer(lang: str) -> LanguageRecognizer:
    """The recogniser of one language, compiled once."""
    cues = cue_set(lang)
    forms: list[Form] = [*actor_forms(lang), *country_forms(lang), *cues.forms, *title_forms(lang)]
    return LanguageRecognizer(lang=lang, gazetteer=Gazetteer(lang=lang, forms=forms), cues=cues)
