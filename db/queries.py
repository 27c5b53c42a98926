"""Queries that several processes share: the gateway, the worker, the scheduler and the flows.

Writes that must happen once (an inbound message per provider id, an outbound message per
idempotency key) rely on the database's unique constraints, never on check-then-insert.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from db.base import new_rasa_sender_id
from db.correlation import CORRELATION_ID
from db.models import (
    AuditLog,
    ChannelIdentity,
    Conversation,
    Heartbeat,
    Member,
    Message,
    OutboxItem,
)
from db.session import announce_outbox, count_on_commit
from db.types import utcnow


def insert_for(session: Session) -> Any:
    """The INSERT construct of the session's database, which knows ON CONFLICT."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def insert_many_ignoring_conflict(
    session: Session,
    model: type[Any],
    rows: Sequence[dict[str, Any]],
    conflict_columns: list[str],
    returning: str | None = None,
    batch_size: int = 2000,
) -> list[Any]:
    """INSERT ... ON CONFLICT DO NOTHING for many rows, in batches; with `returning`, that
    column of the rows actually inserted.

    Atomic on both databases, so two processes racing to insert the same message or reminder
    end up with exactly one row.
    """
    make_insert = insert_for(session)
    table = model.__table__
    values: list[Any] = []
    rows = list(rows)
    for start in range(0, len(rows), batch_size):
        batch = rows[start : start + batch_size]
        statement = make_insert(table).on_conflict_do_nothing(index_elements=conflict_columns)
        if returning is None:
            session.execute(statement, batch)
        else:
            values.extend(session.scalars(statement.returning(table.c[returning]), batch))
    return values


def insert_ignoring_conflict(
    session: Session, model: type[Any], values: dict[str, Any], conflict_columns: list[str]
) -> int | None:
    """Insert one row unless one with the same unique columns exists; the new id or None."""
    inserted = insert_many_ignoring_conflict(
        session, model, [values], conflict_columns, returning="id"
    )
    return inserted[0] if inserted else None


def _inserted(
    session: Session, model: type[Any], values: dict[str, Any], conflict_columns: list[str]
) -> Any | None:
    """Insert one row unless one with the same unique columns exists: the new row's object
    (INSERT ... ON CONFLICT DO NOTHING RETURNING, one statement), or None."""
    statement = (
        insert_for(session)(model)
        .values(values)
        .on_conflict_do_nothing(index_elements=conflict_columns)
        .returning(model)
    )
    return session.scalars(statement).one_or_none()


def _identity(session: Session, channel: str, address: str) -> ChannelIdentity | None:
    return session.execute(
        select(ChannelIdentity).where(
            ChannelIdentity.channel == channel, ChannelIdentity.address == address
        )
    ).scalar_one_or_none()


def _new_identity(session: Session, channel: str, address: str) -> ChannelIdentity | None:
    row = {"channel": channel, "address": address, "created_at": utcnow()}
    return _inserted(session, ChannelIdentity, row, ["channel", "address"])


def identity_for(session: Session, channel: str, address: str) -> ChannelIdentity:
    """The identity for a channel address, created (race-safely) on first contact."""
    identity = _identity(session, channel, address)
    if identity is None:
        identity = _new_identity(session, channel, address) or _identity(session, channel, address)
        assert identity is not None
    return identity


class IdentityKey(Protocol):
    """What a new conversation needs of an identity: a ChannelIdentity or a row of one."""

    @property
    def id(self) -> int: ...
    @property
    def member_id(self) -> int | None: ...
    @property
    def channel(self) -> str: ...


def new_conversation_row(identity: IdentityKey, now: datetime) -> dict[str, Any]:
    """A first-contact conversation: the bot answers until staff take it over."""
    return {
        "identity_id": identity.id,
        "member_id": identity.member_id,
        "channel": identity.channel,
        "status": "bot",
        "urgent": False,
        "created_at": now,
        "rasa_sender_id": new_rasa_sender_id(),
    }


def _conversation(session: Session, identity: ChannelIdentity) -> Conversation | None:
    return session.execute(
        select(Conversation).where(Conversation.identity_id == identity.id)
    ).scalar_one_or_none()


def _new_conversation(session: Session, identity: ChannelIdentity) -> Conversation | None:
    row = new_conversation_row(identity, utcnow())
    return _inserted(session, Conversation, row, ["identity_id"])


def conversation_for(session: Session, identity: ChannelIdentity) -> Conversation:
    """The one conversation of an identity, created (race-safely) on first contact; it follows
    the identity's member once the sender is recognised."""
    conversation = _conversation(session, identity)
    if conversation is None:
        conversation = _new_conversation(session, identity) or _conversation(session, identity)
        assert conversation is not None
    if conversation.member_id != identity.member_id:
        conversation.member_id = identity.member_id
    return conversation


def identity_and_conversation(
    session: Session, channel: str, address: str, *, looked_for: bool = False
) -> tuple[ChannelIdentity, Conversation]:
    """The identity for a channel address and its conversation, created (race-safely) on
    first contact: for a sender we know, one query for both (an inbound message's store is
    on the webhook's acknowledgement path); for a sender never seen, one INSERT for each.
    `looked_for`: the caller has just looked for both and found neither, so this starts with
    the INSERTs (one that finds the identity made meanwhile falls back to looking)."""
    found = None
    if not looked_for:
        found = session.execute(
            select(ChannelIdentity, Conversation)
            .join(Conversation, Conversation.identity_id == ChannelIdentity.id)
            .where(ChannelIdentity.channel == channel, ChannelIdentity.address == address)
        ).first()
    if found is None:
        created = _new_identity(session, channel, address)
        if created is not None:  # nobody else can have made a conversation for it yet
            conversation = _new_conversation(session, created)
            assert conversation is not None
            return created, conversation
        identity = identity_for(session, channel, address)
        return identity, conversation_for(session, identity)
    identity, conversation = found
    if conversation.member_id != identity.member_id:
        conversation.member_id = identity.member_id
    return identity, conversation


def member_by_phone(session: Session, phone_e164: str) -> Member | None:
    return session.execute(select(Member).where(Member.phone == phone_e164)).scalar_one_or_none()


def member_by_invite_code(session: Session, code: str) -> Member | None:
    return session.execute(
        select(Member).where(Member.invite_code == code.strip().upper())
    ).scalar_one_or_none()


def enqueue(
    session: Session,
    *,
    key: str,
    kind: str,
    channel: str,
    address: str,
    body: str | None = None,
    member_id: int | None = None,
    identity_id: int | None = None,
    media_url: str | None = None,
    template: str | None = None,
    template_variables: dict[str, Any] | None = None,
    session_id: str | None = None,
    broadcast_id: int | None = None,
    not_before: datetime | None = None,
    conversation_id: int | None = None,
    author: str = "bot",
) -> int | None:
    """Put one outbound message in the outbox, once per idempotency key.

    Returns the outbox id, or None when a message with this key already exists (a retry, a
    second scheduler). With a conversation, the text also joins its transcript: that line is
    written first, so the outbox row names it in its own INSERT (this runs for every reply),
    and is removed again in the rare case the key was queued before. The conversation is
    named by its id, so a caller that knows it reads nothing to queue a message.
    """
    now = utcnow()
    message = None
    if conversation_id is not None:
        message = Message(
            conversation_id=conversation_id,
            channel=channel,
            direction="out",
            author=author,
            text=body,
            kind="text",
            processed_at=now,
            created_at=now,
        )
        session.add(message)
        session.flush()
    outbox_id = insert_ignoring_conflict(
        session,
        OutboxItem,
        {
            "idempotency_key": key,
            "kind": kind,
            "member_id": member_id,
            "identity_id": identity_id,
            "channel": channel,
            "address": address,
            "body": body,
            "media_url": media_url,
            "template": template,
            "template_variables": template_variables,
            "session_id": session_id,
            "broadcast_id": broadcast_id,
            "message_id": message.id if message is not None else None,
            "status": "pending",
            "attempts": 0,
            "not_before": not_before or now,
            "created_at": now,
            "correlation_id": CORRELATION_ID.get(),
        },
        ["idempotency_key"],
    )
    if outbox_id is None:
        if message is not None:
            session.delete(message)
        return None
    announce_outbox(session)
    count_on_commit(session, "outbox_queued", channel, kind)
    if conversation_id is not None:
        # Also brings a conversation this session holds up to date, without reading it.
        session.execute(
            update(Conversation)
            .where(Conversation.id == conversation_id)
            .values(last_message_at=now)
        )
    return outbox_id


def survey_message_key(member_id: int, session_id: str, number: int) -> str:
    """The outbox key of the feedback survey's n-th message to a member (1 = the first)."""
    return f"feedback:{member_id}:{session_id}:{number}"


def audit(
    session: Session,
    staff_id: int | None,
    action: str,
    target_type: str | None = None,
    target_id: object = None,
    **detail: Any,
) -> None:
    """Record a staff action. Details carry ids and statuses, never personal data."""
    session.add(
        AuditLog(
            staff_id=staff_id,
            action=action,
            target_type=target_type,
            target_id=None if target_id is None else str(target_id),
            detail=detail or None,
            created_at=utcnow(),
        )
    )


def beat(session: Session, component: str, **detail: Any) -> None:
    """Record that a background process is alive (read by /healthz). One upsert, since the
    replicas of a process beat the same row at the same moments."""
    statement = insert_for(session)(Heartbeat).values(
        component=component, beat_at=utcnow(), detail=detail or None
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["component"],
            set_={"beat_at": statement.excluded.beat_at, "detail": statement.excluded.detail},
        )
    )
