"""Expressing support (an endorsement) and the budget line for supporting programmes are not
collaboration (ANNOTATION.md: "purely political support or endorsement"), while support given is.
Each language's cue data blocks those phrases; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


def _support_cues(text: str, lang: str) -> list[str]:
    features = analyze_sentence(text, lang).features or {}
    return sorted(name for name in features if name.startswith("cue:technical_assistance"))


@pytest.mark.parametrize(
    ("lang", "endorsed", "given"),
    [
        (
            "en",
            "The Economic and Social Council expressed its full support for the work of UNICEF.",
            "The Economic and Social Council provided support to UNICEF.",
        ),
        (
            "en",
            "UNICEF and UNFPA reported programme support costs of $3.2 million.",
            "UNICEF and UNFPA reported support to the Ministry of Health.",
        ),
        (
            "fr",
            "Le Conseil économique et social a exprimé son plein appui aux travaux de l'UNICEF.",
            "Le Conseil économique et social a fourni un appui à l'UNICEF.",
        ),
        (
            "fr",
            "L'UNICEF et le FNUAP ont indiqué des dépenses d'appui aux programmes de 3,2 millions de dollars.",
            "L'UNICEF et le FNUAP ont indiqué un appui au Ministère de la santé.",
        ),
        (
            "fr",
            "Les membres du Conseil économique et social ont réitéré leur soutien aux travaux de l'UNICEF.",
            "Les membres du Conseil économique et social ont apporté leur soutien à l'UNICEF.",
        ),
        (
            "ru",
            "Члены Экономического и Социального Совета выразили свою полную поддержку работе ЮНИСЕФ.",
            "Члены Экономического и Социального Совета оказали поддержку ЮНИСЕФ.",
        ),
        (
            "ru",
            "Экономический и Социальный Совет выразил свою поддержку работе ЮНИСЕФ.",
            "Экономический и Социальный Совет оказал поддержку ЮНИСЕФ.",
        ),
        (
            "ru",
            "ЮНИСЕФ и ЮНФПА сообщили о расходах на поддержку программ в размере 3,2 млн. долл. США.",
            "ЮНИСЕФ и ЮНФПА сообщили об оказании поддержки министерству здравоохранения.",
        ),
        (
            "es",
            "El UNICEF y el UNFPA informaron de gastos de apoyo a los programas por valor de 3,2 millones de dólares.",
            "El UNICEF y el UNFPA informaron del apoyo prestado al Ministerio de Salud.",
        ),
    ],
)
def test_expressing_support_is_no_support_given(lang: str, endorsed: str, given: str) -> None:
    assert _support_cues(given, lang), "the control sentence must find the support cue"
    assert _support_cues(endorsed, lang) == []
