"""Recording that a member has left the assembly.

A member who says they want to leave is handed to staff (the `withdraw` journey); a person talks
to them and, when it is settled, confirms it here. From then on the member is withdrawn: the
scheduler plans no reminders or surveys for them, broadcasts and invitations skip them, and
whatever was already queued for them and not yet sent is cancelled. Nothing is deleted: the
attendance page shows them as withdrawn, with the reason staff gave.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from db.models import Member, OutboxItem
from db.types import utcnow

WITHDRAWN = "withdrawn"
# What stops with a withdrawal: messages about future sessions and requests to the member.
CANCELLED_KINDS = ("reminder", "session_change", "feedback", "invitation", "broadcast")


def withdraw_member(session: Session, member: Member, reason: str) -> int:
    """Mark the member withdrawn and cancel what was queued for them; the number of messages
    cancelled. Withdrawing twice keeps the first date and takes the newer reason."""
    if member.onboarding_state != WITHDRAWN or member.withdrawn_at is None:
        member.onboarding_state = WITHDRAWN
        member.withdrawn_at = utcnow()
    member.withdrawal_reason = reason
    return session.execute(
        update(OutboxItem)
        .where(
            OutboxItem.member_id == member.id,
            OutboxItem.kind.in_(CANCELLED_KINDS),
            OutboxItem.status.in_(("pending", "held")),
        )
        .values(status="cancelled", error_message="member withdrew")
    ).rowcount
