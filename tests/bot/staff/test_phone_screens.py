"""The console on a phone, in a real headless Chromium 390 pixels wide: every page (found from
the app's own routes, so a new page is checked too) fits the screen without sideways
scrolling; and an admin disabling an account ends that account's open session in its browser."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session, sessionmaker

from bot.app import create_app
from bot.settings import Settings
from bot.staff.pages import ROUTERS
from db.models import Broadcast, Member, OutboxItem
from db.session import transaction
from tests.bot.staff.conftest import World
from tests.bot.staff.support import PASSWORD
from tests.bot.staff.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS
from tests.fakes._server import BackgroundServer

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
# Pages that are files or data, not screens.
NOT_SCREENS = re.compile(r"(\.json|\.csv|/receipt|/export|/static/.*|/media/\{media_id\})$")
LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 2


@pytest.fixture
def console_app(settings: Settings) -> FastAPI:
    """The gateway on plain http, as in local development, so cookies are not Secure."""
    plain = settings.model_copy(update={"PUBLIC_BASE_URL": "http://127.0.0.1"})
    return create_app(plain, start_pipeline=False)


@pytest.fixture
def server(console_app: FastAPI, world: World) -> Iterator[BackgroundServer]:
    running = BackgroundServer(console_app).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.fail(f"Debian's chromium is missing at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def phone_page(browser: Any, server: BackgroundServer, email: str | None = None) -> Any:
    """A new phone-sized browser tab, signed in as `email` when given."""
    page = browser.new_context(base_url=server.base_url, viewport=PHONE).new_page()
    if email:
        page.goto("/staff/login")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(re.compile(r"/staff(\?.*)?$"))
    return page


def example_pages(ids: dict[str, int]) -> list[str]:
    """Every console screen (every router the app includes for the console), its path
    parameters filled with an example from `ids`."""
    pages = []
    for route in (route for router in ROUTERS for route in router.routes):
        if not isinstance(route, APIRoute) or "GET" not in route.methods:
            continue
        if not route.path.startswith("/staff") or NOT_SCREENS.search(route.path):
            continue
        missing = [name for name in route.param_convertors if name not in ids]
        assert not missing, f"{route.path}: give an example id for {missing} in ids"
        pages.append(route.path.format(**ids))
    return sorted(pages)


def seed_long_content(sessions: sessionmaker[Session], world: World) -> int:
    """Content that tends to push a page wide: a long word in a name and in a message, and
    a broadcast to look at; the broadcast's id."""
    with transaction(sessions) as session:
        member = session.get(Member, world.members["cara"])
        assert member is not None
        member.email = f"{LONG_WORD.lower()}@example.org"
        member.access_needs = LONG_WORD
        broadcast = Broadcast(text=f"Reminder {LONG_WORD}", audience="all")
        session.add(broadcast)
        session.flush()
        session.add(
            OutboxItem(
                idempotency_key="phone:1",
                kind="broadcast",
                member_id=member.id,
                broadcast_id=broadcast.id,
                channel="sms",
                address=member.phone,
                body=f"Reminder {LONG_WORD}",
                status="failed",
                error_code="21610",
                error_message=LONG_WORD,
            )
        )
        return broadcast.id


def overflow(page: Any) -> int:
    """How many pixels the page is wider than the screen (0 when it fits); the screen's width
    less any scroll bar, so content under a scroll bar counts as too wide."""
    return page.evaluate(
        "(() => { const root = document.scrollingElement;"
        " return root.scrollWidth - Math.min(root.clientWidth, window.innerWidth); })()"
    )


def test_every_console_page_fits_a_390_pixel_screen(
    browser: Any,
    server: BackgroundServer,
    world: World,
    sessions: sessionmaker[Session],
) -> None:
    ids = {
        "conversation_id": world.escalated_conversation,
        "member_id": world.members["cara"],
        "broadcast_id": seed_long_content(sessions, world),
    }
    signed_out = phone_page(browser, server)
    signed_out.goto("/staff/login")
    assert overflow(signed_out) <= 0, "the login page is wider than the screen"

    page = phone_page(browser, server, world.emails["admin"])
    too_wide = {}
    visited = []
    for path in example_pages(ids):
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        visited.append(page.url)
        if overflow(page) > 0:
            too_wide[path] = overflow(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.goto("/staff/roster")
    page.screenshot(path=str(ARTIFACTS / "roster-390.png"), full_page=True)
    assert not too_wide, f"wider than 390 px (by so many pixels): {too_wide}"
    assert len(visited) >= 15


def test_a_disabled_accounts_open_session_stops_working_in_its_browser(
    browser: Any, server: BackgroundServer, world: World
) -> None:
    from playwright.sync_api import expect

    organiser = phone_page(browser, server, world.emails["staff"])
    organiser.goto("/staff/roster")
    expect(organiser.get_by_role("heading", name="Roster")).to_be_visible()

    admin = phone_page(browser, server, world.emails["admin"])
    admin.goto("/staff/accounts")
    admin.get_by_role("button", name=f"Disable: {world.emails['staff']}").click()
    expect(admin.get_by_role("status")).to_contain_text("Account disabled")

    organiser.goto("/staff/roster")  # the next page the organiser opens
    expect(organiser.get_by_role("heading", name="Sign in")).to_be_visible()
    assert "/staff/login" in organiser.url
