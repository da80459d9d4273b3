"""Chinese readers and words: States inside title marks or a UN actor's office, names of bodies by
the word that ends them, regions named after a State, counts placed in a State, lists "包括……在内"
that place or take part, partners brought together, parties built up or only the countries of those
who benefit, an organ opening a request or an emphasis, and one asked to further the collaboration
of others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cpcollab.engine.classify.rules.words import PlaceWords
from cpcollab.engine.model import Span

#: Chinese title marks, which enclose the names of documents, plans and programmes.
_ZH_TITLE_OPEN, _ZH_TITLE_CLOSE = "《", "》"


def _zh_in_a_title(text: str, span: Span) -> bool:
    """Whether a Chinese State stands inside title marks ("《刚果民主共和国和该区域和平、安全与合作框架》"):
    it is in the name of a document, not a party."""
    opening = text.rfind(_ZH_TITLE_OPEN, 0, span.start)
    return opening >= 0 and text.find(_ZH_TITLE_CLOSE, opening, span.start) < 0 and _ZH_TITLE_CLOSE in text[span.end :]


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
#: After a State: the rest of a list of supporters and the end of "在……支持下" (with the support
#: of …): "在挪威、儿基会和开发署支持下" names Norway as a supporter, not as a place.
_ZH_SUPPORTED_BY = re.compile(
    r"(?:[、和及与][^，。；：、和及与在]{1,20}){0,6}?(?:的)?(?:资助|支持|协助|帮助|援助|捐助|赞助|支助)下"
)
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


#: What Chinese writes between a word of building and the party built: an aspect mark, a count and
#: a modifier ending with "的" ("建立了24个由前战斗人员经营的合作社", "设立完全符合《巴黎原则》的国家
#: 人权机构"); no clause ends, and no "with" or "and" joins a party there.
_ZH_BUILT_BETWEEN = re.compile(
    r"了?(?:[\d一二三四五六七八九十两几多]+(?:个|家|所))?(?:[^，。；：,;:、与同和及]{0,30}的)?"
)


def _zh_built(before: str, building: tuple[str, ...]) -> bool:
    """Whether a Chinese non-UN party is what a word of setting up right before it, or before its
    count and modifier, sets up (``built_by`` under ``[other_parties]``)."""
    for word in building:
        at = before.rfind(word)
        if at >= 0 and _ZH_BUILT_BETWEEN.fullmatch(before, at + len(word)):
            return True
    return False


def _zh_actors_office(text: str, span: Span, others: Sequence[Span], words: PlaceWords) -> bool:
    """Whether a Chinese State stands between a UN actor and what it qualifies: the actor's office,
    team or programme for the State ("人权高专办危地马拉国家办事处", "儿基会索马里国家办事处"), whatever
    body of the State the sentence names after it ("……国家办事处和人权监察员办公室")."""
    if not any(o.kind == "actor" and o.end == span.start for o in others):
        return False
    after = text[span.end : span.end + 12]
    return bool(words.qualified) and after.startswith(words.qualified)


#: What stands between an organ asked and the actor whose collaboration it is asked to further: a
#: verb and its adverbs ("进一步深化", "继续探讨"), not a word that joins or relays ("与", "和", "通过",
#: "向"), which make the organ a party or a channel.
_ZH_FURTHER_GAP = 12
_ZH_NOT_A_VERB = re.compile(r"[与同和及、通由向为对在]")
_ZH_WITH = ("与", "同")


def _zh_asked_to_further_between(organ: Span, text: str, cues: Sequence[Span], actors: Sequence[Span]) -> bool:
    """Whether a Chinese organ addressed by a call is asked to further collaboration between others
    ("鼓励秘书长进一步深化南苏丹特派团与政府间发展组织……的合作", "请秘书长继续探讨维持和平特派团与联合国各
    机构……开展协作的机会"): a verb, then another actor joined by "与" to a further party. The organ
    asks, and takes no part ("请秘书长加强与非洲联盟的合作" keeps it one)."""
    before = [c for c in cues if c.start < organ.start and c.kind in ("cue.call", "cue.kind")]
    if not before or max(before, key=lambda c: c.start).kind != "cue.call":
        return False
    following = [a for a in actors if a.start >= organ.end and a.value != organ.value]
    if not following:
        return False
    other = min(following, key=lambda a: a.start)
    between = text[organ.end : other.start]
    if not between.strip() or len(between) > _ZH_FURTHER_GAP or _ZH_CLAUSE.search(between):
        return False
    if _ZH_NOT_A_VERB.search(between):
        return False
    return text.startswith(_ZH_WITH, other.end) and any(c.kind == "cue.kind" and c.start >= other.end for c in cues)


#: A list of States "包括……在内" (including …) right before the countries it is among, and what
#: makes those countries a place: "在" or "于" before it, or a "的" after them that makes them
#: qualify something else ("包括缅甸和索马里在内的28个国家的国家教育组").
_ZH_INCLUDING = "包括"
_ZH_INCLUDED = re.compile(r"在内(?:的[^，。；：,;:的在与和向为对从由将把被]{0,12}的)?")
_ZH_PLACED = ("在", "于")


def _zh_included_as_a_place(text: str, span: Span) -> bool:
    """Whether a Chinese State ends a list "包括……在内" (including …) that names where something is
    done, not who does it: "在包括埃塞俄比亚、危地马拉和尼日尔在内的七个国家执行" (in seven countries,
    including …), "为包括缅甸和索马里在内的28个国家的国家教育组" (the clusters of 28 countries). As the
    subject ("包括尼泊尔和塞拉利昂在内的14个国家……实行了") the States take part."""
    match = _ZH_INCLUDED.match(text, span.end)
    if match is None:
        return False
    if match.group(0) != "在内":
        return True
    opening = text.rfind(_ZH_INCLUDING, max(0, span.start - 60), span.start)
    if opening < 0 or _ZH_CLAUSE.search(text, opening, span.start):
        return False
    return text[:opening].rstrip().endswith(_ZH_PLACED)


#: A group of countries described ("三个非洲国家", "14个太平洋岛国"), the people of it after "的" who
#: may benefit from the collaboration, and the offices and institutions of those countries.
_ZH_COUNTRIES = ("国家", "岛国")
_ZH_THEIR_PEOPLE = re.compile(r"的[^，。；：,;:、与和及]{1,10}")
_ZH_PEOPLE = ("护士", "助产士", "医生", "儿童", "妇女", "女童", "青年", "学生", "农民", "难民", "家庭", "居民", "民众")
_ZH_OFFICES = ("办公室", "机构", "部门")


def _zh_countries_only_where(text: str, cue: Span, words: PlaceWords) -> bool:
    """Whether a Chinese group of countries only says where the people after it come from ("为三个非洲
    国家的护士提供培训": nurses from three African countries): the people benefit, and the countries
    take no part. Their officials, staff and bodies ("15个非洲国家的国民核算人员", "12个非洲国家的交通
    部长") are the countries'."""
    if not cue.text.endswith(_ZH_COUNTRIES):
        return False
    match = _ZH_THEIR_PEOPLE.match(text, cue.end)
    if match is None:
        return False
    rest = match.group(0)
    own = (*_ZH_STAFF, *_ZH_OFFICES, *words.bodies.exact)
    return any(word in rest for word in _ZH_PEOPLE) and not (any(word in rest for word in own) or _ZH_BODY.search(rest))


#: A request, an appeal or an emphasis right after an organ, or after where it made it ("安全理事会
#: 请联利支助团……", "安全理事会在第2719(2023)号决议中请秘书长……", "妇女地位委员会在第六十九届会议上
#: 吁请妇女署……", "安全理事会强调，……必须密切协调").
_ZH_ORGAN_REQUESTS = re.compile(
    r"\s*(?:在[^，。；：,;:]{0,40}?[中上])?[，,]?\s*(?:还|又|并|也|再次|进一步|强烈|坚决)?"
    r"(?:请(?!求)|促请|吁请|敦促|鼓励|呼吁|邀请|强调|重申)"
)


def _zh_organ_requests(text: str, span: Span) -> bool:
    """Whether an organ opens a Chinese request ("安全理事会请联利支助团与非洲联盟合作", "委员会敦促各国
    政府与妇女署合作"): the organ asks for the collaboration, or stresses the need for it, and is no
    party. The bare "请" (to request) is no cue of its own, as it also stands in "应……请求" (at the
    request of); after an organ it is the organ asking."""
    return bool(_ZH_ORGAN_REQUESTS.match(text, span.end))


#: How many characters may stand between the Chinese word that introduces a partner (``with`` or
#: ``gathered_by`` under ``[other_parties]``) and the partner ("汇集了17个国家的").
_ZH_PARTNER_GAP = 8
