"""The console in a real headless Chromium against a real uvicorn server: what a person does."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import create_app
from bot.settings import Settings
from db.cases import open_case
from db.models import Conversation, MediaFile, Message, OutboxItem
from db.queries import conversation_for, identity_for
from db.session import transaction
from db.types import utcnow
from tests.bot.staff.conftest import World
from tests.bot.staff.support import PASSWORD
from tests.bot.staff.test_receipts import HTML_RECEIPT, replace_receipt
from tests.fakes._server import BackgroundServer

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def server(settings: Settings, world: World) -> Iterator[BackgroundServer]:
    """The gateway on 127.0.0.1; plain http, as in local development, so cookies not Secure."""
    plain = settings.model_copy(update={"PUBLIC_BASE_URL": "http://127.0.0.1"})
    running = BackgroundServer(create_app(plain, start_pipeline=False)).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def page(server: BackgroundServer) -> Iterator[object]:
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.fail(f"Debian's chromium is missing at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(
            base_url=server.base_url, viewport={"width": 1280, "height": 800}
        )
        try:
            yield context.new_page()
        finally:
            context.close()
            browser.close()


def escalate_another(sessions: sessionmaker[Session], member_id: int, phone: str) -> None:
    with transaction(sessions) as session:
        identity = identity_for(session, "sms", phone)
        identity.member_id = member_id
        conversation = conversation_for(session, identity)
        session.add(
            Message(
                conversation_id=conversation.id,
                channel="sms",
                direction="in",
                author="member",
                text="Can someone call me?",
                created_at=utcnow(),
                processed_at=utcnow(),
            )
        )
        conversation.last_message_at = utcnow()
        open_case(session, conversation, "asked for a call")


def test_sign_in_reply_and_hand_back(
    page: object, world: World, sessions: sessionmaker[Session]
) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto("/staff")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    page.get_by_label("Email").fill("staff@council.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()
    urgent_row = page.locator("tr.urgent")
    expect(urgent_row).to_contain_text("Amina")
    expect(urgent_row).to_contain_text("Urgent")

    # The inbox updates itself: a new escalation appears without a reload.
    escalate_another(sessions, world.members["ben"], "+447700900002")
    expect(page.locator("#inbox-rows")).to_contain_text("Ben", timeout=15_000)
    expect(page.locator("#inbox-rows")).to_contain_text("asked for a call")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "inbox.png"), full_page=True)
    assert (ARTIFACTS / "inbox.png").stat().st_size > 5_000

    page.get_by_role("link", name="Amina").click()
    expect(page.get_by_role("heading", name="Transcript")).to_be_visible()
    expect(page.get_by_text("I need to speak to someone about my bus fare")).to_be_visible()
    page.get_by_label("Reply to the member").fill("Hi Amina, your bus fare is covered.")
    page.get_by_role("button", name="Send reply").click()
    expect(page.get_by_role("status")).to_contain_text("Reply queued")
    outgoing = page.locator("li.message-staff")
    expect(outgoing).to_contain_text("Hi Amina, your bus fare is covered.")
    expect(outgoing).to_contain_text("staff@council.example")

    page.get_by_role("button", name="Hand back to the assistant").click()
    expect(page.get_by_role("status")).to_contain_text("Handed back")

    with sessions() as session:
        conversation = session.get(Conversation, world.escalated_conversation)
        assert conversation.status == "bot" and not conversation.urgent
        reply = session.execute(select(OutboxItem).where(OutboxItem.kind == "staff_reply"))
        assert reply.scalar_one().body == "Hi Amina, your bus fare is covered."

    page.get_by_role("link", name="Inbox").first.click()
    expect(page.locator("#inbox-rows")).not_to_contain_text("Amina")


def test_feedback_charts_render_in_the_browser(page: object) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    page.goto("/staff/login")
    page.get_by_label("Email").fill("staff@council.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Feedback").first.click()
    expect(page.get_by_role("heading", name="Response rate across sessions")).to_be_visible()
    charts = page.locator("svg")
    expect(charts.first).to_be_visible()
    assert charts.count() >= 2  # response rate, and a rating distribution per answered session
    # Bars are drawn with real size: a chart a person can read, not an empty box.
    heights = page.locator("svg rect").evaluate_all(
        "rects => rects.map(r => r.getBoundingClientRect().height)"
    )
    assert max(heights) > 20
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "feedback.png"), full_page=True)
    assert (ARTIFACTS / "feedback.png").stat().st_size > 5_000


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


def add_voice_note(
    sessions: sessionmaker[Session], settings: Settings, conversation_id: int
) -> int:
    """A stored voice note in the conversation, as the pipeline keeps one; its media id."""
    from tests.media_samples import ogg_opus_voice_note

    data = ogg_opus_voice_note(2.0)
    digest = hashlib.sha256(data).hexdigest()
    settings.MEDIA_DIR.mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_DIR / digest).write_bytes(data)
    with transaction(sessions) as session:
        message = Message(
            conversation_id=conversation_id,
            channel="whatsapp",
            direction="in",
            author="member",
            kind="voice",
            created_at=utcnow(),
            processed_at=utcnow(),
        )
        session.add(message)
        session.flush()
        media = MediaFile(
            message_id=message.id,
            source="https://api.twilio.com/fake",
            content_type="audio/ogg",
            sha256=digest,
            size_bytes=len(data),
            storage_path=digest,
            created_at=utcnow(),
        )
        session.add(media)
        session.flush()
        return media.id


def test_staff_play_a_voice_note_from_the_inbox(
    page: object, world: World, sessions: sessionmaker[Session], settings: Settings
) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    media_id = add_voice_note(sessions, settings, world.escalated_conversation)
    page.goto("/staff/login")
    page.get_by_label("Email").fill("staff@council.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()
    with page.expect_response(lambda r: f"/staff/media/{media_id}" in r.url) as loaded:
        page.get_by_role("link", name="Amina").click()
    response = loaded.value
    assert response.status in (200, 206)
    assert response.headers["content-type"] == "audio/ogg"
    audio = page.locator("audio")
    expect(audio).to_have_count(1)
    page.wait_for_function("document.querySelector('audio').readyState >= 1", timeout=10_000)
    played = page.evaluate(
        "async () => { const a = document.querySelector('audio'); a.muted = true;"
        " await a.play(); return {paused: a.paused, duration: a.duration}; }"
    )
    assert played["paused"] is False and played["duration"] > 1.5
