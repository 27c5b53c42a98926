"""The outbox worker (`python -m bot worker`): sends what the others queued, exactly once.

Rows are claimed atomically (FOR UPDATE SKIP LOCKED on PostgreSQL; one UPDATE ... RETURNING
on SQLite, whose writes are serialised), sent in order per recipient under per-channel rate
limits, retried with exponential back-off on 429, 5xx and network errors (honouring Telegram's
retry_after), and finished as sent or failed with the provider's code.

Exactly once across a crash: a row is marked `sending` (committed) just before its API call.
After a crash, rows that were only claimed go back to the queue; a row caught `sending` may or
may not have reached the provider, so it is never resent blind: it is marked failed with
`interrupted` for staff to see (a duplicate would be worse than one visible gap).
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import requests
from sqlalchemy import select, update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from twilio.base.exceptions import TwilioRestException

from bot.channels.telegram import TelegramSender
from bot.channels.twilio import TwilioSender, handle_permanent_error
from bot.services import Services
from bot.settings import Settings
from db.models import ChannelIdentity, OutboxItem
from db.queries import beat, insert_ignoring_conflict
from db.session import CommitWatch
from db.types import utcnow

log = logging.getLogger(__name__)

BATCH_SIZE = 50
LOOK_ANYWAY_SECONDS = 1.0  # rows whose not_before passes (retries, scheduled) need no commit
MAX_ATTEMPTS = 8
MAX_IN_FLIGHT = 8  # concurrent API calls; a crash can catch at most this many mid-send
MAX_BACKOFF_SECONDS = 300
RECOVER_EVERY_SECONDS = 5
WHATSAPP_WINDOW = timedelta(hours=24)
HEARTBEAT_SECONDS = 10


class RetryLater(Exception):
    def __init__(self, reason: str, after_seconds: float | None = None) -> None:
        super().__init__(reason)
        self.after_seconds = after_seconds


class PermanentFailure(Exception):
    def __init__(self, reason: str, code: str | None = None) -> None:
        super().__init__(reason)
        self.code = code


class RateLimiter:
    """Pacing per key: sends at least 1/rate seconds apart, never in a burst, so no one-second
    window ever holds more than `rate` sends."""

    def __init__(self) -> None:
        self._tokens: dict[str, float] = {}
        self._stamp: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def acquire(self, key: str, rate: float) -> None:
        async with self._locks[key]:
            while True:
                now = time.monotonic()
                tokens = min(
                    1.0, self._tokens.get(key, 1.0) + (now - self._stamp.get(key, now)) * rate
                )
                self._stamp[key] = now
                if tokens >= 1:
                    self._tokens[key] = tokens - 1
                    return
                self._tokens[key] = tokens
                await asyncio.sleep((1 - tokens) / rate)


@dataclass
class Outgoing:
    """What one send needs, read from the row in one go."""

    id: int
    key: str
    kind: str
    channel: str
    address: str
    body: str | None
    media_url: str | None
    template: str | None
    template_variables: dict[str, Any] | None
    identity_id: int | None
    window_open: bool


class Worker:
    def __init__(
        self,
        services: Services,
        twilio: TwilioSender | None = None,
        telegram: TelegramSender | None = None,
        worker_id: str | None = None,
    ) -> None:
        self.services = services
        settings = services.settings
        self.twilio = twilio or (TwilioSender(settings) if settings.twilio_enabled else None)
        self.telegram = telegram or (
            TelegramSender(settings) if settings.telegram_enabled else None
        )
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}"
        self.limiter = RateLimiter()
        self._in_flight = asyncio.Semaphore(MAX_IN_FLIGHT)
        self._stopping = False

    # --- claiming -------------------------------------------------------------------------

    def claim(self, limit: int = BATCH_SIZE) -> list[int]:
        """Take up to `limit` due rows for this worker, atomically."""
        now = utcnow()
        due = select(OutboxItem.id).where(
            OutboxItem.status == "pending", OutboxItem.not_before <= now
        )
        with self.services.sessions() as session:
            # A read first: an idle worker never takes SQLite's write lock just to find nothing.
            if session.execute(due.limit(1)).first() is None:
                return []
        with self.services.sessions() as session, session.begin():
            if session.get_bind().dialect.name == "postgresql":
                ids = list(
                    session.execute(
                        select(OutboxItem.id)
                        .where(OutboxItem.status == "pending", OutboxItem.not_before <= now)
                        .order_by(OutboxItem.id)
                        .limit(limit)
                        .with_for_update(skip_locked=True)
                    ).scalars()
                )
                if ids:
                    session.execute(
                        update(OutboxItem)
                        .where(OutboxItem.id.in_(ids))
                        .values(status="claimed", claimed_by=self.worker_id, claimed_at=now)
                    )
                return ids
            due = (
                select(OutboxItem.id)
                .where(OutboxItem.status == "pending", OutboxItem.not_before <= now)
                .order_by(OutboxItem.id)
                .limit(limit)
                .scalar_subquery()
            )
            return sorted(
                session.execute(
                    update(OutboxItem)
                    .where(OutboxItem.id.in_(due), OutboxItem.status == "pending")
                    .values(status="claimed", claimed_by=self.worker_id, claimed_at=now)
                    .returning(OutboxItem.id)
                ).scalars()
            )

    def recover(self, *, at_start: bool = False) -> tuple[int, int]:
        """After a crash: claimed rows go back to the queue. Rows caught mid-send are settled
        by asking Twilio whether the message exists (sent: recorded; not there: queued again);
        where nobody can tell (Telegram, a template, Twilio unreachable) they are marked failed
        ("interrupted") for staff rather than risk a duplicate. Returns (requeued, interrupted)."""
        stale = utcnow() - timedelta(seconds=self.services.settings.WORKER_CLAIM_LEASE_SECONDS)
        with self.services.sessions() as session, session.begin():
            mine_or_stale = OutboxItem.claimed_at < stale
            if at_start:  # a previous run under this id left these
                mine_or_stale = mine_or_stale | (OutboxItem.claimed_by == self.worker_id)
            requeued = session.execute(
                update(OutboxItem)
                .where(OutboxItem.status == "claimed", mine_or_stale)
                .values(status="pending", claimed_by=None, claimed_at=None)
            ).rowcount
            cut_off = (
                session.execute(
                    select(OutboxItem).where(OutboxItem.status == "sending", mine_or_stale)
                )
                .scalars()
                .all()
            )
        interrupted = 0
        for item in cut_off:
            outcome = self._settle_cut_off_send(item)
            interrupted += outcome["status"] == "failed"
            requeued += outcome["status"] == "pending"
            with self.services.sessions() as session, session.begin():
                session.execute(
                    update(OutboxItem)
                    .where(OutboxItem.id == item.id, OutboxItem.status == "sending")
                    .values(**outcome)
                )
        if requeued or interrupted:
            log.warning("recovered outbox: %s requeued, %s interrupted", requeued, interrupted)
        return requeued, interrupted

    def _settle_cut_off_send(self, item: OutboxItem) -> dict[str, Any]:
        """What became of a send its worker died in the middle of, as the row's new values."""
        if self.twilio is not None and item.channel in ("sms", "whatsapp") and item.body:
            try:
                sid = self.twilio.find_sent(item.channel, item.address, item.body, item.claimed_at)
            except (TwilioRestException, requests.RequestException, OSError) as error:
                log.warning("outbox %s: could not ask Twilio (%s)", item.id, type(error).__name__)
            else:
                if sid is not None:
                    return {"status": "sent", "provider_id": sid, "sent_at": utcnow()}
                return {"status": "pending", "claimed_by": None, "claimed_at": None}
        return {
            "status": "failed",
            "error_code": "interrupted",
            "error_message": "worker stopped mid-send; not resent to avoid a duplicate",
        }

    # --- sending --------------------------------------------------------------------------

    async def run_once(self) -> int:
        """Claim and send one batch; the number of rows handled."""
        ids = await asyncio.to_thread(self.claim)
        if not ids:
            return 0
        rows = await asyncio.to_thread(self._load, ids)
        by_recipient: dict[tuple[str, str], list[Outgoing]] = defaultdict(list)
        for row in rows:
            by_recipient[(row.channel, row.address)].append(row)
        await asyncio.gather(*(self._send_in_order(group) for group in by_recipient.values()))
        return len(ids)

    async def _send_in_order(self, rows: list[Outgoing]) -> None:
        for row in rows:
            await self.send(row)

    def _load(self, ids: list[int]) -> list[Outgoing]:
        window_start = utcnow() - WHATSAPP_WINDOW
        with self.services.sessions() as session:
            items = session.execute(
                select(OutboxItem, ChannelIdentity.last_inbound_at)
                .outerjoin(ChannelIdentity, ChannelIdentity.id == OutboxItem.identity_id)
                .where(OutboxItem.id.in_(ids))
                .order_by(OutboxItem.id)
            ).all()
            return [
                Outgoing(
                    item.id,
                    item.idempotency_key,
                    item.kind,
                    item.channel,
                    item.address,
                    item.body,
                    item.media_url,
                    item.template,
                    item.template_variables,
                    item.identity_id,
                    last_inbound is not None and last_inbound > window_start,
                )
                for item, last_inbound in items
            ]

    async def send(self, row: Outgoing) -> None:
        """Wait for the channel's rate limit, then make the one API call for this row."""
        await self._wait_for_turn(row)
        async with self._in_flight:
            if not await asyncio.to_thread(self._start_sending, row.id):
                return  # our claim lapsed and another worker has the row now
            try:
                provider_id = await self._deliver(row)
            except RetryLater as error:
                await asyncio.to_thread(self._retry, row, str(error), error.after_seconds)
                return
            except PermanentFailure as error:
                log.warning("outbox %s failed: %s", row.id, error.code or error)
                await asyncio.to_thread(self._fail, row, str(error), error.code)
                return
        await asyncio.to_thread(
            self._mark, row.id, status="sent", provider_id=provider_id, sent_at=utcnow()
        )

    async def _wait_for_turn(self, row: Outgoing) -> None:
        settings = self.services.settings
        if row.channel == "telegram":
            await self.limiter.acquire("telegram", settings.RATE_TELEGRAM_PER_SECOND)
            await self.limiter.acquire(
                f"telegram:{row.address}", settings.RATE_TELEGRAM_PER_CHAT_PER_SECOND
            )
        elif row.channel == "whatsapp":
            await self.limiter.acquire("whatsapp", settings.RATE_WHATSAPP_PER_SECOND)
        elif row.channel == "sms":
            await self.limiter.acquire(
                f"sms:{settings.TWILIO_SMS_FROM}", settings.RATE_SMS_PER_SECOND
            )

    async def _deliver(self, row: Outgoing) -> str | None:
        """One API call; raises RetryLater or PermanentFailure."""
        if row.channel == "web":
            return None  # the try-it page reads the transcript
        if row.channel == "telegram":
            if self.telegram is None:
                raise PermanentFailure("telegram is not configured", "not_configured")
            return await self._telegram(row)
        if self.twilio is None:
            raise PermanentFailure("twilio is not configured", "not_configured")
        return await self._twilio(row)

    async def _telegram(self, row: Outgoing) -> str:
        assert self.telegram is not None
        try:
            return await self.telegram.send(
                row.address, row.body or "", ask_for_phone=row.template == "request_contact"
            )
        except RetryAfter as error:
            retry_after = error.retry_after
            seconds = (
                retry_after.total_seconds()
                if isinstance(retry_after, timedelta)
                else float(retry_after)
            )
            raise RetryLater("telegram 429", seconds) from error
        except Forbidden as error:
            await asyncio.to_thread(self._opt_out, row)
            raise PermanentFailure("the member blocked the bot", "blocked") from error
        except BadRequest as error:
            raise PermanentFailure(f"telegram refused: {error.message}", "bad_request") from error
        except (TimedOut, NetworkError) as error:
            raise RetryLater(f"telegram network: {type(error).__name__}") from error

    async def _twilio(self, row: Outgoing) -> str:
        assert self.twilio is not None
        content_sid, variables, body = None, None, row.body
        use_template = row.channel == "whatsapp" and (body is None or not row.window_open)
        if use_template:
            content_sid, variables = self._template_for(row)
            if row.body and row.kind == "staff_reply":
                await asyncio.to_thread(self._hold_text_until_reply, row)
        try:
            result = await asyncio.to_thread(
                self.twilio.send,
                row.channel,
                row.address,
                body,
                row.media_url,
                content_sid,
                variables,
            )
        except TwilioRestException as error:
            if error.status == 429 or error.status >= 500:
                raise RetryLater(f"twilio {error.status}") from error
            await asyncio.to_thread(self._permanent_twilio_error, row.id, error.code)
            raise PermanentFailure(f"twilio refused: {error.msg}", str(error.code)) from error
        except (requests.RequestException, httpx.HTTPError, OSError) as error:
            raise RetryLater(f"twilio network: {type(error).__name__}") from error
        return result.provider_id

    def _template_for(self, row: Outgoing) -> tuple[str, dict[str, str]]:
        """The approved template for a WhatsApp message outside the 24-hour window."""
        config = self.services.config
        template = config.template(row.template) if row.template else None
        if template is None:
            raise PermanentFailure(
                "outside WhatsApp's 24-hour window and no template for this message", "no_template"
            )
        try:
            return template.content_sid, template.content_variables(row.template_variables or {})
        except KeyError as error:
            raise PermanentFailure(
                f"template variable missing: {error}", "template_variables"
            ) from error

    # --- bookkeeping ----------------------------------------------------------------------

    def _start_sending(self, outbox_id: int) -> bool:
        """Mark the row `sending` if it is still ours: a lapsed claim never sends twice."""
        with self.services.sessions() as session, session.begin():
            return (
                session.execute(
                    update(OutboxItem)
                    .where(
                        OutboxItem.id == outbox_id,
                        OutboxItem.status == "claimed",
                        OutboxItem.claimed_by == self.worker_id,
                    )
                    .values(status="sending")
                ).rowcount
                == 1
            )

    def _mark(self, outbox_id: int, **values: Any) -> None:
        with self.services.sessions() as session, session.begin():
            session.execute(update(OutboxItem).where(OutboxItem.id == outbox_id).values(**values))

    def _retry(self, row: Outgoing, reason: str, after_seconds: float | None) -> None:
        with self.services.sessions() as session, session.begin():
            item = session.get(OutboxItem, row.id)
            assert item is not None
            item.attempts += 1
            item.error_message = reason[:300]
            if item.attempts >= MAX_ATTEMPTS:
                item.status, item.error_code = "failed", "gave_up"
                log.warning("outbox %s gave up after %s attempts", row.id, item.attempts)
                return
            delay = (
                after_seconds
                if after_seconds is not None
                else min(2**item.attempts, MAX_BACKOFF_SECONDS)
            )
            item.status, item.claimed_by, item.claimed_at = "pending", None, None
            item.not_before = utcnow() + timedelta(seconds=delay)

    def _fail(self, row: Outgoing, reason: str, code: str | None) -> None:
        self._mark(row.id, status="failed", error_code=code, error_message=reason[:300])

    def _opt_out(self, row: Outgoing) -> None:
        if row.identity_id is None:
            return
        with self.services.sessions() as session, session.begin():
            identity = session.get(ChannelIdentity, row.identity_id)
            if identity is not None:
                identity.opted_out, identity.opted_out_at = True, utcnow()

    def _permanent_twilio_error(self, outbox_id: int, code: int | None) -> None:
        with self.services.sessions() as session, session.begin():
            item = session.get(OutboxItem, outbox_id)
            if item is not None:
                handle_permanent_error(session, item, code)

    def _hold_text_until_reply(self, row: Outgoing) -> None:
        """The staff reply went as a template; its own words wait for the member's answer."""
        with self.services.sessions() as session, session.begin():
            item = session.get(OutboxItem, row.id)
            assert item is not None
            insert_ignoring_conflict(
                session,
                OutboxItem,
                {
                    "idempotency_key": f"{row.key}:after-window",
                    "kind": row.kind,
                    "member_id": item.member_id,
                    "identity_id": row.identity_id,
                    "channel": row.channel,
                    "address": row.address,
                    "body": row.body,
                    "status": "held",
                    "attempts": 0,
                    "not_before": utcnow(),
                    "created_at": utcnow(),
                },
                ["idempotency_key"],
            )

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
            while not self._stopping:
                handled = 0
                if watch.changed() or time.monotonic() - last_look > LOOK_ANYWAY_SECONDS:
                    last_look = time.monotonic()
                    handled = await self._run_once_logged()
                if time.monotonic() - last_recovery > RECOVER_EVERY_SECONDS:
                    await asyncio.to_thread(self.recover)
                    last_recovery = time.monotonic()
                if time.monotonic() - last_beat > HEARTBEAT_SECONDS:
                    await asyncio.to_thread(self.heartbeat)
                    last_beat = time.monotonic()
                if not handled:
                    await asyncio.sleep(watch.poll_seconds)
        finally:
            watch.close()
        log.info("worker stopped")

    async def _run_once_logged(self) -> int:
        try:
            return await self.run_once()
        except Exception:
            log.exception("worker batch failed")
            return 0


def run_worker(settings: Settings) -> None:
    worker = Worker(Services.from_settings(settings))

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, worker.stop)
        await worker.run_forever()

    asyncio.run(main())
