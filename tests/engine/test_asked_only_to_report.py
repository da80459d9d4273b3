"""An actor asked only to report, or to keep an organ informed, is the author of a report, not a
party of the collaboration the sentence calls for ("… and requests the Secretary-General to
report to the Assembly"); asked to cooperate, it is one. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "5. Encourages UNICEF to cooperate closely with UNFPA, and requests the Secretary-General to report to the General Assembly at its seventieth session.",
        ),
        (
            "fr",
            "5. Encourage l'UNICEF à coopérer étroitement avec le FNUAP et prie le Secrétaire général de lui rendre compte à sa soixante-dixième session.",
        ),
        (
            "es",
            "5. Alienta al UNICEF a que coopere estrechamente con el UNFPA y solicita al Secretario General que le presente información en su septuagésimo período de sesiones.",
        ),
        (
            "ru",
            "5. призывает ЮНИСЕФ тесно сотрудничать с ЮНФПА и просит Генерального секретаря представить доклад на ее семидесятой сессии.",
        ),
        (
            "ar",
            "5 - تشجع اليونيسيف على التعاون الوثيق مع صندوق الأمم المتحدة للسكان، وتطلب إلى الأمين العام أن يوافي الجمعية العامة بآخر المستجدات في دورتها السبعين.",
        ),
    ],
)
def test_an_actor_asked_only_to_report_takes_no_part(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)
    assert analysis.collaboration == "called_for"
    assert "SG" in analysis.actors
    assert "SG" not in analysis.participants
    assert {"UNICEF", "UNFPA"} <= set(analysis.participants)


def test_an_actor_asked_to_cooperate_and_to_report_takes_part() -> None:
    text = "Requests the Secretary-General to cooperate closely with UNICEF and to report to the Assembly on that cooperation."
    analysis = analyze_sentence(text, "en")
    assert analysis.collaboration == "called_for"
    assert {"SG", "UNICEF"} <= set(analysis.participants)
