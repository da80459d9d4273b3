"""Organisations named "partnership" are names, not cues, in the languages written without capitals
and in Russian, which capitalises only a name's first word (English keeps them apart by their
capitals: "the Global Water Partnership"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.cues import kind_cues


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "发言的还有世界银行和全球水事伙伴关系的代表。"),
        ("zh", "世界银行向全球教育伙伴关系提交了报告。"),
        ("ar", "وأدلى ببيانات أيضا ممثلو البنك الدولي والشراكة العالمية للمياه."),
        # Russian writes only the first word of a name with a capital.
        ("ru", "С заявлениями выступили также представители Всемирного банка и Глобального водного партнерства."),
    ],
)
def test_a_partnership_that_is_an_organisation_is_no_cue(lang: str, text: str) -> None:
    assert not kind_cues(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "世界银行与各国政府建立了伙伴关系。"),
        ("ar", "أقام البنك الدولي شراكة مع الحكومات."),
    ],
)
def test_a_partnership_between_parties_stays_a_cue(lang: str, text: str) -> None:
    assert kind_cues(lang, text)
