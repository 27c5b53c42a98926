"""Conversations as staff see them: the inbox rows (with their open cases) and counts,
transcripts and notes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from bot.channels.registry import staff_only_channels
from bot.channels.web import WebTryIt, web_address
from bot.staff.views.common import member_brief
from db.models import Case, ChannelIdentity, Conversation, InternalNote, Message, StaffUser

CONVERSATION_STATUSES = ("bot", "escalated", "resolved")


def case_row(case: Case) -> dict[str, Any]:
    return {
        "id": case.id,
        "kind": case.kind,
        "reason": case.reason,
        "urgent": case.urgent,
        "opened_at": case.opened_at,
    }


def open_cases_of(session: Session, conversation_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The open cases of these conversations (one query), urgent first, then oldest first."""
    found: dict[int, list[dict[str, Any]]] = {id_: [] for id_ in conversation_ids}
    if conversation_ids:
        cases = session.execute(
            select(Case)
            .where(Case.conversation_id.in_(conversation_ids), Case.closed_at.is_(None))
            .order_by(Case.urgent.desc(), Case.opened_at, Case.id)
        ).scalars()
        for case in cases:
            found[case.conversation_id].append(case_row(case))
    return found


def conversation_summary(
    conversation: Conversation, cases: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """What staff must know at a glance: `status` is "escalated" while a case is open or a
    person has the conversation (`taken_over`: "member" asked for one, or "staff" took it)."""
    return {
        "id": conversation.id,
        "member": member_brief(conversation.member),
        "channel": conversation.channel,
        "status": conversation.status,
        "reason": conversation.reason,
        "urgent": conversation.urgent,
        "assigned_to_id": conversation.assigned_to_id,
        "taken_over": conversation.taken_over_by,
        "cases": cases or [],
        "escalated_at": conversation.escalated_at,
        "last_message_at": conversation.last_message_at,
    }


def list_conversations(
    session: Session,
    *,
    status: str | None = None,
    assigned_to_id: int | None = None,
    include_web: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Urgent first, then the most recently active: what needs a person comes to the top.
    Every matching conversation unless `limit` asks for one page (the inbox does)."""
    query = select(Conversation).options(selectinload(Conversation.member))
    if status is not None:
        query = query.where(Conversation.status == status)
    if assigned_to_id is not None:
        query = query.where(Conversation.assigned_to_id == assigned_to_id)
    if not include_web:  # try-it conversations are staff talking to the bot, not members
        query = query.where(Conversation.channel.not_in(staff_only_channels()))
    query = (
        query.order_by(
            Conversation.urgent.desc(),
            Conversation.last_message_at.desc().nulls_last(),
            Conversation.id.desc(),
        )
        .offset(offset)
        .limit(limit)
    )
    rows = list(session.execute(query).scalars())
    cases = open_cases_of(session, [row.id for row in rows])
    return [conversation_summary(row, cases[row.id]) for row in rows]


def conversation_counts(session: Session, staff_id: int) -> dict[str, int]:
    """Numbers for the inbox tabs."""

    def count(*conditions: Any) -> int:
        query = select(func.count(Conversation.id)).where(
            Conversation.channel.not_in(staff_only_channels()), *conditions
        )
        return session.execute(query).scalar_one()

    return {
        "open": count(Conversation.status == "escalated"),
        "urgent": count(Conversation.status == "escalated", Conversation.urgent.is_(True)),
        "mine": count(Conversation.status == "escalated", Conversation.assigned_to_id == staff_id),
        "resolved": count(Conversation.status == "resolved"),
    }


def transcript(session: Session, conversation_id: int) -> list[dict[str, Any]]:
    """Oldest first, with each outbound message's delivery status from the outbox."""
    messages = session.execute(
        select(Message)
        .where(Message.conversation_id == conversation_id)
        .options(selectinload(Message.media), selectinload(Message.outbox))
        .order_by(Message.created_at, Message.id)
    ).scalars()
    return [
        {
            "id": message.id,
            "direction": message.direction,
            "author": message.author,
            "text": message.text,
            "media": [
                {
                    "id": media.id,
                    "content_type": media.content_type,
                    "stored": bool(media.storage_path),
                }
                for media in message.media
            ],
            "created_at": message.created_at,
            "delivery_status": message.outbox.status if message.outbox is not None else None,
        }
        for message in messages
    ]


def notes_for(session: Session, conversation_id: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(InternalNote, StaffUser.email)
        .join(StaffUser, StaffUser.id == InternalNote.staff_id)
        .where(InternalNote.conversation_id == conversation_id)
        .order_by(InternalNote.id)
    ).all()
    return [
        {"text": note.text, "author": email, "created_at": note.created_at} for note, email in rows
    ]


def web_transcript(session: Session, member_id: int) -> list[dict[str, Any]]:
    """The try-it conversation of one member (channel `web`, address `member:<id>`)."""
    conversation_id = session.execute(
        select(Conversation.id)
        .join(ChannelIdentity, ChannelIdentity.id == Conversation.identity_id)
        .where(
            ChannelIdentity.channel == WebTryIt.name,
            ChannelIdentity.address == web_address(member_id),
        )
    ).scalar_one_or_none()
    return [] if conversation_id is None else transcript(session, conversation_id)
