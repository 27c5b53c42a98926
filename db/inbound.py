"""Storing a message from a sender we know in one statement (PostgreSQL).

A webhook is answered only once its message is stored, and on PostgreSQL every statement is a
round trip to the server. Storing the ordinary way takes a transaction of five: find the
sender's identity and conversation, insert the message (once per provider id), note when the
sender last wrote and when the conversation last moved, and NOTIFY the pipelines. Here they
are one statement, run on its own (no BEGIN or COMMIT around it): PostgreSQL runs a statement's
data-modifying WITH parts together, atomically, and delivers the NOTIFY when it commits. A
provider's retry inserts nothing, and so changes and announces nothing.

The NOTIFY is left out when this process's own pipeline holds the conversation's claim: the
webhook wakes that pipeline directly, so nobody needs telling. A NOTIFY costs the webhook more
than nothing: PostgreSQL lets one committing transaction that notifies through at a time, in
the whole server, so each such commit waits for the disk flushes of those before it. A claim
held by another replica, lapsed, or not taken yet still gets the NOTIFY, as does every first
contact.

SQLite, whose statements cost no round trip and which knows no INSERT or UPDATE inside WITH,
stores the ordinary way (bot/channels/inbound.py), as does a first contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, String, bindparam, case, exists, select, true, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from db.models import ChannelIdentity, Conversation, ConversationClaim, Message
from db.session import inbound_notice


@dataclass(frozen=True)
class KnownSender:
    """Where a message from a known sender went."""

    conversation_id: int
    message_id: int | None  # None: a provider's retry of a message stored before


def store_from_known_sender(
    session: Session,
    channel: str,
    address: str,
    message: dict[str, Any],
    replica: str,
    claim_holder: str | None = None,
) -> KnownSender | None:
    """Store `message` (the messages row, but its conversation) from this channel address, in
    one statement, and announce it as `announce_inbound` would unless `claim_holder` (this
    process's pipeline) holds the conversation's claim; None, with nothing written, when the
    address has no identity and conversation yet. The sender's and conversation's
    last-message times become the message's `created_at`."""
    parameters = {f"given_{name}": value for name, value in message.items()}
    parameters.update(
        given_address=address,
        given_sender_channel=channel,
        given_replica=replica,
        given_holder=claim_holder,
    )
    found = session.execute(_statement(tuple(message)), parameters).first()
    if found is None:
        return None
    return KnownSender(found[0], found[1])


@lru_cache(maxsize=4)
def _statement(columns: tuple[str, ...]) -> Select[Any]:
    """`store_from_known_sender`'s statement for a message of these columns, built once with
    its values as parameters, so SQLAlchemy compiles it once and keys its cache on the same
    object (building it took longer than the round trip it saves). No parameter is named as a
    column: SQLAlchemy would add it to the SET of the UPDATEs, whose tables have one."""
    identities = ChannelIdentity.__table__
    conversations = Conversation.__table__
    messages = Message.__table__
    now = bindparam("given_created_at", type_=messages.c.created_at.type)
    sender = (
        select(
            identities.c.id.label("identity_id"),
            identities.c.member_id,
            conversations.c.id.label("conversation_id"),
        )
        .join(conversations, conversations.c.identity_id == identities.c.id)
        .where(
            identities.c.channel == bindparam("given_sender_channel"),
            identities.c.address == bindparam("given_address"),
        )
        .cte("sender")
    )
    values = [bindparam(f"given_{name}", type_=messages.c[name].type) for name in columns]
    stored = (
        postgresql.insert(messages)
        .from_select(["conversation_id", *columns], select(sender.c.conversation_id, *values))
        .on_conflict_do_nothing(index_elements=["channel", "provider_id"])
        .returning(messages.c.id, messages.c.conversation_id)
        .cte("stored")
    )
    # Each UPDATE names `stored`, so a retry, which inserts nothing, updates nothing.
    identity_seen = (
        update(identities)
        .where(
            identities.c.id == sender.c.identity_id,
            sender.c.conversation_id == stored.c.conversation_id,
        )
        .values(last_inbound_at=now)
        .cte("identity_seen")
    )
    conversation_seen = (  # and it follows the identity's member, as identity_and_conversation
        update(conversations)
        .where(
            conversations.c.id == stored.c.conversation_id,
            sender.c.conversation_id == stored.c.conversation_id,
        )
        .values(last_message_at=now, member_id=sender.c.member_id)
        .cte("conversation_seen")
    )
    claims = ConversationClaim.__table__
    ours = exists().where(
        claims.c.conversation_id == stored.c.conversation_id,
        claims.c.holder == bindparam("given_holder", type_=String),
        claims.c.expires_at > now,
    )
    replica = bindparam("given_replica", type_=String)
    announced = case(
        (stored.c.id.is_not(None) & ~ours, inbound_notice(replica, stored.c.conversation_id))
    )
    return (
        select(sender.c.conversation_id, stored.c.id, announced)
        .select_from(sender.outerjoin(stored, true()))
        .add_cte(identity_seen, conversation_seen)
    )
