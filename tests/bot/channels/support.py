"""What the channel tests share: the sample roster's members and a few set-ups."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.outbox.queue import send_to_member
from db.models import ChannelIdentity, Member, OutboxItem
from db.types import utcnow
from tests.harness import Gateway

AMINA = "+447700900100"  # sms member in the sample roster
KWAME = "+447700900103"  # whatsapp member
CHIDI_CHAT = 555001  # a Telegram chat


def count(gateway: Gateway, model: type) -> int:
    with gateway.services.sessions() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def queue_reminder(gateway: Gateway, phone: str) -> None:
    with gateway.services.sessions() as session, session.begin():
        member = session.execute(select(Member).where(Member.phone == phone)).scalar_one()
        send_to_member(
            session,
            member,
            key=f"reminder:{member.id}:w1-sat:1d",
            kind="reminder",
            body="Reminder: see you tomorrow",
            template="reminder",
            template_variables={
                "first_name": member.first_name,
                "session_title": "Weekend 1, Saturday",
                "starts_at": "Saturday 20 February at 10:00",
                "venue_name": "Walthamstow Assembly Hall",
            },
        )


def kwame_on_whatsapp(gateway: Gateway, last_heard_hours_ago: float) -> None:
    """Kwame prefers WhatsApp; his last message there was this long ago (the 24-hour window)."""
    with gateway.services.sessions() as session, session.begin():
        kwame = session.execute(select(Member).where(Member.phone == KWAME)).scalar_one()
        session.add(
            ChannelIdentity(
                member_id=kwame.id,
                channel="whatsapp",
                address=KWAME,
                last_inbound_at=utcnow() - timedelta(hours=last_heard_hours_ago),
            )
        )


def outbox_status(gateway: Gateway) -> str:
    with gateway.services.sessions() as session:
        return session.execute(select(OutboxItem.status)).scalar_one()
