"""Plain text: encodings, line ends, paragraphs; the UPR text files as they really are."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cpcollab.engine.errors import UnsupportedFormatError
from cpcollab.engine.model import BlockKind
from cpcollab.engine.readers import read_bytes
from cpcollab.engine.readers.encoding import decode_text, plausibility
from tests.engine.readers.conftest import read_cached, shared, shared_files

FRENCH = "Le Comité a pris note de la coopération entre l’UNICEF et l’État – « protection de l’enfance »."
SPANISH = "El Comité acogió con satisfacción la “Ley de Protección Integral de niñas, niños y adolescentes”."


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_a_byte_order_mark_names_the_encoding(bom: bytes, codec: str, name: str) -> None:
    text, encoding = decode_text(bom + FRENCH.encode(codec))

    assert (text, encoding) == (FRENCH, name)


@pytest.mark.parametrize("sample", [FRENCH, SPANISH])
@pytest.mark.parametrize("codec", ["cp1252", "mac_roman"])
def test_legacy_single_byte_text_is_told_apart(sample: str, codec: str) -> None:
    # given UN French or Spanish in Windows-1252 or Mac Roman
    data = sample.encode(codec)

    # when decoded
    text, encoding = decode_text(data)

    # then the right code page is chosen and the text is not mojibake
    assert encoding == codec
    assert text == sample


def test_plausibility_prefers_real_letters_to_mojibake() -> None:
    assert plausibility("Côte d’Ivoire") > plausibility("C™te dÕIvoire")


def test_utf16_without_a_mark_is_recognised() -> None:
    text, encoding = decode_text("Report of the Working Group".encode("utf-16-le"))

    assert (text, encoding) == ("Report of the Working Group", "utf-16-le")


def test_binary_data_is_not_text() -> None:
    with pytest.raises(UnsupportedFormatError):
        decode_text(bytes(range(256)) * 16)


def test_utf16_file_with_bom_and_mixed_line_ends_reads_cleanly() -> None:
    # given a UTF-16 file with a BOM whose lines end in CR, CRLF and LF
    data = "Introduction\r\n1. First paragraph.\r2. Second paragraph.\n\r\n3. Third one.".encode("utf-16")

    # when read
    document = read_bytes(data, filename="notes.txt")

    # then the encoding is recorded, no CR survives and each numbered line is a paragraph
    assert document.encoding in ("utf-16-le", "utf-16-be")
    assert [b.para_number for b in document.blocks] == [None, "1", "2", "3"]
    assert document.blocks[0].kind == BlockKind.HEADING
    assert all("\r" not in b.text for b in document.blocks)


def test_wrapped_paragraphs_are_joined_and_blank_lines_separate_them() -> None:
    text = (
        "The Committee welcomed the cooperation between the State party and\n"
        "UNICEF on the protection of children in armed conflict, and the\n"
        "support of the Special Representative.\n"
        "\n"
        "It recommended that the State party continue its efforts.\n"
    )

    document = read_bytes(text.encode("utf-8"))

    assert [b.text for b in document.blocks] == [
        "The Committee welcomed the cooperation between the State party and UNICEF on the protection of "
        "children in armed conflict, and the support of the Special Representative.",
        "It recommended that the State party continue its efforts.",
    ]


def test_a_bare_number_line_joins_its_paragraph_and_a_title_note_is_a_footnote() -> None:
    text = "Report of the Working Group*\r* The annex is circulated as received.\r1. \rThe Working Group met.\r"

    document = read_bytes(text.encode("mac_roman"))

    assert [(b.kind, b.text, b.label, b.para_number) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, "Report of the Working Group*", None, None),
        (BlockKind.FOOTNOTE, "The annex is circulated as received.", "*", None),
        (BlockKind.PARAGRAPH, "1. The Working Group met.", None, "1"),
    ]


def test_a_sentence_goes_on_across_a_page_break_and_a_note_set_inside_it() -> None:
    text = (
        "7. \rResponding to questions, the delegation stated that the Law on Criminal Procedure \r\r"
        "had been amended in 2010. It noted the priority given to children \r\r\r"
        "1 \tKazakhstan, the Niger, Argentina and Ghana. \r"
        "and the 11 commitments undertaken with United Nations agencies.\r\r"
        "8. \rThe delegation thanked the States.\r"
    )

    document = read_bytes(text.encode("cp1252"))

    assert [(b.kind, b.text, b.label) for b in document.blocks] == [
        (
            BlockKind.PARAGRAPH,
            "7. Responding to questions, the delegation stated that the Law on Criminal Procedure had been amended "
            "in 2010. It noted the priority given to children and the 11 commitments undertaken with United "
            "Nations agencies.",
            None,
        ),
        (BlockKind.PARAGRAPH, "8. The delegation thanked the States.", None),
        (BlockKind.FOOTNOTE, "Kazakhstan, the Niger, Argentina and Ghana.", "1"),
    ]


def test_a_note_without_a_tab_is_told_by_its_mark_in_the_text_before_it() -> None:
    text = (
        "12.1. Ensure that children have access to education (Ghana)3;\r"
        "12.2. Adopt a plan on juvenile justice (Peru);\r"
        "3 The recommendation as read during the dialogue was to raise the age of criminal\r"
        "responsibility to at least 14 years.\r"
        "12.3. Review the Penal Code (Chile);\r"
        "4 members of the committee were elected in 2010.\r"
    )

    blocks = read_bytes(text.encode("cp1252")).blocks

    assert [(b.kind, b.text) for b in blocks if b.kind != BlockKind.PARAGRAPH] == [
        (
            BlockKind.FOOTNOTE,
            "The recommendation as read during the dialogue was to raise the age of criminal responsibility to at "
            "least 14 years.",
        )
    ]
    # a line that begins with a number no mark in the text calls for stays text
    assert "4 members of the committee were elected in 2010." in [b.text for b in blocks]


def test_a_table_row_with_a_number_and_tabs_is_no_note() -> None:
    text = "Cases by year:\n1\t2013\t45\n2\t2014\t52\n"

    blocks = read_bytes(text.encode("utf-8")).blocks

    assert not [b for b in blocks if b.kind == BlockKind.FOOTNOTE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph that ends a sentence is not joined across a blank line
        (
            "The Council met on 3 May:\n\nall members attended.\n\nIt adopted the report.\n\n"
            "under item 4 it heard a briefing.\n",
            [
                "The Council met on 3 May:",
                "all members attended.",
                "It adopted the report.",
                "under item 4 it heard a briefing.",
            ],
        ),
        # nor are the preambular paragraphs of a resolution that Russian begins in lower case,
        # while a sentence broken by a page break still goes on
        (
            "Совет Безопасности,\n\n"
            "подчеркивая, что всем заинтересованным сторонам следует добиваться стабильности,\n\n"
            "приветствуя сотрудничество ЮНИОГБИС и национальных властей,\n\n"
            "1. Совет отмечает, что реформы \n\nпродолжаются при поддержке партнеров.\n",
            [
                "Совет Безопасности,",
                "подчеркивая, что всем заинтересованным сторонам следует добиваться стабильности,",
                "приветствуя сотрудничество ЮНИОГБИС и национальных властей,",
                "1. Совет отмечает, что реформы продолжаются при поддержке партнеров.",
            ],
        ),
    ],
)
def test_what_a_blank_line_separates(text: str, expected: list[str]) -> None:
    assert [b.text for b in read_bytes(text.encode("utf-8")).blocks] == expected


def _upr_files() -> list[Path]:
    return shared_files("upr/txt", ".txt")


@pytest.mark.parametrize("path", _upr_files() or [None], ids=lambda p: p.name if p else "absent")
def test_upr_text_files_decode_as_legacy_code_pages_without_carriage_returns(path: Path | None) -> None:
    if path is None:
        shared("upr", "txt")
        return
    # when a UPR text file is read
    document = read_cached(path)

    # then it is Windows-1252 or Mac Roman, its apostrophes and accents are right and no CR is left
    text = "\n".join(b.text for b in document.blocks)
    assert document.encoding in ("cp1252", "mac_roman")
    assert "\r" not in text
    assert not any(mojibake in text for mojibake in ("Õs ", "dÕ", "Ò", "Ó", "Ð", "Ô", "™"))
    assert "’" in text or "'" in text


def test_cote_divoire_is_spelled_right() -> None:
    document = read_cached(shared("upr", "txt", "cotedivoire2010.txt"))

    assert document.encoding == "mac_roman"
    assert "Côte d’Ivoire" in document.text()
    assert document.blocks[0].text.startswith("Distr.")


def test_upr_paragraphs_and_recommendations_are_numbered() -> None:
    document = read_cached(shared("upr", "txt", "antiguaandbarbuda2011.txt"))
    numbers = [b.para_number for b in document.blocks if b.para_number]

    assert numbers[:7] == ["1", "2", "3", "3 (a)", "3 (b)", "3 (c)", "4"]
    assert any(n.count(".") == 1 for n in numbers)  # recommendations such as 67.1
