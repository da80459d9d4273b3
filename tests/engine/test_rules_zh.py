"""Chinese rules: short forms that stand for a bare title, a conference's "大会", States that
speak, and words that hold a non-UN party's name without naming one."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.titles import TitleResolver


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # "安理会" is how a Security Council text writes "the Council": a bare title.
        ("安理会欢迎各方在停火谈判中取得的进展。", []),
        ("安理会成员对该国北部的人道主义局势表示关切。", []),
        ("回顾安理会第2254(2015)号决议，", []),
        # The full name, or the short form after "联合国", names the Council.
        ("安全理事会欢迎各方在停火谈判中取得的进展。", ["SC"]),
        ("联合国安理会欢迎各方在停火谈判中取得的进展。", ["SC"]),
        # The Advisory Committee and the Forum on Forests: short forms are titles, full names name them.
        ("行预咨委会获悉，该项目的费用将于明年重新估算。", []),
        ("行政和预算问题咨询委员会获悉，该项目的费用将于明年重新估算。", ["UN-OTHER"]),
        ("只有少数国家向森林论坛第十二届会议提交了国家报告。", []),
        ("只有少数国家向联合国森林论坛第十二届会议提交了国家报告。", ["UN-OTHER"]),
    ],
)
def test_short_forms_of_a_named_body_are_bare_titles(text: str, actors: list[str]) -> None:
    assert analyze_sentence(text, "zh").actors == actors


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("安理会欢迎各方在停火谈判中取得的进展。", "SC"),
        ("行预咨委会获悉，该项目的费用将于明年重新估算。", "UN-OTHER"),
        ("只有少数国家向森林论坛第十二届会议提交了国家报告。", "UN-OTHER"),
    ],
)
def test_a_short_form_resolves_in_a_document(text: str, code: str) -> None:
    assert analyze_sentence(text, "zh", titles=TitleResolver("zh")).actors == [code]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # A panel reporting what it found is the author of its report, "the Panel".
        ("专家小组证实，这批弹药是在禁运生效后运入该地区的。", []),
        ("尽管作出了努力，专家小组没有获得有关付款的任何文件。", []),
        # A panel a resolution addresses, or one named with its subject, is a UN body.
        ("请专家小组与各会员国密切合作，追查这批弹药的来源；", ["UN-OTHER"]),
        ("也门问题专家小组证实，这批弹药是在禁运生效后运入的。", ["UN-OTHER"]),
    ],
)
def test_a_bare_panel_reporting_its_findings_is_the_author(text: str, actors: list[str]) -> None:
    assert analyze_sentence(text, "zh").actors == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("各国代表商定了大会筹备工作的时间表。", []),
        ("大会召开前两个月，会议文件已在网上发布。", []),
        ("大会其他与会者可在旁听席就座。", []),
        # The Assembly convening a meeting is the Assembly.
        ("大会召开高级别会议，审议移民问题。", ["GA"]),
    ],
)
def test_a_conference_prepared_convened_or_attended_is_not_the_general_assembly(text: str, actors: list[str]) -> None:
    assert analyze_sentence(text, "zh").actors == actors


def test_a_state_doing_something_also_is_a_party_not_a_speaker() -> None:
    analysis = analyze_sentence("法国还与世界卫生组织合作，为三个非洲国家的护士提供培训。", "zh")
    assert analysis.collaboration == "reported"
    assert analysis.participants == ["FRA", "WHO"]


def test_a_state_that_also_recommends_is_a_speaker() -> None:
    analysis = analyze_sentence("智利还建议乌拉圭与人权高专办合作制定国家行动计划。", "zh")
    assert analysis.collaboration == "called_for"
    assert "CHL" not in analysis.participants
    assert {"URY", "OHCHR"} <= set(analysis.participants)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # An office's corporate services are no enterprise.
        ("该办事处与开发署运营及企业服务办公室共同编写了一份采购手册。", ["UNDP"]),
        # Delegations giving their view in a meeting speak about the collaboration.
        ("一些代表团认为，儿基会应与人口基金加强合作，改进数据收集工作。", ["UNFPA", "UNICEF"]),
        # Armed groups recruiting children are what the parties act against.
        ("儿基会与刚果民主共和国政府合作，防止武装团体招募儿童。", ["COD", "UNICEF"]),
    ],
)
def test_words_that_hold_a_party_name_without_naming_one(text: str, parties: list[str]) -> None:
    analysis = analyze_sentence(text, "zh")
    assert analysis.collaboration != "none"
    assert analysis.participants == parties


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("拉加经委会决定给予圣马丁准成员资格。", "SXM"),
        ("法属圣马丁的代表出席了会议。", "MAF"),
    ],
)
def test_saint_martin_without_a_qualifier_is_sint_maarten(text: str, state: str) -> None:
    assert analyze_sentence(text, "zh").states == [state]
