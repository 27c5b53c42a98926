"""The organisers' pages on a phone (390 pixels wide) in headless Chromium: the door register,
then finance paying the thank-you payment it made owed."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import OutboxItem, ThankYouPaymentRecord
from tests.bot.staff.conftest import World
from tests.bot.staff.support import PASSWORD
from tests.bot.staff.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, server
from tests.fakes._server import BackgroundServer

pytestmark = pytest.mark.browser

__all__ = ["server"]  # the gateway fixture, shared with the other browser tests

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(server: BackgroundServer) -> Iterator[object]:
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.fail(f"Debian's chromium is missing at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(base_url=server.base_url, viewport=PHONE, has_touch=True)
        try:
            yield context.new_page()
        finally:
            context.close()
            browser.close()


def sign_in(page: object, email: str) -> None:
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    page.goto("/staff/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/staff**")


def fits_the_screen(page: object) -> None:
    """Nothing wider than the phone: no sideways scrolling of the whole page."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide"


def test_a_member_ticked_in_at_the_door_is_owed_and_paid_and_told(
    phone: object, world: World, sessions: sessionmaker[Session]
) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(phone, Page)
    sign_in(phone, "staff@council.example")
    phone.goto("/staff/register?session=w1-sat")
    expect(phone.get_by_role("heading", name="Register")).to_be_visible()
    fits_the_screen(phone)
    phone.get_by_label("Search by name").fill("amina")
    phone.get_by_role("button", name="Search").click()
    expect(phone.locator("ul.register li")).to_have_count(1)
    phone.get_by_role("button", name="Mark Amina Khan arrived").tap()
    expect(phone.get_by_role("status")).to_contain_text("Marked arrived")
    expect(phone.locator(f"#member-{world.members['amina']}")).to_contain_text("Arrived")
    fits_the_screen(phone)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    phone.screenshot(path=str(ARTIFACTS / "register-phone.png"), full_page=True)
    phone.goto("/staff/reserves")
    fits_the_screen(phone)
    phone.get_by_role("button", name="Sign out").click()

    sign_in(phone, "finance@council.example")
    phone.goto("/staff/payments")
    row = phone.locator("tr", has_text="Amina Khan")
    expect(row).to_contain_text("Weekend 1")
    expect(row).to_contain_text("150.00")
    fits_the_screen(phone)
    row.get_by_label("Payment reference").fill("BACS-0001")
    row.get_by_role("button", name="Mark paid").tap()
    expect(phone.get_by_role("status")).to_contain_text("the member has been told")
    expect(phone.get_by_text("No payments here.")).to_be_visible()  # nothing owed any more

    with sessions() as session:
        payment = session.scalars(select(ThankYouPaymentRecord)).one()
        assert (payment.status, payment.reference) == ("paid", "BACS-0001")
        told = session.scalars(select(OutboxItem).where(OutboxItem.kind == "payment_update"))
        assert told.one().member_id == world.members["amina"]
