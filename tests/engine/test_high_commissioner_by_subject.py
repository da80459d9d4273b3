"""A bare "High Commissioner" (or his Office) in a sentence on its own is the one for Human Rights
or the one for Refugees as the sentence's subject says: human rights and no refugees, or refugees
and no human rights; both or neither, and it names no one. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from cpcollab.engine.analyze import analyze_sentence
from cpcollab.engine.recognize.titles import TitleResolver


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "Spain welcomed the visit of the High Commissioner and her work on human rights defenders.", "OHCHR"),
        ("en", "The Office of the High Commissioner registered 20,000 refugees from Mali in the region.", "UNHCR"),
        ("fr", "Le Haut-Commissariat a publié un guide sur les droits de l'homme et la police.", "OHCHR"),
        ("es", "La Oficina del Alto Comisionado publicó una guía sobre los derechos humanos y la policía.", "OHCHR"),
        ("ru", "Управление Верховного комиссара опубликовало руководство по правам человека для полиции.", "OHCHR"),
        ("ru", "Верховный комиссар посетил лагеря беженцев в Чаде.", "UNHCR"),
        ("zh", "高级专员办事处发布了关于人权与警务的指南。", "OHCHR"),
        ("ar", "ونشرت المفوضة السامية دليلا بشأن حقوق الإنسان والشرطة.", "OHCHR"),
    ],
)
def test_the_subject_says_which_high_commissioner(lang: str, text: str, code: str) -> None:
    assert code in analyze_sentence(text, lang).actors


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The High Commissioner met the President of the Assembly in Geneva."),
        ("en", "The High Commissioner spoke on the human rights of refugees in the camps."),
        ("fr", "Le Haut-Commissariat a organisé plusieurs réunions d'information pour son personnel."),
    ],
)
def test_without_one_subject_the_title_names_no_one(lang: str, text: str) -> None:
    actors = analyze_sentence(text, lang).actors
    assert "OHCHR" not in actors and "UNHCR" not in actors


def test_in_a_document_the_title_is_its_authors() -> None:
    text = "The High Commissioner visited the camps in Chad with UNICEF."
    by_refugees = analyze_sentence(text, "en", titles=TitleResolver("en", author="UNHCR"))
    by_human_rights = analyze_sentence(text, "en", titles=TitleResolver("en", author="OHCHR"))
    by_another = analyze_sentence(text, "en", titles=TitleResolver("en", author="UNICEF"))
    assert "UNHCR" in by_refugees.actors and "OHCHR" not in by_refugees.actors
    assert "OHCHR" in by_human_rights.actors
    assert "OHCHR" in by_another.actors  # elsewhere, the title keeps its code
