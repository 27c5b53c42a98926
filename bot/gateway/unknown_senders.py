"""Answering senders the assistant does not know, sparingly.

Anyone may write to the assistant's number, so anyone could make it send (and pay for) a reply
to every message, to a number of their choosing. A sender it does not know gets at most one
"I don't know this number" reply an hour, and all of them together at most
REPLIES_PER_MINUTE a minute. Their messages are stored all the same, for staff to see.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.outbox.queue import send_to_identity
from db.models import ChannelIdentity, OutboxItem
from db.types import utcnow

log = logging.getLogger(__name__)

KEY_PREFIX = "unknown_sender:"
PER_SENDER_WINDOW = timedelta(hours=1)
REPLIES_PER_MINUTE = 20


def _replies_since(session: Session, since: timedelta, identity_id: int | None = None) -> int:
    query = (
        select(func.count())
        .select_from(OutboxItem)
        .where(
            OutboxItem.idempotency_key.startswith(KEY_PREFIX, autoescape=True),
            OutboxItem.created_at > utcnow() - since,
        )
    )
    if identity_id is not None:
        query = query.where(OutboxItem.identity_id == identity_id)
    return session.execute(query).scalar_one()


def answer_unknown_sender(
    session: Session,
    identity: ChannelIdentity,
    body: str,
    *,
    template: str | None = None,
) -> bool:
    """Queue the reply to an unknown sender's message unless they had one within the hour or
    the minute's replies are used up; whether it was queued. The hour also makes a message
    processed again after a crash get no second reply."""
    if _replies_since(session, PER_SENDER_WINDOW, identity.id):
        log.info("identity %s already told within the hour: no reply", identity.id)
        return False
    used = _replies_since(session, timedelta(minutes=1))
    if used >= REPLIES_PER_MINUTE:
        log.warning("unknown senders' replies for this minute used up: no reply")
        return False
    # Each reply takes a numbered place in this minute. Messages from several strangers are
    # answered at once, each in its own transaction (by several replicas, too): two that
    # counted the same places both reach for the same key, the unique key lets only one of
    # them have it, and the other takes the next free place, so the minute's places are all
    # used and never exceeded.
    minute = utcnow().strftime("%Y%m%d%H%M")
    for place in range(used, REPLIES_PER_MINUTE):
        queued = send_to_identity(
            session,
            identity,
            key=f"{KEY_PREFIX}{minute}:{place}",
            kind="reply",
            body=body,
            template=template,
            respect_opt_out=False,
        )
        if queued is not None:
            return True
    log.warning("unknown senders' replies for this minute used up: no reply")
    return False
