"""In a real headless Chromium: a finance user opening an uploaded HTML "receipt" gets a
download, and the page never renders or runs its script on the console's origin."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings
from tests.bot.staff.conftest import World
from tests.bot.staff.support import PASSWORD
from tests.bot.staff.test_browser import page, server  # noqa: F401 - the browser fixtures
from tests.bot.staff.test_receipts import HTML_RECEIPT, replace_receipt

pytestmark = pytest.mark.browser


def test_an_html_receipt_is_downloaded_never_rendered(
    page: object, world: World, sessions: sessionmaker[Session], settings: Settings
) -> None:
    from playwright.sync_api import Error, Page

    assert isinstance(page, Page)
    marker = b"<script>document.title = 'receipt script ran'</script>"
    replace_receipt(
        sessions, settings, world.claim_with_receipt, marker + HTML_RECEIPT, "text/html"
    )
    page.goto("/staff/login")
    page.get_by_label("Email").fill("finance@council.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/staff/**")

    with page.expect_download(timeout=10_000) as download_info:
        try:
            page.goto(f"/staff/claims/{world.claim_with_receipt}/receipt")
        except Error as error:  # Chromium aborts a navigation that turns into a download
            assert "Download is starting" in str(error) or "ERR_ABORTED" in str(error)
    download = download_info.value
    assert download.suggested_filename.endswith(".bin")
    assert page.title() != "receipt script ran"
    assert "Receipt</h1>" not in page.content()
