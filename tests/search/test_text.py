"""Folding, reading queries and highlighting: no database."""

from __future__ import annotations

import pytest

from cpcollab.search.highlight import snippet
from cpcollab.search.text import fold, fold_mapped, parse


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Côte  d’Ivoire", "cote d'ivoire"),
        ("ЮНИСЕФ", "юнисеф"),
        ("اَلْأَطْفَال", "الاطفال"),  # harakat dropped, alef with hamza folded
        ("حـــماية", "حمايه"),  # tatweel dropped, ta marbuta folded
        ("儿童 保护", "儿童 保护"),
        ("  NIÑOS\n\tniños ", "ninos ninos"),
    ],
)
def test_fold_makes_forms_alike(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_mapped_points_back_to_the_original() -> None:
    text = "a  اَلْأَطْفَال"
    folded, mapping = fold_mapped(text)

    start = folded.index("اطفال")
    assert text[mapping[start]] == "أ"
    assert len(mapping) == len(folded) + 1


def test_parse_reads_words_phrases_and_exclusions() -> None:
    query = parse('UNICEF "Côte d’Ivoire" -weather  儿童 unicef')

    assert query.include == ("unicef", "cote d'ivoire", "儿童")
    assert query.exclude == ("weather",)
    assert query.short_terms == ("儿童",)
    assert not parse('  "" - ')


def test_snippet_marks_matches_in_the_original_text() -> None:
    text = "L'UNICEF en CÔTE D'IVOIRE et اَلْأَطْفَال"

    html = snippet(text, ("cote d'ivoire", "الاطفال"))

    assert "<mark>CÔTE D&#x27;IVOIRE</mark>" in html
    assert "<mark>اَلْأَطْفَال</mark>" in html  # the marks keep their harakat


def test_snippet_escapes_everything_but_its_marks() -> None:
    html = snippet('<script>alert("x")</script> <b>UNICEF</b> & co', ("unicef", "script"))

    assert "<script" not in html and "<b>" not in html
    assert html == (
        "&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; "
        "&lt;b&gt;<mark>UNICEF</mark>&lt;/b&gt; &amp; co"
    )


def test_snippet_of_a_long_text_is_a_window_around_the_first_match() -> None:
    text = "start " + "word " * 200 + "UNICEF " + "tail " * 200

    html = snippet(text, ("unicef",))

    assert html.startswith("…") and html.endswith("…")
    assert "<mark>UNICEF</mark>" in html
    assert len(html) < 300
