"""What came of one send, written to its outbox row.

A row is marked `sending` (committed) just before its API call, its claim lease starting again
then; afterwards it is sent (with the provider's id), back in the queue with exponential
back-off or the delay the provider asked for, given up once the next attempt would come too
late to be useful (`deadlines`), left for `settling` when the provider did not answer, or
failed with the provider's code.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from sqlalchemy import update

from bot.channels import window
from bot.channels.base import Channel
from bot.channels.errors import PermanentFailure
from bot.channels.failures import record_permanent_failure
from bot.metrics import OUTBOX_FAILED
from bot.outbox import settling
from bot.outbox.claims import Outgoing
from bot.outbox.deadlines import GAVE_UP, give_up_at
from bot.services import Services
from db.models import OutboxItem
from db.session import autocommitting
from db.types import utcnow

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 300


def start_sending(services: Services, worker_id: str, outbox_id: int) -> bool:
    """Mark the row `sending` if it is still this worker's (a lapsed claim never sends twice),
    and start its lease again: the lease covers the send, not the wait for its turn. One
    UPDATE, committed on its own before the send (`autocommitting`)."""
    with autocommitting(services.sessions) as session:
        return (
            session.execute(
                update(OutboxItem)
                .where(
                    OutboxItem.id == outbox_id,
                    OutboxItem.status == "claimed",
                    OutboxItem.claimed_by == worker_id,
                )
                .values(status="sending", claimed_at=utcnow())
            ).rowcount
            == 1
        )


def mark(services: Services, outbox_id: int, **values: Any) -> None:
    """Set columns of one row: sent with the provider's id, or going out as a template. One
    UPDATE, committed on its own."""
    with autocommitting(services.sessions) as session:
        session.execute(update(OutboxItem).where(OutboxItem.id == outbox_id).values(**values))


def retry(services: Services, row: Outgoing, reason: str, after_seconds: float | None) -> None:
    """Back to the queue for another attempt, or given up once the next attempt would come
    after the message stopped being useful (`deadlines`)."""
    now = utcnow()
    give_up = give_up_at(row.kind, row.session_id, row.created_at, services.config)
    with services.sessions() as session, session.begin():
        item = session.get(OutboxItem, row.id)
        assert item is not None
        item.attempts += 1
        delay = (
            after_seconds
            if after_seconds is not None
            else min(2**item.attempts, MAX_BACKOFF_SECONDS)
        )
        if now + timedelta(seconds=delay) >= give_up:
            item.status, item.error_code = "failed", GAVE_UP
            item.error_message = f"{item.attempts} attempts; last: {reason}"[:300]
            OUTBOX_FAILED.labels(channel=row.channel, error=GAVE_UP).inc()
            log.warning("outbox %s gave up after %s attempts", row.id, item.attempts)
            return
        item.error_message = reason[:300]
        item.status, item.claimed_by, item.claimed_at = "pending", None, None
        item.as_template = False  # the next attempt decides again
        item.not_before = now + timedelta(seconds=delay)


def no_answer(services: Services, row: Outgoing, channel: Channel | None, reason: str) -> None:
    """The send may have reached the provider: left for settling, or failed for staff."""
    with services.sessions() as session, session.begin():
        item = session.get(OutboxItem, row.id)
        assert item is not None
        body = None if item.as_template else item.body
        for name, value in settling.no_answer(channel, body, reason).items():
            setattr(item, name, value)
        if item.status == "failed":
            OUTBOX_FAILED.labels(channel=row.channel, error=item.error_code or "").inc()


def fail(services: Services, row: Outgoing, failure: PermanentFailure) -> None:
    """Finish the row as failed, and record what the refusal means for the member."""
    with services.sessions() as session, session.begin():
        item = session.get(OutboxItem, row.id)
        assert item is not None
        item.status, item.error_code = "failed", failure.code
        item.error_message = str(failure)[:300]
        record_permanent_failure(session, item, failure)


def hold_text_until_reply(services: Services, outbox_id: int) -> None:
    """The row goes as its template: its own words wait for the member's answer (`window`)."""
    with services.sessions() as session, session.begin():
        item = session.get(OutboxItem, outbox_id)
        assert item is not None
        window.hold_text_until_reply(session, item)
