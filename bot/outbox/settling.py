"""Sends whose outcome nobody saw: rows a crashed worker left `sending`, and sends the provider
never answered (a read timeout, a connection cut after the request left).

Both are left `sending`, with `claimed_at` at the moment the send started. Once the claim lease
has lapsed no live worker can still be making that send (each channel's timeouts end a send
within half the lease), and the provider has finished with the request either way. Then the
row's channel is asked whether it has the message: sent, it is recorded with the provider's id;
never got, it is queued again; where nobody can tell (Telegram, a template, the provider
unreachable) it is marked failed for staff, because a duplicate would be worse than one
visible gap. A send that no channel could ever settle goes to staff at once (`no_answer`).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from bot.channels.base import Channel
from bot.services import Services
from db.models import OutboxItem
from db.types import utcnow

log = logging.getLogger(__name__)

INTERRUPTED = "interrupted"  # the worker stopped mid-send
UNKNOWN_OUTCOME = "unknown_outcome"  # the provider did not answer
NOT_RESENT = "not resent to avoid a duplicate"
# Sends to the same address whose provider ids rule out a match: any recent enough to be taken
# for this one (a provider lists a recipient's newest messages).
RECORDED_LOOKBACK = timedelta(days=1)


def no_answer(channel: Channel | None, item_body: str | None, reason: str) -> dict[str, Any]:
    """A row's new values after a send got no answer: left `sending` for `recover` to settle a
    lease later when its channel can ask, else failed for staff now."""
    if channel is not None and channel.can_settle(item_body):
        return {"error_code": UNKNOWN_OUTCOME, "error_message": f"{reason}; asking the provider"}
    return {
        "status": "failed",
        "error_code": UNKNOWN_OUTCOME,
        "error_message": f"{reason}: it may have arrived; {NOT_RESENT}"[:300],
    }


def recover(services: Services, worker_id: str, *, at_start: bool = False) -> tuple[int, int]:
    """Claimed rows whose lease lapsed go back to the queue; rows left `sending` whose lease
    lapsed are settled (above). `at_start`: also every row a previous run under this worker
    id left. Returns (requeued, failed for staff)."""
    stale = utcnow() - timedelta(seconds=services.settings.WORKER_CLAIM_LEASE_SECONDS)
    with services.sessions() as session, session.begin():
        mine_or_stale = OutboxItem.claimed_at < stale
        if at_start:
            mine_or_stale = mine_or_stale | (OutboxItem.claimed_by == worker_id)
        requeued = session.execute(
            update(OutboxItem)
            .where(OutboxItem.status == "claimed", mine_or_stale)
            .values(status="pending", claimed_by=None, claimed_at=None)
        ).rowcount
        cut_off = (
            session.execute(select(OutboxItem).where(OutboxItem.status == "sending", mine_or_stale))
            .scalars()
            .all()
        )
    failed = 0
    for item in cut_off:
        with services.sessions() as session:
            recorded = frozenset(
                session.execute(
                    select(OutboxItem.provider_id).where(
                        OutboxItem.channel == item.channel,
                        OutboxItem.address == item.address,
                        OutboxItem.provider_id.is_not(None),
                        OutboxItem.id != item.id,
                        OutboxItem.created_at > utcnow() - RECORDED_LOOKBACK,
                    )
                ).scalars()
            )
        outcome = _settled(services.channels.get(item.channel), item, recorded)
        failed += outcome["status"] == "failed"
        requeued += outcome["status"] == "pending"
        with services.sessions() as session, session.begin():
            session.execute(
                update(OutboxItem)
                .where(OutboxItem.id == item.id, OutboxItem.status == "sending")
                .values(**outcome)
            )
    if requeued or failed:
        log.warning("recovered outbox: %s requeued, %s failed for staff", requeued, failed)
    return requeued, failed


def _settled(channel: Channel | None, item: OutboxItem, recorded: frozenset[str]) -> dict[str, Any]:
    """What became of a send nobody saw finish, as the row's new values."""
    body = None if item.as_template else item.body
    if channel is not None and item.claimed_at is not None and channel.can_settle(body):
        outcome = channel.settle_cut_off(item.address, body, item.claimed_at, recorded)
        if outcome.sent is True:
            return {
                "status": "sent",
                "provider_id": outcome.provider_id,
                "sent_at": utcnow(),
                "error_code": None,
                "error_message": None,
            }
        if outcome.sent is False:
            return {
                "status": "pending",
                "claimed_by": None,
                "claimed_at": None,
                "as_template": False,
                "error_code": None,
            }
    if item.error_code == UNKNOWN_OUTCOME:
        reason = "the provider did not answer and cannot say whether it has the message"
        return {"status": "failed", "error_message": f"{reason}; {NOT_RESENT}"}
    return {
        "status": "failed",
        "error_code": INTERRUPTED,
        "error_message": f"worker stopped mid-send; {NOT_RESENT}",
    }
