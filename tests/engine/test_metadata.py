"""Masthead metadata: hand-written mastheads in six languages, and real UN documents."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from cpcollab.engine.masthead import find_dates, find_session, find_symbols
from cpcollab.engine.metadata import extract_metadata, find_author
from cpcollab.engine.model import Block, BlockKind, Metadata
from cpcollab.engine.numbers import parse_number
from cpcollab.reference.text import fold

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
HRC = SHARED / "hrc"
UPR_TXT = SHARED / "upr" / "txt"


def blocks(masthead: str, *, page: int | None = None) -> list[Block]:
    lines = [line for line in masthead.strip().splitlines() if line.strip()]
    return [Block(index=i, kind=BlockKind.PARAGRAPH, text=line, page=page) for i, line in enumerate(lines)]


MASTHEADS = {
    "en": """
United Nations A/68/274
General Assembly Distr.: General
5 August 2013
Original: English
13-41826 (E)
Sixty-eighth session
Item 65 (a) of the provisional agenda*
Promotion and protection of the rights of children
Annual report of the Special Representative of the Secretary-General on Violence against Children
* A/68/150.
""",
    "fr": """
Nations Unies A/68/274
Assemblée générale Distr. générale
5 août 2013
Français
Original : anglais
Soixante-huitième session
Point 65 a) de l'ordre du jour provisoire*
Promotion et protection des droits de l'enfant
Rapport annuel de la Représentante spéciale du Secrétaire général chargée de la question de la
violence contre les enfants
""",
    "es": """
Naciones Unidas A/68/274
Asamblea General Distr. general
5 de agosto de 2013
Español
Original: inglés
Sexagésimo octavo período de sesiones
Tema 65 a) del programa provisional*
Promoción y protección de los derechos del niño
Informe anual de la Representante Especial del Secretario General sobre la Violencia contra los Niños
""",
    "ru": """
Организация Объединенных Наций A/68/274
Генеральная Ассамблея Distr.: General
5 августа 2013 года
Язык оригинала: английский
Шестьдесят восьмая сессия
Пункт 65 (a) предварительной повестки дня*
Поощрение и защита прав детей
Ежегодный доклад Специального представителя Генерального секретаря по вопросу о насилии в отношении детей
""",
    "zh": """
联合国 A/68/274
大会 Distr.: General
2013年8月5日
原件：英文
第六十八届会议
临时议程项目65(a)*
促进和保护儿童权利
秘书长暴力侵害儿童问题特别代表的年度报告
""",
    "ar": """
الأمم المتحدة A/68/274
الجمعية العامة Distr.: General
5 آب/أغسطس 2013
الأصل: بالإنكليزية
الدورة الثامنة والستون
البند 65 (أ) من جدول الأعمال المؤقت*
تعزيز حقوق الأطفال وحمايتها
تقرير الممثلة الخاصة للأمين العام المعنية بالعنف ضد الأطفال
""",
}
TITLES = {
    "en": "Annual report of the Special Representative of the Secretary-General on Violence against Children",
    "fr": "Rapport annuel de la Représentante spéciale du Secrétaire général chargée de la question de la "
    "violence contre les enfants",
    "es": "Informe anual de la Representante Especial del Secretario General sobre la Violencia contra los Niños",
    "ru": "Ежегодный доклад Специального представителя Генерального секретаря по вопросу о насилии в отношении детей",
    "zh": "秘书长暴力侵害儿童问题特别代表的年度报告",
    "ar": "تقرير الممثلة الخاصة للأمين العام المعنية بالعنف ضد الأطفال",
}


@pytest.mark.parametrize("lang", list(MASTHEADS))
def test_reads_the_same_masthead_in_six_languages(lang: str) -> None:
    metadata = extract_metadata(blocks(MASTHEADS[lang]))

    assert metadata == Metadata(
        symbols=["A/68/274"],
        date="2013-08-05",
        session="68",
        agenda_item="65 (a)",
        original_language="en",
        title=TITLES[lang],
        author="SRSG-VAC",
        organ="General Assembly",
    )


COUNCIL_REPORTS = {
    "fr": ("Nations Unies", "Assemblée générale Distr. générale", "12 décembre 2014", "Original : anglais",
           "Conseil des droits de l'homme", "Vingt-huitième session", "Point 6 de l'ordre du jour",
           "Examen périodique universel", "Rapport du Groupe de travail sur l'Examen périodique universel*"),
    "es": ("Naciones Unidas", "Asamblea General Distr. general", "12 de diciembre de 2014", "Original: inglés",
           "Consejo de Derechos Humanos", "28º período de sesiones", "Tema 6 de la agenda",
           "Examen periódico universal", "Informe del Grupo de Trabajo sobre el Examen Periódico Universal*"),
    "ru": ("Организация Объединенных Наций", "Генеральная Ассамблея Distr.: General", "12 December 2014",
           "Original: English", "Совет по правам человека", "Двадцать восьмая сессия", "Пункт 6 повестки дня",
           "Универсальный периодический обзор", "Доклад Рабочей группы по универсальному периодическому обзору*"),
    "zh": ("联合国", "大会 Distr.: General", "12 December 2014", "Original: English", "人权理事会", "第二十八届会议",
           "议程项目6", "普遍定期审议", "普遍定期审议工作组的报告*"),
    "ar": ("الأمم المتحدة", "الجمعية العامة Distr.: General", "12 December 2014", "Original: English",
           "مجلس حقوق الإنسان", "الدورة الثامنة والعشرون", "البند 6 من جدول الأعمال", "الاستعراض الدوري الشامل",
           "تقرير الفريق العامل المعني بالاستعراض الدوري الشامل*"),
}  # fmt: skip


@pytest.mark.parametrize("lang", list(COUNCIL_REPORTS))
def test_reads_a_council_report_masthead_whose_corner_stays_in_english(lang: str) -> None:
    un, organ, date, original, council, session, item, item_title, title = COUNCIL_REPORTS[lang]
    text = "\n".join([f"{un} A/HRC/28/15", organ, date, original, council, session, item, item_title, title])

    metadata = extract_metadata(blocks(text))

    assert metadata == Metadata(
        symbols=["A/HRC/28/15"],
        date="2014-12-12",
        session="28",
        agenda_item="6",
        original_language="en",
        title=title.rstrip("*"),
        author="HRC",
        organ="Human Rights Council",
    )


def test_a_human_rights_council_report_names_the_council_and_the_working_group() -> None:
    metadata = extract_metadata(
        blocks(
            """
GE.15-00123 (E)
Human Rights Council
Twenty-eighth session
Agenda item 6
Universal periodic review
Report of the Working Group on the Universal Periodic Review*
Slovenia
* The annex is circulated as received.
United Nations A/HRC/28/15
General Assembly Distr.: General
12 December 2014
Original: English
""",
            page=1,
        )
    )

    assert (metadata.symbols, metadata.date, metadata.session, metadata.agenda_item) == (
        ["A/HRC/28/15"],
        "2014-12-12",
        "28",
        "6",
    )
    assert (metadata.organ, metadata.author) == ("Human Rights Council", "HRC")
    assert metadata.title == "Report of the Working Group on the Universal Periodic Review"


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        (
            "United Nations A/69/926–S/2015/409\nGeneral Assembly Distr.: General\nSecurity Council 5 June 2015\n"
            "Original: English\nGeneral Assembly\nSixty-ninth session\nAgenda item 65 (a)\n"
            "Promotion and protection of the rights of children\nSecurity Council\nSeventieth year\n"
            "Children and armed conflict\nReport of the Secretary-General",
            {"symbols": ["A/69/926", "S/2015/409"], "organ": "General Assembly", "author": "SG", "session": "69"},
        ),
        (
            "United Nations E/ICEF/2015/P/L.3\nEconomic and Social Council Distr.: Limited\n3 April 2015\n"
            "Original: English\nUnited Nations Children's Fund\nExecutive Board\nAnnual session 2015\n"
            "16-19 June 2015\nItem 5 (b) of the provisional agenda*\nCountry programme document\nBangladesh",
            {
                "symbols": ["E/ICEF/2015/P/L.3"],
                "organ": "United Nations Children's Fund Executive Board",
                "session": None,
                "agenda_item": "5 (b)",
                "title": "Country programme document",
            },
        ),
        (
            "United Nations CRC/C/GC/13\nConvention on the Rights of the Child Distr.: General\n18 April 2011\n"
            "Original: English\nCommittee on the Rights of the Child\nGeneral comment No. 13 (2011)\n"
            "The right of the child to freedom from all forms of violence",
            {"symbols": ["CRC/C/GC/13"], "organ": "Committee on the Rights of the Child", "date": "2011-04-18"},
        ),
        (
            "United Nations A/C.3/68/SR.12\nGeneral Assembly Distr.: General\nSixty-eighth session\n"
            "Official Records 4 November 2013\nOriginal: English\nThird Committee\nSummary record of the 12th meeting",
            {"symbols": ["A/C.3/68/SR.12"], "organ": "Third Committee", "date": "2013-11-04", "session": "68"},
        ),
        (
            "United Nations A/HRC/28/55/Add.1\nGeneral Assembly Distr.: General\n19 March 2012\nOriginal: Spanish\n"
            "Human Rights Council\nTwenty-eighth session\nAgenda item 3\n"
            "Promotion and protection of all human rights\n"
            "Report of the United Nations High Commissioner for Human Rights",
            {"symbols": ["A/HRC/28/55/Add.1"], "original_language": "es", "author": "OHCHR", "session": "28"},
        ),
        (
            "A/68/L.12\nDistr.: Limited\n1 November 2013\nOriginal: French\nSixty-eighth session\n"
            "Report of the Committee on the Rights of the Child",
            {"symbols": ["A/68/L.12"], "original_language": "fr", "author": "CRC", "organ": None},
        ),
    ],
)
def test_reads_other_kinds_of_masthead(masthead: str, expected: dict[str, object]) -> None:
    metadata = extract_metadata(blocks(masthead))

    assert {key: getattr(metadata, key) for key in expected} == expected


def test_symbols_cited_in_the_text_or_a_footnote_are_not_the_documents_own() -> None:
    metadata = extract_metadata(
        blocks(
            """
United Nations A/HRC/12/9
Distr.: General
Report of the Working Group on the Universal Periodic Review*
* Previously issued under document symbol A/HRC/WG.6/5/L.8.
1. The review was held in accordance with resolution 5/1 (see A/HRC/WG.6/5/AFG/1).
1 A/HRC/43/15.
"""
        )
    )

    assert metadata.symbols == ["A/HRC/12/9"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "4. Encourage l'UNICEF à mobiliser des ressources, à la faveur de sa collaboration avec des partenaires;",
        "٤ - يشجع اليونيسيف على حشد موارد كافية من خلال عملها مع الشركاء؛",
    ],
)
def test_a_numbered_paragraph_right_after_the_symbol_begins_the_text_and_is_no_title(paragraph: str) -> None:
    metadata = extract_metadata(
        blocks(f"E/ICEF/2099/L.4\n{paragraph}\n5. Prie la Directrice générale de faire rapport.")
    )

    assert metadata.symbols == ["E/ICEF/2099/L.4"]
    assert metadata.title is None


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # a sentence of the text: many words, and a full stop right after the last
        (
            "Les Nations Unies et ses partenaires internationaux demeurent résolus à aider à la transition en Libye.",
            None,
        ),
        ("联合国及其国际伙伴仍然决心协助利比亚的民主过渡进程，并将继续与各方密切合作。", None),
        # titles: without a full stop, short, or with the stop set apart
        ("Report of the Secretary-General on the situation in Libya and the cooperation of the United Nations", "="),
        ("Report of the Working Group on the Universal Periodic Review.", "="),
        ("Report of the Working Group on the Universal Periodic Review United Kingdom of Great Britain .", "="),
    ],
)
def test_a_sentence_right_after_the_symbol_begins_the_text_and_is_no_title(first: str, title: str | None) -> None:
    metadata = extract_metadata(blocks(f"S/2099/144\n{first}\n1. The Mission continued its work."))

    assert metadata.title == (first if title == "=" else title)


def test_nothing_to_read_gives_empty_metadata() -> None:
    assert extract_metadata([]) == Metadata()
    assert extract_metadata(blocks("The Committee met and adopted its report.")).symbols == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 March 2012", "2012-03-19"),
        ("19 mars 2012", "2012-03-19"),
        ("1er mars 2012", "2012-03-01"),
        ("19 de marzo de 2012", "2012-03-19"),
        ("19 марта 2012 года", "2012-03-19"),
        ("2012年3月19日", "2012-03-19"),
        ("19 آذار/مارس 2012", "2012-03-19"),
        ("19 كانون الأول/ ديسمبر 2017", "2017-12-19"),
        ("20 JULY 2009", "2009-07-20"),
        ("31 February 2012", None),
    ],
)
def test_dates_in_six_languages_become_iso(text: str, expected: str | None) -> None:
    dates = find_dates(fold(text))

    assert (dates[0] if dates else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sixty-sixth session", "66"),
        ("HUMAN RIGHTS COUNCIL Twelfth session", "12"),
        ("Soixante-sixième session", "66"),
        ("Soixante et onzième session", "71"),
        ("Sexagésimo sexto período de sesiones", "66"),
        ("28º período de sesiones", "28"),
        ("Шестьдесят шестая сессия", "66"),
        ("第六十六届会议", "66"),
        ("第二十八届会议", "28"),
        ("الدورة السادسة والستون", "66"),
        ("الدورة الرابعة عشرة", "14"),
        ("Annual session 2015", None),
    ],
)
def test_sessions_in_six_languages_become_numbers(text: str, expected: str | None) -> None:
    assert find_session(fold(text)) == expected


@pytest.mark.parametrize(
    ("words", "lang", "expected"),
    [("quatre-vingt-unième", "fr", 81), ("soixante-dixième", "fr", 70), ("decimocuarto", "es", 14), ("十六", "zh", 16)],
)
def test_number_words(words: str, lang: str, expected: int) -> None:
    assert parse_number(words, lang) == expected


@pytest.mark.parametrize(
    "symbol",
    [
        "A/68/274", "A/HRC/28/55", "A/HRC/WG.6/7/SVN/1", "A/HRC/DEC/14/105", "CRC/C/GC/13", "S/2015/453",
        "E/ICEF/2015/P/L.3", "A/C.3/68/SR.12", "A/68/L.12", "A/68/274/Add.1", "A/68/274/Corr.1", "A/68/274/Rev.1",
        "E/CN.4/RES/1990/68",
    ],
)  # fmt: skip
def test_symbol_patterns(symbol: str) -> None:
    assert find_symbols(f"United Nations {symbol}.") == [symbol]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Report of the Secretary-General", "SG"),
        ("Report of the Working Group on the Universal Periodic Review", "HRC"),
        ("Report of the United Nations High Commissioner for Human Rights", "OHCHR"),
        ("Report of the Committee on the Rights of the Child", "CRC"),
        ("Rapport du Secrétaire général", "SG"),
        ("Informe del Secretario General", "SG"),
        ("Доклад Генерального секретаря", "SG"),
        ("秘书长的报告", "SG"),
        ("تقرير الأمين العام", "SG"),
        ("Report of the Working Group on the UniversalPeriodic Review", "HRC"),
        ("Promotion and protection of the rights of children", None),
    ],
)
def test_the_author_is_the_actor_a_title_names(title: str, expected: str | None) -> None:
    assert find_author(title) == expected


# --- real documents -------------------------------------------------------------------


def _pdf_first_page(path: Path) -> list[Block]:
    pdfium = pytest.importorskip("pypdfium2")
    document = pdfium.PdfDocument(path)
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    return [Block(index=i, kind=BlockKind.PARAGRAPH, text=line, page=1) for i, line in enumerate(text.splitlines())]


@pytest.mark.skipif(not (HRC / "MANIFEST.csv").exists(), reason=f"HRC sample documents not found at {HRC}")
def test_symbols_of_the_human_rights_council_pdfs_match_the_manifest() -> None:
    with (HRC / "MANIFEST.csv").open(encoding="utf-8") as handle:
        expected = {row["file_pdf"]: row["first_symbol_in_text"] for row in csv.DictReader(handle)}
    checked = [(name, symbol) for name, symbol in expected.items() if symbol and (HRC / name).exists()]

    hits = [name for name, symbol in checked if extract_metadata(_pdf_first_page(HRC / name)).symbols[:1] == [symbol]]

    assert len(checked) >= 5
    assert len(hits) / len(checked) >= 0.9, sorted(set(dict(checked)) - set(hits))


def _decode_upr(raw: bytes) -> str:
    """The UPR texts are cp1252 or Mac Roman; Mac Roman's curly quotes and dashes give it away."""
    mac = sum(raw.count(b) for b in (b"\xd5", b"\xd0", b"\xd2", b"\xd3"))
    windows = sum(raw.count(b) for b in (b"\x92", b"\x96", b"\x93", b"\x94"))
    try:
        return raw.decode("mac_roman" if mac > windows else "cp1252")
    except UnicodeDecodeError:
        return raw.decode("mac_roman")


@pytest.mark.skipif(not UPR_TXT.exists(), reason=f"UPR text files not found at {UPR_TXT}")
def test_upr_reports_give_the_symbol_printed_in_their_masthead() -> None:
    printed = re.compile(r"^(?!.*(?:issued|\())(?:.*\s)?(A/HRC/[\w./]+)")
    with_symbol = hits = invented = 0
    for path in sorted(UPR_TXT.glob("*.txt")):
        lines = [line for line in re.split(r"\r\n|\r|\n", _decode_upr(path.read_bytes())) if line.strip()]
        masthead = [m.group(1).rstrip(".") for line in lines[:12] if (m := printed.match(line.strip()))]
        found = extract_metadata(
            [Block(index=i, kind=BlockKind.PARAGRAPH, text=line) for i, line in enumerate(lines)]
        ).symbols
        if masthead:
            with_symbol += 1
            hits += found[:1] == masthead[:1]
        else:
            invented += bool(found)

    assert with_symbol >= 100
    assert hits / with_symbol >= 0.95
    assert invented == 0


def test_a_job_number_cut_from_its_digits_is_not_the_title() -> None:
    from cpcollab.engine.pipeline import extract
    from tests.engine.readers.conftest import shared

    metadata = extract(shared("upr", "pdf", "turkmenistan2009.pdf")).document.metadata
    assert metadata.title == "Report of the Working Group on the Universal Periodic Review"
    assert (metadata.symbols, metadata.author) == (["A/HRC/10/79"], "HRC")
