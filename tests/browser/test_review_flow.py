"""In a real browser: a focal point uploads a report, sees its collaboration highlighted, accepts a
statement from the keyboard and finds the new record through search. Screenshots of each step
go to test-output/browser/ (see conftest.py for the browser and the database set-up)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from cpcollab.accounts.models import Organisation
from cpcollab.accounts.roles import Role
from cpcollab.audit.models import AuditEvent
from cpcollab.collaboration.models import Record
from cpcollab.documents.models import Document, ReviewStatus, Statement
from tests.browser.conftest import SCREENSHOTS, TIMEOUT_MS
from tests.documents.conftest import make_docx
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

PASSWORD = "a-long-browser-password"
#: A word found nowhere else, to search the new record by.
PLACE = "Azraq"
REPORT = [
    "Report of the Special Representative of the Secretary-General on Violence against Children",
    f"1. During the reporting period, UNICEF and UNHCR jointly trained 240 social workers in the {PLACE} "
    "camp in Jordan on case management for unaccompanied children.",
    "2. The weather was unusually warm in the capital during the session.",
    "3. The Government of Kenya worked in close cooperation with the World Health Organization to "
    "strengthen birth registration in rural districts.",
]


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def _number(url: str | None, pattern: str) -> int:
    found = re.search(pattern, url or "")
    assert found, f"{url!r} does not match {pattern}"
    return int(found.group(1))


def test_upload_highlight_accept_and_find_the_record(open_page: Any, tmp_path: Path) -> None:
    """The database is used only before the browser starts and after it stops (see open_page)."""
    expect = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed").expect

    # given a focal point of UNICEF, who signs in on the sign-in page (django-axes checks it)
    UserFactory(
        username="focal.unicef",
        organisation=Organisation.objects.get(code="UNICEF"),
        role=Role.FOCAL_POINT,
        password=PASSWORD,
    )
    report = tmp_path / "sgviolence-report.docx"
    report.write_bytes(make_docx(REPORT))
    with open_page() as page:
        page.goto("/en/accounts/login/?next=/en/documents/upload/")
        page.get_by_label("User name").fill("focal.unicef")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page).to_have_url(re.compile(r"/en/documents/upload/$"))
        _shot(page, "01-upload-page")

        # when they upload a DOCX on the upload page (each file goes to the API, with its progress)
        page.locator("#upload-form input[type=file]").set_input_files(str(report))
        page.locator("#upload-form button[type=submit]").click()
        opened = page.locator("#upload-progress li a")
        expect(opened).to_be_visible(timeout=TIMEOUT_MS)  # uploaded and read (in-process job)
        expect(page.locator("#upload-progress li .state")).to_contain_text("Done · Statements: 2")
        _shot(page, "02-uploaded")
        document_id = _number(opened.get_attribute("href"), r"/documents/(\d+)/$")

        # then the highlighted view marks the statements and the actors, with a card beside each
        opened.click()
        expect(page).to_have_url(re.compile(rf"/en/documents/{document_id}/$"))
        cards = page.locator("article.statement")
        expect(cards).to_have_count(2)
        first, second = (int(cards.nth(i).get_attribute("data-statement") or 0) for i in range(2))
        expect(page.locator("mark.st")).to_have_count(2)
        expect(page.locator(f"mark.st#h-{first}")).to_contain_text(PLACE)
        expect(page.locator(f"mark.st#h-{first}")).to_have_class(re.compile(r"\breported\b"))
        for code in ("UNICEF", "UNHCR", "WHO"):
            expect(page.locator(f"span.actor[data-actor={code}]").first).to_be_visible()
        card = page.locator(f"article#s-{first}")
        expect(card.locator(".badge.reported")).to_be_visible()
        expect(card.locator(".facts")).to_contain_text("UNICEF")
        expect(card.locator(".facts")).to_contain_text("UNHCR")
        expect(card.locator(".citation")).to_contain_text("para. 1")
        expect(card.locator(".review-status")).to_have_class(re.compile(r"\bpending\b"))
        _shot(page, "03-highlighted-view")
        page.locator(".row.has-statements").first.screenshot(path=str(SCREENSHOTS / "03b-statement-close-up.png"))

        # when they move to the first statement with "j" and accept it with "a"
        page.locator("body").press("j")
        expect(card).to_have_class(re.compile(r"\bcurrent\b"))
        _shot(page, "04-statement-chosen")
        with page.expect_navigation():
            page.keyboard.press("a")

        # then a new record is made from it, and the page comes back on the next statement
        expect(page.locator(".messages")).to_contain_text("a new collaboration record was made")
        expect(page).to_have_url(re.compile(rf"/en/documents/{document_id}/#s-{second}$"))
        expect(card.locator(".review-status")).to_have_class(re.compile(r"\baccepted\b"))
        expect(card.locator("form.accept")).to_have_count(0)
        expect(page.locator(f"article#s-{second}")).to_have_class(re.compile(r"\bcurrent\b"))
        _shot(page, "05-accepted")
        page.locator(f"article#s-{second}").screenshot(path=str(SCREENSHOTS / "05b-next-statement.png"))

        # when they search for the place among the collaboration records
        page.goto("/en/search/")
        form = page.locator("form.search-form")
        form.get_by_label("Search for").fill(PLACE)
        form.get_by_label("Search in").select_option("record")
        form.get_by_role("button", name="Search").click()

        # then the new record is found, its words highlighted, and it opens
        result = page.locator("li.search-result.record")
        expect(result).to_have_count(1)
        expect(result.locator(".snippet mark")).to_have_text(PLACE)
        expect(result.locator(".result-head a")).to_contain_text("UNICEF")
        _shot(page, "06-search")
        record_id = _number(result.locator(".result-head a").get_attribute("href"), r"/collaboration/(\d+)/$")
        result.locator(".result-head a").click()
        expect(page).to_have_url(re.compile(rf"/en/collaboration/{record_id}/$"))
        expect(page.locator("#main")).to_contain_text(f"{report.name}, para. 1")  # the evidence, cited
        title = page.locator("h1").inner_text()
        _shot(page, "07-record")

    # and the database holds the decision: the statement accepted by them, the record of
    # UNICEF with the statement as evidence, the decision in the audit trail
    statement = Statement.objects.get(pk=first)
    record = Record.objects.get(pk=record_id)
    assert statement.document_id == document_id and Document.objects.get(pk=document_id).filename == report.name
    assert statement.review_status == ReviewStatus.ACCEPTED and statement.reviewed_by.username == "focal.unicef"
    assert Statement.objects.get(pk=second).review_status == ReviewStatus.PENDING
    assert list(record.evidence.values_list("statement_id", flat=True)) == [first]
    assert record.owner.code == "UNICEF" and PLACE in record.description and record.title == title
    assert AuditEvent.objects.filter(action="statement.accept", object_id=str(first)).exists()
