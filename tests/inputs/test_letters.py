"""Generated letters of a call for inputs: templates in six languages, DOCX, PDF and the ZIP."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from dataclasses import replace

import pypdfium2 as pdfium
import pytest
from docx import Document
from docx.oxml.ns import qn

from cpcollab.inputs.letters import (
    LANGUAGES,
    LetterKind,
    LetterSpec,
    PdfUnavailableError,
    Recipient,
    RecipientKind,
    format_date,
    letter_docx,
    letter_pdf,
    letters_zip,
    pdf_available,
    render_letter,
    safe_stem,
)
from cpcollab.inputs.letters.french import french_of
from cpcollab.inputs.letters.model import writes_rtl

NAMES = {"ar": "فرنسا", "zh": "法国", "en": "France", "fr": "France", "ru": "Франция", "es": "Francia"}
QUESTIONS = {
    "en": ["Which actors did you work with?", "What results were achieved?"],
    "fr": ["Avec quels acteurs avez-vous travaillé ?", "Quels résultats ont été obtenus ?"],
    "ar": ["ما هي الجهات التي تعاونتم معها؟", "ما هي النتائج التي تحققت؟"],
}


def spec_for(recipient: Recipient) -> LetterSpec:
    return LetterSpec(
        recipient=recipient,
        resolution_symbol="A/RES/66/139",
        paragraph="4",
        session=82,
        agenda_number="66 (a)",
        agenda_title="Promotion and protection of the rights of children",
        report_title="Collaboration on child protection within the United Nations system",
        due_date=dt.date(2027, 3, 1),
        reference="CP/2027/001",
        contact_email="childprotection@un.org",
        questions=QUESTIONS,
        date=dt.date(2026, 12, 15),
    )


def docx_paragraphs(data: bytes) -> list[str]:
    return [paragraph.text for paragraph in Document(io.BytesIO(data)).paragraphs]


def pdf_text(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    text = "".join(document[index].get_textpage().get_text_range() for index in range(len(document)))
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(RecipientKind))
def test_each_language_renders_with_the_recipient_named(language: str, kind: RecipientKind) -> None:
    # given a recipient corresponding in that language
    recipient = Recipient(NAMES[language], kind, language, code="FRA")
    # when its letter is rendered and written
    letter = render_letter(spec_for(recipient))
    docx = letter_docx(letter)
    # then it is in that language, of the right kind, naming the recipient in the DOCX (and the PDF)
    assert letter.language == language and not letter.fell_back
    expected = LetterKind.NOTE_VERBALE if kind == RecipientKind.MEMBER_STATE else LetterKind.LETTER
    assert letter.kind == expected
    assert any(NAMES[language] in text for text in docx_paragraphs(docx))
    assert "CP/2027/001" in letter.text() and "childprotection@un.org" in letter.text()
    assert format_date(dt.date(2027, 3, 1), language) in letter.text()
    if pdf_available(language):
        text = pdf_text(letter_pdf(letter))
        if language != "ar":
            assert NAMES[language] in text
            assert "CP/2027/001" in text
        else:  # shaped glyphs in visual order: a left-to-right run comes out in pieces
            assert "CP" in text and "/2027/001" in text


def test_note_verbale_uses_third_person_un_style() -> None:
    letter = render_letter(spec_for(Recipient("Kenya", RecipientKind.MEMBER_STATE, "en")))
    assert letter.body[0].startswith(
        "The Secretary-General of the United Nations presents his compliments to the Permanent Representative of "
        "Kenya to the United Nations and has the honour to refer to General Assembly resolution 66/139"
    )
    assert "at its 82nd session under item 66 (a)" in letter.body[1]
    assert "by 1 March 2027" in letter.body[1]
    assert letter.closing.endswith("the assurances of his highest consideration.")
    assert letter.questions == tuple(QUESTIONS["en"])


def test_dates_and_forms_per_language() -> None:
    day = dt.date(2027, 3, 15)
    assert format_date(day, "fr") == "15 mars 2027"
    assert format_date(dt.date(2027, 3, 1), "fr") == "1er mars 2027"
    assert format_date(day, "es") == "15 de marzo de 2027"
    assert format_date(day, "ru") == "15 марта 2027 года"
    assert format_date(day, "zh") == "2027年3月15日"
    assert format_date(day, "ar") == "15 آذار/مارس 2027"
    arabic = render_letter(spec_for(Recipient("الصين", RecipientKind.MEMBER_STATE, "ar")))
    assert "الممثل الدائم للصين" in arabic.body[0]
    french = render_letter(spec_for(Recipient("France", RecipientKind.MEMBER_STATE, "fr", name_of="de la France")))
    assert "Représentant permanent de la France auprès" in french.body[0]


def test_missing_template_falls_back_to_english_and_says_so() -> None:
    # given a recipient corresponding in a language without templates
    letter = render_letter(spec_for(Recipient("Deutschland", RecipientKind.MEMBER_STATE, "de")))
    # then the letter is in English and says which language was used
    assert letter.language == "en" and letter.requested_language == "de" and letter.fell_back
    assert "Deutschland" in letter.body[0]
    # and a language code is never used as a path
    assert render_letter(spec_for(Recipient("X", RecipientKind.UN_ENTITY, "../en"))).language == "en"


def test_questions_fall_back_to_english_when_not_translated() -> None:
    letter = render_letter(spec_for(Recipient("Россия", RecipientKind.MEMBER_STATE, "ru")))
    assert letter.language == "ru" and letter.questions == tuple(QUESTIONS["en"])


def test_arabic_paragraphs_are_right_to_left() -> None:
    letter = render_letter(spec_for(Recipient("منظمة", RecipientKind.UN_ENTITY, "ar", addressee="المديرة التنفيذية")))
    document = Document(io.BytesIO(letter_docx(letter)))
    paragraphs = [paragraph for paragraph in document.paragraphs if paragraph.text]
    assert letter.rtl and paragraphs
    for paragraph in paragraphs:
        ppr = paragraph._p.pPr
        assert ppr is not None and ppr.find(qn("w:bidi")) is not None
    assert any("ما هي النتائج التي تحققت؟" in paragraph.text for paragraph in paragraphs)
    english = Document(io.BytesIO(letter_docx(render_letter(spec_for(Recipient("UNICEF", RecipientKind.UN_ENTITY))))))
    assert all(p._p.pPr is None or p._p.pPr.find(qn("w:bidi")) is None for p in english.paragraphs)


def test_docx_is_a4_with_numbered_questions() -> None:
    letter = render_letter(spec_for(Recipient("UNICEF", RecipientKind.UN_ENTITY, addressee="Executive Director")))
    document = Document(io.BytesIO(letter_docx(letter)))
    section = document.sections[0]
    assert section.page_width is not None and round(section.page_width.mm) == 210
    assert section.page_height is not None and round(section.page_height.mm) == 297
    numbered = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "List Number"]
    assert numbered == QUESTIONS["en"]
    assert "Dear Executive Director," in [p.text for p in document.paragraphs]


def test_chinese_has_no_pdf() -> None:
    letter = render_letter(spec_for(Recipient("法国", RecipientKind.MEMBER_STATE, "zh")))
    assert not pdf_available("zh")
    with pytest.raises(PdfUnavailableError):
        letter_pdf(letter)


def test_zip_holds_one_file_per_recipient_per_format() -> None:
    recipients = [
        Recipient("France", RecipientKind.MEMBER_STATE, "fr", code="FRA"),
        Recipient("China", RecipientKind.MEMBER_STATE, "zh", code="CHN"),
        Recipient("Egypt", RecipientKind.MEMBER_STATE, "ar", code="EGY"),
        Recipient("UNICEF", RecipientKind.UN_ENTITY, code="UNICEF"),
        Recipient("Save the Children", RecipientKind.CIVIL_SOCIETY),
    ]
    data = letters_zip(render_letter(spec_for(recipient)) for recipient in recipients)
    names = sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())
    assert names == sorted(
        [
            "FRA-fr.docx",
            "FRA-fr.pdf",
            "CHN-zh.docx",  # Chinese: DOCX only
            "EGY-ar.docx",
            "EGY-ar.pdf",
            "UNICEF-en.docx",
            "UNICEF-en.pdf",
            "Save-the-Children-en.docx",
            "Save-the-Children-en.pdf",
        ]
    )


def test_hostile_names_give_safe_unique_file_names() -> None:
    hostile = [
        '../../etc/passwd"; rm -rf /',
        "..\\..\\windows\\system32",
        "A" * 500,
        "A" * 501,
        "\x00\n\t",
        "フランス",
        "Côte d’Ivoire",
        "Côte d'Ivoire",
    ]
    recipients = [Recipient(name, RecipientKind.CIVIL_SOCIETY) for name in hostile]
    data = letters_zip(render_letter(spec_for(recipient)) for recipient in recipients)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert len(names) == len(set(names)) == 2 * len(hostile)
    for name in names:
        stem, _, extension = name.rpartition(".")
        assert extension in {"docx", "pdf"}
        assert len(name) <= 80 and all(char.isascii() and (char.isalnum() or char == "-") for char in stem)
    assert "Cote-d-Ivoire-en.docx" in names and "Cote-d-Ivoire-en-2.docx" in names
    assert safe_stem("") == "recipient"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("France", "de la France"),
        ("Mexique", "du Mexique"),
        ("Canada", "du Canada"),
        ("Égypte", "de l’Égypte"),
        ("Philippines", "des Philippines"),
        ("États-Unis d'Amérique", "des États-Unis d'Amérique"),
        ("Israël", "d’Israël"),
        ("Haïti", "d’Haïti"),
        ("Cuba", "de Cuba"),
        ("Iran (République islamique d')", "de la République islamique d'Iran"),
        ("Bolivie (État plurinational de)", "de l’État plurinational de Bolivie"),
        ("Pays-Bas (Royaume des)", "du Royaume des Pays-Bas"),
        (
            "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
            "du Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        ),
        ("Sierra Leone", "de la Sierra Leone"),
        ("Programme alimentaire mondial", "du Programme alimentaire mondial"),
        ("Commission économique pour l’Afrique", "de la Commission économique pour l’Afrique"),
    ],
)
def test_french_names_take_their_article_after_de(name: str, expected: str) -> None:
    assert french_of(name) == expected


def test_a_french_note_verbale_names_the_mission_with_its_article() -> None:
    letter = render_letter(spec_for(Recipient("France", RecipientKind.MEMBER_STATE, "fr", code="FRA")))
    text = "\n".join(p.text for p in Document(io.BytesIO(letter_docx(letter))).paragraphs)

    assert "Mission permanente de la France auprès" in text
    assert "Représentant permanent de la France" in text
    assert "de France" not in text


def test_a_question_left_in_english_keeps_its_direction_in_an_arabic_letter() -> None:
    spec = spec_for(Recipient("مصر", RecipientKind.MEMBER_STATE, "ar", code="EGY"))
    letter = render_letter(replace(spec, questions={"en": ["How did you cooperate?"]}))
    document = Document(io.BytesIO(letter_docx(letter)))

    def is_rtl(text: str) -> bool:
        paragraph = next(p for p in document.paragraphs if p.text == text)
        return paragraph._p.pPr is not None and paragraph._p.pPr.find(qn("w:bidi")) is not None

    assert not is_rtl("How did you cooperate?")
    assert is_rtl(letter.closing)
    assert writes_rtl("مصر 1.") and not writes_rtl("1. How?")


def test_pdfs_embed_the_packaged_noto_fonts() -> None:
    arabic = letter_pdf(render_letter(spec_for(Recipient("مصر", RecipientKind.MEMBER_STATE, "ar", code="EGY"))))
    russian = letter_pdf(render_letter(spec_for(Recipient("Франция", RecipientKind.MEMBER_STATE, "ru", code="FRA"))))

    assert b"NotoSansArabic" in arabic and b"NotoSans" in russian
    assert "Франции" in pdf_text(russian) or "Франция" in pdf_text(russian)
