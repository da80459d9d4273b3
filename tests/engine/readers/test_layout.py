"""Layout helpers shared by the readers: numbers, headings, hyphenation, furniture, whitespace."""

from __future__ import annotations

import pytest

from cpcollab.engine.readers.layout import (
    Numbering,
    Vocabulary,
    clean_text,
    heading_level,
    is_furniture,
    is_job_number_line,
    is_page_number,
    join_lines,
    number_label,
    numbered_heading,
    resolve_break_markers,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12. The Council welcomed", ("main", "12")),
        ("99.59 Ratify the Optional Protocol", ("main", "99.59")),
        ("99.59. Ratify the Optional Protocol", ("main", "99.59")),
        ("(a) A national report", ("sub", "a")),
        ("(iv) the fourth item", ("sub", "iv")),
        ("2019. The delegation", None),
        ("5/1 and paragraph 5", None),
        ("12 (a) of the annex", None),
        ("The Council", None),
        ("12 - يرحب المجلس بالتعاون", ("main", "12")),
        ("3 – تشجع الدول", ("main", "3")),
        ("(ب) تعزيز القدرات", ("sub", "ب")),
        ("10 - 12 years of age", None),
        ("122-1 التصديق على البروتوكول الاختياري", ("main", "122.1")),
        ("4-13 شباط/فبراير 2015", None),
        ("a) De renforcer la coopération avec l’UNICEF;", ("sub", "a")),
        ("iii) Fortalecer la cooperación con el UNICEF;", ("sub", "iii")),
        ("б) укреплять сотрудничество с ЮНИСЕФ;", ("sub", "б")),
        ("ab) not a label", None),
        ("I) The first", None),
    ],
)
def test_number_label_finds_un_paragraph_numbers(text: str, expected: tuple[str, str] | None) -> None:
    assert number_label(text) == expected


def test_numbering_attaches_sub_items_to_their_paragraph() -> None:
    # given a paragraph 12 and its sub-items
    numbering = Numbering()

    # when numbers are assigned in order
    numbers = [numbering.assign(t) for t in ("12. The Council", "(a) first", "(b) second", "13. Next", "No number")]

    # then sub-items carry the paragraph's number and the number stays in the text
    assert numbers == ["12", "12 (a)", "12 (b)", "13", None]


def test_numbering_expects_the_next_number_only() -> None:
    numbering = Numbering()
    numbering.assign("11. Previous")

    assert numbering.expects("12. The next")
    assert not numbering.expects("1. Equality and non-discrimination")
    numbering.assign("99. The recommendations below")
    assert numbering.expects("99.1 Ratify")


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I. Summary of the proceedings of the review process", 1),
        ("A. Presentation by the State under review", 2),
        ("HUMAN RIGHTS COUNCIL", 1),
        ("Introduction", 1),
        ("Annex", 1),
        ("A/HRC/43/15", None),
        ("1. The Working Group on the Universal Periodic Review held its session.", None),
        ("I. Summary ........................................ 5–98 3", None),
        ("The State had taken steps.", None),
    ],
)
def test_heading_level_recognises_chapter_headings(text: str, level: int | None) -> None:
    assert heading_level(text) == level


def test_numbered_heading_is_a_short_title_out_of_sequence() -> None:
    numbering = Numbering()
    numbering.assign("6. In 2005, the Commissioner noted the programme.")

    assert numbered_heading("1. Equality and non-discrimination", numbering)
    assert not numbered_heading("7. In 2005, the Commissioner welcomed", numbering)
    assert not numbered_heading("1. Equality was discussed.", numbering)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["the protec-", "tion of children"], "the protection of children"),
        (["the Secretary-", "General said"], "the Secretary-General said"),
        (["on non-", "discrimination"], "on non-discrimination"),
        (["pp. 50-", "51"], "pp. 50-51"),
        (["a dash -", "here"], "a dash - here"),
        (["first line", "second line"], "first line second line"),
    ],
)
def test_join_lines_rejoins_words_hyphenated_at_line_ends(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def test_join_lines_follows_the_documents_own_spelling() -> None:
    # given a document that writes "decision-making" and "cooperation" elsewhere
    vocabulary = Vocabulary(["decision-making and cooperation", "more decision-making"])

    # then line-end hyphens follow that spelling
    assert join_lines(["public decision-", "making"], vocabulary) == "public decision-making"
    assert join_lines(["co-", "operation"], vocabulary) == "cooperation"


def test_break_markers_of_the_pdf_text_layer_are_resolved() -> None:
    assert resolve_break_markers("child protec\ufffetion") == "child protection"
    assert resolve_break_markers("CoE\ufffeCommissioner") == "CoE-Commissioner"
    assert resolve_break_markers("anti\x02discrimination") == "anti-discrimination"


@pytest.mark.parametrize(
    "text",
    ["A/HRC/43/15", "2", "Page 12", "- 3 -", "4/17", "GE.14-12345", "GE.19-21936(E)", "2 GE.14-24933", "*1409727*"],
)
def test_running_heads_and_feet_are_furniture(text: str) -> None:
    assert is_furniture(text)


@pytest.mark.parametrize("text", ["1. The Council", "Human Rights Council", "1 A/HRC/43/15 and its addendum"])
def test_body_lines_are_not_furniture(text: str) -> None:
    assert not is_furniture(text)


def test_job_numbers_and_page_numbers_are_recognised_alone() -> None:
    assert is_job_number_line("GE.11-17650 (E) 121211 131211")
    assert not is_job_number_line("The GE.11-17650 document")
    assert is_job_number_line("GE.09- ")  # its digits a text object of their own
    assert not is_job_number_line("GE.09-based figures")
    assert is_page_number("Page 3") and not is_page_number("Page three")


def test_clean_text_normalises_whitespace_and_drops_invisible_characters() -> None:
    text = "a\u00a0b\u00adc\u200b d\t\te\x07 \uf0b7 item \ufeff"

    assert clean_text(text) == "a bc d e • item"
    assert clean_text(" one \n\n two ", keep_newlines=True) == "one\ntwo"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["请秘书长与联合国儿童基", "金会合作。"], "请秘书长与联合国儿童基金会合作。"),
        (["会议于", "2014年举行。"], "会议于2014年举行。"),
        (["在2014", "年举行。"], "在2014年举行。"),
        (["儿基会（UNICEF）", "与政府合作。"], "儿基会（UNICEF）与政府合作。"),
        (["UNICEF worked with", "2014 partners"], "UNICEF worked with 2014 partners"),
        (["تعاونت منظمة الأمم المتحدة", "للطفولة مع الحكومة."], "تعاونت منظمة الأمم المتحدة للطفولة مع الحكومة."),
    ],
)
def test_join_lines_puts_no_space_inside_chinese_text(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def test_a_line_break_inside_chinese_text_is_no_space_but_one_between_words_is() -> None:
    assert clean_text("联合国儿童基\n  金会与政府合作。\nUNICEF worked\nwith 2014\n年") == (
        "联合国儿童基金会与政府合作。 UNICEF worked with 2014年"
    )


def test_a_name_broken_across_lines_of_a_chinese_pdf_is_recognised() -> None:
    from cpcollab.engine.limits import Limits
    from cpcollab.engine.model import Document
    from cpcollab.engine.pipeline import process
    from cpcollab.engine.readers.pdflayout import Line, pdf_blocks

    lines = [
        Line("12. 请秘书长与联合国儿童基", 1, 114.0, 480.0, 708.0, 700.0, 700.0, 10.0, 10.0, False, 842.0),
        Line(
            "金会合作，应会员国请求向其提供技术援助，以建立全面和免费的出生登记",
            1,
            114.0,
            480.0,
            696.0,
            688.0,
            688.0,
            10.0,
            10.0,
            False,
            842.0,
        ),
        Line("制度。", 1, 114.0, 150.0, 684.0, 676.0, 676.0, 10.0, 10.0, False, 842.0),
    ]
    blocks = pdf_blocks([lines], Limits()).blocks
    extraction = process(Document(format="pdf", blocks=blocks, sha256="", byte_size=0))

    assert (
        blocks[0].text
        == "12. 请秘书长与联合国儿童基金会合作，应会员国请求向其提供技术援助，以建立全面和免费的出生登记制度。"
    )
    assert {m.span.value for m in extraction.mentions} >= {"SG", "UNICEF"}


def test_arabic_presentation_forms_and_ligatures_become_letters() -> None:
    # the shaped forms some PDF text layers give ("ﻣﻨﻈﻤﺔ") and the "ﬁ" ligature
    assert clean_text("ﺗﻌﺎﻭﻧﺖ ﻣﻨﻈﻤﺔ ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ ﻟﻠﻄﻔﻮﻟﺔ ﻻ Ofﬁce") == "تعاونت منظمة الأمم المتحدة للطفولة لا Office"


def test_a_text_in_arabic_presentation_forms_names_its_actors() -> None:
    from cpcollab.engine.pipeline import extract

    text = "ﺗﻌﺎﻭﻧﺖ ﻣﻨﻈﻤﺔ ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ ﻟﻠﻄﻔﻮﻟﺔ ﻣﻊ ﺍﻟﺤﻜﻮﻣﺔ ﻓﻲ ﺗﻨﻔﻴﺬ ﺍﻟﺨﻄﺔ ﺍﻟﻮﻃﻨﻴﺔ ﻟﺤﻤﺎﻳﺔ ﺍﻷﻃﻔﺎﻝ."
    extraction = extract(text.encode("utf-8"), filename="report.txt")

    assert extraction.document.blocks[0].text.startswith("تعاونت منظمة الأمم المتحدة للطفولة")
    assert [(s.collaboration, s.participants) for s in extraction.statements] == [("reported", ["UNICEF"])]
