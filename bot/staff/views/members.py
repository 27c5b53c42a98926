"""The roster, who to chase, attendance per session and the reminder plan."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from bot.config import AssemblyConfig
from bot.members.reserves import replacement_names
from db.models import Attendance, ConsentRecord, Conversation, Member, Message, OutboxItem
from db.types import utcnow

ATTENDANCE_GROUPS = ("confirmed", "declined", "not_sure", "late", "no_answer", "withdrawn")


def _latest_consent(
    session: Session, member_ids: list[int] | None = None
) -> dict[int, dict[str, dict[str, Any]]]:
    consents: dict[int, dict[str, dict[str, Any]]] = {}
    query = select(ConsentRecord).order_by(ConsentRecord.recorded_at, ConsentRecord.id)
    if member_ids is not None:
        query = query.where(ConsentRecord.member_id.in_(member_ids))
    for record in session.execute(query).scalars():
        consents.setdefault(record.member_id, {})[record.kind] = {
            "granted": record.granted,
            "version": record.version,
            "recorded_at": record.recorded_at,
        }
    return consents


def _contains(column: Any, text: str) -> ColumnElement[bool]:
    """Case-insensitive `text` anywhere in `column`; % and _ in what staff typed match
    themselves, not any text."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def member_search(text: str) -> ColumnElement[bool]:
    """Members matching what staff typed: a phone fragment in any common form ("07700 900",
    "+44 7700"), an invite code, or name words (each word in a name, email or code)."""
    digits = re.sub(r"\D", "", text)
    if re.fullmatch(r"[\d\s()+-]+", text.strip()) and len(digits) >= 3:
        return Member.phone.contains(digits[1:] if digits.startswith("0") else digits)
    words = [
        or_(
            _contains(Member.first_name, word),
            _contains(Member.last_name, word),
            _contains(Member.preferred_name, word),
            _contains(Member.email, word),
            func.upper(Member.invite_code) == word.upper(),
        )
        for word in text.split()
    ]
    return and_(*words)


def roster_query(search: str = "") -> Select[tuple[Member]]:
    """The roster's members in name order, those matching `search` when one is given (see
    `member_search`). Sandbox members are no members: they are left out."""
    query = (
        select(Member)
        .where(Member.sandbox.is_(False))
        .options(selectinload(Member.identities), selectinload(Member.attendance))
    )
    if search.strip():
        query = query.where(member_search(search))
    return query.order_by(Member.last_name, Member.first_name, Member.id)


def roster(
    session: Session,
    config: AssemblyConfig,
    *,
    include_support_needs: bool,
    members: Sequence[Member] | None = None,
) -> list[dict[str, Any]]:
    """Every member (or those given) with where they stand; support needs only for roles
    allowed to see them."""
    if members is None:
        members = session.execute(roster_query()).scalars().all()
    ids = [member.id for member in members]
    consents = _latest_consent(session, ids)
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
            "language": member.language,
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


def onboarding_counts(session: Session) -> dict[str, int]:
    """How many members are at each onboarding state (the whole roster, whatever page)."""
    return dict(
        session.execute(
            select(Member.onboarding_state, func.count())
            .where(Member.sandbox.is_(False))
            .group_by(Member.onboarding_state)
        ).all()
    )


def chase_list(session: Session, *, days: int, now: datetime | None = None) -> list[dict[str, Any]]:
    """Members invited at least `days` ago who have not written back since: ring them. A
    promoted reserve says whose place they fill."""
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
            Member.sandbox.is_(False),
            Member.invited_at.is_not(None),
            Member.invited_at <= cutoff,
            ~replied,
        )
        .order_by(Member.invited_at, Member.id)
    ).scalars()
    replacements = replacement_names(session)
    return [
        {
            "id": member.id,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "phone": member.phone,
            "preferred_channel": member.preferred_channel,
            "invited_at": member.invited_at,
            "replaces": replacements.get(member.id),
        }
        for member in members
    ]


def attendance_for_session(session: Session, session_id: str) -> dict[str, list[dict[str, Any]]]:
    """Members grouped by their answer for one session; 'no_answer' are those who said nothing,
    'withdrawn' those who have left the assembly (no longer expected, whatever they said). A
    promoted reserve carries `replaces` ({id, name}) of the member whose place they took."""
    members = session.execute(
        select(Member, Attendance)
        .outerjoin(
            Attendance, and_(Attendance.member_id == Member.id, Attendance.session_id == session_id)
        )
        .where(Member.sandbox.is_(False))
        .order_by(Member.last_name, Member.first_name, Member.id)
    ).all()
    groups: dict[str, list[dict[str, Any]]] = {group: [] for group in ATTENDANCE_GROUPS}
    replacements = replacement_names(session)
    for member, answer in members:
        status = answer.status if answer is not None else "no_answer"
        if member.onboarding_state == "withdrawn" or member.withdrawn_at is not None:
            status = "withdrawn"
        groups.setdefault(status, []).append(
            {
                "id": member.id,
                "first_name": member.first_name,
                "last_name": member.last_name,
                "reserve": member.reserve,
                "replaces": replacements.get(member.id),
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
