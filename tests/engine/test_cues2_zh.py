"""Chinese names and words that only hold a cue word are no collaboration cue, as English, which
reads names by their capitals, finds none in the same sentence: a partnership or a framework that
is a name, the office that administers pooled funds, information provided ("提供资料" holds the
funding word "供资")."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


def _kinds(text: str) -> set[str]:
    """The kinds of collaboration cue the sentence's structural features name."""
    features = analyze_sentence(text, "zh").features
    return {name.split(":")[1] for name in features if name.startswith("cue:") and name.count(":") == 2}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("全球教育伙伴关系和教科文组织的代表也发了言。", "joint_activity"),
        ("人口基金的国家方案与联合国可持续发展合作框架相一致。", "joint_activity"),
        ("开发署多伙伴信托基金办公室发布了年度报告。", "funding"),
        ("禁止酷刑委员会遗憾的是，缔约国没有提供资料说明其落实情况。", "funding"),
    ],
)
def test_names_and_words_that_hold_a_cue_word_are_no_cues(text: str, kind: str) -> None:
    assert kind not in _kinds(text)


def test_a_real_partnership_is_still_a_cue() -> None:
    assert "joint_activity" in _kinds("儿基会与教科文组织建立了伙伴关系，共同支持难民儿童的教育。")


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        # A memorandum of understanding between parties is collaboration, as its English is…
        ("执行主任可依照环境署与粮农组织之间的谅解备忘录，将必要权力授予执行秘书。", "joint_activity", True),
        # … but not in the memorandum's own text ("the present memorandum").
        ("本谅解备忘录的生效不妨碍环境署和粮农组织今后可能达成的任何行政安排。", "joint_activity", False),
        # A seminar, like a workshop, builds capacity.
        ("儿基会与政府合作举办了关于少年司法的讨论会。", "capacity_building", True),
    ],
)
def test_a_memorandum_of_understanding_and_a_seminar_read_as_in_english(text: str, kind: str, found: bool) -> None:
    assert (kind in _kinds(text)) is found
