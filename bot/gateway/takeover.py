"""While a person has the conversation (the member asked for one, or staff took it): the bot
stays quiet, yet every message is acknowledged with when to expect a reply, and a takeover
that nobody answers lapses after `handover.takeover_timeout` of office time.

A lapse is noticed by the scheduler's sweep (bot/scheduling/takeovers.py), which tells the
member at once, or here on the member's next message if that comes first: they are told nobody
has come yet, and the bot answers that message. Open cases stay open, so staff still see the
conversation.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.config import AssemblyConfig
from bot.gateway.answers import Inbound, reply
from db.cases import end_takeover
from db.models import Conversation, Message
from db.types import utcnow

log = logging.getLogger(__name__)


def last_word_from_staff(session: Session, conversation_id: int) -> datetime | None:
    """When staff last wrote to the member in this conversation."""
    return session.execute(
        select(func.max(Message.created_at)).where(
            Message.conversation_id == conversation_id,
            Message.direction == "out",
            Message.author.like("staff:%"),
        )
    ).scalar_one()


def takeover_lapsed(
    session: Session, config: AssemblyConfig, conversation: Conversation, now: datetime
) -> bool:
    """Nobody from staff has written within the timeout (office time) since the takeover
    began or since their last message."""
    since = conversation.taken_over_at
    if since is None:
        return False
    staff_wrote = last_word_from_staff(session, conversation.id)
    if staff_wrote is not None and staff_wrote > since:
        since = staff_wrote
    return now >= config.takeover_deadline(since)


def answer_in_takeover(
    session: Session, config: AssemblyConfig, turn: Inbound, conversation: Conversation
) -> bool:
    """Acknowledge a message a person will answer (True), or end a lapsed takeover with a
    note and leave the message to the bot (False)."""
    now = utcnow()
    if takeover_lapsed(session, config, conversation, now):
        end_takeover(session, conversation)
        reply(session, turn, texts.nobody_came(config), "lapsed")
        log.info("takeover of conversation %s lapsed; the bot answers again", conversation.id)
        return False
    first = conversation.acknowledged_at is None
    conversation.acknowledged_at = now
    acknowledgement = texts.staff_will_reply if first else texts.added_for_staff
    reply(session, turn, acknowledgement(config, now))
    return True
