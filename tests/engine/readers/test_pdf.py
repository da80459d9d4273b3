"""PDF reading on small PDFs written in the test: furniture, hyphenation, footnotes, limits."""

from __future__ import annotations

import time

import pytest

from cpcollab.engine.errors import (
    EncryptedDocumentError,
    MalformedDocumentError,
    NoTextError,
    TooManyPagesError,
)
from cpcollab.engine.limits import Limits
from cpcollab.engine.model import Block, BlockKind, Document
from cpcollab.engine.readers import read_bytes
from cpcollab.pdfmaker import Text, make_pdf

SYMBOL = "A/HRC/99/1"


def _page(number: int, body: list[Text]) -> list[Text]:
    """A UN-style page: the symbol at the top, the page number at the bottom, a job number on page 1."""
    furniture = [Text(57 if number % 2 == 0 else 487, 790, 9, SYMBOL), Text(300, 30, 9, str(number))]
    if number == 1:
        furniture.append(Text(57, 60, 10, "GE.24-01234(E)"))
    return furniture + body


def _report() -> Document:
    return read_bytes(_report_bytes(), filename="report.pdf")


def _report_bytes() -> bytes:
    page1 = [
        Text(114, 740, 14, "Report of the Working Group*"),
        Text(114, 700, 14, "I. Introduction"),
        Text(114, 670, 10, "1. The Committee welcomed the cooperation on child protec-"),
        Text(114, 658, 10, "tion between UNICEF and the State party, noting the work of the Secretary-"),
        Text(114, 646, 10, "General in that regard."),
        Text(114, 628, 10, "2. It noted the report of the Special Rapporteur and the protection"),
        Text(114, 616, 10, "of children in the State party."),
        Text(142, 598, 10, "(a) A national report;"),
        Text(142, 580, 10, "(b) A compilation."),
        Text(114, 110, 6, "1"),
        Text(120, 106, 8, "A/HRC/99/2, para. 4."),
        Text(105, 95, 6, "*"),
        Text(114, 91, 8, "The annex is circulated as received."),
    ]
    page2 = [
        Text(114, 700, 12, "A. Interactive dialogue"),
        Text(114, 670, 10, "3. The Committee recommended that the State party strengthen its child"),
        Text(114, 658, 10, "protection system and cooperate with UNICEF."),
    ]
    page3 = [Text(114, 700, 10, "4. The report was adopted.")]
    return make_pdf([_page(1, page1), _page(2, page2), _page(3, page3)])


def test_running_heads_page_numbers_and_job_numbers_are_removed() -> None:
    document = _report()
    texts = [b.text for b in document.blocks]

    assert document.format == "pdf" and document.pages == 3
    assert not any(SYMBOL in t or "GE.24" in t for t in texts)
    assert not any(t.strip().isdigit() for t in texts)


def test_paragraphs_are_joined_numbered_and_hyphenation_is_undone() -> None:
    document = _report()
    paragraphs = [b for b in document.blocks if b.kind == BlockKind.PARAGRAPH]

    assert [p.para_number for p in paragraphs] == ["1", "2", "2 (a)", "2 (b)", "3", "4"]
    assert paragraphs[0].text == (
        "1. The Committee welcomed the cooperation on child protection between UNICEF and the State party, "
        "noting the work of the Secretary-General in that regard."
    )
    assert [p.page for p in paragraphs] == [1, 1, 1, 1, 2, 3]


def test_headings_are_found_by_size_and_pattern() -> None:
    headings = [(b.text, b.level) for b in _report().blocks if b.kind == BlockKind.HEADING]

    assert headings == [("Report of the Working Group*", 1), ("I. Introduction", 1), ("A. Interactive dialogue", 2)]


def test_footnotes_are_kept_apart_with_their_labels() -> None:
    document = _report()
    notes = [(b.label, b.text, b.page) for b in document.blocks if b.kind == BlockKind.FOOTNOTE]

    assert notes == [("1", "A/HRC/99/2, para. 4.", 1), ("*", "The annex is circulated as received.", 1)]
    assert "para. 4" not in document.text()
    assert document.blocks[-1].kind == BlockKind.FOOTNOTE


def test_an_encrypted_pdf_is_refused() -> None:
    data = make_pdf([_page(1, [Text(114, 700, 10, "Secret.")])], encrypted=True)

    with pytest.raises(EncryptedDocumentError):
        read_bytes(data)


def test_a_truncated_pdf_is_malformed() -> None:
    data = make_pdf([_page(1, [Text(114, 700, 10, "Cut short.")])])

    with pytest.raises(MalformedDocumentError):
        read_bytes(data[: len(data) // 2])


def test_a_pdf_without_text_needs_ocr() -> None:
    with pytest.raises(NoTextError):
        read_bytes(make_pdf([[], []]))


def test_pages_are_counted_before_they_are_read() -> None:
    # given a 500-page PDF
    data = make_pdf([[Text(114, 700, 10, f"{n}. Paragraph on page {n}.")] for n in range(1, 501)])

    # when the page limit is lower, it fails at once
    started = time.perf_counter()
    with pytest.raises(TooManyPagesError):
        read_bytes(data, limits=Limits(max_pages=100))
    assert time.perf_counter() - started < 1.0

    # and within the limit every page is read, one at a time
    document = read_bytes(data)
    assert document.pages == 500
    assert len(document.blocks) == 500 and document.blocks[-1].para_number == "500"


def test_text_beyond_the_character_limit_is_cut_with_a_warning() -> None:
    data = make_pdf([[Text(114, 700, 10, f"{n}. Paragraph on page {n}.")] for n in range(1, 21)])

    document = read_bytes(data, limits=Limits(max_text_chars=100))

    assert sum(len(b.text) for b in document.blocks) <= 100
    assert any("max_text_chars" in w for w in document.warnings)


def test_type_sizes_and_weights_remembered_per_text_object_are_those_of_each_character() -> None:
    import ctypes
    import math

    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    from cpcollab.engine.readers.pdf import _PageText

    data = make_pdf([_page(1, [Text(114, 700, 10, "A line of body text."), Text(114, 680, 14, "A larger heading")])])
    pdf = pdfium.PdfDocument(data)
    textpage = pdf[0].get_textpage()
    page = _PageText(textpage)
    matrix = pdfium_c.FS_MATRIX()
    checked = 0
    for index in range(page.count):
        if chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, index)).isspace():
            continue  # style() is only asked about characters the text shows
        size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, index))
        if pdfium_c.FPDFText_GetMatrix(textpage.raw, index, ctypes.byref(matrix)):
            size *= math.hypot(matrix.c, matrix.d) or 1.0
        weight = int(pdfium_c.FPDFText_GetFontWeight(textpage.raw, index))
        assert page.style(index) == (round(size, 1), weight)
        checked += 1
    assert checked > 20
    assert {page.font_size(i) for i in range(page.count) if not page.text[i].isspace()} >= {10.0, 14.0}
    textpage.close()
    pdf.close()


def _pdf_pages(data: bytes) -> list[tuple[object, object, float]]:
    """(text page, page, height) of every page of a PDF, left open for the caller."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    pdf = pdfium.PdfDocument(data)
    pages = [pdf[i] for i in range(len(pdf))]
    return [(page.get_textpage(), page, float(page.get_height())) for page in pages]


def _both_paths_agree(data: bytes) -> int:
    """Lines of every page by the one-loop path and by the general path; returns how many lines."""
    from cpcollab.engine.readers.pdf import _aligned_lines, _general_lines, _PageText

    count = 0
    for number, (textpage, _page, height) in enumerate(_pdf_pages(data), start=1):
        fast = _PageText(textpage)
        if not fast.aligned:
            continue
        general = _PageText(textpage)
        assert _aligned_lines(fast, number, height) == _general_lines(general, number, height)
        count += len(_general_lines(_PageText(textpage), number, height))
    return count


def test_the_one_loop_path_measures_lines_as_the_general_path_does() -> None:
    from bench.reportgen import report_pdf

    # A footnote label that pdfium puts at the end of the line above ("… here. 2"), and one set
    # with an asterisk: the general path splits them off.
    labels = [
        Text(114, 700, 10, "Body text of the report in normal type."),
        Text(114, 120, 8, "First note text ends here."),
        Text(114, 118, 6, "2"),
        Text(120, 110, 8, "Second note text."),
        Text(114, 90, 8, "Third note text ends here."),
        Text(114, 88, 6, "*"),
        Text(120, 80, 8, "Fourth note text."),
    ]
    assert _both_paths_agree(make_pdf([labels])) >= 7
    assert _both_paths_agree(_report_bytes()) > 10
    assert _both_paths_agree(report_pdf(20)) > 900


def test_the_one_loop_path_agrees_on_real_un_pdfs() -> None:
    from tests.engine.readers.conftest import shared_files

    pdfs = shared_files("hrc/pdf", ".pdf") + shared_files("upr/pdf", ".pdf")
    if not pdfs:
        pytest.skip("shared test data not available")
    assert sum(_both_paths_agree(pdf.read_bytes()) for pdf in pdfs) > 500


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the Working Group.2 The", "the Working Group. The"),
        ("the Universal Periodic Review,1 the", "the Universal Periodic Review, the"),
        ("regional cooperation (Switzerland)3;", "regional cooperation (Switzerland);"),
        ("see A/HRC/14/15/Add.1 and art.5, para. 2", "see A/HRC/14/15/Add.1 and art.5, para. 2"),
        ("UNICEF.3 The G20 met in 2015.", "UNICEF.3 The G20 met in 2015."),
        ("a plot of 40 km2 was given", "a plot of 40 km2 was given"),
        ("the Committee.9 The", "the Committee.9 The"),  # no note 9: a number of the text
    ],
)
def test_note_numbers_glued_to_words_are_taken_out(text: str, kept: str) -> None:
    from cpcollab.engine.readers.pdflayout import drop_note_references

    assert drop_note_references(text, {"1", "2", "3", "5"}) == kept


def test_a_real_report_keeps_its_notes_apart_from_the_words_that_call_them() -> None:
    from tests.engine.readers.conftest import shared_files

    pdfs = [p for p in shared_files("hrc/pdf", ".pdf") if p.name == "g0917008.pdf"]
    if not pdfs:
        pytest.skip("shared test data not available")
    document = read_bytes(pdfs[0].read_bytes(), filename=pdfs[0].name)
    body = document.text()

    assert "stakeholders’ submissions to" in body and "submissions1" not in body
    assert "regarding the comments." in body and "comments.3" not in body
    assert len([b for b in document.blocks if b.kind == BlockKind.FOOTNOTE and b.label]) >= 70


def _endnotes_bytes(heading: str | None, *, annex: bool = False) -> bytes:
    """A report whose notes are collected at its end, under ``heading`` or under no heading.

    The second note runs over a page that holds nothing else (no label on it) and onto the next
    one: no line in body type marks a foot-of-page zone there.
    """
    body = "cooperation between the State party and the United Nations Children's Fund on child protection"
    page1 = [
        Text(114, 740 - 12 * k, 10, f"{body} and on birth registration in rural areas, line {k}.") for k in range(12)
    ]
    page1 += [
        Text(114, 560, 10, "1. The Committee welcomed the report of the Working Group.1 The State party agreed."),
        Text(114, 540, 10, "2. It noted the statement of the Special Rapporteur,2 the submissions of the"),
        Text(114, 528, 10, "civil society organizations3 and the work of the Office of the High Commissioner."),
        Text(114, 508, 10, "3. The State party cooperated with the United Nations Children's Fund.4"),
    ]
    page2 = [
        Text(114, 740 - 12 * k, 10, f"{body} and on the protection of migrant children, line {k}.") for k in range(12)
    ]
    if heading:
        page2.append(Text(57, 560, 10, heading))
    page2 += [
        Text(105, 534, 6, "1"),
        Text(114, 530, 8, "A/HRC/99/2, para. 4."),
        Text(105, 520, 6, "2"),
        Text(114, 516, 8, "The stakeholders listed below have contributed information for this summary:"),
        Text(114, 504, 8, "Civil society"),
    ]
    page3 = [Text(142, 740 - 11 * k, 8, f"JS{k} Joint submission {k}, Geneva (Switzerland);") for k in range(1, 9)]
    page4 = [
        Text(142, 740, 8, "National human rights institution: Ombudsman, Lima (Peru)."),
        Text(105, 733, 6, "3"),
        Text(114, 729, 8, "Ombudsman, p. 2."),
        Text(105, 722, 6, "4"),
        Text(114, 718, 8, "UNICEF, p. 3."),
    ]
    if annex:
        page4 += [
            Text(114, 680, 14, "Annex"),
            Text(114, 650, 10, "The delegation of the State party was headed by the Minister of Justice."),
        ]
    return make_pdf([_page(1, page1), _page(2, page2), _page(3, page3), _page(4, page4)])


@pytest.mark.parametrize(
    ("heading", "annex"),
    [("Notes", False), ("Notes", True), ("Notas", True), (None, False)],
    ids=["notes", "notes-then-annex", "spanish-heading", "no-heading"],
)
def test_endnotes_at_the_end_of_a_report_are_notes_apart_from_the_body(heading: str | None, annex: bool) -> None:
    # given a report whose notes 1-4 follow its body, the second one running over a page alone
    document = read_bytes(_endnotes_bytes(heading, annex=annex), filename="endnotes.pdf")
    notes = [(b.label, b.text, b.page) for b in document.blocks if b.kind == BlockKind.FOOTNOTE]
    body = document.text()

    # then each note is a footnote block with its label, the second one whole
    assert [(label, page) for label, _text, page in notes] == [("1", 2), ("2", 2), ("3", 4), ("4", 4)]
    assert notes[1][1].startswith("The stakeholders listed below")
    assert "JS8 Joint submission 8" in notes[1][1] and notes[1][1].endswith("Ombudsman, Lima (Peru).")
    assert notes[3][1] == "UNICEF, p. 3."
    # and the body keeps neither the notes nor the numbers that call them
    assert "Joint submission" not in body and "Ombudsman" not in body
    assert "the Working Group. The State party" in body and "Rapporteur, the submissions" in body
    assert "organizations and the work" in body and "Children's Fund." in body and "Fund.4" not in body
    # and what follows the notes is read as body again
    assert ("The delegation of the State party" in body) == annex


def test_a_notes_heading_is_recognised_in_the_six_languages() -> None:
    from cpcollab.engine.readers.pdflayout import is_notes_heading

    for heading in ("Notes", "NOTES", "Endnotes", "Notes:", "Notas", "Примечания", "注", "الحواشي"):
        assert is_notes_heading(heading), heading
    for line in ("Notes on the situation of children", "Note", "Annex", ""):
        assert not is_notes_heading(line), line


def _bold_recommendations(second_page: bool) -> list[list[object]]:
    """Lines of a UPR report's recommendations, printed in bold at body size: each starts with its
    number, and its next lines carry on mid-sentence (on the next page too when ``second_page``)."""
    from cpcollab.engine.readers.pdflayout import Line

    def line(text: str, page: int, base: float, bold: bool = True) -> Line:
        return Line(text, page, 142.0, 480.0, base + 8, base, base, 10.0, 10.0, bold, 842.0)

    body = [
        line(f"{n}. The State party reported on its plans for children in the year.", 1, 700 - 12 * (n - 47), False)
        for n in range(48, 67)
    ]
    first = [
        *body,
        line("67. The recommendations below enjoy the support of the State party:", 1, 418, False),
        line("67.1. Work with the Office of the High Commissioner for Human Rights to", 1, 400),
        line("prepare a Common Core Document that would alleviate its treaty-reporting", 1, 388),
        line("burden (Maldives);", 1, 376),
        line("67.2. Seek technical assistance from the Office of the High Commissioner for", 1, 358),
    ]
    rest = [
        line(
            "Human Rights to strengthen its national framework (Chile);",
            2 if second_page else 1,
            700 if second_page else 346,
        )
    ]
    return [first, rest] if second_page else [first + rest]


@pytest.mark.parametrize("second_page", [False, True])
def test_a_bold_paragraph_goes_on_where_its_sentence_does(second_page: bool) -> None:
    from cpcollab.engine.readers.pdflayout import pdf_blocks

    blocks = pdf_blocks(_bold_recommendations(second_page), Limits()).blocks  # type: ignore[arg-type]
    recommendations = [b for b in blocks if b.text.startswith(("67.1.", "67.2."))]

    assert not [b for b in blocks if b.kind == BlockKind.HEADING]
    assert [b.text for b in recommendations] == [
        "67.1. Work with the Office of the High Commissioner for Human Rights to prepare a Common Core "
        "Document that would alleviate its treaty-reporting burden (Maldives);",
        "67.2. Seek technical assistance from the Office of the High Commissioner for Human Rights to "
        "strengthen its national framework (Chile);",
    ]


def test_a_bold_line_after_a_finished_sentence_is_still_a_heading() -> None:
    from cpcollab.engine.readers.pdflayout import Line, pdf_blocks

    lines = [
        Line(
            f"{n}. The State party reported on its plans for children in the year.",
            1,
            142.0,
            480.0,
            708 - 12 * n,
            700 - 12 * n,
            700 - 12 * n,
            10.0,
            10.0,
            False,
            842.0,
        )
        for n in range(1, 20)
    ]
    lines.append(
        Line("Cooperation with human rights mechanisms", 1, 142.0, 380.0, 478, 470, 470, 10.0, 10.0, True, 842.0)
    )
    lines.append(
        Line("20. The State party cooperated with OHCHR.", 1, 142.0, 480.0, 448, 440, 440, 10.0, 10.0, False, 842.0)
    )
    blocks = pdf_blocks([lines], Limits()).blocks

    assert [b.text for b in blocks if b.kind == BlockKind.HEADING] == ["Cooperation with human rights mechanisms"]


def test_a_real_upr_report_keeps_each_bold_recommendation_whole() -> None:
    from tests.engine.readers.conftest import read_cached, shared

    document = read_cached(shared("upr", "pdf", "antiguaandbarbuda2011.pdf"))
    texts = [b.text for b in document.blocks if b.kind == BlockKind.PARAGRAPH]

    assert (
        "67.11. Work with the Office of the High Commissioner for Human Rights to prepare a Common Core Document "
        "that would alleviate its treaty-reporting burden (Maldives);"
    ) in texts
    assert any(t.startswith("68.28.") and t.endswith("Convention on the Rights of the Child (Mexico);") for t in texts)


def _plain(text: str, base: float, *, size: float = 10.0, bold: bool = False) -> object:
    from cpcollab.engine.readers.pdflayout import Line

    return Line(text, 1, 114.0, 480.0, base + size * 0.8, base, base, size, size, bold, 842.0)


def _body(first: int, count: int, top: float) -> list[object]:
    return [
        _plain(f"{n}. The delegation described the measures taken by the State in the year.", top - 18 * k)
        for k, n in enumerate(range(first, first + count))
    ]


def _after_body(*lines: object) -> list[Block]:
    """The blocks of a page of twelve numbered paragraphs followed by ``lines``."""
    from cpcollab.engine.readers.pdflayout import pdf_blocks

    return pdf_blocks([[*_body(1, 12, 760), *lines]], Limits()).blocks  # type: ignore[list-item]


def test_a_numbered_line_out_of_sequence_that_goes_on_mid_sentence_opens_a_paragraph() -> None:
    from cpcollab.engine.readers.pdflayout import pdf_blocks

    lines = [
        *_body(1, 12, 760),
        _plain("III. Voluntary pledges and commitments", 520, size=14.0, bold=True),
        _plain("85. Review the reservations which the Republic of Iraq made when acceding to", 490),
        _plain("international human rights treaties.", 478),
        _plain("86. Strengthen efforts to bring domestic human rights legislation into line with", 460),
        _plain("international human rights law.", 448),
    ]
    blocks = pdf_blocks([lines], Limits()).blocks  # type: ignore[list-item]

    assert [b.text for b in blocks if b.kind == BlockKind.HEADING] == ["III. Voluntary pledges and commitments"]
    assert [(b.para_number, b.text) for b in blocks if b.text.startswith(("85.", "86."))] == [
        (
            "85",
            "85. Review the reservations which the Republic of Iraq made when acceding to international human "
            "rights treaties.",
        ),
        (
            "86",
            "86. Strengthen efforts to bring domestic human rights legislation into line with international "
            "human rights law.",
        ),
    ]


def test_a_short_numbered_title_before_a_new_paragraph_stays_a_heading() -> None:
    from cpcollab.engine.readers.pdflayout import pdf_blocks

    lines = [*_body(1, 12, 760), _plain("1. Equality and non-discrimination", 520), *_body(13, 2, 500)]
    blocks = pdf_blocks([lines], Limits()).blocks  # type: ignore[list-item]

    assert [b.text for b in blocks if b.kind == BlockKind.HEADING] == ["1. Equality and non-discrimination"]


@pytest.mark.parametrize(
    ("rows", "paragraphs"),
    [
        (  # a line in lower case is never a heading
            [
                "13. To enact legislation prohibiting all forms of FGM (Ireland); to adopt measures",
                "against harmful practices (Netherlands);",
                "to promptly adopt appropriate legislation which prohibits excision and ensures",
                "that those responsible are brought to justice (Canada);",
            ],
            [
                "13. To enact legislation prohibiting all forms of FGM (Ireland); to adopt measures against harmful "
                "practices (Netherlands); to promptly adopt appropriate legislation which prohibits excision and "
                "ensures that those responsible are brought to justice (Canada);"
            ],
        ),
        (  # numbered items out of sequence that end as sentences end are no headings
            [
                "1. Consider the possibility of ratifying more human rights treaties, such as the",
                "Convention on the Rights of Persons with Disabilities (Sudan);",
                "2. Consider ratification of the optional protocols of the core treaties that",
                "it has already ratified or is in the process of ratifying (Philippines);",
            ],
            [
                "1. Consider the possibility of ratifying more human rights treaties, such as the Convention on the "
                "Rights of Persons with Disabilities (Sudan);",
                "2. Consider ratification of the optional protocols of the core treaties that it has already ratified "
                "or is in the process of ratifying (Philippines);",
            ],
        ),
        (  # an item without a number that ends with a semicolon is no heading
            [
                "Engage in an active awareness-raising policy and systematically condemn racist",
                "and xenophobic violence (Belgium);",
            ],
            [
                "Engage in an active awareness-raising policy and systematically condemn racist and xenophobic violence (Belgium);"
            ],
        ),
    ],
)
def test_bold_items_in_body_type_are_paragraphs_whole(rows: list[str], paragraphs: list[str]) -> None:
    blocks = _after_body(*[_plain(text, 520 - 12 * k, bold=True) for k, text in enumerate(rows)])

    assert not [b for b in blocks if b.kind == BlockKind.HEADING]
    assert [b.text for b in blocks[-len(paragraphs) :]] == paragraphs


def test_a_title_in_large_type_may_run_to_five_lines() -> None:
    from cpcollab.engine.readers.pdflayout import pdf_blocks

    title = [
        "Summary prepared by the Office of the United Nations High",
        "Commissioner for Human Rights in accordance with",
        "paragraph 15 (c) of the annex to Human Rights Council",
        "resolution 5/1 and paragraph 5 of the annex to Council",
        "resolution 16/21",
    ]
    lines = [
        *[_plain(text, 700 - 15 * k, size=14.0, bold=True) for k, text in enumerate(title)],
        *_body(1, 12, 600),
    ]
    headings = [b.text for b in pdf_blocks([lines], Limits()).blocks if b.kind == BlockKind.HEADING]  # type: ignore[list-item]

    assert headings == [" ".join(title)]


def test_a_line_ending_in_a_hyphen_is_measured_from_its_baseline() -> None:
    from cpcollab.engine.readers.pdflayout import Line, pdf_blocks

    def line(text: str, base: float, end_base: float) -> Line:
        return Line(text, 1, 114.0, 480.0, base + 8, base, end_base, 10.0, 10.0, False, 842.0)

    lines = [
        *_body(1, 12, 760),
        line("13. It commended efforts to help Peruvians regain normalcy after the 20-", 520, 522.2),
        # The line below starts with a descender ("y") and the hyphen above sits two points up.
        line("year internal conflict. Sri Lanka made a recommendation.", 506.2, 508.0),
    ]
    blocks = pdf_blocks([lines], Limits()).blocks  # type: ignore[list-item]

    assert blocks[-1].text == (
        "13. It commended efforts to help Peruvians regain normalcy after the 20-year internal conflict. "
        "Sri Lanka made a recommendation."
    )


def test_a_number_on_a_line_of_its_own_labels_the_text_below_it() -> None:
    from cpcollab.engine.readers.pdflayout import pdf_blocks

    rows = ("The delegation described the measures", "taken by the State in the", "year under review.")
    lines = [
        *[
            _plain(f"{k + 1}. {text}" if not row else text, 760 - 42 * k - 12 * row)
            for k in range(6)
            for row, text in enumerate(rows)
        ],
        _plain("140.22-25", 508),
        _plain("The fight against discrimination is regulated by strategic documents.", 490),
        _plain("140.30", 472),
        _plain("Slovenia will continue to address anti-Semitism in accordance with the", 454),
        _plain("definition it has adopted.", 442),
    ]
    blocks = pdf_blocks([lines], Limits()).blocks  # type: ignore[list-item]

    assert [b.text for b in blocks[-2:]] == [
        "140.22-25 The fight against discrimination is regulated by strategic documents.",
        "140.30 Slovenia will continue to address anti-Semitism in accordance with the definition it has adopted.",
    ]


def test_a_masthead_written_after_the_text_is_read_first_and_leaves_the_paragraph_whole() -> None:
    from cpcollab.engine.readers.pdflayout import Line, pdf_blocks

    first = [
        *_body(1, 11, 700),
        _plain("12. The delegation said that the programme for children with disabilities had", 502),
        Line("United Nations A/HRC/99/1", 1, 120.0, 537.0, 801.0, 792.0, 792.0, 12.0, 12.0, False, 842.0),
        Line("General Assembly Distr.: General", 1, 120.0, 451.0, 775.0, 761.0, 761.0, 15.0, 15.0, False, 842.0),
        Line("Original: English", 1, 392.0, 461.0, 733.0, 727.0, 727.0, 10.0, 10.0, False, 842.0),
    ]
    second = [
        Line(
            "been extended to every region of the country.",
            2,
            114.0,
            400.0,
            768.0,
            760.0,
            760.0,
            10.0,
            10.0,
            False,
            842.0,
        )
    ]
    blocks = pdf_blocks([first, second], Limits()).blocks  # type: ignore[list-item]
    texts = [b.text for b in blocks]

    assert texts[0] == "United Nations A/HRC/99/1"
    assert "Original: English" in texts
    assert (
        "12. The delegation said that the programme for children with disabilities had been extended to every "
        "region of the country."
    ) in texts


def test_a_page_read_from_the_bottom_up_keeps_its_order() -> None:
    from cpcollab.engine.readers.pdflayout import top_first

    lines = [_plain(f"Line {n} of a page the stream gives from the bottom up.", 100 + 20 * n) for n in range(5)]

    assert top_first(lines) == lines  # type: ignore[arg-type]


def test_a_real_report_whose_masthead_comes_last_keeps_its_paragraph_and_its_original_language() -> None:
    from cpcollab.engine.pipeline import extract
    from tests.engine.readers.conftest import shared

    extraction = extract(shared("hrc", "pdf", "g2420410.pdf"))
    texts = [b.text for b in extraction.document.blocks]

    assert extraction.document.metadata.original_language == "en"
    assert any(t.startswith("7. The Ombudsman reported") and "child psychiatry" in t for t in texts)
    assert not any(t.startswith("Original: English ") for t in texts)


def test_a_word_broken_at_a_line_end_joins_though_its_hyphen_stands_above_the_baseline() -> None:
    from cpcollab.engine.readers.pdflayout import Line, pdf_blocks

    lines = [_plain("1. The delegation described the measures taken by the State in the", 760)]
    lines += [
        _plain("year for children, for persons with disabilities and for older persons", 760 - 12 * k)
        for k in range(1, 14)
    ]
    lines[-1].text = "year for children, for persons with disabilities and for older persons."  # type: ignore[attr-defined]
    # pdfium marks the break with U+FFFE, whose box starts two points above the baseline; the
    # next line starts with a descender ("poverty"), whose box starts some two points below it.
    lines.append(Line("11. The anti\ufffe", 1, 114.0, 480.0, 592.0, 585.2, 587.2, 10.0, 10.0, False, 842.0))
    lines.append(
        Line("poverty strategy included education.", 1, 114.0, 480.0, 578.0, 571.2, 571.2, 10.0, 10.0, False, 842.0)
    )
    texts = [b.text for b in pdf_blocks([lines], Limits()).blocks]

    assert "11. The anti-poverty strategy included education." in texts


def test_a_short_line_in_body_type_between_numbered_paragraphs_is_a_heading() -> None:
    blocks = _after_body(
        _plain("Right to health", 520),
        _plain("13. The delegation described the measures taken by the State in the year.", 500),
        _plain("Signed in Geneva", 470),
        _plain("The delegation thanked the members of the Working Group for their questions.", 420),
    )
    kinds = {b.text: b.kind for b in blocks}

    assert kinds["Right to health"] == BlockKind.HEADING
    assert kinds["13. The delegation described the measures taken by the State in the year."] == BlockKind.PARAGRAPH
    assert kinds["Signed in Geneva"] == BlockKind.PARAGRAPH  # no numbered paragraph after it


def test_a_bold_recommendation_listing_treaties_after_semicolons_stays_whole() -> None:
    blocks = _after_body(
        _plain("3. Sign and ratify the Convention against Torture and its Optional Protocol;", 520, bold=True),
        _plain("International Convention for the Protection of All Persons from Enforced", 508, bold=True),
        _plain("Disappearance; Optional Protocol to the Convention on the Rights of Persons", 496, bold=True),
        _plain("with Disabilities (Spain);", 484, bold=True),
        _plain("Further step up efforts to counter racism and xenophobia and promote", 472, bold=True),
        _plain("respect and tolerance (Belgium);", 460, bold=True),
    )
    texts = [b.text for b in blocks if b.kind == BlockKind.PARAGRAPH]

    assert (
        "3. Sign and ratify the Convention against Torture and its Optional Protocol; International Convention "
        "for the Protection of All Persons from Enforced Disappearance; Optional Protocol to the Convention on the "
        "Rights of Persons with Disabilities (Spain);"
    ) in texts
    # A State's recommendation ends with its name: the next one is a paragraph of its own.
    assert (
        "Further step up efforts to counter racism and xenophobia and promote respect and tolerance (Belgium);" in texts
    )


def test_a_name_initial_that_opens_a_line_mid_sentence_does_not_make_a_heading() -> None:
    blocks = _after_body(
        _plain("The delegation of Saint Vincent and the Grenadines was headed by H.E. Mr. Camillo", 520),
        _plain("M. Gonsalves, Permanent Representative of Saint Vincent and the Grenadines to the United", 502),
        _plain("Nations, and composed of the following additional members:", 484),
    )

    assert not [b.text for b in blocks if b.kind == BlockKind.HEADING]
    assert blocks[-1].text == (
        "The delegation of Saint Vincent and the Grenadines was headed by H.E. Mr. Camillo M. Gonsalves, Permanent "
        "Representative of Saint Vincent and the Grenadines to the United Nations, and composed of the following "
        "additional members:"
    )
