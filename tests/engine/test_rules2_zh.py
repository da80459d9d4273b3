"""Chinese rules: collaboration words inside names and titles, nouns that look like calls, States
that only say where the people counted are, organs that request, and the non-UN parties that
take part or do not."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


def _cue_features(text: str) -> set[str]:
    features = analyze_sentence(text, "zh").features
    return {name for name in features if name.startswith(("cue:", "call", "imperative", "other_party"))}


def _kinds_in_features(text: str) -> set[str]:
    return {name.split(":")[1] for name in _cue_features(text) if name.endswith((":near", ":far"))}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Organizations and bodies whose names hold "合作", "伙伴关系", "协调".
        ("在同次会议上，伊斯兰合作组织和海湾合作委员会的观察员以及儿基会的代表发了言。", "joint_activity"),
        ("儿基会战略伙伴关系司司长向执行局介绍了关于资源调集的年度报告。", "joint_activity"),
        ("艾滋病署方案协调委员会在2024年6月的会议上核准了统一预算。", "coordination"),
        # A course's title in quotation marks names the course.
        ("2024年，训研所推出了一门题为“南南合作入门”的免费在线课程。", "joint_activity"),
        ('和平行动部为本部工作人员举办了题为"伙伴关系与协调"的课程。', "coordination"),
        # Synergies between two work streams.
        ("人口基金的工作与发展筹资后续进程之间有很大的协同效应。", "joint_activity"),
        # Co-facilitators are persons, as facilitators are.
        ("请大会主席在本届会议结束前任命两名共同召集人，以便就政府间谈判达成一致；", "joint_activity"),
    ],
)
def test_a_collaboration_word_in_a_name_or_title_is_no_cue(text: str, absent: str) -> None:
    assert absent not in _kinds_in_features(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Working with such a body is told by the words around its name.
        ("儿基会与伊斯兰合作组织开展合作，为难民儿童提供教育。", "joint_activity"),
        # A cue outside the title stays one.
        ("训研所与开发署合作推出了题为“数字外交”的在线课程。", "joint_activity"),
        ("人口基金与开发署在该国北部建立了协调机制。", "coordination"),
    ],
)
def test_the_words_around_a_name_stay_cues(text: str, kind: str) -> None:
    assert kind in _kinds_in_features(text)


@pytest.mark.parametrize(
    "text",
    [
        # A recommendation made is a noun ("on the recommendation of the General Committee").
        "大会根据总务委员会的建议，决定将该项目列入第七十届会议议程。",
        "儿基会审查了评价报告所提出的多项建议的落实情况。",
        # An applicant is no request.
        "开发署在截止日期前收到了12名申请人提交的材料。",
    ],
)
def test_a_noun_is_no_call(text: str) -> None:
    assert "call" not in _cue_features(text)


def test_a_recommendation_made_by_a_verb_is_still_a_call() -> None:
    assert "call" in _cue_features("委员会建议缔约国寻求儿基会的技术援助。")


@pytest.mark.parametrize(
    ("text", "imperative"),
    [
        # "欢迎" opening a paragraph welcomes; "通过" opening a sentence may be "through".
        ("欢迎儿基会与该国政府签署的行动计划，", False),
        ("通过联合国新闻中心在22个城市组织了24个观摩团。", False),
        # "通过" with what is adopted opens a recommendation.
        ("通过一项全面的儿童保护法律，并寻求儿基会的技术援助（智利）；", True),
    ],
)
def test_opening_verbs_of_recommendations(text: str, imperative: bool) -> None:
    assert ("imperative" in _cue_features(text)) is imperative


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        # Children, people and organizations counted in a State: the State is where they are.
        ("粮食署与儿基会合作，为乍得约12 000名难民儿童提供了校餐。", ["UNICEF", "WFP"]),
        ("儿基会与人口基金合作，向中非共和国1 200名儿童提供了心理社会支持。", ["UNFPA", "UNICEF"]),
        # The State's own officials and staff counted are the State's.
        ("开发署与儿基会合作，为东帝汶45名民防人员提供了预警培训。", ["TLS", "UNDP", "UNICEF"]),
        # A word after a list qualifies every State of the list.
        ("儿基会和粮食署合作扩大了布基纳法索、马里和尼日尔的学校供餐。", ["UNICEF", "WFP"]),
        ("儿基会和粮食署合作，在布基纳法索、马里和尼日尔境内提供了校餐。", ["UNICEF", "WFP"]),
    ],
)
def test_a_state_that_only_says_where(text: str, participants: list[str]) -> None:
    analysis = analyze_sentence(text, "zh")
    assert analysis.collaboration == "reported"
    assert analysis.participants == participants


@pytest.mark.parametrize(
    ("text", "organ", "party"),
    [
        ("安全理事会请联利支助团与非洲联盟密切合作，支持选举的筹备工作。", "SC", "DPPA"),
        ("安全理事会在第2719(2023)号决议中请秘书长与非洲联盟委员会密切合作。", "SC", "SG"),
        ("秘书长在普通照会中请会员国与反恐怖主义办公室合作。", "SG", "UN-OTHER"),
    ],
)
def test_an_organ_that_requests_is_no_party(text: str, organ: str, party: str) -> None:
    analysis = analyze_sentence(text, "zh")
    assert analysis.collaboration == "called_for"
    assert organ not in analysis.participants
    assert party in analysis.participants


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # Armed groups that children leave or were associated with take no part.
        ("儿基会和难民署合作，帮助曾与武装团体有关联的儿童重返社会。", False),
        ("儿基会与开发署合作，为已脱离武装团体的儿童提供职业培训。", False),
        # Armed groups that sign and cooperate do.
        ("敦促签署和平协定的武装团体与联合国马里稳定团合作，释放所有儿童；", True),
        # "一个国家清洁生产中心" is a national centre, not a number of countries.
        ("工发组织与塞内加尔合作，在达喀尔开设了一个国家清洁生产中心。", False),
        # A non-governmental organization is no body of the State named.
        ("劳工组织与刚果民主共和国政府和当地非政府组织合作，为儿童提供了职业培训。", True),
        ("儿基会与乍得政府和非政府组织合作，为难民儿童提供了心理社会支持。", True),
        # Countries described, not named, and associations take part.
        ("鼓励开发署应发展中国家的请求，支持其获得气候融资；", True),
        ("儿基会与妇女署合作，为布基纳法索的家长协会提供了培训。", True),
    ],
)
def test_non_un_parties(text: str, other: bool) -> None:
    analysis = analyze_sentence(text, "zh")
    assert analysis.collaboration != "none"
    assert ("OTHER" in analysis.participants) is other
