"""How the gateway answers an inbound message itself (keywords, recognition, safeguarding,
takeovers, failures), apart from Rasa's replies.

Every answer's idempotency key is derived from the inbound message (`reply:<id>:<part>`), so
handling a message twice after a crash never sends twice.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot.outbox.queue import send_to_identity
from db.models import ChannelIdentity, Conversation, Message
from db.queries import enqueue
from db.types import utcnow


class Inbound(Protocol):
    """The pipeline's view of one stored inbound message (its `Turn`)."""

    @property
    def message_id(self) -> int: ...
    @property
    def conversation_id(self) -> int: ...
    @property
    def identity_id(self) -> int: ...


class Addressed(Inbound, Protocol):
    """An inbound message with where its answers go (a `Turn`)."""

    @property
    def channel(self) -> str: ...
    @property
    def address(self) -> str: ...


def reply_key(turn: Inbound, part: int | str) -> str:
    return f"reply:{turn.message_id}:{part}"


def reply(session: Session, turn: Inbound, body: str, part: int | str = 0, **kwargs: Any) -> None:
    """Queue one answer to this message (once per part), on the channel it came from, to the
    identity as this session now holds it (recognising the sender may just have linked it).

    An answer ignores the opt-out: the member has just written to us."""
    identity = session.get(ChannelIdentity, turn.identity_id)
    conversation = session.get(Conversation, turn.conversation_id)
    assert identity is not None and conversation is not None
    send_to_identity(
        session,
        identity,
        conversation=conversation,
        key=reply_key(turn, part),
        kind="reply",
        body=body,
        respect_opt_out=False,
        **kwargs,
    )


def reply_to_member(
    session: Session, turn: Addressed, member_id: int, body: str, part: int | str = 0
) -> None:
    """`reply` for a message whose sender is known to be this member (Rasa's answers): from
    what the turn carries, without reading the identity or the conversation."""
    enqueue(
        session,
        key=reply_key(turn, part),
        kind="reply",
        channel=turn.channel,
        address=turn.address,
        body=body,
        member_id=member_id,
        identity_id=turn.identity_id,
        conversation_id=turn.conversation_id,
    )


def mark_done(session: Session, turn: Inbound) -> None:
    """The message has been answered: it is not processed again. One UPDATE, without
    reading the row first."""
    session.execute(
        update(Message)
        .where(Message.id == turn.message_id, Message.processed_at.is_(None))
        .values(processed_at=utcnow())
    )
