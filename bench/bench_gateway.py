"""Gateway speed on this machine, on SQLite and PostgreSQL.

Prints, for 1 and for 10 members writing at the same time:
- webhook acknowledgement p50/p99: a signed Twilio webhook posted over real HTTP to the gateway
  (`python -m bot web`, its own process) until its 200 <Response/> (target p99 under 20 ms);
- inbound-to-outbound p50/p95: from posting the webhook to the reply arriving at the stand-in
  Twilio server, through the pipeline, the real Rasa server on the trained model, our action
  server and the outbox worker (target p95 under 150 ms at 10 members);
- with 1 member, Rasa's own REST turn on the same texts in the same conversation state, sent
  straight to Rasa between the member's messages (target: reply p50 at most twice its p50);
- the CPU time each process spent per message, and each stage of the reply path (bot/timing.py):
  inbound commit, pipeline pickup, safeguarding (the /model/parse), route, Rasa turn, outbox
  commit, tracker scrub, worker pickup, worker commits, provider call.

`--inbound-burst` instead posts 50 webhooks a second for 60 s (`--rate`, `--seconds`) from the
roster's 50 members without waiting for replies, and checks every one was acknowledged and
answered.

Members behave like people, independently of each other: each starts at a random moment within
the first `--think` seconds and, after each reply, reads and types for a random 0.5x to 1.5x
`--think` seconds (1 s by default, far quicker than people text). `--burst` instead makes every
member write at exactly the same moments (all first messages in the same millisecond, then a fixed
think time): a worst case that measures queueing behind Rasa, which handles one turn at a time.

A reply's time is taken from the stand-in's own record of when the request reached it, so how
often this script looks does not change the figure.

Run: .venv/bin/python bench/bench_gateway.py [--messages 20] [--think 1.0] [--burst]
                                              [--skip-postgres] [--skip-sqlite]
     .venv/bin/python bench/bench_gateway.py --inbound-burst [--rate 50] [--seconds 60]
Needs a trained model (make train) and, for PostgreSQL, 127.0.0.1:5432 (database test).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import create_engine, select, text

from bot.members.roster import import_roster
from bot.settings import REPO_ROOT
from db.models import Base, Conversation, Member
from db.session import make_engine, make_session_factory
from tests.assistant import free_port, running_assistant
from tests.conftest import SAMPLE_ROSTER, make_settings
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import SMS_FROM

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# Questions an onboarded member asks whose answer leaves the conversation as it was; every text
# sent is different, as members' texts are (Rasa keeps a text's parse for the one turn after it).
OPENINGS = ("", "hi, ", "sorry, ", "quick question: ", "hello, ", "hey, ", "um ", "ok so ")
QUESTIONS = (
    "where is the venue?",
    "what's the address of the venue",
    "how do i get to the town hall",
    "where are we meeting",
    "is there step free access",
    "is there a hearing loop",
    "will lunch be provided",
    "is there food at the session",
    "what time does it start",
    "when is the next session",
    "how much is the thank you payment",
    "when do i get paid for taking part",
    "what is the assembly about",
    "can i claim for travel",
    "is there a quiet room",
    "what are the dates",
)
TEXTS = [opening + question for opening in OPENINGS for question in QUESTIONS]


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


@dataclass
class Round:
    """What one round measured."""

    texts: Iterator[str]
    acks: list[float] = field(default_factory=list)
    replies: list[float] = field(default_factory=list)
    rasa_turns: list[float] = field(default_factory=list)


async def rasa_turn(rasa: httpx.AsyncClient, sender: str, member_id: int, text: str) -> float:
    """Rasa's own REST turn on a text, as the gateway sends it; its duration."""
    started = time.perf_counter()
    response = await rasa.post(
        "/webhooks/rest/webhook",
        json={
            "sender": sender,
            "message": text,
            "metadata": {
                "member_id": member_id,
                "channel": "sms",
                "message_id": -random.randrange(1, 10**9),
                "risk_checked": True,
            },
        },
    )
    elapsed = time.perf_counter() - started
    assert response.status_code == 200 and response.json(), response.text
    return elapsed


async def member_conversation(
    client: httpx.AsyncClient,
    twilio: FakeTwilioApi,
    base: str,
    phone: str,
    messages: int,
    measured: Round,
    pauses: list[float],
    rasa: tuple[httpx.AsyncClient, str, int] | None = None,
) -> None:
    """One member sends questions one after another, waiting for each reply; with `rasa`
    (client, the conversation's Rasa sender id, member id), each text is then also sent
    straight to Rasa, in the conversation state the member's message met."""
    acks, replies = measured.acks, measured.replies
    for pause in pauses[:messages]:
        await asyncio.sleep(pause)  # reading and typing (before the first: arriving)
        before = len(replies_to(twilio, phone))
        text_ = next(measured.texts)
        form = twilio.inbound_form(phone, SMS_FROM, text_)
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
        if rasa is not None:
            await asyncio.sleep(0.05)  # the pipeline finishes the turn's bookkeeping
            measured.rasa_turns.append(await rasa_turn(*rasa, text_))
    await asyncio.sleep(0.3)  # any second reply lands before the next round


def stage_summary(path: Path) -> str:
    """Each stage's p50/p95 over the timings the processes wrote (bot/timing.py)."""
    stages: dict[str, list[float]] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            for stage, seconds in json.loads(line).items():
                if stage != "kind":
                    stages.setdefault(stage, []).append(seconds)
    return ", ".join(
        f"{stage} {statistics.median(times) * 1000:.1f}/{percentile(times, 0.95) * 1000:.1f}"
        for stage, times in stages.items()
    )


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


PHONES = [f"+4477009001{n:02d}" for n in range(50)]  # the sample roster's 50 members


@contextmanager
def running_gateway(kind: str, twilio: FakeTwilioApi) -> Iterator[Gateway]:
    """Rasa, the action server, the gateway and the worker on a fresh database of `kind`."""
    folder = Path(tempfile.mkdtemp(prefix=f"bench-{kind}-"))
    config_path = folder / "config.yml"
    config_path.write_text((REPO_ROOT / "config.yml").read_text())
    url = fresh_database(kind, folder)
    timings = folder / "stages.jsonl"
    # Rasa calls the action server directly, as in production (no test gate in between).
    with running_assistant(folder, config_path, url, gated=False) as assistant:
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
            # Twilio's 10/s per sender would queue busy members behind each other; lift it
            # to measure our own latency (the worker's rate limiting has its own tests).
            RATE_SMS_PER_SECOND=1000.0,
            STAGE_TIMINGS_FILE=timings,
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
        base = f"http://127.0.0.1:{port}"
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        pids = {
            "web": processes[0].pid,
            "worker": processes[1].pid,
            **{name: process.pid for name, process in assistant.processes.items()},
        }
        try:
            yield Gateway(kind, base, url, timings, assistant, pids)
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=30)


@dataclass
class Gateway:
    kind: str
    base: str
    url: str
    timings: Path
    assistant: Any
    pids: dict[str, int]

    def rasa_sender(self, phone: str) -> tuple[str, int]:
        """The Rasa sender id of the member's conversation, and the member's id."""
        engine = make_engine(self.url)
        with make_session_factory(engine)() as session:
            member = session.execute(select(Member).where(Member.phone == phone)).scalar_one()
            sender = session.execute(
                select(Conversation.rasa_sender_id).where(Conversation.member_id == member.id)
            ).scalar_one()
        engine.dispose()
        return sender, member.id


def conversations_round(
    gateway: Gateway,
    twilio: FakeTwilioApi,
    concurrency: int,
    messages: int,
    think: float,
    burst: bool,
) -> None:
    """`concurrency` members each hold a conversation of `messages` questions."""
    twilio.reset()
    gateway.timings.write_text("")
    measured = Round(itertools.cycle(TEXTS))
    rasa_turns = concurrency == 1

    async def main() -> None:
        schedule = pauses_for(concurrency, messages, think, burst)
        async with (
            httpx.AsyncClient(base_url=gateway.base, timeout=30) as client,
            httpx.AsyncClient(
                base_url=gateway.assistant.rasa_url,
                params={"token": gateway.assistant.rasa_token},
                timeout=30,
            ) as rasa,
        ):
            if rasa_turns:  # a first message makes the conversation; not measured
                warm_up = Round(iter(["hello"]))
                await member_conversation(
                    client, twilio, gateway.base, PHONES[0], 1, warm_up, [0.0]
                )
            await asyncio.gather(
                *(
                    member_conversation(
                        client,
                        twilio,
                        gateway.base,
                        phone,
                        messages,
                        measured,
                        pauses,
                        (rasa, *gateway.rasa_sender(phone)) if rasa_turns else None,
                    )
                    for phone, pauses in zip(PHONES[:concurrency], schedule, strict=True)
                )
            )

    cpu_before = {name: cpu_seconds(pid) for name, pid in gateway.pids.items()}
    asyncio.run(main())
    acks, replies = measured.acks, measured.replies
    cpu_per_message = ", ".join(
        f"{name} {(cpu_seconds(pid) - cpu_before[name]) / len(acks) * 1000:.0f} ms"
        for name, pid in gateway.pids.items()
    )
    print(
        f"{gateway.kind:10} {concurrency:2} member(s) {len(acks):4} messages | "
        f"ack p50 {statistics.median(acks) * 1000:6.1f} ms  "
        f"p99 {percentile(acks, 0.99) * 1000:6.1f} ms | "
        f"reply p50 {statistics.median(replies) * 1000:6.1f} ms  "
        f"p95 {percentile(replies, 0.95) * 1000:6.1f} ms"
    )
    if measured.rasa_turns:
        turn_p50 = statistics.median(measured.rasa_turns)
        print(
            f"{'':10} Rasa's own REST turn, same texts and state: p50 {turn_p50 * 1000:.1f} ms "
            f"p95 {percentile(measured.rasa_turns, 0.95) * 1000:.1f} ms; reply p50 is "
            f"{statistics.median(replies) / turn_p50:.2f} times it (target <= 2)"
        )
    print(f"{'':10} CPU per message: {cpu_per_message}")
    print(f"{'':10} stages p50/p95 ms: {stage_summary(gateway.timings)}")


def inbound_burst(gateway: Gateway, twilio: FakeTwilioApi, rate: float, seconds: float) -> None:
    """Webhooks at `rate` a second for `seconds`, open loop (nobody waits for a reply), from
    the roster's members in turn; then every one must have its reply."""
    twilio.reset()
    gateway.timings.write_text("")
    total = round(rate * seconds)
    acks: list[float] = []
    failures: list[str] = []
    sent: dict[str, int] = {}

    async def post(client: httpx.AsyncClient, phone: str, text_: str) -> None:
        form = twilio.inbound_form(phone, SMS_FROM, text_)
        signature = twilio.signature(gateway.base + "/webhooks/twilio/messages", form)
        started = time.perf_counter()
        try:
            response = await client.post(
                "/webhooks/twilio/messages", data=form, headers={"X-Twilio-Signature": signature}
            )
        except httpx.HTTPError as error:
            failures.append(type(error).__name__)
            return
        if response.status_code != 200:
            failures.append(str(response.status_code))
            return
        acks.append(time.perf_counter() - started)

    async def main() -> None:
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
        async with httpx.AsyncClient(base_url=gateway.base, timeout=30, limits=limits) as client:
            started = time.perf_counter()
            tasks = []
            texts = itertools.cycle(TEXTS)
            for n in range(total):
                await asyncio.sleep(max(0.0, started + n / rate - time.perf_counter()))
                phone = PHONES[n % len(PHONES)]
                sent[phone] = sent.get(phone, 0) + 1
                tasks.append(asyncio.create_task(post(client, phone, next(texts))))
            await asyncio.gather(*tasks)

    cpu_before = {name: cpu_seconds(pid) for name, pid in gateway.pids.items()}
    started = time.perf_counter()
    asyncio.run(main())
    posting = time.perf_counter() - started
    deadline = time.perf_counter() + 600
    while time.perf_counter() < deadline:
        missing = sum(max(0, n - len(replies_to(twilio, p))) for p, n in sent.items())
        if missing <= len(failures):  # one not acknowledged may never have been stored
            break
        time.sleep(0.5)
    answered_after = time.perf_counter() - started
    cpu_per_message = ", ".join(
        f"{name} {(cpu_seconds(pid) - cpu_before[name]) / total * 1000:.0f} ms"
        for name, pid in gateway.pids.items()
    )
    print(
        f"{gateway.kind:10} inbound burst: {total} webhooks at {rate:g}/s in {posting:.1f} s | "
        f"acknowledged {len(acks)}, not acknowledged {len(failures)} | "
        f"ack p50 {statistics.median(acks) * 1000:.1f} ms p99 {percentile(acks, 0.99) * 1000:.1f}"
        f" ms max {max(acks) * 1000:.0f} ms | unanswered {missing}; "
        f"the last answered {answered_after:.1f} s after the first webhook"
    )
    if failures:
        kinds = ", ".join(f"{kind} {n}" for kind, n in collections.Counter(failures).items())
        print(f"{'':10} not acknowledged: {kinds}")
    print(f"{'':10} CPU per message: {cpu_per_message}")
    print(f"{'':10} stages p50/p95 ms: {stage_summary(gateway.timings)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20, help="messages per member")
    parser.add_argument(
        "--think", type=float, default=1.0, help="seconds between a reply and the next message"
    )
    parser.add_argument(
        "--burst", action="store_true", help="every member writes at the same moments (worst case)"
    )
    parser.add_argument("--inbound-burst", action="store_true", help="webhooks at --rate a second")
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    kinds = [
        kind
        for kind, skip in (("sqlite", args.skip_sqlite), ("postgresql", args.skip_postgres))
        if not skip
    ]
    if not args.inbound_burst:
        arrivals = "in lockstep (--burst)" if args.burst else "independently, at random moments"
        print(
            f"think time {args.think} s; members write {arrivals}; targets: ack p99 < 20 ms, "
            "reply p95 < 150 ms at 10 members; 1 member's reply p50 <= 2x Rasa's own turn"
        )
    twilio = FakeTwilioApi().start()
    try:
        for kind in kinds:
            with running_gateway(kind, twilio) as gateway:
                if args.inbound_burst:
                    inbound_burst(gateway, twilio, args.rate, args.seconds)
                    continue
                for concurrency in (1, 10):
                    conversations_round(
                        gateway, twilio, concurrency, args.messages, args.think, args.burst
                    )
    finally:
        twilio.stop()


if __name__ == "__main__":
    main()
