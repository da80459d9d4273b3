"""Chinese readers and words: States inside title marks, names of bodies by the word that ends them,
regions named after a State, counts placed in a State, partners brought together, and an organ
opening a request with the bare "请".
"""

from __future__ import annotations

import re

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


#: How many characters may stand between the Chinese word that introduces a partner (``with`` or
#: ``gathered_by`` under ``[other_parties]``) and the partner ("汇集了17个国家的").
_ZH_PARTNER_GAP = 8
