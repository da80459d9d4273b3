"""Cue forms the aligned translations showed missing: Spanish "trabajen juntos" in every person
and mood, "compartir experiencias"; Arabic "ساهمت X بما يربو على" (contributed more than) and
"الممارسات الفضلى" (best practices); Russian "внесла свыше … в фонд" (paid more than … into the
fund) and "взнос в размере". The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.cues import kind_cues


@pytest.mark.parametrize(
    ("lang", "text", "words", "kind"),
    [
        ("es", "Exhorta a los partidos a que trabajen juntos con el PNUD.", "trabajen juntos", "joint_activity"),
        ("es", "El acto permitió compartir experiencias con el ACNUDH.", "compartir experiencias", "data_research"),
        ("ar", "ساهمت فنلندا بما يربو على 1,5 مليون يورو في برنامج الوكالة.", "ساهمت فنلندا بما يربو", "funding"),
        ("ar", "ساهمت اليابان بمبلغ مليون دولار في صندوق اليونيسف.", "ساهمت اليابان بمبلغ", "funding"),
        ("ar", "وسيدرس الفريق الممارسات الفضلى مع المفوضية.", "الممارسات الفضلى", "data_research"),
        ("ru", "Финляндия внесла свыше 1,5 млн. евро в фонд программы МАГАТЭ.", "внесла свыше", "funding"),
        ("ru", "Япония внесла взнос в размере 1 млн. долл. в ЮНИСЕФ.", "взнос в размере", "funding"),
    ],
)
def test_a_missing_form_is_read(lang: str, text: str, words: str, kind: str) -> None:
    assert kind_cues(lang, text).get(words) == kind


def test_a_russian_amendment_is_no_payment() -> None:
    assert not kind_cues("ru", "Комитет внес изменения в проект резолюции.")
