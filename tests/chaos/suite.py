"""The fault suite: members write over SMS, WhatsApp and Telegram while reminders and a broadcast
go out; the Procfile's processes are killed with SIGKILL in turn and started again; the stand-in
providers answer 429s, 500s and slow answers, and the network between the worker and them cuts
sends and refuses connections. At the end, nothing is lost, nothing doubled, never a 5xx
(`findings`).

`python -m tests.chaos.suite` (`make chaos`) runs the long form: 20 members, kills of web,
worker, scheduler, the action server and Rasa, every kind of fault; about 5 minutes. `--short`
is the form `make test` runs through pytest (tests/chaos/test_chaos.py): 6 members, one kill
each of web and worker, a few faults; Rasa is started once and not killed (it takes 20-30 s to
load its model), nor is the action server.

Everything runs as real processes on a SQLite database in a temporary folder, with settings in
their environment pointing Twilio and Telegram at the stand-ins (the worker through the fault
proxy), on free ports. It prints what it tried and what it found; the exit status is 1 when
anything was lost or doubled or answered 5xx.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from db.models import Conversation
from db.session import make_engine, make_session_factory
from tests.chaos.findings import Findings, find, unsettled_work
from tests.chaos.members import Gateway, Traffic
from tests.chaos.processes import Procfile
from tests.chaos.world import LEASE_SECONDS, World, build_world
from tests.fakes.faults import FaultyLink
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi

PROCESSES = ("rasa", "actions", "web", "worker", "scheduler")
NEEDS_HANDBACK = {"rasa", "actions"}  # while they are down members get the apology


@dataclass
class Providers:
    twilio: FakeTwilioApi
    telegram: FakeTelegramApi
    twilio_link: FaultyLink
    telegram_link: FaultyLink


# Each fault, as what the suite does to the providers or the network. Timeouts are longer than
# the worker's client waits (a quarter of the lease for Twilio, an eighth for Telegram).
FAULTS: dict[str, Callable[[Providers], None]] = {
    "twilio 429": lambda p: p.twilio.fail_next(429, retry_after=1),
    "twilio 500": lambda p: p.twilio.fail_next(500),
    "twilio slow answer": lambda p: p.twilio.slow_next(0.5),
    "twilio timeout": lambda p: p.twilio.slow_next(LEASE_SECONDS / 2),
    "twilio send cut before it arrived": lambda p: p.twilio_link.drop_next(before=True),
    "twilio answer lost after it took the send": lambda p: p.twilio_link.drop_next(before=False),
    "twilio refused for 3 s": lambda p: p.twilio_link.refuse_for(3.0),
    "telegram 429": lambda p: p.telegram.fail_next("sendMessage", 429, retry_after=1),
    "telegram 500": lambda p: p.telegram.fail_next("sendMessage", 500),
    "telegram slow answer": lambda p: p.telegram.slow_next("sendMessage", 0.2),
    "telegram timeout": lambda p: p.telegram.slow_next("sendMessage", LEASE_SECONDS / 2),
    "telegram answer lost": lambda p: p.telegram_link.drop_next(before=False),
    "telegram refused for 2 s": lambda p: p.telegram_link.refuse_for(2.0),
}


@dataclass(frozen=True)
class Plan:
    name: str
    members: int
    messages: int  # each member writes at least this many, and goes on until the kills are done
    pause: tuple[float, float]  # seconds before each message
    kills: tuple[str, ...]  # in turn
    between_kills: float
    faults: tuple[str, ...]  # in turn
    between_faults: float
    settle_seconds: float  # how long the end may take to settle


SHORT = Plan(
    "short",
    members=6,
    messages=3,
    pause=(0.3, 1.5),
    kills=("web", "worker"),
    between_kills=2.0,
    faults=("twilio 500", "twilio answer lost after it took the send", "telegram 429"),
    between_faults=1.0,
    settle_seconds=40.0,
)
LONG = Plan(
    "long",
    members=20,
    messages=10,
    pause=(1.0, 6.0),
    kills=("web", "worker", "scheduler", "actions", "rasa", "web", "worker"),
    between_kills=12.0,
    faults=tuple(FAULTS) * 3,
    between_faults=2.5,
    settle_seconds=120.0,
)


@dataclass
class Run:
    plan: Plan
    world: World
    providers: Providers
    procfile: Procfile
    gateway: Gateway
    injected: Counter[str]
    kills_done: asyncio.Event

    async def members_write(self, seed: int) -> None:
        rng = random.Random(seed)
        member = self.world.members[seed]
        written = 0
        while written < self.plan.messages or not self.kills_done.is_set():
            await self.gateway.converse(member, 1, self.plan.pause, rng)
            written += 1

    async def kill_in_turn(self) -> None:
        """Each process of the plan killed and started again, with traffic in between; the
        broadcast goes once the first one is back."""
        try:
            for number, name in enumerate(self.plan.kills):
                await asyncio.sleep(self.plan.between_kills)
                away = await asyncio.to_thread(self.procfile.restart_after_kill, name)
                print(f"  killed {name} (kill -9), back after {away:.1f} s", flush=True)
                if name in NEEDS_HANDBACK:
                    await self.gateway.hand_back_escalated(await asyncio.to_thread(self.escalated))
                if number == 0:
                    await self.gateway.broadcast("Chaos briefing: doors open 15 minutes early.")
            await asyncio.sleep(self.plan.between_kills)
        finally:
            self.kills_done.set()

    async def inject_in_turn(self) -> None:
        for fault in self.plan.faults:
            if self.kills_done.is_set():
                break
            await asyncio.sleep(self.plan.between_faults)
            FAULTS[fault](self.providers)
            self.injected[fault] += 1

    def escalated(self) -> dict[int, datetime]:
        engine = make_engine(self.world.database_url)
        try:
            with make_session_factory(engine)() as session:
                rows = session.execute(
                    select(Conversation.id, Conversation.escalated_at).where(
                        Conversation.status == "escalated"
                    )
                ).all()
            return {row.id: row.escalated_at for row in rows if row.escalated_at is not None}
        finally:
            engine.dispose()

    def settle(self) -> None:
        """Until every message is processed and every row settled (or the time is up)."""
        deadline = time.monotonic() + self.plan.settle_seconds
        while unsettled_work(self.world) and time.monotonic() < deadline:
            time.sleep(1.0)


async def _traffic_and_faults(run: Run) -> None:
    await asyncio.gather(
        *(run.members_write(seed) for seed in range(len(run.world.members))),
        run.kill_in_turn(),
        run.inject_in_turn(),
    )
    await run.gateway.aclose()


def run_plan(plan: Plan, folder: Path) -> tuple[Findings, Traffic, Counter[str], Counter[str]]:
    """Run the plan; (what was found, what the members saw, kills, injected faults)."""
    twilio, telegram = FakeTwilioApi().start(), FakeTelegramApi().start()
    links = FaultyLink(twilio.port).start(), FaultyLink(telegram.port).start()
    providers = Providers(twilio, telegram, *links)
    world = build_world(folder, plan.members, twilio, telegram)
    worker_env = {"TWILIO_API_URL": links[0].base_url, "TELEGRAM_API_URL": links[1].base_url}
    procfile = Procfile(folder, world.env, {"worker": worker_env})
    try:
        began = time.monotonic()
        procfile.start_and_wait(*PROCESSES)
        print(f"  all processes ready after {time.monotonic() - began:.0f} s", flush=True)
        gateway = Gateway(world, twilio, telegram)
        run = Run(plan, world, providers, procfile, gateway, Counter(), asyncio.Event())
        asyncio.run(_traffic_and_faults(run))
        run.settle()
        findings = find(world, gateway.traffic, twilio, telegram)
        unused = twilio.pending_injections() + telegram.pending_injections()
        if unused:
            print(f"  {unused} injected fault(s) were never reached by a send", flush=True)
        return findings, gateway.traffic, procfile.kills, run.injected
    finally:
        procfile.stop_all()
        for link in links:
            link.stop()
        twilio.stop()
        telegram.stop()


def report(
    plan: Plan, findings: Findings, traffic: Traffic, kills: Counter[str], injected: Counter[str]
) -> list[str]:
    """What was tried and what was found, one line each; the last three are the verdict."""

    def listed(counts: Counter[str]) -> str:
        return ", ".join(f"{name} x{n}" for name, n in sorted(counts.items())) or "none"

    lines = [
        f"fault suite ({plan.name}): {plan.members} members on SMS, WhatsApp and Telegram",
        f"kills (SIGKILL, then started again): {listed(kills)}",
        f"injected errors: {listed(injected)}",
        f"messages: {traffic.accepted} taken by the gateway ({traffic.reposted} posted again "
        f"while it was down or after a cut), {traffic.never_accepted} never taken",
        f"answers: {findings.answered} answered, {findings.apologised} apologies, "
        f"{findings.with_staff} while staff had the conversation, "
        f"{findings.answer_failed_visibly} visibly failed, {len(findings.unanswered)} unanswered "
        f"{findings.unanswered[:10]}, {findings.unprocessed} unprocessed "
        f"({len(traffic.handed_back)} handed back by staff)",
        f"outbox: {sum(findings.rows.values())} rows: {listed(findings.rows)}; "
        f"visibly failed: {listed(findings.failed)}; {findings.stuck} left pending/sending; "
        f"{findings.sent_but_missing} recorded sent but not at the provider",
        f"reminders: {findings.reminders} sent, {findings.reminders_twice} twice; "
        f"broadcast: {findings.broadcast_rows} queued",
        f"duplicates: {findings.duplicates}",
        f"lost: {findings.lost}",
        f"5xx: {traffic.server_errors}",
    ]
    lines += [f"  duplicate: {detail}" for detail in findings.duplicate_detail]
    lines += [f"unexpected answer: {refusal}" for refusal in traffic.refused]
    return lines


def passed(findings: Findings, traffic: Traffic) -> bool:
    return (
        findings.duplicates == 0
        and findings.lost == 0
        and findings.reminders_twice == 0
        and traffic.server_errors == 0
        and not traffic.refused
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="the short form make test runs")
    args = parser.parse_args(argv)
    plan = SHORT if args.short else LONG
    folder = Path(tempfile.mkdtemp(prefix=f"chaos-{plan.name}-"))
    print(f"fault suite ({plan.name}) in {folder}: starting {', '.join(PROCESSES)}", flush=True)
    started = time.monotonic()
    findings, traffic, kills, injected = run_plan(plan, folder)
    for line in report(plan, findings, traffic, kills, injected):
        print(line)
    print(f"took {time.monotonic() - started:.0f} s; logs in {folder}")
    return 0 if passed(findings, traffic) else 1


if __name__ == "__main__":
    sys.exit(main())
