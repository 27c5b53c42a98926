"""Takeovers nobody answered: the member is told, without having to write again.

A member who asked for a person (or whose conversation staff took) hears nothing from the bot
meanwhile. When no one from staff has written within `handover.takeover_timeout` of office
time, the sweep ends the takeover and tells the member once that nobody has come yet and that
the bot will answer again. The conversation's cases stay open, so staff still see it. The same
rule ends a lapsed takeover when the member writes first (bot/gateway/takeover.py).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.config import AssemblyConfig
from bot.gateway.takeover import takeover_lapsed
from bot.outbox.queue import send_to_identity
from db.cases import end_takeover
from db.models import Conversation

#: How often the scheduler looks for lapsed takeovers.
LAPSE_SWEEP_SECONDS = 60


def lapse_takeovers(db: Session, config: AssemblyConfig, now: datetime) -> int:
    """End every lapsed takeover and queue the note to its member; how many lapsed."""
    waiting = db.scalars(select(Conversation).where(Conversation.taken_over_at.is_not(None))).all()
    lapsed = 0
    for conversation in waiting:
        since = conversation.taken_over_at
        if since is None or not takeover_lapsed(db, config, conversation, now):
            continue
        end_takeover(db, conversation)
        member = conversation.member
        send_to_identity(
            db,
            conversation.identity,
            key=f"takeover_lapsed:{conversation.id}:{since:%Y%m%dT%H%M%S.%f}",
            kind="takeover_lapsed",
            body=texts.nobody_came(config),
            template="staff_reply",
            template_variables={"first_name": member.display_name if member else ""},
        )
        lapsed += 1
    return lapsed
