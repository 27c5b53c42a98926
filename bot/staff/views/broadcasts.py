"""Broadcasts sent, and who each one reached."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.staff.views.common import staff_email
from db.models import Broadcast, Member, OutboxItem


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
