"""Every process replicated, on PostgreSQL and Redis, as real processes on this machine: the
harness of tests/scale/ and bench/bench_scale.py.

`running_cluster` starts `replicas` of each of rasa, actions, web, worker and scheduler (each Rasa
with its own action server; web and scheduler told the whole Rasa pool) on a fresh PostgreSQL
schema, with Rasa's lock store in Redis, members on SMS, WhatsApp and Telegram, and the stand-in
Twilio and Telegram servers. Members' messages go to the web replicas in turn, as a load
balancer would send them (`Balancer`); what the fault suite checks (tests/chaos/findings.py:
duplicates, lost, reminders twice) is checked the same way here.
"""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, select, text

from db.models import OutboxItem
from db.session import make_engine, make_session_factory
from tests.assistant import free_port
from tests.chaos.findings import unsettled_work
from tests.chaos.members import Gateway
from tests.chaos.processes import Procfile
from tests.chaos.world import World, build_world
from tests.conftest import POSTGRES_ADMIN_URL
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi

KINDS = ("rasa", "actions", "web", "worker", "scheduler")
REDIS_URL = "redis://127.0.0.1:6379/13"
SCHEDULER_LEASE_SECONDS = 3.0  # a killed scheduler is replaced within seconds
INBOUND_LEASE_SECONDS = 5.0  # a killed web replica's conversations, likewise


@contextmanager
def fresh_postgres_schema() -> Iterator[str]:
    """A DATABASE_URL on a schema of its own; it and Rasa's schema beside it are dropped after."""
    schema = f"scale_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES_ADMIN_URL else "?"
    try:
        yield f"{POSTGRES_ADMIN_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            for name in (schema, f"{schema}_rasa"):
                connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()


def name(kind: str, replica: int) -> str:
    """The process name of a replica: `web.1`, `web.2`, ..."""
    return f"{kind}.{replica}"


@dataclass
class Cluster:
    world: World
    procfile: Procfile
    replicas: int
    web_ports: list[int]
    twilio: FakeTwilioApi
    telegram: FakeTelegramApi

    def names(self, kind: str) -> list[str]:
        return [name(kind, n) for n in range(1, self.replicas + 1)]

    def balancer(self) -> Balancer:
        return Balancer(self.world, self.twilio, self.telegram, self.web_ports)

    def settle(self, timeout: float) -> None:
        """Until every message is processed and every outbox row settled (or the time is up)."""
        deadline = time.monotonic() + timeout
        while unsettled_work(self.world) and time.monotonic() < deadline:
            time.sleep(0.5)

    def sent_at(self) -> dict[str, list[datetime]]:
        """When the workers recorded each send, per channel, oldest first."""
        engine = make_engine(self.world.database_url)
        try:
            with make_session_factory(engine)() as session:
                rows = session.execute(
                    select(OutboxItem.channel, OutboxItem.sent_at)
                    .where(OutboxItem.sent_at.is_not(None))
                    .order_by(OutboxItem.sent_at)
                ).all()
        finally:
            engine.dispose()
        sent: dict[str, list[datetime]] = {}
        for row in rows:
            sent.setdefault(row.channel, []).append(row.sent_at)
        return sent


def busiest_second(times: list[datetime]) -> int:
    """The most sends within any one second: what a provider's per-second cap is held to."""
    busiest, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= timedelta(seconds=1):
            start += 1
        busiest = max(busiest, end - start + 1)
    return busiest


class Balancer(Gateway):
    """Members' messages spread over the web replicas in turn, as a load balancer spreads
    them; a post that found its replica down is posted again to the next one."""

    def __init__(
        self, world: World, twilio: FakeTwilioApi, telegram: FakeTelegramApi, ports: list[int]
    ) -> None:
        super().__init__(world, twilio, telegram)
        self.clients = [
            httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=15) for port in ports
        ]
        self._turn = itertools.count()

    async def _post_until_taken(self, path: str, **request: Any) -> httpx.Response | None:
        self.client = self.clients[next(self._turn) % len(self.clients)]
        return await super()._post_until_taken(path, **request)

    async def aclose(self) -> None:
        for client in self.clients:
            await client.aclose()
        await super().aclose()


def _overrides(replicas: int) -> tuple[dict[str, dict[str, str]], list[int], str]:
    """Each replica's own ports; the web ports and the Rasa pool (RASA_URLS)."""
    overrides: dict[str, dict[str, str]] = {}
    rasa_urls, web_ports = [], []
    for n in range(1, replicas + 1):
        rasa_url, actions_port, web_port = (
            f"http://127.0.0.1:{free_port()}",
            str(free_port()),
            free_port(),
        )
        rasa_urls.append(rasa_url)
        web_ports.append(web_port)
        overrides[name("rasa", n)] = {"RASA_URL": rasa_url, "ACTIONS_PORT": actions_port}
        overrides[name("actions", n)] = {"ACTIONS_PORT": actions_port}
        overrides[name("web", n)] = {"PORT": str(web_port)}
    return overrides, web_ports, ",".join(rasa_urls)


@contextmanager
def running_cluster(
    folder: Path, database_url: str, members: int, replicas: int, **settings: str
) -> Iterator[Cluster]:
    """Everything started and ready, until the block ends (then stopped as Ctrl-C stops it)."""
    twilio, telegram = FakeTwilioApi().start(), FakeTelegramApi().start()
    world = build_world(folder, members, twilio, telegram, database_url)
    world.env.pop("RASA_TRACKER_DB")  # the tracker store goes beside the database
    overrides, web_ports, rasa_urls = _overrides(replicas)
    world.env.update(
        {
            "DATABASE_URL": database_url,
            "REDIS_URL": REDIS_URL,
            "RASA_URLS": rasa_urls,
            "RASA_REST_SECONDS": "2",
            "RASA_TIMEOUT_SECONDS": "30",  # a busy 2-core machine; a timeout is settled anyway
            "SCHEDULER_LEASE_SECONDS": str(SCHEDULER_LEASE_SECONDS),
            "INBOUND_LEASE_SECONDS": str(INBOUND_LEASE_SECONDS),
            **settings,
        }
    )
    world.port = web_ports[0]
    procfile = Procfile(folder, world.env, overrides)
    cluster = Cluster(world, procfile, replicas, web_ports, twilio, telegram)
    try:
        procfile.start_and_wait(*(each for kind in KINDS for each in cluster.names(kind)))
        yield cluster
    finally:
        procfile.stop_all()
        twilio.stop()
        telegram.stop()
