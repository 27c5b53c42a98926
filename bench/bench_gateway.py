"""Gateway speed on this machine, on SQLite and PostgreSQL (issue: channels).

Prints, for 1 and for 10 members writing at the same time:
- webhook acknowledgement p50/p99: a signed Twilio webhook posted over real HTTP to the gateway
  (`python -m bot web`, its own process) until its 200 <Response/> (target p99 under 50 ms);
- inbound-to-outbound p50/p95: from posting the webhook to the reply arriving at the stand-in
  Twilio server, through the pipeline, the real Rasa server on the trained model, our action
  server and the outbox worker (target p95 under 300 ms at 10 members).

Each member waits `--think` seconds after a reply before writing again (a person reading and
typing); their first messages all arrive at once. With --think 0 every member writes again the
moment a reply lands: a stress load far beyond people texting, where Rasa's CPU time on this
2-core machine dominates.

Run: .venv/bin/python bench/bench_gateway.py [--messages 20] [--think 1.0] [--skip-postgres]
Needs a trained model (make train) and, for PostgreSQL, 127.0.0.1:5432 (database test).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import create_engine, text

from bot.roster import import_roster
from bot.settings import REPO_ROOT
from db.models import Base, Member
from db.session import make_engine, make_session_factory
from tests.assistant import free_port, running_assistant
from tests.conftest import SAMPLE_ROSTER, make_settings
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import SMS_FROM

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
QUESTION = "where is the venue?"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def fresh_database(kind: str, folder: Path) -> str:
    if kind == "sqlite":
        url = f"sqlite:///{folder / 'bench.db'}"
    else:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with create_engine(POSTGRES, isolation_level="AUTOCOMMIT").connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = f"{POSTGRES}?options=-csearch_path%3D{schema}"
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    with make_session_factory(engine)() as session, session.begin():
        import_roster(session, SAMPLE_ROSTER)
        # Members who finished onboarding, so a question gets its answer.
        for member in session.query(Member):
            member.onboarding_state = "onboarded"
    return url


async def member_conversation(
    client: httpx.AsyncClient,
    twilio: FakeTwilioApi,
    base: str,
    phone: str,
    messages: int,
    acks: list[float],
    replies: list[float],
    think: float,
) -> None:
    """One member sends questions one after another, waiting for each reply."""
    for _ in range(messages):
        before = len([m for m in twilio.sent_messages() if m["to"] == phone])
        form = twilio.inbound_form(phone, SMS_FROM, QUESTION)
        signature = twilio.signature(base + "/webhooks/twilio/messages", form)
        started = time.perf_counter()
        response = await client.post(
            "/webhooks/twilio/messages", data=form, headers={"X-Twilio-Signature": signature}
        )
        acks.append(time.perf_counter() - started)
        assert response.status_code == 200, response.text
        while len([m for m in twilio.sent_messages() if m["to"] == phone]) <= before:
            if time.perf_counter() - started > 30:
                raise TimeoutError(f"no reply for {phone}")
            await asyncio.sleep(0.002)
        replies.append(time.perf_counter() - started)
        await asyncio.sleep(max(think, 0.2))  # reading and typing; any second reply lands


def run_round(
    kind: str, messages: int, think: float, twilio: FakeTwilioApi, telegram: FakeTelegramApi
) -> None:
    folder = Path(tempfile.mkdtemp(prefix=f"bench-{kind}-"))
    config_path = folder / "config.yml"
    config_path.write_text((REPO_ROOT / "config.yml").read_text())
    url = fresh_database(kind, folder)
    with running_assistant(folder, config_path, url) as assistant:
        port = free_port()
        settings = make_settings(
            folder,
            config_path,
            url,
            PUBLIC_BASE_URL=f"http://127.0.0.1:{port}",
            PORT=port,
            RASA_URL=assistant.rasa_url,
            RASA_TOKEN=assistant.rasa_token,
            ACTIONS_PORT=assistant.actions_port,
            TWILIO_ACCOUNT_SID=twilio.account_sid,
            TWILIO_AUTH_TOKEN=twilio.auth_token,
            TWILIO_API_URL=twilio.base_url,
            TWILIO_SMS_FROM=SMS_FROM,
            # Twilio's 10/s per sender would queue 10 busy members behind each other; lift it
            # to measure our own latency (the worker's rate limiting has its own tests).
            RATE_SMS_PER_SECOND=1000.0,
        )
        # The gateway and the worker as their own processes, as the Procfile runs them.
        env = {
            **os.environ,
            **{
                name: str(value)
                for name, value in settings.model_dump().items()
                if value is not None
            },
            "LOG_LEVEL": "WARNING",
        }
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "bot", name],
                cwd=REPO_ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for name in ("web", "worker")
        ]
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        base = f"http://127.0.0.1:{port}"
        phones = [f"+4477009001{n:02d}" for n in range(10)]
        try:
            for concurrency in (1, 10):
                twilio.reset()
                acks: list[float] = []
                replies: list[float] = []

                async def main(
                    count: int = concurrency,
                    acks: list[float] = acks,
                    replies: list[float] = replies,
                ) -> None:
                    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
                        await asyncio.gather(
                            *(
                                member_conversation(
                                    client, twilio, base, phone, messages, acks, replies, think
                                )
                                for phone in phones[:count]
                            )
                        )

                asyncio.run(main())
                print(
                    f"{kind:10} {concurrency:2} member(s) {len(acks):4} messages | "
                    f"ack p50 {statistics.median(acks) * 1000:6.1f} ms  "
                    f"p99 {percentile(acks, 0.99) * 1000:6.1f} ms | "
                    f"reply p50 {statistics.median(replies) * 1000:6.1f} ms  "
                    f"p95 {percentile(replies, 0.95) * 1000:6.1f} ms"
                )
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20, help="messages per member")
    parser.add_argument(
        "--think", type=float, default=1.0, help="seconds between a reply and the next message"
    )
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    print(
        f"think time {args.think} s; "
        "targets: ack p99 < 50 ms; reply p95 < 300 ms at 10 concurrent members"
    )
    twilio, telegram = FakeTwilioApi().start(), FakeTelegramApi().start()
    try:
        for kind in ("sqlite", *(() if args.skip_postgres else ("postgresql",))):
            run_round(kind, args.messages, args.think, twilio, telegram)
    finally:
        twilio.stop()
        telegram.stop()


if __name__ == "__main__":
    main()
