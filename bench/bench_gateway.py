"""Gateway speed on this machine, on SQLite and PostgreSQL (issue: channels).

Prints, for 1 and for 10 members writing at the same time:
- webhook acknowledgement p50/p99: a signed Twilio webhook posted over real HTTP to the gateway
  (`python -m bot web`, its own process) until its 200 <Response/> (target p99 under 50 ms);
- inbound-to-outbound p50/p95: from posting the webhook to the reply arriving at the stand-in
  Twilio server, through the pipeline, the real Rasa server on the trained model, our action
  server and the outbox worker (target p95 under 300 ms at 10 members);
- the CPU time each process spent per message, which shows where the time goes.

Members behave like people, independently of each other: each starts at a random moment within
the first `--think` seconds and, after each reply, reads and types for a random 0.5x to 1.5x
`--think` seconds (1 s by default, far quicker than people text). `--burst` instead makes every
member write at exactly the same moments (all first messages in the same millisecond, then a fixed
think time): a worst case that measures queueing behind Rasa, which handles one turn at a time.

A reply's time is taken from the stand-in's own record of when the request reached it, so how
often this script looks does not change the figure.

Run: .venv/bin/python bench/bench_gateway.py [--messages 20] [--think 1.0] [--burst]
                                              [--skip-postgres]
Needs a trained model (make train) and, for PostgreSQL, 127.0.0.1:5432 (database test).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import String, create_engine, select, text

from bot.members.roster import import_roster
from bot.settings import REPO_ROOT
from db.models import Base, Member, Message, OutboxItem
from db.session import make_engine, make_session_factory
from tests.assistant import free_port, running_assistant
from tests.conftest import SAMPLE_ROSTER, make_settings
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import SMS_FROM

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
QUESTION = "where is the venue?"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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


def replies_to(twilio: FakeTwilioApi, phone: str) -> list[float]:
    """When each message the stand-in accepted for this phone reached it (time.time())."""
    return [
        request.timestamp
        for request in twilio.requests
        if request.status == 201 and request.field("To") == phone
    ]


async def member_conversation(
    client: httpx.AsyncClient,
    twilio: FakeTwilioApi,
    base: str,
    phone: str,
    messages: int,
    acks: list[float],
    replies: list[float],
    pauses: list[float],
) -> None:
    """One member sends questions one after another, waiting for each reply."""
    for pause in pauses[:messages]:
        await asyncio.sleep(pause)  # reading and typing (before the first: arriving)
        before = len(replies_to(twilio, phone))
        form = twilio.inbound_form(phone, SMS_FROM, QUESTION)
        signature = twilio.signature(base + "/webhooks/twilio/messages", form)
        started_wall, started = time.time(), time.perf_counter()
        response = await client.post(
            "/webhooks/twilio/messages", data=form, headers={"X-Twilio-Signature": signature}
        )
        acks.append(time.perf_counter() - started)
        assert response.status_code == 200, response.text
        while len(arrived := replies_to(twilio, phone)) <= before:
            if time.perf_counter() - started > 30:
                raise TimeoutError(f"no reply for {phone}")
            await asyncio.sleep(0.01)
        replies.append(arrived[before] - started_wall)
    await asyncio.sleep(0.3)  # any second reply lands before the next round


def stage_times(url: str, since: float, twilio: FakeTwilioApi) -> dict[str, list[float]]:
    """Where each reply's time went, read from the rows the assistant wrote: stored to queued
    (the pipeline, with the Rasa turn), queued to claimed (the worker noticing), claimed to the
    stand-in (the send). A member's replies reach the stand-in in the order they were claimed."""
    arrived: dict[str, list[float]] = {}
    for request in twilio.requests:
        if request.status == 201:
            arrived.setdefault(request.field("To") or "", []).append(request.timestamp)
    stages: dict[str, list[float]] = {"pipeline": [], "worker wake": [], "send": []}
    engine = make_engine(url)
    with make_session_factory(engine)() as session:
        rows = session.execute(
            select(Message.created_at, OutboxItem)
            .join(
                OutboxItem,
                OutboxItem.idempotency_key == "reply:" + Message.id.cast(String) + ":0",
            )
            .where(OutboxItem.claimed_at.is_not(None))
            .order_by(OutboxItem.claimed_at)
        ).all()
    engine.dispose()
    sent_so_far: dict[str, int] = {}
    for stored, outbox in rows:
        if stored.timestamp() < since:
            continue
        index = sent_so_far[outbox.address] = sent_so_far.get(outbox.address, -1) + 1
        stages["pipeline"].append(outbox.created_at.timestamp() - stored.timestamp())
        stages["worker wake"].append(outbox.claimed_at.timestamp() - outbox.created_at.timestamp())
        stages["send"].append(arrived[outbox.address][index] - outbox.claimed_at.timestamp())
    return stages


def pauses_for(members: int, messages: int, think: float, burst: bool) -> list[list[float]]:
    """Each member's wait before each message: random per member (seeded), or all the same."""
    rng = random.Random(42)
    if burst:
        return [[0.0] + [think] * (messages - 1) for _ in range(members)]
    return [
        [rng.uniform(0, think)]
        + [rng.uniform(0.5 * think, 1.5 * think) for _ in range(messages - 1)]
        for _ in range(members)
    ]


def run_round(
    kind: str,
    messages: int,
    think: float,
    burst: bool,
    twilio: FakeTwilioApi,
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
                    schedule = pauses_for(count, messages, think, burst)
                    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
                        await asyncio.gather(
                            *(
                                member_conversation(
                                    client, twilio, base, phone, messages, acks, replies, pauses
                                )
                                for phone, pauses in zip(phones[:count], schedule, strict=True)
                            )
                        )

                pids = {
                    "web": processes[0].pid,
                    "worker": processes[1].pid,
                    **{name: process.pid for name, process in assistant.processes.items()},
                }
                cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
                round_started = time.time()
                asyncio.run(main())
                cpu_per_message = ", ".join(
                    f"{name} {(cpu_seconds(pid) - cpu_before[name]) / len(acks) * 1000:.0f} ms"
                    for name, pid in pids.items()
                )
                print(
                    f"{kind:10} {concurrency:2} member(s) {len(acks):4} messages | "
                    f"ack p50 {statistics.median(acks) * 1000:6.1f} ms  "
                    f"p99 {percentile(acks, 0.99) * 1000:6.1f} ms | "
                    f"reply p50 {statistics.median(replies) * 1000:6.1f} ms  "
                    f"p95 {percentile(replies, 0.95) * 1000:6.1f} ms"
                )
                print(f"{'':10} CPU per message: {cpu_per_message}")
                stages = ", ".join(
                    f"{stage} p50 {statistics.median(times) * 1000:.0f}/"
                    f"p95 {percentile(times, 0.95) * 1000:.0f} ms"
                    for stage, times in stage_times(url, round_started, twilio).items()
                    if times
                )
                print(f"{'':10} stages: {stages}")
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
    parser.add_argument(
        "--burst", action="store_true", help="every member writes at the same moments (worst case)"
    )
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    arrivals = "in lockstep (--burst)" if args.burst else "independently, at random moments"
    print(
        f"think time {args.think} s; members write {arrivals}; "
        "targets: ack p99 < 50 ms; reply p95 < 300 ms at 10 concurrent members"
    )
    twilio = FakeTwilioApi().start()
    try:
        for kind in ("sqlite", *(() if args.skip_postgres else ("postgresql",))):
            run_round(kind, args.messages, args.think, args.burst, twilio)
    finally:
        twilio.stop()


if __name__ == "__main__":
    main()
