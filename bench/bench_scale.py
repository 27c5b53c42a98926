"""Every process replicated, on PostgreSQL and Redis: one replica of each, then two.

Members on SMS, WhatsApp and Telegram write as people do (each starts at a random moment within
the first `--think` seconds, then reads and types for 0.5x to 1.5x `--think` before each next
message), a reminder goes to all of them at the start (a session starts within the hour) and a
broadcast to all once the run is under way; midway one web replica is killed with SIGKILL (and
started again: with one replica, members' messages wait for it, as the providers retry; with
two, the load balancer sends them to the other). For each configuration it prints:

- throughput: member messages answered per second, over the run;
- reply p50/p95: from a member's message being stored to its reply being handed to the provider;
- outbound rate per provider: sends in the busiest second and on average, against its cap;
- duplicates and lost (tests/chaos/findings.py: a provider given a message twice; a message
  without its answer, a row never settled, a reminder twice);
- the kill: which replica, and how long until it was back.

Run: .venv/bin/python bench/bench_scale.py [--members 500] [--messages 2] [--think 20]
                                            [--replicas 1,2] [--kill web]
Needs a trained model (make train), PostgreSQL at 127.0.0.1:5432 (database test) and Redis at
127.0.0.1:6379. Everything runs on this machine: with 2 cores, two replicas share the same CPUs
as one, so the second run shows correctness under replication more than extra capacity.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from sqlalchemy import select

from bot.settings import Settings
from db.models import Message, OutboxItem
from db.session import make_engine, make_session_factory
from tests.chaos.findings import Findings, find
from tests.chaos.members import QUESTIONS, Traffic
from tests.chaos.world import ChaosMember
from tests.scale.cluster import (
    Balancer,
    Cluster,
    busiest_second,
    fresh_postgres_schema,
    running_cluster,
)

BROADCAST_TIMEOUT_SECONDS = 300.0
CAPS = {  # the providers' caps the workers are configured with (bot/settings.py defaults)
    "sms": Settings.model_fields["RATE_SMS_PER_SECOND"].default,
    "whatsapp": Settings.model_fields["RATE_WHATSAPP_PER_SECOND"].default,
    "telegram": Settings.model_fields["RATE_TELEGRAM_PER_SECOND"].default,
}


@dataclass
class Result:
    replicas: int
    seconds: float
    answered: int
    latencies: list[float]
    rates: dict[str, tuple[int, float]]  # channel -> (busiest second, average per second)
    findings: Findings
    traffic: Traffic
    killed: str
    back_after: float


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


async def member_writes(
    gateway: Balancer, member: ChaosMember, messages: int, think: float
) -> None:
    rng = random.Random(member.id)
    await asyncio.sleep(rng.uniform(0, think))
    for n in range(messages):
        if n:
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))
        await gateway.write(member, rng.choice(QUESTIONS))


async def broadcast(cluster: Cluster) -> tuple[float, int]:
    """One broadcast to everyone through the staff API; how long the API took, its status."""
    staff = {"Authorization": f"Bearer {cluster.world.admin_token}"}
    body = {"text": "A reminder from the team: doors open at 9:30.", "audience": "all"}
    started = time.monotonic()
    async with httpx.AsyncClient(timeout=BROADCAST_TIMEOUT_SECONDS) as client:
        response = await client.post(
            f"http://127.0.0.1:{cluster.web_ports[0]}/api/broadcasts", json=body, headers=staff
        )
    return time.monotonic() - started, response.status_code


async def traffic(cluster: Cluster, args: argparse.Namespace, kill: str) -> tuple[Traffic, float]:
    """Members write; a broadcast goes out; the replica is killed and started again midway."""
    gateway = cluster.balancer()
    run_for = args.think * (args.messages + 0.5)

    async def staff_and_kill() -> float:
        await asyncio.sleep(run_for / 4)
        took, status = await broadcast(cluster)
        print(f"  broadcast to all: {status} after {took:.1f} s", flush=True)
        await asyncio.sleep(run_for / 4)
        away = await asyncio.to_thread(cluster.procfile.restart_after_kill, kill, 2.0)
        print(f"  killed {kill} (kill -9) mid-run, back after {away:.1f} s", flush=True)
        return away

    members = cluster.world.members
    *_, away = await asyncio.gather(
        *(member_writes(gateway, m, args.messages, args.think) for m in members),
        staff_and_kill(),
    )
    await gateway.aclose()
    return gateway.traffic, away


def measure(cluster: Cluster) -> tuple[float, int, list[float], dict[str, tuple[int, float]]]:
    """(seconds from the first message stored to the last answer sent, answered, reply
    latencies, per-channel rates) from what the database recorded."""
    engine = make_engine(cluster.world.database_url)
    with make_session_factory(engine)() as session:
        stored = {
            row.id: row.created_at
            for row in session.execute(
                select(Message.id, Message.created_at).where(Message.direction == "in")
            )
        }
        replies = session.execute(
            select(OutboxItem.idempotency_key, OutboxItem.sent_at).where(
                OutboxItem.idempotency_key.startswith("reply:"), OutboxItem.sent_at.is_not(None)
            )
        ).all()
    engine.dispose()
    first_sent: dict[int, datetime] = {}
    for key, sent_at in replies:
        message_id = int(key.split(":")[1])
        first_sent[message_id] = min(sent_at, first_sent.get(message_id, sent_at))
    latencies = [(first_sent[m] - stored[m]).total_seconds() for m in first_sent if m in stored]
    seconds = (max(first_sent.values()) - min(stored.values())).total_seconds()
    rates = {}
    for channel, times in cluster.sent_at().items():
        span = max((times[-1] - times[0]).total_seconds(), 1.0)
        rates[channel] = (busiest_second(times), len(times) / span)
    return seconds, len(first_sent), latencies, rates


def run(replicas: int, args: argparse.Namespace) -> Result:
    folder = Path(tempfile.mkdtemp(prefix=f"bench-scale-{replicas}-"))
    print(f"{replicas} replica(s) of each process, {args.members} members, in {folder}", flush=True)
    kill = f"{args.kill}.{replicas}"
    with (
        fresh_postgres_schema() as database_url,
        running_cluster(folder, database_url, args.members, replicas) as cluster,
    ):
        began = time.monotonic()
        seen, away = asyncio.run(traffic(cluster, args, kill))
        cluster.settle(args.settle)
        print(f"  settled {time.monotonic() - began:.0f} s after the first message", flush=True)
        findings = find(cluster.world, seen, cluster.twilio, cluster.telegram)
        seconds, answered, latencies, rates = measure(cluster)
    return Result(replicas, seconds, answered, latencies, rates, findings, seen, kill, away)


def report(result: Result) -> list[str]:
    findings = result.findings
    rates = ", ".join(
        f"{channel} busiest {busiest}/s, mean {mean:.1f}/s (cap {CAPS[channel]:g}/s)"
        for channel, (busiest, mean) in sorted(result.rates.items())
    )
    return [
        f"{result.replicas} replica(s) of each process:",
        f"  throughput: {result.answered} member messages answered in {result.seconds:.0f} s "
        f"= {result.answered / max(result.seconds, 1e-9):.1f}/s",
        f"  reply (stored -> handed to the provider): p50 {percentile(result.latencies, 0.5):.2f}"
        f" s, p95 {percentile(result.latencies, 0.95):.2f} s",
        f"  outbound: {rates}",
        f"  reminders sent {findings.reminders} ({findings.reminders_twice} twice); broadcast "
        f"rows {findings.broadcast_rows}; apologies {findings.apologised}; "
        f"webhooks posted again {result.traffic.reposted}; 5xx {result.traffic.server_errors}",
        f"  killed: {result.killed} (kill -9) mid-run, back after {result.back_after:.1f} s",
        f"  duplicates: {findings.duplicates}",
        f"  lost: {findings.lost}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--messages", type=int, default=2, help="each member writes this many")
    parser.add_argument("--think", type=float, default=20.0, help="seconds between messages")
    parser.add_argument("--replicas", default="1,2", help="configurations to run, in turn")
    parser.add_argument("--kill", default="web", choices=("web", "worker", "rasa", "scheduler"))
    parser.add_argument("--settle", type=float, default=600.0, help="longest wait at the end")
    args = parser.parse_args(argv)
    results = [run(int(n), args) for n in args.replicas.split(",")]
    print()
    for result in results:
        print("\n".join(report(result)))
    failed = any(r.findings.duplicates or r.findings.lost for r in results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
