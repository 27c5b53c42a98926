"""The outbox worker (`python -m bot worker`): sends what the others queued, exactly once.

Rows are claimed atomically (`claims`) and sent in order per recipient through their channel's
adapter (`bot.channels`), under the limits it names. The adapter raises only RetryLater (the
provider never got the message, or said not now: retried with exponential back-off, or after
the delay the provider asked for, until the message stops being useful: `deadlines`),
OutcomeUnknown or PermanentFailure (finished as failed with its code); the worker knows no
provider. What came of each send is written to its row by `outcomes`.

Exactly once, across a crash or a timeout: a row is marked `sending` (committed) just before its
API call, and its claim lease starts again then, so a row waiting for its turn in a batch does
not eat into the time its send has. A row caught `sending` by a crash, or whose send got no
answer, may or may not have reached the provider, so it is never resent blind: once the lease
has lapsed its channel is asked, and where nobody can tell it is marked failed for staff to see
(`settling`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import time
from collections import defaultdict
from datetime import datetime

from bot.channels import window
from bot.channels.base import Channel
from bot.channels.errors import OutcomeUnknown, PermanentFailure, RetryLater
from bot.channels.rate_limits import rate_limiter_for
from bot.logging import correlated
from bot.metrics import (
    OUTBOX_FAILED,
    OUTBOX_LATENCY,
    OUTBOX_RETRIES,
    OUTBOX_SENT,
    PROVIDER_THROTTLED,
    RATE_LIMIT_WAIT_SECONDS,
    RATE_LIMIT_WAITS,
    REMINDERS_SENT,
    SEND_SECONDS,
    serve_metrics,
)
from bot.outbox import claims, outcomes, settling
from bot.outbox.claims import Outgoing
from bot.services import Services
from bot.settings import Settings
from bot.timing import StageClock
from db.queries import beat
from db.session import CommitWatch
from db.types import utcnow

log = logging.getLogger(__name__)

BATCH_SIZE = 50
LOOK_ANYWAY_SECONDS = 1.0  # rows whose not_before passes (retries, scheduled) need no commit
MAX_IN_FLIGHT = 8  # concurrent API calls; a crash can catch at most this many mid-send
RECOVER_EVERY_SECONDS = 5
HEARTBEAT_SECONDS = 10
RATE_WAIT_NOTICED_SECONDS = 0.001  # shorter is the limiter's own bookkeeping, not a wait


class Worker:
    def __init__(self, services: Services, worker_id: str | None = None) -> None:
        self.services = services
        self.channels = services.channels
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}"
        self.limiter = rate_limiter_for(services.settings)
        self._in_flight = asyncio.Semaphore(MAX_IN_FLIGHT)
        self._stopping = False

    # --- claiming -------------------------------------------------------------------------

    def claim(self, limit: int = BATCH_SIZE) -> list[int]:
        """Take up to `limit` due rows for this worker, atomically."""
        return [row.id for row in self._claim_and_load(limit)]

    def _claim_and_load(self, limit: int = BATCH_SIZE) -> list[Outgoing]:
        """`claim`, with what sending the rows needs."""
        if claims.nothing_due(self.services):
            return []
        with self.services.sessions() as session, session.begin():
            return claims.claim_in(session, self.worker_id, limit)

    def recover(self, *, at_start: bool = False) -> tuple[int, int]:
        """Take back what lapsed claims left and settle sends nobody saw finish (`settling`).
        Returns (requeued, failed for staff)."""
        return settling.recover(self.services, self.worker_id, at_start=at_start)

    # --- sending --------------------------------------------------------------------------

    async def run_once(self) -> int:
        """Claim and send one batch; the number of rows handled."""
        rows = await asyncio.to_thread(self._claim_and_load)
        if not rows:
            return 0
        by_recipient: dict[tuple[str, str], list[Outgoing]] = defaultdict(list)
        for row in rows:
            by_recipient[(row.channel, row.address)].append(row)
        await asyncio.gather(*(self._send_in_order(group) for group in by_recipient.values()))
        return len(rows)

    async def _send_in_order(self, rows: list[Outgoing]) -> None:
        for row in rows:
            await self.send(row)

    def _load(self, ids: list[int]) -> list[Outgoing]:
        with self.services.sessions() as session:
            return claims.load_in(session, ids)

    async def send(self, row: Outgoing) -> None:
        """Send one row, its log lines carrying the correlation id of what caused it, and its
        stages timed into STAGE_TIMINGS_FILE when set."""
        clock = StageClock(self.services.settings.STAGE_TIMINGS_FILE, "worker")
        clock.since("worker pickup", row.created_at)
        try:
            with correlated(row.correlation_id):
                await self._send(row, clock)
        finally:
            clock.write()

    async def _send(self, row: Outgoing, clock: StageClock) -> None:
        """Wait for the channel's rate limits, then make the one API call for this row."""
        channel = self.channels.get(row.channel)
        if channel is not None and channel.configured:
            waited = time.perf_counter()
            await self.limiter.wait_for(channel.rate_limits(row.address))
            if (waited := time.perf_counter() - waited) > RATE_WAIT_NOTICED_SECONDS:
                RATE_LIMIT_WAITS.labels(channel=row.channel).inc()
                RATE_LIMIT_WAIT_SECONDS.labels(channel=row.channel).inc(waited)
            clock.mark("rate limit")
        async with self._in_flight:
            if not await asyncio.to_thread(
                outcomes.start_sending, self.services, self.worker_id, row.id
            ):
                return  # our claim lapsed and another worker has the row now
            clock.mark("worker commits")
            started = time.perf_counter()
            try:
                provider_id = await self._deliver(row, channel)
                clock.mark("provider call")
            except RetryLater as error:
                OUTBOX_RETRIES.labels(channel=row.channel).inc()
                if error.throttled:
                    PROVIDER_THROTTLED.labels(channel=row.channel).inc()
                log.info("outbox %s: %s; retrying later", row.id, error)
                await asyncio.to_thread(
                    outcomes.retry, self.services, row, str(error), error.after_seconds
                )
                return
            except OutcomeUnknown as error:
                log.warning("outbox %s: no answer from the provider (%s)", row.id, error)
                await asyncio.to_thread(outcomes.no_answer, self.services, row, channel, str(error))
                return
            except PermanentFailure as error:
                log.warning("outbox %s failed: %s", row.id, error.code)
                OUTBOX_FAILED.labels(channel=row.channel, error=error.code).inc()
                await asyncio.to_thread(outcomes.fail, self.services, row, error)
                return
            finally:
                SEND_SECONDS.labels(channel=row.channel).observe(time.perf_counter() - started)
        sent_at = utcnow()
        await asyncio.to_thread(
            outcomes.mark,
            self.services,
            row.id,
            status="sent",
            provider_id=provider_id,
            sent_at=sent_at,
        )
        clock.mark("worker commits")
        self._count_sent(row, sent_at)
        log.info("outbox %s: sent as %s %s (%s)", row.id, row.channel, provider_id, row.kind)

    @staticmethod
    def _count_sent(row: Outgoing, sent_at: datetime) -> None:
        OUTBOX_SENT.labels(channel=row.channel, kind=row.kind).inc()
        if row.kind == "reminder":
            REMINDERS_SENT.inc()
        due = max(row.created_at, row.not_before or row.created_at)
        OUTBOX_LATENCY.labels(channel=row.channel).observe(
            max(0.0, (sent_at - due).total_seconds())
        )

    async def _deliver(self, row: Outgoing, channel: Channel | None) -> str | None:
        """The message as its channel may send it now, sent; raises RetryLater, OutcomeUnknown
        or PermanentFailure."""
        if channel is None or not channel.configured:
            raise PermanentFailure("not_configured", f"{row.channel} is not configured")
        message = window.prepare(
            channel.window,
            row.prepared(),
            last_inbound_at=row.last_inbound_at,
            template_variables=row.template_variables,
            config=self.services.config,
            now=utcnow(),
        )
        if message.content is not None:  # it cannot be looked up by its text
            await asyncio.to_thread(outcomes.mark, self.services, row.id, as_template=True)
        if window.holds_text(row.kind, message):
            await asyncio.to_thread(outcomes.hold_text_until_reply, self.services, row.id)
        return await channel.send(message)

    # --- the process ----------------------------------------------------------------------

    def heartbeat(self) -> None:
        with self.services.sessions() as session, session.begin():
            beat(session, "worker", worker=self.worker_id)

    def stop(self) -> None:
        self._stopping = True

    async def run_forever(self) -> None:
        await asyncio.to_thread(lambda: self.recover(at_start=True))
        await asyncio.to_thread(self.heartbeat)
        log.info("worker ready (%s)", self.worker_id)
        last_beat = last_recovery = last_look = time.monotonic()
        watch = CommitWatch(self.services.engine)
        try:
            handled = 0
            while not self._stopping:
                # After a batch, look again at once: a member's next row waits while their
                # earlier one is being sent (`claims`), and no commit announces that it may go.
                busy, handled = handled > 0, 0
                if busy or watch.changed() or time.monotonic() - last_look > LOOK_ANYWAY_SECONDS:
                    last_look = time.monotonic()
                    handled = await self._run_once_logged()
                if time.monotonic() - last_recovery > RECOVER_EVERY_SECONDS:
                    await asyncio.to_thread(self.recover)
                    last_recovery = time.monotonic()
                if time.monotonic() - last_beat > HEARTBEAT_SECONDS:
                    await asyncio.to_thread(self.heartbeat)
                    last_beat = time.monotonic()
                if not handled:
                    await watch.wait(LOOK_ANYWAY_SECONDS)
        finally:
            watch.close()
            await self.channels.close()
            await self.limiter.close()
        log.info("worker stopped")

    async def _run_once_logged(self) -> int:
        try:
            return await self.run_once()
        except Exception:
            log.exception("worker batch failed")
            return 0


def run_worker(settings: Settings) -> None:
    worker = Worker(Services.from_settings(settings))
    serve_metrics(settings.WORKER_METRICS_PORT, settings.METRICS_TOKEN)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, worker.stop)
        await worker.run_forever()

    asyncio.run(main())
