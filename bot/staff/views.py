"""What staff see: read models shared by the console pages and the staff API.

Each function returns plain dicts (datetimes stay datetimes; money is text such as "12.50") so
the API can send them as JSON and the templates can show them, and both show the same facts.
Support needs appear only when the caller says the role may see them.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, selectinload

from bot.channels.registry import staff_only_channels
from bot.channels.web import WebTryIt, web_address
from bot.config import AssemblyConfig
from db.models import (
    Attendance,
    AuditLog,
    Broadcast,
    ChannelIdentity,
    ConsentRecord,
    Conversation,
    ExpenseClaim,
    FeedbackRequest,
    FeedbackResponse,
    InternalNote,
    Member,
    Message,
    OutboxItem,
    StaffUser,
)
from db.types import utcnow

CONVERSATION_STATUSES = ("bot", "escalated", "resolved")
CLAIM_STATUSES = ("submitted", "approved", "rejected", "paid")
ATTENDANCE_GROUPS = ("confirmed", "declined", "not_sure", "late", "no_answer")
RATING_SCALE = (1, 2, 3, 4, 5)


def money(amount: Decimal | None) -> str | None:
    return None if amount is None else f"{Decimal(amount):.2f}"


# --- conversations ---------------------------------------------------------------------------


def member_brief(member: Member | None) -> dict[str, Any] | None:
    return None if member is None else {"id": member.id, "first_name": member.first_name}


def conversation_summary(conversation: Conversation) -> dict[str, Any]:
    return {
        "id": conversation.id,
        "member": member_brief(conversation.member),
        "channel": conversation.channel,
        "status": conversation.status,
        "reason": conversation.reason,
        "urgent": conversation.urgent,
        "assigned_to_id": conversation.assigned_to_id,
        "escalated_at": conversation.escalated_at,
        "last_message_at": conversation.last_message_at,
    }


def list_conversations(
    session: Session,
    *,
    status: str | None = None,
    assigned_to_id: int | None = None,
    include_web: bool = False,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Urgent first, then the most recently active: what needs a person comes to the top."""
    query = select(Conversation).options(selectinload(Conversation.member))
    if status is not None:
        query = query.where(Conversation.status == status)
    if assigned_to_id is not None:
        query = query.where(Conversation.assigned_to_id == assigned_to_id)
    if not include_web:  # try-it conversations are staff talking to the bot, not members
        query = query.where(Conversation.channel.not_in(staff_only_channels()))
    query = query.order_by(
        Conversation.urgent.desc(),
        Conversation.last_message_at.desc().nulls_last(),
        Conversation.id.desc(),
    ).limit(limit)
    return [conversation_summary(row) for row in session.execute(query).scalars()]


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


def staff_email(session: Session, staff_id: int | None) -> str | None:
    if staff_id is None:
        return None
    return session.execute(select(StaffUser.email).where(StaffUser.id == staff_id)).scalar()


# --- members ---------------------------------------------------------------------------------


def _latest_consent(session: Session) -> dict[int, dict[str, dict[str, Any]]]:
    consents: dict[int, dict[str, dict[str, Any]]] = {}
    for record in session.execute(
        select(ConsentRecord).order_by(ConsentRecord.recorded_at, ConsentRecord.id)
    ).scalars():
        consents.setdefault(record.member_id, {})[record.kind] = {
            "granted": record.granted,
            "version": record.version,
            "recorded_at": record.recorded_at,
        }
    return consents


def roster(
    session: Session, config: AssemblyConfig, *, include_support_needs: bool
) -> list[dict[str, Any]]:
    """Every member with where they stand; support needs only for roles allowed to see them."""
    members = session.execute(
        select(Member)
        .options(selectinload(Member.identities), selectinload(Member.attendance))
        .order_by(Member.last_name, Member.first_name, Member.id)
    ).scalars()
    consents = _latest_consent(session)
    session_ids = [item.id for item in config.sessions]
    rows = []
    for member in members:
        answers = {row.session_id: row for row in member.attendance}
        row: dict[str, Any] = {
            "id": member.id,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "preferred_name": member.preferred_name,
            "phone": member.phone,
            "email": member.email,
            "reserve": member.reserve,
            "onboarding_state": member.onboarding_state,
            "invited_at": member.invited_at,
            "onboarded_at": member.onboarded_at,
            "preferred_channel": member.preferred_channel,
            "opted_out_channels": sorted(
                {identity.channel for identity in member.identities if identity.opted_out}
            ),
            "consent": consents.get(member.id, {}),
            "attendance": {
                session_id: (
                    {
                        "status": answers[session_id].status,
                        "expected_arrival": answers[session_id].expected_arrival,
                    }
                    if session_id in answers
                    else None
                )
                for session_id in session_ids
            },
        }
        if include_support_needs:
            row["access_needs"] = member.access_needs
            row["dietary_needs"] = member.dietary_needs
            row["caring_responsibilities"] = member.caring_responsibilities
        rows.append(row)
    return rows


def chase_list(session: Session, *, days: int, now: datetime | None = None) -> list[dict[str, Any]]:
    """Members invited at least `days` ago who have not written back since: ring them."""
    cutoff = (now or utcnow()) - timedelta(days=days)
    replied = exists().where(
        Message.conversation_id == Conversation.id,
        Conversation.member_id == Member.id,
        Message.direction == "in",
        Message.created_at >= Member.invited_at,
    )
    members = session.execute(
        select(Member)
        .where(
            Member.onboarding_state == "invited",
            Member.invited_at.is_not(None),
            Member.invited_at <= cutoff,
            ~replied,
        )
        .order_by(Member.invited_at, Member.id)
    ).scalars()
    return [
        {
            "id": member.id,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "phone": member.phone,
            "preferred_channel": member.preferred_channel,
            "invited_at": member.invited_at,
        }
        for member in members
    ]


def attendance_for_session(session: Session, session_id: str) -> dict[str, list[dict[str, Any]]]:
    """Members grouped by their answer for one session; 'no_answer' are those who said nothing.
    Withdrawn members are left out: they are no longer expected."""
    members = session.execute(
        select(Member, Attendance)
        .outerjoin(
            Attendance, and_(Attendance.member_id == Member.id, Attendance.session_id == session_id)
        )
        .where(Member.onboarding_state != "withdrawn")
        .order_by(Member.last_name, Member.first_name, Member.id)
    ).all()
    groups: dict[str, list[dict[str, Any]]] = {group: [] for group in ATTENDANCE_GROUPS}
    for member, answer in members:
        status = answer.status if answer is not None else "no_answer"
        groups.setdefault(status, []).append(
            {
                "id": member.id,
                "first_name": member.first_name,
                "last_name": member.last_name,
                "reserve": member.reserve,
                "status": status,
                "expected_arrival": answer.expected_arrival if answer else None,
                "note": answer.note if answer else None,
                "updated_at": answer.updated_at if answer else None,
            }
        )
    return groups


def reminder_plan(session: Session, session_id: str | None = None) -> list[dict[str, Any]]:
    """Scheduled reminders in the order they go out, with where each one stands."""
    query = (
        select(OutboxItem, Member.first_name, Member.last_name)
        .outerjoin(Member, Member.id == OutboxItem.member_id)
        .where(OutboxItem.kind == "reminder")
        .order_by(OutboxItem.not_before, OutboxItem.id)
    )
    if session_id:
        query = query.where(OutboxItem.session_id == session_id)
    return [
        {
            "id": item.id,
            "member_id": item.member_id,
            "member_name": f"{first} {last}" if first else None,
            "session_id": item.session_id,
            "channel": item.channel,
            "not_before": item.not_before,
            "status": item.status,
            "sent_at": item.sent_at,
        }
        for item, first, last in session.execute(query).all()
    ]


# --- claims ----------------------------------------------------------------------------------


def claim_row(claim: ExpenseClaim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "member": member_brief(claim.member),
        "member_name": f"{claim.member.first_name} {claim.member.last_name}",
        "category": claim.category,
        "amount": money(claim.amount),
        "currency": claim.currency,
        "session_id": claim.session_id,
        "description": claim.description,
        "has_receipt": claim.receipt_media_id is not None,
        "no_receipt_reason": claim.no_receipt_reason,
        "over_cap": claim.over_cap,
        "after_deadline": claim.after_deadline,
        "status": claim.status,
        "decision_note": claim.decision_note,
        "decided_by_id": claim.decided_by_id,
        "decided_at": claim.decided_at,
        "created_at": claim.created_at,
    }


def list_claims(session: Session, status: str | None = None) -> list[dict[str, Any]]:
    query = select(ExpenseClaim).options(selectinload(ExpenseClaim.member))
    if status is not None:
        query = query.where(ExpenseClaim.status == status)
    claims = session.execute(query.order_by(ExpenseClaim.created_at, ExpenseClaim.id)).scalars()
    return [claim_row(claim) for claim in claims]


# --- feedback --------------------------------------------------------------------------------


def _as_rating(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    try:
        rating = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return rating if rating in RATING_SCALE else None


def _as_yes(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"yes", "y", "true", "1"}:
        return True
    if text in {"no", "n", "false", "0"}:
        return False
    return None


def feedback_summary(session: Session, config: AssemblyConfig) -> list[dict[str, Any]]:
    """Per session: how many were asked, how many answered, and what they said.

    When feedback is anonymous nothing here names or links to a member: text answers are
    sorted alphabetically rather than by time, so their order cannot be matched to who
    answered when.
    """
    anonymous = config.feedback.anonymous
    sent = dict(
        session.execute(
            select(FeedbackRequest.session_id, func.count(FeedbackRequest.id)).group_by(
                FeedbackRequest.session_id
            )
        ).all()
    )
    responses_by_session: dict[str, list[FeedbackResponse]] = {}
    for response in session.execute(
        select(FeedbackResponse).order_by(FeedbackResponse.id)
    ).scalars():
        responses_by_session.setdefault(response.session_id, []).append(response)

    summary = []
    for item in config.sessions:
        responses = responses_by_session.get(item.id, [])
        requests_sent = sent.get(item.id, 0)
        questions = []
        for question in config.feedback.questions:
            values = [r.answers.get(question.id) for r in responses if isinstance(r.answers, dict)]
            values = [v for v in values if v is not None and v != ""]
            entry: dict[str, Any] = {
                "id": question.id,
                "type": question.type,
                "text": question.text,
            }
            if question.type == "rating":
                ratings = [r for r in (_as_rating(v) for v in values) if r is not None]
                counts = Counter(ratings)
                entry["count"] = len(ratings)
                entry["mean"] = round(sum(ratings) / len(ratings), 2) if ratings else None
                entry["distribution"] = {str(score): counts.get(score, 0) for score in RATING_SCALE}
            elif question.type == "yesno":
                answers = [a for a in (_as_yes(v) for v in values) if a is not None]
                yes = sum(answers)
                entry["count"] = len(answers)
                entry["yes"] = yes
                entry["no"] = len(answers) - yes
                entry["yes_share"] = round(yes / len(answers), 3) if answers else None
            else:
                texts = [
                    {"text": str(v).strip()} | ({} if anonymous else {"member_id": r.member_id})
                    for r in responses
                    if isinstance(r.answers, dict)
                    and (v := r.answers.get(question.id)) not in (None, "")
                ]
                if anonymous:
                    texts.sort(key=lambda answer: answer["text"].lower())
                entry["count"] = len(texts)
                entry["answers"] = texts
            questions.append(entry)
        summary.append(
            {
                "session_id": item.id,
                "title": item.title,
                "requests_sent": requests_sent,
                "responses": len(responses),
                "response_rate": round(len(responses) / requests_sent, 3)
                if requests_sent
                else None,
                "questions": questions,
            }
        )
    return summary


def feedback_rows_for_export(
    session: Session, config: AssemblyConfig
) -> tuple[list[str], list[list[str]]]:
    """One row per response. Anonymous exports carry no member id and no timestamp (a time
    could be matched to who was messaging then), and are sorted by content, not by time."""
    anonymous = config.feedback.anonymous
    question_ids = [question.id for question in config.feedback.questions]
    header = (
        ["session_id", *question_ids]
        if anonymous
        else ["session_id", "member_id", "submitted_at", *question_ids]
    )
    rows = []
    for response in session.execute(select(FeedbackResponse)).scalars():
        answers = response.answers if isinstance(response.answers, dict) else {}
        values = ["" if answers.get(q) is None else str(answers.get(q)) for q in question_ids]
        if anonymous:
            rows.append([response.session_id, *values])
        else:
            rows.append(
                [
                    response.session_id,
                    "" if response.member_id is None else str(response.member_id),
                    response.submitted_at.isoformat(),
                    *values,
                ]
            )
    rows.sort()
    return header, rows


# --- broadcasts and audit --------------------------------------------------------------------


def broadcast_report(session: Session, broadcast_id: int) -> dict[str, Any] | None:
    broadcast = session.get(Broadcast, broadcast_id)
    if broadcast is None:
        return None
    deliveries = session.execute(
        select(OutboxItem, Member.first_name, Member.last_name)
        .outerjoin(Member, Member.id == OutboxItem.member_id)
        .where(OutboxItem.broadcast_id == broadcast_id)
        .order_by(Member.last_name, Member.first_name, OutboxItem.id)
    ).all()
    recipients = [
        {
            "member_id": item.member_id,
            "first_name": first,
            "last_name": last,
            "channel": item.channel,
            "status": item.status,
            "sent_at": item.sent_at,
            "delivered_at": item.delivered_at,
            "error_code": item.error_code,
        }
        for item, first, last in deliveries
    ]
    return {
        "id": broadcast.id,
        "text": broadcast.text,
        "audience": broadcast.audience,
        "created_at": broadcast.created_at,
        "created_by": staff_email(session, broadcast.created_by_id),
        "counts": dict(Counter(recipient["status"] for recipient in recipients)),
        "recipients": recipients,
    }


def list_broadcasts(session: Session) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Broadcast, func.count(OutboxItem.id))
        .outerjoin(OutboxItem, OutboxItem.broadcast_id == Broadcast.id)
        .group_by(Broadcast.id)
        .order_by(Broadcast.id.desc())
    ).all()
    return [
        {
            "id": broadcast.id,
            "text": broadcast.text,
            "audience": broadcast.audience,
            "created_at": broadcast.created_at,
            "recipients": count,
        }
        for broadcast, count in rows
    ]


def audit_rows(session: Session, limit: int = 300) -> list[dict[str, Any]]:
    rows = session.execute(
        select(AuditLog, StaffUser.email)
        .outerjoin(StaffUser, StaffUser.id == AuditLog.staff_id)
        .order_by(AuditLog.id.desc())
        .limit(limit)
    ).all()
    return [
        {
            "created_at": entry.created_at,
            "staff": email,
            "action": entry.action,
            "target_type": entry.target_type,
            "target_id": entry.target_id,
            "detail": entry.detail,
        }
        for entry, email in rows
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
