"""Chinese participants: organs that ask or stress rather than take part, organs asked to further
the collaboration of others, an organ named as the source of what it authorized, nouns of
recommendations, States named as a place (a city after them, a list "包括……在内" after "在"), in a
UN actor's office, or taking part as the subject of such a list, and non-UN parties described
(host Governments, groups of countries, armed movements) or only built up."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


def _participants(text: str) -> list[str]:
    result = analyze_sentence(text, "zh")
    assert result.collaboration != "none", text
    return result.participants


@pytest.mark.parametrize(
    ("text", "asking", "party"),
    [
        # A functional commission urging, after where it did so ("在……会议上").
        ("妇女地位委员会在第七十届会议上敦促各国政府与妇女署合作，消除针对女童的暴力。", "CSW", "UN-WOMEN"),
        # The Council stressing, a comma before what it stresses.
        ("安全理事会强调，联合国南苏丹特派团与儿基会必须密切协调，保护受冲突影响的儿童。", "SC", "UNICEF"),
        # The Secretary-General asked to strengthen the cooperation of a mission with another party.
        ("请秘书长进一步加强联合国利比里亚特派团与西非经共体的合作；", "SG", "DPO"),
        # The Council named only as the one that authorized the operations.
        ("请秘书长与非洲联盟委员会合作，评估安全理事会授权的区域维和行动的经验。", "SC", "SG"),
    ],
)
def test_an_organ_that_asks_stresses_or_authorizes_is_no_party(text: str, asking: str, party: str) -> None:
    participants = _participants(text)
    assert asking not in participants
    assert party in participants


def test_an_organ_asked_to_cooperate_itself_stays_a_party() -> None:
    assert "SG" in _participants("请秘书长加强与非洲联盟的合作；")


def test_a_committee_following_up_its_own_recommendations_takes_part() -> None:
    # "其专题建议" is the noun (its thematic recommendations), not the Committee recommending.
    participants = _participants("儿童权利委员会承诺在落实其专题建议方面与儿基会密切合作。")
    assert {"CRC", "UNICEF"} <= set(participants)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A city or region right after its State.
        ("人口基金和世卫组织向苏丹达尔富尔的诊所联合运送了药品。", "SDN"),
        # A list "包括……在内" after "在": the countries where the programme runs.
        ("劳工组织和儿基会在包括加纳和秘鲁在内的十个国家联合开展了一项方案。", "GHA"),
        ("劳工组织和儿基会在包括加纳和秘鲁在内的十个国家联合开展了一项方案。", "PER"),
        # The State in the name of a UN actor's office, before a body of its own.
        ("儿基会索马里国家办事处和国家监察员办公室联合监测了学校遭袭事件。", "SOM"),
        # The State as a place, with the host Governments as the party.
        ("强调近东救济工程处与东道国政府在为黎巴嫩境内的巴勒斯坦难民提供服务方面密切协调的重要性，", "LBN"),
    ],
)
def test_a_state_named_as_a_place_is_no_party(text: str, place: str) -> None:
    assert place not in _participants(text)


def test_states_listed_in_the_subject_take_part() -> None:
    participants = _participants("包括加纳和秘鲁在内的十个国家在开发署的支持下制定了国家气候计划。")
    assert {"GHA", "PER", "UNDP"} <= set(participants)


@pytest.mark.parametrize(
    "text",
    [
        "强调近东救济工程处与东道国政府在为黎巴嫩境内的巴勒斯坦难民提供服务方面密切协调的重要性，",
        "请粮农组织与太平洋岛国合作，加强粮食安全监测；",
        "欢迎联合国与苏丹人民解放运动北方局开展合作，使儿童获得释放，",
    ],
)
def test_a_non_un_party_described_takes_part(text: str) -> None:
    assert "OTHER" in _participants(text)


@pytest.mark.parametrize(
    "text",
    [
        # What is set up, after a count and a modifier ending with "的".
        "工发组织和开发署支持加纳建立了15个由青年经营的合作社。",
        "寻求开发署的支持，设立一个符合国际标准的国家人权机构(加纳)；",
    ],
)
def test_a_party_only_built_up_is_no_party(text: str) -> None:
    assert "OTHER" not in _participants(text)


def test_countries_whose_staff_are_trained_take_part_and_those_whose_youth_are_do_not() -> None:
    assert "OTHER" in _participants("鼓励开发署继续为非洲国家的统计人员提供培训；")
    assert "OTHER" not in _participants("鼓励开发署继续为非洲国家的青年提供培训；")


def test_a_state_after_zhu_following_a_call_is_a_place() -> None:
    # "促请驻海地的联合国系统……": the UN system in Haiti is asked; Haiti is where it is.
    analysis = analyze_sentence("10. 又促请驻海地的联合国系统继续提供援助，包括在建设和平领域；", "zh")
    assert analysis.collaboration == "called_for"
    assert "HTI" not in analysis.participants


def test_states_listed_in_a_support_frame_support() -> None:
    # "在挪威、儿基会和开发署支持下": with the support of Norway, UNICEF and UNDP.
    analysis = analyze_sentence("在挪威、儿基会和开发署支持下开展的项目旨在加强土著人民的能力。", "zh")
    assert {"NOR", "UNICEF", "UNDP"} <= set(analysis.participants)
