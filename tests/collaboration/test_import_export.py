from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from cpcollab.audit.models import AuditEvent
from cpcollab.collaboration import selectors, services, spreadsheet
from cpcollab.collaboration.models import Record
from cpcollab.collaboration.spreadsheet import ImportFileError
from cpcollab.core.errors import ValidationFailedError
from tests.collaboration.conftest import make_record

pytestmark = pytest.mark.django_db

HEADER = "title,description,parties,kinds,themes,countries,start,end,mechanism,status\r\n"
GOOD = (
    HEADER + "Birth registration,Kenya and WHO,KEN; WHO,technical_assistance,,KEN,2021,2022,,draft\r\n"
    "Case management,Training,UNICEF;UNHCR;Save the Children,capacity_building,crc-art-19,JOR,2022-01-15,,,published\r\n"
)


def _xlsx(rows: list[list[Any]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_valid_csv_creates_every_row_in_one_go(unicef_user: Any) -> None:
    result = services.records_import(user=unicef_user, filename="records.csv", data=GOOD.encode())

    assert [r.title for r in result.records] == ["Birth registration", "Case management"]
    second = Record.objects.get(title="Case management")
    assert second.status == "published" and second.owner.code == "UNICEF"
    assert [p.code or p.name for p in second.parties.order_by("position")] == ["UNICEF", "UNHCR", "Save the Children"]
    assert AuditEvent.objects.filter(action="record.import").count() == 2
    assert AuditEvent.objects.get(action="record.import_file").after["records"] == [r.pk for r in result.records]


def test_one_bad_row_writes_nothing_and_every_error_is_reported_by_row_and_column(unicef_user: Any) -> None:
    data = (
        GOOD + "Bad one,,UNICEF,friendship,,XXX,2024,2020,,\r\n,,,,,,,,,\r\nNo title,,UNICEF;WHO,,,,,,,\r\n"
    ).encode()
    events = AuditEvent.objects.count()

    with pytest.raises(ValidationFailedError) as error:
        services.records_import(user=unicef_user, filename="records.csv", data=data)

    problems = {(p["row"], p["column"]) for p in error.value.details["rows"]}
    assert problems == {(4, "parties"), (4, "kinds"), (4, "countries"), (4, "end")}
    assert "nothing was imported" in error.value.message
    assert not Record.objects.exists()
    assert AuditEvent.objects.count() == events


def test_xlsx_import_reads_dates_and_numbers(unicef_user: Any) -> None:
    import datetime

    data = _xlsx(
        [
            ["title", "parties", "kinds", "start", "end"],
            ["From Excel", "UNICEF; WHO", "funding", 2021, datetime.datetime(2022, 3, 1)],
        ]
    )

    record = services.records_import(user=unicef_user, filename="r.xlsx", data=data).records[0]

    assert (record.start_year, record.end.__str__()) == (2021, "2022-03-01")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"title,parties,colour\r\nx,UNICEF;WHO,red\r\n", "unknown column 'colour'"),
        (b"title\r\nx\r\n", "missing column 'parties'"),
        (HEADER.encode(), "no rows"),
        (b"PK\x03\x04 not really a zip", "XLSX"),
        (b"title,parties\r\nx\x00\x01,UNICEF;WHO\r\n", "not a text file"),
        (b'title,parties\r\n"unclosed,UNICEF\r\n', "malformed"),
    ],
)
def test_unreadable_files_are_refused_whole(unicef_user: Any, data: bytes, message: str) -> None:
    with pytest.raises(ImportFileError) as error:
        services.records_import(user=unicef_user, filename="records.csv", data=data)

    assert message in error.value.message
    assert not Record.objects.exists()


def test_a_non_utf8_file_is_decoded(unicef_user: Any) -> None:
    data = "title,parties\r\nFormation des travailleurs sociaux à Genève,UNICEF;WHO\r\n".encode("cp1252")

    record = services.records_import(user=unicef_user, filename="r.csv", data=data).records[0]

    assert record.title == "Formation des travailleurs sociaux à Genève"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig"])
def test_utf16_and_semicolon_separated_files_are_read(unicef_user: Any, encoding: str) -> None:
    data = 'title;parties\r\nСотрудничество в Женеве;"UNICEF;WHO"\r\n'.encode(encoding)

    record = services.records_import(user=unicef_user, filename="r.csv", data=data).records[0]

    assert record.title == "Сотрудничество в Женеве"


def test_limits_on_size_and_rows(unicef_user: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 2)
    with pytest.raises(ImportFileError, match="At most 2 rows"):
        services.records_import(user=unicef_user, filename="r.csv", data=(GOOD + "Third,,UNICEF;WHO\r\n").encode())

    monkeypatch.setattr(spreadsheet, "MAX_BYTES", 10)
    with pytest.raises(ImportFileError, match="larger than"):
        services.records_import(user=unicef_user, filename="r.csv", data=GOOD.encode())


def test_a_zip_bomb_is_refused_before_it_is_unpacked(unicef_user: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (2 * 1024 * 1024))
    monkeypatch.setattr(spreadsheet, "MAX_INFLATED_BYTES", 1024 * 1024)

    with pytest.raises(ImportFileError, match="too large once unpacked"):
        services.records_import(user=unicef_user, filename="bomb.xlsx", data=buffer.getvalue())


def test_export_neutralises_formulas_and_imports_back_unchanged(unicef_user: Any, ohchr_user: Any) -> None:
    make_record(
        unicef_user,
        title='=HYPERLINK("http://evil.example","click")',
        description="+1 more; @everyone; -2",
        parties=["UNICEF", "KEN", "other: NRC", "Save the Children"],
        themes=["crc-art-19"],
        mechanism="MRM",
    )
    records = selectors.records_for_user(unicef_user)

    exported = spreadsheet.to_csv(spreadsheet.export_rows(records))
    text = exported.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1 more" in text
    again = services.records_import(user=ohchr_user, filename="export.csv", data=exported).records[0]

    assert again.title == '=HYPERLINK("http://evil.example","click")'
    assert again.description == "+1 more; @everyone; -2"
    assert [p.code or p.name for p in again.parties.order_by("position")] == [
        "UNICEF",
        "KEN",
        "NRC",
        "Save the Children",
    ]
    original = Record.objects.exclude(pk=again.pk).get()
    keys = ("title", "description", "parties", "kinds", "themes", "countries", "start", "end", "mechanism", "status")
    first, second = services.record_snapshot(original), services.record_snapshot(again)
    assert {k: first[k] for k in keys} == {k: second[k] for k in keys}


def test_xlsx_export_and_template(unicef_user: Any) -> None:
    make_record(unicef_user, title="=1+1")

    workbook = load_workbook(io.BytesIO(spreadsheet.to_xlsx(spreadsheet.export_rows(Record.objects.all()))))
    assert workbook["records"]["A2"].value == "'=1+1"
    template = load_workbook(io.BytesIO(spreadsheet.template("xlsx")))
    assert [c.value for c in template["records"][1]] == list(spreadsheet.FIELDS)
    assert template["help"]["A2"].value == "title"
    assert spreadsheet.template("csv").decode("utf-8-sig").startswith("title,description,parties")
