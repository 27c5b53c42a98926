"""The outbox worker's send rate against the stand-in Twilio and Telegram servers, on SQLite
and PostgreSQL: with the rate limits lifted (what the worker itself can do) and with the
default limits (what members' phones will see: SMS 10/s per sender, Telegram 30/s).

Run: .venv/bin/python bench/bench_worker.py [--rows 1000] [--skip-postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, func, select, text

from bot.outbox.worker import Worker
from bot.services import Services
from bot.settings import REPO_ROOT
from db.models import Base, OutboxItem
from db.queries import enqueue
from db.session import make_engine
from tests.conftest import make_settings
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def database(kind: str, folder: Path) -> str:
    if kind == "sqlite":
        url = f"sqlite:///{folder / f'worker-{uuid.uuid4().hex[:6]}.db'}"
    else:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with create_engine(POSTGRES, isolation_level="AUTOCOMMIT").connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = f"{POSTGRES}?options=-csearch_path%3D{schema}"
    Base.metadata.create_all(make_engine(url))
    return url


def measure(
    kind: str,
    channel: str,
    rows: int,
    limited: bool,
    twilio: FakeTwilioApi,
    telegram: FakeTelegramApi,
) -> float:
    folder = Path(tempfile.mkdtemp(prefix="bench-worker-"))
    config_path = folder / "config.yml"
    config_path.write_text((REPO_ROOT / "config.yml").read_text())
    limits = (
        {}
        if limited
        else {
            "RATE_SMS_PER_SECOND": 100000.0,
            "RATE_TELEGRAM_PER_SECOND": 100000.0,
            "RATE_TELEGRAM_PER_CHAT_PER_SECOND": 100000.0,
        }
    )
    settings = make_settings(
        folder,
        config_path,
        database(kind, folder),
        TWILIO_ACCOUNT_SID=twilio.account_sid,
        TWILIO_AUTH_TOKEN=twilio.auth_token,
        TWILIO_API_URL=twilio.base_url,
        TWILIO_SMS_FROM="+447700900999",
        TELEGRAM_BOT_TOKEN=telegram.token,
        TELEGRAM_API_URL=telegram.base_url,
        **limits,
    )
    services = Services.from_settings(settings)
    with services.sessions() as session, session.begin():
        for n in range(rows):
            address = f"+4477009{n:05d}" if channel == "sms" else str(100000 + n)
            enqueue(
                session,
                key=f"bench:{n}",
                kind="broadcast",
                channel=channel,
                address=address,
                body=f"Broadcast {n}",
            )
    worker = Worker(services, worker_id="bench")

    async def drain() -> None:
        while await worker.run_once():
            pass

    started = time.perf_counter()
    asyncio.run(drain())
    elapsed = time.perf_counter() - started
    with services.sessions() as session:
        sent = session.execute(
            select(func.count()).select_from(OutboxItem).where(OutboxItem.status == "sent")
        ).scalar_one()
    assert sent == rows, f"only {sent} of {rows} sent"
    return rows / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    twilio, telegram = FakeTwilioApi().start(), FakeTelegramApi().start()
    try:
        for kind in ("sqlite", *(() if args.skip_postgres else ("postgresql",))):
            for channel in ("sms", "telegram"):
                free = measure(kind, channel, args.rows, False, twilio, telegram)
                twilio.reset()
                telegram.reset()
                limited = measure(kind, channel, min(args.rows, 200), True, twilio, telegram)
                twilio.reset()
                telegram.reset()
                print(
                    f"{kind:10} {channel:8} worker alone {free:7.1f} msg/s | "
                    f"with default rate limits {limited:6.1f} msg/s"
                )
    finally:
        twilio.stop()
        telegram.stop()


if __name__ == "__main__":
    main()
