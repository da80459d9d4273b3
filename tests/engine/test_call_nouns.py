"""A noun of a call ("recommendations") asks only for what comes after it: the summary of a
report that describes the cooperation carried out and then "makes recommendations" reports the
cooperation, in every language that writes the noun after it."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence

SUMMARIES = [
    (
        "en",
        "In the present report, the Office of the High Commissioner describes the technical cooperation "
        "activities carried out with UNICEF in 2024 and makes recommendations to States.",
    ),
    (
        "fr",
        "Dans le présent rapport, le Haut-Commissariat décrit les activités de coopération technique menées "
        "avec l’UNICEF en 2024 et formule des recommandations à l’intention des États.",
    ),
    (
        "es",
        "En el presente informe, la Oficina del Alto Comisionado describe las actividades de cooperación "
        "técnica realizadas con el UNICEF en 2024 y formula recomendaciones a los Estados.",
    ),
    (
        "ru",
        "В настоящем докладе описывается деятельность по техническому сотрудничеству, осуществленная УВКПЧ "
        "совместно с ЮНИСЕФ в 2024 году, и содержатся рекомендации для государств.",
    ),
    (
        "ar",
        "يستعرض هذا التقرير أنشطة التعاون التي اضطلعت بها كيانات الأمم المتحدة مع الدول الأعضاء خلال عام "
        "2023، ويتضمن توصيات للفترة المقبلة.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SUMMARIES, ids=[lang for lang, _ in SUMMARIES])
def test_recommendations_after_the_cooperation_described_do_not_ask_for_it(lang: str, text: str) -> None:
    analysis = analyze_sentence(text, lang)

    assert analysis.collaboration == "reported", analysis.explanation


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the noun before the word of collaboration asks for it
        ("en", "The report makes recommendations on strengthening cooperation between States and UNICEF."),
        # a recommendation that opens with its verb asks for all it says
        ("en", "Cooperate fully with OHCHR and implement the recommendations of its technical mission (Chile);"),
    ],
)
def test_a_noun_of_a_call_before_the_cooperation_or_in_a_recommendation_still_asks(lang: str, text: str) -> None:
    assert analyze_sentence(text, lang).collaboration == "called_for"


def test_the_noun_is_no_call_only_where_nothing_else_asks() -> None:
    summary = analyze_sentence(
        "The report describes the technical cooperation carried out with UNICEF in 2024 and makes "
        "recommendations to States.",
        "en",
    )
    # a recommendation that opens with its verb keeps the noun as its call
    recommendation = analyze_sentence(
        "Seek technical assistance from OHCHR for the implementation of the accepted recommendations (Chile);", "en"
    )
    # a verb that asks keeps it too
    request = analyze_sentence(
        "Requests UNICEF to cooperate with the Government of Ghana and to report on the recommendations.", "en"
    )

    assert "call" not in summary.features
    assert "governed_by:call" in recommendation.features
    assert "call" in request.features and request.collaboration == "called_for"
