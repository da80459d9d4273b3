"""A real browser for the page tests: Debian's chromium driven by Playwright, never a downloaded one.

``make install-test`` installs chromium where it can (scripts/install-browser.sh); where there is
none, or Playwright cannot start it, these tests skip with the reason.

The tests serve the site with pytest-django's ``live_server``, whose transactional database is
flushed after each test, the registry and organisations that tests/conftest.py loads once per
session with it. :func:`reference_data` loads them for the test if they are missing, and
:func:`_reference_data_restored` puts them back once the module is done, so the tests that come
later find them whatever the order (pytest-django runs transactional tests after the other
database tests, but not necessarily after every other transactional one).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest

#: Screenshots of each step, for a person to look at (ignored by git).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "browser"
#: How long to wait for any one thing in the page (the whole flow takes a few seconds).
TIMEOUT_MS = 15_000


def chromium_path() -> str | None:
    """Debian's chromium (or the one ``CPCOLLAB_CHROMIUM`` names), if there is one."""
    for candidate in (os.environ.get("CPCOLLAB_CHROMIUM", ""), "/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _load_reference() -> None:
    from cpcollab.accounts.services import organisations_sync_registry
    from cpcollab.registry.services import reference_load

    reference_load(user=None)
    organisations_sync_registry(user=None)


@pytest.fixture(scope="module", autouse=True)
def _reference_data_restored(django_db_blocker: Any) -> Iterator[None]:
    """After the module, after the flush of its last test: the reference data again (idempotent)."""
    yield
    with django_db_blocker.unblock():
        _load_reference()


@pytest.fixture
def reference_data(transactional_db: None) -> None:
    """The registry and organisations, loaded if an earlier flush took them away."""
    from cpcollab.accounts.models import Organisation

    if not Organisation.objects.filter(code="SECRETARIAT").exists():
        _load_reference()


@contextmanager
def _chromium_page(base_url: str) -> Iterator[Any]:
    """A page of a fresh headless chromium; skips with the reason where it cannot start."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    executable = chromium_path()
    if executable is None:
        pytest.skip("no chromium: install Debian's chromium (make install-test does it as root)")
    with sync_api.sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, headless=True)
        except Exception as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            pytest.skip(f"playwright could not start {executable}: {reason}")
        try:
            context = browser.new_context(base_url=base_url, locale="en-GB", viewport={"width": 1280, "height": 900})
            context.set_default_timeout(TIMEOUT_MS)
            page = context.new_page()
            try:
                yield page
            except Exception:  # what the page showed when the test failed, then the failure
                with suppress(Exception):
                    page.screenshot(path=str(SCREENSHOTS / "failure.png"), full_page=True)
                raise
        finally:
            browser.close()


@pytest.fixture
def open_page(reference_data: None, live_server: Any) -> Callable[[], AbstractContextManager[Any]]:
    """``with open_page() as page:`` a page of a fresh chromium on the live server, where
    ``page.goto("/en/...")`` opens the site's pages; screenshots go to :data:`SCREENSHOTS`.

    Read and write the database before the ``with`` block or after it, never inside: Playwright
    runs an event loop in this thread while it is open, under which Django refuses ORM calls
    (and would open a connection of its own that nothing closes)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "failure.png").unlink(missing_ok=True)
    return lambda: _chromium_page(live_server.url)
