"""Talking to the running assistant as a member would, and reading what came back."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.outbox.queue import send_to_member
from bot.scheduling.feedback_requests import (
    FeedbackReport,
    RasaSurveyStarter,
    feedback_time,
    request_feedback,
)
from db.models import Attendance, ChannelIdentity, Conversation, Member, OutboxItem
from db.outbox_models import SENT_STATUSES
from db.types import utcnow
from tests.fakes.telegram_api import RegisteredFile
from tests.harness import Gateway, wait_until

UNSETTLED = ("pending", "claimed", "sending")


def replies_to(gateway: Gateway, channel: str, address: str) -> list[str]:
    """Every message the stand-ins received for this member, oldest first."""
    if channel == "telegram":
        chat = int(address)
        return [m["text"] or "" for m in gateway.telegram_api.sent_messages(chat_id=chat)]
    to = f"whatsapp:{address}" if channel == "whatsapp" else address
    return [m["body"] or "" for m in gateway.twilio_api.sent_messages() if m["to"] == to]


def _settled(gateway: Gateway, channel: str, address: str) -> bool:
    with gateway.services.sessions() as session:
        waiting = session.execute(
            select(OutboxItem.id).where(
                OutboxItem.channel == channel,
                OutboxItem.address == address,
                OutboxItem.status.in_(UNSETTLED),
                OutboxItem.not_before <= utcnow(),
            )
        ).first()
    return waiting is None


def say(
    gateway: Gateway,
    channel: str,
    address: str,
    text: str = "",
    *,
    photo: bytes | None = None,
) -> list[str]:
    """Send one message and return the replies it got."""
    before = len(replies_to(gateway, channel, address))
    if channel == "telegram":
        registered: RegisteredFile | None = (
            gateway.telegram_api.register_file(photo, mime_type="image/jpeg") if photo else None
        )
        update = gateway.telegram_api.make_message_update(
            int(address),
            None if photo else text,
            photo=registered,
            caption=text if photo else None,
        )
        assert gateway.telegram(update).status_code == 200
    else:
        media = None
        if photo:
            media = [(gateway.twilio_api.register_media(photo, "image/jpeg"), "image/jpeg")]
        send = gateway.whatsapp if channel == "whatsapp" else gateway.sms
        assert send(address, text, media=media).status_code == 200
    gateway.wait_processed(timeout=60)
    # The worker marks a reply sent once the stand-in has accepted it: all are there now.
    wait_until(lambda: _settled(gateway, channel, address), 30, "replies sent")
    return replies_to(gateway, channel, address)[before:]


def member(gateway: Gateway, phone: str) -> Member:
    with gateway.services.sessions() as session:
        found = session.execute(select(Member).where(Member.phone == phone)).scalar_one()
        session.expunge(found)
        return found


def set_member(gateway: Gateway, phone: str, **values: Any) -> None:
    with gateway.services.sessions() as session, session.begin():
        found = session.execute(select(Member).where(Member.phone == phone)).scalar_one()
        for name, value in values.items():
            setattr(found, name, value)


def conversation(gateway: Gateway, channel: str, address: str) -> Conversation:
    with gateway.services.sessions() as session:
        found = session.execute(
            select(Conversation)
            .join(ChannelIdentity, ChannelIdentity.id == Conversation.identity_id)
            .where(ChannelIdentity.channel == channel, ChannelIdentity.address == address)
        ).scalar_one()
        session.expunge(found)
        return found


def survey_due(gateway: Gateway, phone: str, session_id: str = "w1-sat") -> FeedbackReport:
    """The member was expected at the session and its feedback time has come: the scheduler
    starts the survey through the real Rasa (its messages queued for that time)."""
    found = member(gateway, phone)
    with gateway.services.sessions() as session, session.begin():
        session.add(Attendance(member_id=found.id, session_id=session_id, status="confirmed"))
    config = gateway.services.config
    item = config.session(session_id)
    assert item is not None
    moment = feedback_time(item, config)
    return request_feedback(
        gateway.services.sessions, config, moment, RasaSurveyStarter(gateway.settings)
    )


def release_survey(gateway: Gateway, member_id: int) -> list[OutboxItem]:
    """The survey's queued messages, oldest first, made due now (the clock reaches their
    time), so the worker sends them."""
    with gateway.services.sessions() as session, session.begin():
        rows = list(
            session.execute(
                select(OutboxItem)
                .where(OutboxItem.member_id == member_id, OutboxItem.kind == "feedback")
                .order_by(OutboxItem.id)
            ).scalars()
        )
        for row in rows:
            row.not_before = utcnow()
        session.flush()
        session.expunge_all()
    return rows


def reminder_sent(gateway: Gateway, phone: str, session_id: str) -> None:
    """The scheduler's reminder for `session_id` goes to the member now, and reaches them."""
    found = member(gateway, phone)
    item = gateway.services.config.session(session_id)
    assert item is not None
    key = f"reminder:{found.id}:{session_id}:test"
    with gateway.services.sessions() as session, session.begin():
        send_to_member(
            session,
            session.get(Member, found.id),
            key=key,
            kind="reminder",
            body=f"Reminder: {item.title} is coming up. Reply YES if you're coming.",
            session_id=session_id,
        )
    wait_until(lambda: _reminder_recorded_sent(gateway, key), 30, "the reminder")


def _reminder_recorded_sent(gateway: Gateway, key: str) -> bool:
    """The outbox row is marked sent, which the worker does only after the provider took it:
    a reply read before that would not yet count as an answer to the reminder."""
    with gateway.services.sessions() as session:
        status = session.execute(
            select(OutboxItem.status).where(OutboxItem.idempotency_key == key)
        ).scalar_one_or_none()
    return status in SENT_STATUSES


def ask_for_feedback(gateway: Gateway, phone: str) -> FeedbackReport:
    """The survey on Weekend 1 Saturday, which this member attended, is due and its messages
    go out now."""
    report = survey_due(gateway, phone)
    release_survey(gateway, member(gateway, phone).id)
    return report
