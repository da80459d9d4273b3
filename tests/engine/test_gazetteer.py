"""The name matcher: longest match, offsets, case rules, per-language morphology."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpcollab.engine.recognize.gazetteer import Form, Gazetteer, ru_stem


def _gazetteer(lang: str, *forms: tuple[str, str] | tuple[str, str, bool]) -> Gazetteer:
    return Gazetteer(
        lang=lang, forms=[Form(value=f[0], text=f[1], lang=lang, block=len(f) > 2 and bool(f[2])) for f in forms]
    )


def _found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(h.form.value, text[h.start : h.end]) for h in gazetteer.find(text)]


def test_the_longest_form_wins_and_offsets_point_into_the_original() -> None:
    g = _gazetteer(
        "en",
        ("SG", "Secretary-General"),
        ("SRSG-VAC", "Special Representative of the Secretary-General on Violence against Children"),
    )
    text = "The Special Representative of the Secretary-General on Violence against Children met the Secretary-General."

    assert _found(g, text) == [
        ("SRSG-VAC", "Special Representative of the Secretary-General on Violence against Children"),
        ("SG", "Secretary-General"),
    ]


def test_folding_ignores_case_accents_and_typographic_marks() -> None:
    g = _gazetteer("fr", ("UNICEF", "Fonds des Nations Unies pour l'enfance"))

    assert _found(g, "le FONDS DES NATIONS UNIES POUR L’ENFANCE a dit") == [
        ("UNICEF", "FONDS DES NATIONS UNIES POUR L’ENFANCE")
    ]


def test_acronyms_match_their_case_only() -> None:
    g = _gazetteer("en", ("WHO", "WHO"))

    assert _found(g, "WHO and UNICEF") == [("WHO", "WHO")]
    assert _found(g, "those who work") == []


def test_a_form_matches_whole_words_only() -> None:
    g = _gazetteer("en", ("UNDP", "UNDP"), ("X", "Council"))

    assert _found(g, "UNDPX Councils") == []


def test_a_trailing_star_matches_any_ending() -> None:
    g = _gazetteer("en", ("joint_activity", "cooperat*"))

    assert [t for _, t in _found(g, "cooperation, cooperating and cooperative")] == [
        "cooperation",
        "cooperating",
        "cooperative",
    ]


def test_a_star_inside_a_form_makes_its_word_a_prefix() -> None:
    g = _gazetteer("en", ("call", "stress* the need"), ("none", "report* to the"))

    assert _found(g, "It stressed the need; it stresses the need; UNICEF reports to the Board.") == [
        ("call", "stressed the need"),
        ("call", "stresses the need"),
        ("none", "reports to the"),
    ]
    assert _found(g, "the need to report to them") == []


def test_a_star_standing_alone_matches_any_one_word() -> None:
    g = _gazetteer("fr", ("joint_activity", "dialogue * avec"), ("joint_activity", "dialogue * * avec"))

    assert _found(g, "un dialogue constructif avec l'État; un dialogue très franc avec eux") == [
        ("joint_activity", "dialogue constructif avec"),
        ("joint_activity", "dialogue très franc avec"),
    ]
    # One word only, and a word: not punctuation, a number, nor no word at all.
    assert (
        _found(g, "le dialogue, avec; le dialogue 2015 avec; le dialogue avec; le dialogue très franc et ouvert avec")
        == []
    )


def test_a_star_standing_alone_in_arabic_follows_a_word_with_particles() -> None:
    g = _gazetteer("ar", ("joint_activity", "حوار* * مع"))

    assert [t for _, t in _found(g, "وأجرى حوارا بناء مع الحكومة")] == ["حوارا بناء مع"]


def test_a_star_inside_a_russian_form_keeps_the_words_after_it_on_stems() -> None:
    g = _gazetteer("ru", ("", "выразил* свою поддержку"))

    assert [t for _, t in _found(g, "Делегации выразили свою поддержку; Совет выразил свою поддержку.")] == [
        "выразили свою поддержку",
        "выразил свою поддержку",
    ]


def test_blocking_forms_hide_what_they_cover() -> None:
    g = _gazetteer("en", ("UN-SYSTEM", "United Nations"), ("", "Charter of the United Nations", True))

    assert _found(g, "the Charter of the United Nations and the United Nations") == [("UN-SYSTEM", "United Nations")]


@pytest.mark.parametrize(
    "text",
    ["Совет Безопасности", "Совета Безопасности", "Совету Безопасности", "Советом Безопасности", "Совете Безопасности"],
)
def test_russian_case_forms_match_by_stem(text: str) -> None:
    g = _gazetteer("ru", ("SC", "Совет Безопасности"))

    assert _found(g, f"решение {text} было") == [("SC", text)]


@pytest.mark.parametrize("text", ["مجلس الأمن", "ومجلس الأمن", "لمجلس الأمن", "بمجلس الأمن", "فمجلس الامن"])
def test_arabic_attached_particles_are_tried_off(text: str) -> None:
    g = _gazetteer("ar", ("SC", "مجلس الأمن"))

    assert [value for value, _ in _found(g, f"قرار {text} هذا")] == ["SC"]


@pytest.mark.parametrize(
    ("text", "expected"), [("الأمين العام", "SG"), ("للأمين العام", "SG"), ("والأمين العام", "SG")]
)
def test_arabic_article_after_lam_becomes_lam_lam(text: str, expected: str) -> None:
    g = _gazetteer("ar", ("SG", "الأمين العام"))

    assert [value for value, _ in _found(g, text)] == [expected]


def test_chinese_forms_match_without_spaces() -> None:
    g = _gazetteer("zh", ("UNICEF", "儿基会"), ("UN-SYSTEM", "联合国"), ("UNICEF", "联合国儿童基金会"))

    assert _found(g, "联合国儿童基金会和联合国与儿基会合作") == [
        ("UNICEF", "联合国儿童基金会"),
        ("UN-SYSTEM", "联合国"),
        ("UNICEF", "儿基会"),
    ]


@pytest.mark.parametrize(
    ("word", "stem"), [("секретаря", "секретар"), ("Генеральным", "Генеральн"), ("Наций", "Нац"), ("ООН", "ООН")]
)
def test_russian_stems(word: str, stem: str) -> None:
    assert ru_stem(word) == stem


@given(st.text(max_size=200))
def test_hits_are_in_bounds_and_do_not_overlap(text: str) -> None:
    g = _gazetteer("en", ("A", "united nations"), ("B", "nations"), ("C", "UN"))

    hits = g.find(text)

    assert all(0 <= h.start < h.end <= len(text) for h in hits)
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))


def test_a_blocking_form_written_like_a_name_hides_it_whichever_comes_first() -> None:
    for forms in (
        [("CRPD", "CRPD"), ("", "CRPD", True)],
        [("", "CRPD", True), ("CRPD", "CRPD")],
    ):
        g = _gazetteer("en", *forms)
        assert _found(g, "the ratification of CRPD") == []
