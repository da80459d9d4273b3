"""A treaty body's "State party" is a State the sentence does not name: a non-UN party, OTHER
(ANNOTATION.md: officials or a ministry of an unnamed State), in every language. The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


@pytest.mark.parametrize(
    ("lang", "text", "partner"),
    [
        ("en", "The Committee recommends that the State party seek technical assistance from UNICEF.", "UNICEF"),
        ("en", "The Committee notes that the State party cooperated with UNHCR in registering refugees.", "UNHCR"),
        ("fr", "Le Comité recommande à l'État partie de solliciter l'assistance technique de l'UNICEF.", "UNICEF"),
        ("es", "El Comité recomienda que el Estado parte solicite asistencia técnica al UNICEF.", "UNICEF"),
        ("ru", "Комитет рекомендует государству-участнику обратиться за технической помощью к ЮНИСЕФ.", "UNICEF"),
        ("ar", "توصي اللجنة بأن تلتمس الدولة الطرف المساعدة التقنية من اليونيسيف.", "UNICEF"),
    ],
)
def test_the_state_party_is_a_non_un_party(lang: str, text: str, partner: str) -> None:
    analysis = analyze_sentence(text, lang)

    assert analysis.collaboration in {"reported", "called_for"}
    assert set(analysis.participants) == {"OTHER", partner}


def test_a_state_party_named_only_as_where_information_comes_from_takes_no_part() -> None:
    analysis = analyze_sentence(
        "Invites UNICEF and UNFPA to share with the Committee information on violations in the States parties "
        "concerned;",
        "en",
    )

    assert "OTHER" not in analysis.participants
