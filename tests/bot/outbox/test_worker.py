"""The outbox worker: atomic claims, exactly-once across a crash, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.channels.base import PreparedMessage
from bot.outbox.worker import Worker
from bot.services import Services
from bot.settings import REPO_ROOT, Settings
from db.models import Base, OutboxItem
from db.queries import enqueue
from db.session import make_engine
from db.types import utcnow
from tests.conftest import make_settings
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import gateway_settings, wait_until


def queue(services: Services, count: int, address_count: int = 1) -> None:
    with services.sessions() as session, session.begin():
        for n in range(count):
            enqueue(
                session,
                key=f"test:{n}",
                kind="broadcast",
                channel="sms",
                address=f"+4477009001{n % address_count:02d}",
                body=f"message {n}",
            )


def claims_are_disjoint(settings: Settings) -> None:
    services = Services.from_settings(settings)
    queue(services, 60, address_count=60)
    workers = [Worker(Services.from_settings(settings), worker_id=f"w{n}") for n in range(3)]
    claimed: list[list[int]] = [[] for _ in workers]

    def claim_all(index: int) -> None:
        while ids := workers[index].claim(limit=7):
            claimed[index].extend(ids)

    threads = [threading.Thread(target=claim_all, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [i for ids in claimed for i in ids]
    assert len(everything) == 60 and len(set(everything)) == 60


def test_concurrent_claims_never_overlap_on_sqlite(settings: Settings) -> None:
    claims_are_disjoint(settings)


@pytest.mark.postgres
def test_concurrent_claims_never_overlap_on_postgres(
    var_dir: Path, config_path: Path, postgres_url: str
) -> None:
    claims_are_disjoint(settings_on(postgres_url, var_dir, config_path))


ON_BOTH_DATABASES = ["database_url", pytest.param("postgres_url", marks=pytest.mark.postgres)]


def settings_on(database_url: str, var_dir: Path, config_path: Path) -> Settings:
    """Settings on this database, its tables created."""
    Base.metadata.create_all(make_engine(database_url))
    return make_settings(var_dir, config_path, database_url)


def mark_sent(services: Services, row_id: int) -> None:
    with services.sessions() as session, session.begin():
        session.execute(update(OutboxItem).where(OutboxItem.id == row_id).values(status="sent"))


@pytest.mark.parametrize("database", ON_BOTH_DATABASES)
def test_a_members_next_message_waits_while_another_worker_sends_the_one_before(
    database: str, request: pytest.FixtureRequest, var_dir: Path, config_path: Path
) -> None:
    """Two messages to one member, the first in one worker's hands: the other worker leaves
    the second alone (sent at once, it could overtake the first) and serves other members."""
    settings = settings_on(request.getfixturevalue(database), var_dir, config_path)
    services = Services.from_settings(settings)
    queue(services, 3, address_count=2)  # rows 0 and 2 to one member, row 1 to another
    first, second = Worker(services, "first"), Worker(Services.from_settings(settings), "second")
    [welcome] = first.claim(limit=1)
    [other_member] = second.claim()
    assert other_member != welcome
    assert second.claim() == []
    mark_sent(services, welcome)
    assert len(second.claim()) == 1


@pytest.mark.postgres
def test_a_row_locked_by_a_claim_still_running_holds_back_the_members_next_row(
    var_dir: Path, config_path: Path, postgres_url: str
) -> None:
    """Two claims at once on PostgreSQL: one has locked the member's first row (SKIP LOCKED
    hides it from the other) but not yet the second. The other takes the second and gives it
    back in the same transaction, so the two cannot go out side by side."""
    settings = settings_on(postgres_url, var_dir, config_path)
    services = Services.from_settings(settings)
    queue(services, 2)
    worker = Worker(Services.from_settings(settings), "second")
    with services.sessions() as running_claim, running_claim.begin():
        first_row = select(OutboxItem.id).order_by(OutboxItem.id).limit(1).with_for_update()
        running_claim.execute(first_row).one()
        assert worker.claim() == []
    assert len(worker.claim()) == 2


@pytest.mark.parametrize("database", ON_BOTH_DATABASES)
def test_worker_killed_mid_batch_sends_every_row_exactly_once(
    database: str,
    request: pytest.FixtureRequest,
    var_dir: Path,
    config_path: Path,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> None:
    """30 rows queued, a worker process SIGKILLed after 5 sends, a second one started."""
    database_url = request.getfixturevalue(database)
    Base.metadata.create_all(make_engine(database_url))
    settings = gateway_settings(var_dir, config_path, database_url, twilio_api, telegram_api)
    services = Services.from_settings(settings)
    queue(services, 30, address_count=30)
    twilio_api.slow_next(0.3, times=30)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "ASSEMBLY_CONFIG": str(config_path),
        "TWILIO_ACCOUNT_SID": twilio_api.account_sid,
        "TWILIO_AUTH_TOKEN": twilio_api.auth_token,
        "TWILIO_API_URL": twilio_api.base_url,
        "TWILIO_SMS_FROM": "+447700900999",
        "SECRET_KEY": "k" * 40,
        "RASA_TOKEN": "t" * 16,
        "TELEGRAM_WEBHOOK_SECRET": "s" * 16,
        "WORKER_CLAIM_LEASE_SECONDS": "2",  # the dead worker's claims lapse quickly
    }

    def start_worker() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "worker"],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    first = start_worker()
    wait_until(lambda: len(twilio_api.sent_messages()) >= 5, 30, "some sends")
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    time.sleep(0.5)  # let any request in flight land at the stand-in
    second = start_worker()
    try:

        def settled() -> bool:
            with services.sessions() as session:
                statuses = session.execute(select(OutboxItem.status)).scalars().all()
            return all(status in ("sent", "failed") for status in statuses)

        wait_until(settled, 60, "every row settled")
    finally:
        second.send_signal(signal.SIGINT)
        second.wait(timeout=30)
    attempted = [request.field("Body") for request in twilio_api.create_attempts()]
    assert len(attempted) == len(set(attempted)), "a member got the same message twice"
    assert set(attempted) == {f"message {n}" for n in range(30)}, "a message was lost"
    with services.sessions() as session:
        rows = session.execute(select(OutboxItem)).scalars().all()
    # Sends the kill cut through were settled by asking Twilio: those it has are recorded with
    # its sid, those it never got were sent again. None is left for staff to sort out.
    assert {row.status for row in rows} == {"sent"}
    sids = {message["sid"] for message in twilio_api.sent_messages()}
    assert {row.provider_id for row in rows} == sids


def test_sends_cut_off_by_a_crash_are_settled_by_asking_twilio(
    stand_in_settings: Settings, twilio_api: FakeTwilioApi
) -> None:
    """Three rows a dead worker left `sending`: one Twilio took, one it never got, and one on
    Telegram, which cannot be asked."""
    settings = stand_in_settings
    services = Services.from_settings(settings)
    worker = Worker(services, worker_id="after-the-crash")
    with services.sessions() as session, session.begin():
        for key, channel, address, body in [
            ("took", "sms", "+447700900101", "see you saturday"),
            ("never-got", "sms", "+447700900102", "see you sunday"),
            ("telegram", "telegram", "12345", "see you soon"),
        ]:
            enqueue(session, key=key, kind="reply", channel=channel, address=address, body=body)
        session.execute(
            update(OutboxItem).values(
                status="sending",
                claimed_by="dead-worker",
                claimed_at=utcnow() - timedelta(seconds=settings.WORKER_CLAIM_LEASE_SECONDS + 5),
            )
        )
    sms = services.channels["sms"]
    assert sms.configured
    took = asyncio.run(sms.send(PreparedMessage("+447700900101", "see you saturday")))

    assert worker.recover() == (1, 1)

    with services.sessions() as session:
        rows = {row.idempotency_key: row for row in session.scalars(select(OutboxItem))}
    assert (rows["took"].status, rows["took"].provider_id) == ("sent", took)
    assert (rows["never-got"].status, rows["never-got"].claimed_by) == ("pending", None)
    assert (rows["telegram"].status, rows["telegram"].error_code) == ("failed", "interrupted")
    assert len(twilio_api.create_attempts()) == 1  # nothing was sent blind
