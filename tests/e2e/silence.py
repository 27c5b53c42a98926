"""Waiting for many members' messages at once: sent in parallel, answered when every inbound
message is processed and the outbox has nothing left that is due."""

from __future__ import annotations

from sqlalchemy import select

from db.models import OutboxItem
from db.types import utcnow
from tests.e2e.talk import UNSETTLED
from tests.harness import Gateway, wait_until


def _outbox_settled(gateway: Gateway) -> bool:
    with gateway.services.sessions() as session:
        waiting = session.execute(
            select(OutboxItem.id).where(
                OutboxItem.status.in_(UNSETTLED), OutboxItem.not_before <= utcnow()
            )
        ).first()
    return waiting is None


def wait_all_answered(gateway: Gateway, timeout: float = 60.0) -> None:
    """Until every stored message is processed and every due reply has gone out."""
    gateway.wait_processed(timeout=timeout)
    wait_until(lambda: _outbox_settled(gateway), timeout, "every due reply sent")
