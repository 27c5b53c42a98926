"""One inbound message as the pipeline handles it (a `Turn`), read from the database with the
edits that arrived for it before it was answered, and the words Rasa should read from it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels import kinds
from bot.members.roster import INVITE_ALPHABET, INVITE_LENGTH
from db.models import ChannelIdentity, Conversation, Member, Message
from db.types import utcnow

INVITE_CODE = re.compile(rf"\b([{INVITE_ALPHABET}]{{{INVITE_LENGTH}}})\b")
PHOTO_FOR_RASA = "(photo)"  # what Rasa's receipt step reads for a picture or file


@dataclass
class Turn:
    """What one inbound message needs, read from the database in one go."""

    message_id: int
    conversation_id: int
    identity_id: int
    channel: str
    address: str  # the sender's on the channel (their identity's), where answers go
    text: str
    kind: str
    rasa_sender_id: str  # the conversation's name in Rasa (never reused)
    details: dict[str, Any] | None = None
    chat_ref: str | None = None
    reply_to: str | None = None
    in_claim: bool = False  # an expense claim is under way (read from Rasa's tracker)
    correlation_id: str | None = None  # made when the message was stored (bot/logging.py)
    stored_at: datetime | None = None  # when the webhook stored it


def next_turn(session: Session, conversation_id: int) -> Turn | None:
    """The conversation's oldest unprocessed message, read with its conversation and its
    sender's address in one query. Edits of it that arrived before it was answered are folded
    in: it is answered once, with the newest words, and the edits are done."""
    found = session.execute(
        select(Message, Conversation, ChannelIdentity.address)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(ChannelIdentity, ChannelIdentity.id == Conversation.identity_id)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == "in",
            Message.processed_at.is_(None),
        )
        .order_by(Message.id)
        .limit(1)
    ).first()
    if found is None:
        return None
    message, conversation, address = found
    text = message.text or ""
    if message.chat_ref and message.kind != kinds.EDIT:
        edits = session.execute(
            select(Message)
            .where(
                Message.conversation_id == conversation_id,
                Message.kind == kinds.EDIT,
                Message.reply_to == message.chat_ref,
                Message.processed_at.is_(None),
            )
            .order_by(Message.id)
        ).scalars()
        for edit in edits:
            text = message.text = edit.text or ""
            edit.processed_at = utcnow()
    return Turn(
        message.id,
        conversation_id,
        conversation.identity_id,
        message.channel,
        address,
        text,
        message.kind,
        conversation.rasa_sender_id,
        message.details,
        message.chat_ref,
        message.reply_to,
        correlation_id=message.correlation_id,
        stored_at=message.created_at,
    )


def load_identity_and_conversation(session: Session, turn: Turn) -> list[Any]:
    """Read the turn's identity, conversation and member (if the sender is one) into the
    session in one query, so the steps' own `session.get` of them need no round trip (with
    `hold_loaded_objects`); the objects read."""
    rows = session.execute(
        select(ChannelIdentity, Conversation, Member)
        .join(Conversation, Conversation.identity_id == ChannelIdentity.id)
        .outerjoin(Member, Member.id == ChannelIdentity.member_id)
        .where(Conversation.id == turn.conversation_id)
    ).all()
    return [found for row in rows for found in row if found is not None]


def invite_code_in(text: str | None) -> str | None:
    """A candidate invite code in a message such as "JOIN WF7K2Q" or "/start WF7K2Q"."""
    words = (text or "").upper().replace("/START", " ")
    candidates = [c for c in INVITE_CODE.findall(words) if c not in {"CANCEL", "JOIN", "HELLO"}]
    return candidates[-1] if candidates else None


def text_for_rasa(turn: Turn) -> str:
    """The member's words as Rasa should read them.

    Rasa treats a message starting with "/" as an intent name, so a member could pick any
    intent: strip the slashes. Telegram's "/start CODE" deep link becomes "join CODE". A
    picture or file without words is the receipt step's "(photo)".
    """
    text = turn.text.strip()
    if text.lower().startswith("/start"):
        code = invite_code_in(text)
        text = f"join {code}" if code else "hello"
    text = text.lstrip("/").strip()
    if not text and turn.kind in kinds.RECEIPT_KINDS:
        return PHOTO_FOR_RASA
    return text
