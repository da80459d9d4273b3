"""Support whose object is a text (a resolution, a recommendation) is endorsement, not a word of
collaboration; support given to a party stays one."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence


def _support_counted(text: str, lang: str) -> bool:
    features = analyze_sentence(text, lang).features
    return any(name.startswith("cue:technical_assistance") for name in features)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Australia welcomed its support for the General Assembly resolution on the moratorium.", "en"),
        ("It hoped that Antigua and Barbuda would support the General Assembly resolutions on the moratorium.", "en"),
        ("Support the recommendation of the Special Rapporteur on torture (Denmark);", "en"),
        ("Le Mali a appuyé la résolution de l'Assemblée générale sur le moratoire.", "fr"),
        ("Malí apoyó la resolución de la Asamblea General sobre la moratoria.", "es"),
        ("Мали поддержала резолюцию Генеральной Ассамблеи о моратории.", "ru"),
    ],
)
def test_support_for_a_text_is_no_word_of_collaboration(text: str, lang: str) -> None:
    assert not _support_counted(text, lang)
    assert analyze_sentence(text, lang).collaboration == "none"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("UNDP provided support to the Government in implementing the recommendations of the Committee.", "en"),
        ("UNICEF supported the Ministry of Education and the General Assembly took note.", "en"),
        ("Le PNUD a apporté son appui au Gouvernement pour la mise en œuvre des recommandations du Comité.", "fr"),
        ("El PNUD prestó apoyo al Gobierno para aplicar las recomendaciones del Comité.", "es"),
        ("ПРООН оказала поддержку правительству в выполнении рекомендаций Комитета.", "ru"),
    ],
)
def test_support_given_to_a_party_stays_a_word_of_collaboration(text: str, lang: str) -> None:
    assert _support_counted(text, lang)
