"""Themes of the registry's taxonomy by their keywords, in the six languages, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from cpcollab import reference
from cpcollab.engine.recognize.themes import find_themes, theme_forms


def _themes(text: str, lang: str) -> set[str]:
    return {s.value for s in find_themes(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The partners supported birth registration and fought child labour."),
        ("fr", "Les partenaires ont appuyé l'enregistrement des naissances et combattu le travail des enfants."),
        ("es", "Los asociados apoyaron el registro de nacimientos y combatieron el trabajo infantil."),
        ("ru", "Партнеры поддержали регистрацию рождения и боролись с детским трудом."),
        ("zh", "合作伙伴支持出生登记并打击童工现象。"),
        ("ar", "دعم الشركاء تسجيل المواليد وكافحوا عمل الأطفال."),
    ],
)
def test_keywords_name_their_themes_in_every_language(lang: str, text: str) -> None:
    assert {"crc-art-7", "crc-art-32"} <= _themes(text, lang)


def test_a_shared_keyword_names_each_of_its_themes_at_the_same_place() -> None:
    text = "They worked on child labour."
    spans = [s for s in find_themes(text, "en") if s.text == "child labour"]
    sharing = {t.code for t in reference.themes() if "child labour" in t.keywords.get("en", ())}
    assert len(sharing) > 1
    assert {s.value for s in spans} == sharing
    assert {(s.start, s.end) for s in spans} == {(text.index("child labour"), text.index("child labour") + 12)}


def test_the_longest_keyword_wins() -> None:
    spans = find_themes("They addressed the worst forms of child labour.", "en")
    assert {s.text for s in spans} == {"worst forms of child labour"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Committee met in Geneva to adopt its report."),
        ("fr", "Le Comité s'est réuni à Genève pour adopter son rapport."),
        ("zh", "委员会在日内瓦举行会议，通过了报告。"),
    ],
)
def test_sentences_without_keywords_have_no_theme(lang: str, text: str) -> None:
    assert find_themes(text, lang) == []


@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_every_item_with_keywords_is_recognisable(lang: str) -> None:
    coded = {f.value for f in theme_forms(lang)} | {v for f in theme_forms(lang) for _, v in f.attributes}
    expected = {t.code for t in reference.themes() if t.keywords.get(lang)}
    assert coded == expected
