"""Reaching members: which of their channels to use, and queueing the message there.

Every part that writes to members goes through here, so the channel choice, the opt-out rule
and the transcript live in one place:

* `queue_messages` queues many messages to members in a few statements (the scheduler's
  reminders for a whole roster); `send_to_member` is the same for one message.
* `send_to_identity` answers on a given identity (a reply on the channel the member wrote on).

A member's channel is their preferred one. On a channel that cannot write first (Telegram) a
member who has not started a chat yet is reached on the channel it names instead (SMS).
`template` names the channel's special form of a message, read by the channel's adapter: the
approved template used outside a messaging window, or the share-my-phone-number button.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from bot.channels.registry import first_contact_channel, phone_channels
from db.correlation import CORRELATION_ID
from db.models import ChannelIdentity, Conversation, Member, Message, OutboxItem
from db.queries import (
    conversation_for,
    enqueue,
    insert_many_ignoring_conflict,
    new_conversation_row,
)
from db.session import announce_outbox, count_on_commit
from db.types import utcnow

BATCH_SIZE = 2000  # rows per INSERT; well under SQLite's limit on bound parameters
IN_CLAUSE_SIZE = 500
T = TypeVar("T")


@dataclass(frozen=True)
class Recipient:
    """What planning needs of a member: no ORM object, so 10,000 of them stay cheap."""

    id: int
    first_name: str
    phone: str
    preferred_channel: str
    language: str = "en"  # the roster's; effective_language() says whether it is spoken

    @classmethod
    def of(cls, member: Member) -> Recipient:
        return cls(
            member.id, member.display_name, member.phone, member.preferred_channel, member.language
        )


@dataclass(frozen=True)
class OutgoingMessage:
    """One message to queue for one member (the arguments of `send_to_member`)."""

    recipient: Recipient
    key: str
    kind: str
    body: str
    not_before: datetime
    session_id: str | None = None
    template: str | None = None
    template_variables: dict[str, Any] | None = None
    broadcast_id: int | None = None


class _Identity(NamedTuple):
    id: int
    member_id: int | None
    channel: str
    address: str
    opted_out: bool


def queue_messages(
    db: Session, messages: Sequence[OutgoingMessage], now: datetime
) -> tuple[list[OutgoingMessage], int]:
    """Queue many messages in a few statements; the bulk form of `send_to_member`.

    Returns the messages actually queued (a key already in the outbox is a no-op) and how many
    were skipped because the member opted out on that channel.
    """
    if not messages:
        return [], 0
    recipients = {message.recipient.id: message.recipient for message in messages}
    identities = _preferred_identities(db, list(recipients.values()), now)
    conversations = _conversations(db, list(identities.values()), now)
    sendable = [m for m in messages if not identities[m.recipient.id].opted_out]
    opted_out = len(messages) - len(sendable)
    queued: list[OutgoingMessage] = []
    correlation_id = CORRELATION_ID.get()
    touched_conversations: set[int] = set()
    for batch in chunks(sendable, BATCH_SIZE):
        message_rows = []
        for message in batch:
            identity = identities[message.recipient.id]
            message_rows.append(
                {
                    "conversation_id": conversations[identity.id],
                    "channel": identity.channel,
                    "direction": "out",
                    "author": "bot",
                    "text": message.body,
                    "kind": "text",
                    "processed_at": now,
                    "created_at": now,
                }
            )
        message_ids = _insert_transcript_messages(db, message_rows)
        outbox_rows = []
        for message, message_id in zip(batch, message_ids, strict=True):
            identity = identities[message.recipient.id]
            outbox_rows.append(
                {
                    "idempotency_key": message.key,
                    "kind": message.kind,
                    "member_id": message.recipient.id,
                    "identity_id": identity.id,
                    "channel": identity.channel,
                    "address": identity.address,
                    "body": message.body,
                    "media_url": None,
                    "template": message.template,
                    "template_variables": message.template_variables,
                    "session_id": message.session_id,
                    "broadcast_id": message.broadcast_id,
                    "message_id": message_id,
                    "status": "pending",
                    "attempts": 0,
                    "not_before": message.not_before,
                    "created_at": now,
                    "correlation_id": correlation_id,
                }
            )
        inserted = set(
            insert_many_ignoring_conflict(
                db, OutboxItem, outbox_rows, ["idempotency_key"], returning="idempotency_key"
            )
        )
        if inserted:
            announce_outbox(db)
        orphans = []
        for message, message_id in zip(batch, message_ids, strict=True):
            if message.key in inserted:
                queued.append(message)
                channel = identities[message.recipient.id].channel
                count_on_commit(db, "outbox_queued", channel, message.kind)
                touched_conversations.add(conversations[identities[message.recipient.id].id])
            else:
                orphans.append(message_id)  # lost a race: the transcript keeps one copy
        for chunk in chunks(orphans, IN_CLAUSE_SIZE):
            db.execute(delete(Message).where(Message.id.in_(chunk)))
    if touched_conversations:
        table = Conversation.__table__
        db.execute(
            update(table)
            .where(table.c.id == bindparam("conversation"))
            .values(last_message_at=bindparam("moment")),
            [{"conversation": cid, "moment": now} for cid in sorted(touched_conversations)],
        )
    return queued, opted_out


def _insert_transcript_messages(db: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert transcript messages in one batched statement and return their ids in row order.

    RETURNING with a guaranteed row order makes SQLAlchemy insert one row at a time on SQLite,
    so rows are matched back by (conversation, text) instead: rows that share both are
    identical, and which of them links to which outbox row makes no difference.
    """
    table = Message.__table__
    returned = db.execute(
        insert(table).returning(table.c.id, table.c.conversation_id, table.c.text), rows
    )
    ids_by_content: dict[tuple[int, str | None], list[int]] = {}
    for row in returned:
        ids_by_content.setdefault((row.conversation_id, row.text), []).append(row.id)
    return [ids_by_content[(row["conversation_id"], row["text"])].pop() for row in rows]


def _preferred_identities(
    db: Session, recipients: Sequence[Recipient], now: datetime
) -> dict[int, _Identity]:
    """Each member's identity on their preferred channel, created from the roster phone when
    missing."""
    columns = (
        ChannelIdentity.id,
        ChannelIdentity.member_id,
        ChannelIdentity.channel,
        ChannelIdentity.address,
        ChannelIdentity.opted_out,
    )
    found: dict[int, _Identity] = {}
    # On a channel not addressed by phone, the chat the member started there, if any.
    by_phone = phone_channels()
    linked: dict[str, list[int]] = {}
    for recipient in recipients:
        if recipient.preferred_channel not in by_phone:
            linked.setdefault(recipient.preferred_channel, []).append(recipient.id)
    for channel, member_ids in linked.items():
        for chunk in chunks(member_ids, IN_CLAUSE_SIZE):
            rows = db.execute(
                select(*columns)
                .where(ChannelIdentity.member_id.in_(chunk), ChannelIdentity.channel == channel)
                .order_by(ChannelIdentity.id)
            )
            for row in rows:
                found.setdefault(row.member_id, _Identity(*row))

    # Everyone else by (channel, phone), on the first-contact channel when theirs has no chat.
    wanted: dict[tuple[str, str], int] = {}
    for recipient in recipients:
        if recipient.id in found:
            continue
        wanted[(first_contact_channel(recipient.preferred_channel), recipient.phone)] = recipient.id

    def load(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], _Identity]:
        by_channel: dict[str, list[str]] = {}
        for channel, address in pairs:
            by_channel.setdefault(channel, []).append(address)
        loaded: dict[tuple[str, str], _Identity] = {}
        for channel, addresses in by_channel.items():
            for chunk in chunks(addresses, IN_CLAUSE_SIZE):
                rows = db.execute(
                    select(*columns).where(
                        ChannelIdentity.channel == channel, ChannelIdentity.address.in_(chunk)
                    )
                )
                loaded.update({(row.channel, row.address): _Identity(*row) for row in rows})
        return loaded

    existing = load(wanted)
    missing = [pair for pair in wanted if pair not in existing]
    if missing:
        insert_many_ignoring_conflict(
            db,
            ChannelIdentity,
            [
                {
                    "channel": channel,
                    "address": address,
                    "member_id": wanted[(channel, address)],
                    "opted_out": False,
                    "created_at": now,
                }
                for channel, address in missing
            ],
            ["channel", "address"],
        )
        existing.update(load(missing))
    unclaimed = [
        {"identity": identity.id, "member": wanted[pair]}
        for pair, identity in existing.items()
        if identity.member_id is None
    ]
    if unclaimed:
        table = ChannelIdentity.__table__
        db.execute(
            update(table)
            .where(table.c.id == bindparam("identity"))
            .values(member_id=bindparam("member")),
            unclaimed,
        )
    for pair, identity in existing.items():
        found[wanted[pair]] = identity._replace(member_id=wanted[pair])
    return found


def _conversations(db: Session, identities: Sequence[_Identity], now: datetime) -> dict[int, int]:
    """identity id -> conversation id, creating conversations on first contact."""

    def load(identity_ids: Sequence[int]) -> dict[int, int]:
        loaded: dict[int, int] = {}
        for chunk in chunks(identity_ids, IN_CLAUSE_SIZE):
            rows = db.execute(
                select(Conversation.identity_id, Conversation.id).where(
                    Conversation.identity_id.in_(chunk)
                )
            )
            loaded.update({row.identity_id: row.id for row in rows})
        return loaded

    conversations = load([identity.id for identity in identities])
    missing = [identity for identity in identities if identity.id not in conversations]
    if missing:
        insert_many_ignoring_conflict(
            db,
            Conversation,
            [new_conversation_row(identity, now) for identity in missing],
            ["identity_id"],
        )
        conversations.update(load([identity.id for identity in missing]))
    return conversations


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def preferred_identity(session: Session, member: Member) -> ChannelIdentity:
    """The identity scheduled and bulk messages to this member go to."""
    identity = _preferred_identities(session, [Recipient.of(member)], utcnow())[member.id]
    found = session.get(ChannelIdentity, identity.id)
    assert found is not None
    return found


def send_to_member(
    session: Session,
    member: Member,
    *,
    key: str,
    kind: str,
    body: str,
    template: str | None = None,
    template_variables: dict[str, Any] | None = None,
    not_before: datetime | None = None,
    session_id: str | None = None,
    broadcast_id: int | None = None,
) -> int | None:
    """Queue one scheduled or bulk message on the member's channel. Returns the outbox id, or
    None when the member opted out there or a message with this key was queued already."""
    now = utcnow()
    message = OutgoingMessage(
        Recipient.of(member),
        key,
        kind,
        body,
        not_before or now,
        session_id,
        template,
        template_variables,
        broadcast_id,
    )
    queued, _opted_out = queue_messages(session, [message], now)
    if not queued:
        return None
    return session.execute(
        select(OutboxItem.id).where(OutboxItem.idempotency_key == key)
    ).scalar_one()


def send_to_identity(
    session: Session,
    identity: ChannelIdentity,
    *,
    key: str,
    kind: str,
    body: str,
    template: str | None = None,
    template_variables: dict[str, Any] | None = None,
    author: str = "bot",
    respect_opt_out: bool = True,
    conversation: Conversation | None = None,
) -> int | None:
    """Queue a message to one identity and add it to the conversation's transcript (the
    identity's own conversation, looked up unless the caller already holds it).

    A direct answer to something the member just wrote ignores the opt-out (they wrote to us);
    anything else respects it. Returns the outbox id, or None when skipped or already queued.
    """
    if respect_opt_out and identity.opted_out:
        return None
    return enqueue(
        session,
        key=key,
        kind=kind,
        channel=identity.channel,
        address=identity.address,
        body=body,
        member_id=identity.member_id,
        identity_id=identity.id,
        template=template,
        template_variables=template_variables,
        conversation_id=(conversation or conversation_for(session, identity)).id,
        author=author,
    )
