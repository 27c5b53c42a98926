"""What a provider's refusal means beyond the one outbox row, whether the worker heard it
while sending or a status callback reported it later."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot.channels.errors import PermanentFailure
from bot.channels.window import resend_as_template
from db.models import ChannelIdentity, OutboxItem


def record_permanent_failure(session: Session, item: OutboxItem, failure: PermanentFailure) -> None:
    """The member opted out there (nothing scheduled goes to that channel again), or the
    messaging window closed (the message goes again as its template)."""
    if failure.member_opted_out and item.identity_id is not None:
        identity = session.get(ChannelIdentity, item.identity_id)
        if identity is not None:
            identity.opt_out()
    if failure.window_closed:
        resend_as_template(session, item)
