"""A send happens once: a provider timeout or a cut connection after the request left is settled
like a crash (asked about, or shown to staff), never resent blind; a connection refused before
anything was sent is retried; the claim lease counts from the send; an outage is retried until
the message stops being useful, not for a fixed number of attempts."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from bot.outbox.worker import Worker
from bot.services import Services
from db.models import OutboxItem
from db.queries import enqueue
from db.types import utcnow
from tests.bot.test_reminders import config_with, set_session
from tests.fakes.faults import FaultyLink
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import gateway_settings

LEASE = 2.0  # seconds; Twilio's client gives up after half of it
AMINA = "+447700900100"
CHAT = "555001"


@pytest.fixture
def worker_with(
    var_dir: Path,
    config_path: Path,
    database_url: str,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> Callable[..., Worker]:
    """A worker on the stand-ins with a short claim lease (and any other setting changed)."""

    def make(lease: float = LEASE, **overrides: Any) -> Worker:
        settings = gateway_settings(
            var_dir,
            config_path,
            database_url,
            twilio_api,
            telegram_api,
            WORKER_CLAIM_LEASE_SECONDS=lease,
            **overrides,
        )
        return Worker(Services.from_settings(settings), worker_id=f"worker-{time.monotonic()}")

    return make


@pytest.fixture
def twilio_link(twilio_api: FakeTwilioApi) -> Iterator[FaultyLink]:
    link = FaultyLink(twilio_api.port).start()
    yield link
    link.stop()


def put(
    services: Services,
    *,
    key: str = "reply:1:0",
    kind: str = "reply",
    channel: str = "sms",
    address: str = AMINA,
    body: str = "See you on Saturday at 10:00.",
    **values: Any,
) -> int:
    """One queued row, with any column then set to `values` (attempts, created_at, ...)."""
    with services.sessions() as session, session.begin():
        outbox_id = enqueue(
            session, key=key, kind=kind, channel=channel, address=address, body=body
        )
        assert outbox_id is not None
        if values:
            session.execute(update(OutboxItem).where(OutboxItem.id == outbox_id).values(**values))
    return outbox_id


def row(services: Services, outbox_id: int) -> OutboxItem:
    with services.sessions() as session:
        item = session.get(OutboxItem, outbox_id)
        assert item is not None
        return item


def run_once(worker: Worker) -> int:
    """One batch, as the worker process runs it, with its clients closed afterwards."""

    async def once() -> int:
        try:
            return await worker.run_once()
        finally:
            await worker.channels.close()

    return asyncio.run(once())


def settle_after_the_lease(worker: Worker) -> None:
    """What the worker's own loop does a lease later: settle what is left `sending`, then send
    what is due."""
    time.sleep(LEASE + 0.5)
    worker.recover()
    run_once(worker)


# --- timeouts and cut connections ----------------------------------------------------------------


def test_a_twilio_timeout_after_the_request_left_is_settled_by_asking_twilio_not_resent(
    worker_with: Callable[..., Worker], twilio_api: FakeTwilioApi
) -> None:
    worker = worker_with()
    outbox_id = put(worker.services)
    twilio_api.slow_next(LEASE)  # Twilio takes the message after our client has given up

    run_once(worker)
    settle_after_the_lease(worker)

    [sent] = twilio_api.sent_messages()
    assert len(twilio_api.create_attempts()) == 1, "the member got the message twice"
    item = row(worker.services, outbox_id)
    assert (item.status, item.provider_id) == ("sent", sent["sid"])


@pytest.mark.parametrize("before", [True, False], ids=["before-twilio-saw-it", "after-it-took-it"])
def test_a_connection_cut_mid_send_is_settled_by_asking_twilio_and_sent_exactly_once(
    worker_with: Callable[..., Worker],
    twilio_api: FakeTwilioApi,
    twilio_link: FaultyLink,
    before: bool,
) -> None:
    worker = worker_with(TWILIO_API_URL=twilio_link.base_url)
    outbox_id = put(worker.services)
    twilio_link.drop_next(before=before)

    run_once(worker)
    settle_after_the_lease(worker)
    if before:  # Twilio never had it: it went back to the queue and goes now
        run_once(worker)

    [sent] = twilio_api.sent_messages()
    assert len(twilio_api.create_attempts()) == 1, "the member got the message twice"
    item = row(worker.services, outbox_id)
    assert (item.status, item.provider_id) == ("sent", sent["sid"])


def test_a_cut_send_is_matched_to_its_own_message_when_the_same_text_went_again_since(
    worker_with: Callable[..., Worker], twilio_api: FakeTwilioApi, twilio_link: FaultyLink
) -> None:
    """The member asked the same question twice: the first answer's connection was cut after
    Twilio took it, the second went normally. Each row gets its own message."""
    worker = worker_with(TWILIO_API_URL=twilio_link.base_url)
    first = put(worker.services, key="reply:1:0")
    twilio_link.drop_next(before=False)
    run_once(worker)
    second = put(worker.services, key="reply:2:0")
    run_once(worker)

    settle_after_the_lease(worker)

    sids = [message["sid"] for message in twilio_api.sent_messages()]
    assert len(sids) == 2
    assert [row(worker.services, n).provider_id for n in (first, second)] == sids


def test_a_telegram_timeout_goes_to_staff_as_an_unknown_outcome_and_is_never_resent(
    worker_with: Callable[..., Worker], telegram_api: FakeTelegramApi
) -> None:
    worker = worker_with(lease=4.0)  # Telegram's client gives up after half a second
    outbox_id = put(worker.services, channel="telegram", address=CHAT)
    telegram_api.slow_next("sendMessage", seconds=6.0)  # longer than any client timeout

    run_once(worker)

    item = row(worker.services, outbox_id)
    assert (item.status, item.error_code) == ("failed", "unknown_outcome")
    assert "not resent" in (item.error_message or "")
    assert run_once(worker) == 0
    assert len(telegram_api.calls("sendMessage")) == 1


def test_a_whatsapp_template_left_without_an_answer_goes_to_staff_not_looked_up_by_its_text(
    worker_with: Callable[..., Worker], twilio_api: FakeTwilioApi
) -> None:
    """Outside the 24-hour window a reminder goes as its template, whose text Twilio does not
    hold as our body: it cannot be found by it, so asking would say "never got it" wrongly."""
    worker = worker_with()
    outbox_id = put(
        worker.services,
        kind="reminder",
        channel="whatsapp",
        template="reminder",
        template_variables={
            "first_name": "Kwame",
            "session_title": "Weekend 1, Saturday",
            "starts_at": "Saturday 20 February at 10:00",
            "venue_name": "Walthamstow Assembly Hall",
        },
    )
    twilio_api.slow_next(LEASE)

    run_once(worker)
    settle_after_the_lease(worker)

    item = row(worker.services, outbox_id)
    assert (item.status, item.error_code, item.as_template) == ("failed", "unknown_outcome", True)
    assert len(twilio_api.create_attempts()) == 1


def test_a_connection_refused_before_anything_was_sent_is_simply_retried(
    worker_with: Callable[..., Worker], twilio_api: FakeTwilioApi, twilio_link: FaultyLink
) -> None:
    worker = worker_with(TWILIO_API_URL=twilio_link.base_url)
    outbox_id = put(worker.services)
    twilio_link.refuse()

    run_once(worker)
    item = row(worker.services, outbox_id)
    assert (item.status, item.attempts) == ("pending", 1)
    twilio_link.listen_again()
    time.sleep(2.2)  # the first back-off
    run_once(worker)

    [sent] = twilio_api.sent_messages()
    assert row(worker.services, outbox_id).provider_id == sent["sid"]


# --- the claim lease -----------------------------------------------------------------------------


def test_the_claim_lease_counts_from_the_send_not_from_the_batch_claim(
    worker_with: Callable[..., Worker], twilio_api: FakeTwilioApi
) -> None:
    """A row claimed with its batch waits its turn (rate limits) for most of the lease, then
    its send takes a moment: another worker must not take it back in that moment."""
    lease = 4.0  # a send may take a second (a quarter of it) before the client gives up
    first, second = worker_with(lease), worker_with(lease)
    outbox_id = put(first.services)
    [claimed] = first.claim()
    assert claimed == outbox_id
    with first.services.sessions() as session, session.begin():
        waited = utcnow() - timedelta(seconds=lease - 0.2)
        session.execute(update(OutboxItem).values(claimed_at=waited))
    [outgoing] = first._load([outbox_id])
    twilio_api.slow_next(0.8)
    sending = threading.Thread(target=lambda: asyncio.run(first.send(outgoing)))
    sending.start()
    time.sleep(0.4)  # mid-send, and the batch's claim is older than the lease now

    second.recover()
    run_once(second)
    sending.join()

    assert len(twilio_api.create_attempts()) == 1, "the member got the message twice"
    assert row(first.services, outbox_id).status == "sent"


# --- retrying an outage until the message stops being useful -------------------------------------


def test_a_provider_outage_is_retried_past_eight_attempts_while_the_message_is_useful(
    worker_with: Callable[..., Worker], twilio_api: FakeTwilioApi
) -> None:
    worker = worker_with()
    outbox_id = put(worker.services, attempts=8)
    twilio_api.fail_next(500)

    run_once(worker)

    item = row(worker.services, outbox_id)
    assert (item.status, item.attempts) == ("pending", 9)
    assert item.not_before > utcnow()


def test_a_reply_is_given_up_when_its_next_attempt_would_come_a_day_after_it_was_queued(
    worker_with: Callable[..., Worker], twilio_api: FakeTwilioApi
) -> None:
    worker = worker_with()
    a_day_ago_but_a_second = utcnow() - timedelta(days=1) + timedelta(seconds=1)
    outbox_id = put(worker.services, created_at=a_day_ago_but_a_second)
    twilio_api.fail_next(500)

    run_once(worker)

    item = row(worker.services, outbox_id)
    assert (item.status, item.error_code) == ("failed", "gave_up")
    assert "twilio 500" in (item.error_message or "")


def test_a_reminder_is_retried_until_its_session_starts_then_given_up(
    worker_with: Callable[..., Worker], twilio_api: FakeTwilioApi, config_path: Path
) -> None:
    an_hour_ago = (utcnow() - timedelta(hours=1)).astimezone(ZoneInfo("Europe/London"))
    config_with(
        config_path,
        lambda data: set_session(
            data,
            "w1-sat",
            starts=f"{an_hour_ago:%Y-%m-%dT%H:%M}",
            ends=f"{an_hour_ago + timedelta(hours=6):%Y-%m-%dT%H:%M}",
        ),
    )
    worker = worker_with()
    long_ago = utcnow() - timedelta(days=5)
    ahead, started = (
        put(
            worker.services,
            key=f"reminder:1:{session_id}:1d",
            kind="reminder",
            address=address,
            session_id=session_id,
            created_at=long_ago,
            attempts=40,
        )
        for session_id, address in (("w1-sun", AMINA), ("w1-sat", "+447700900101"))
    )
    twilio_api.fail_next(500, times=2)

    run_once(worker)

    assert row(worker.services, ahead).status == "pending"
    item = row(worker.services, started)
    assert (item.status, item.error_code) == ("failed", "gave_up")
