"""Cases and takeovers: what staff should look at, apart from who answers the member.

A case (an over-cap claim, a data request, a safeguarding disclosure) asks staff to look; the
bot keeps serving the member. A takeover (the member asked for a person, or staff took the
conversation) is the only thing that quiets the bot. The conversation's `status`, `reason` and
`urgent` summarise both for the inbox and the staff API: "escalated" while any case is open or
a takeover is in force.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Case, Conversation
from db.queries import enqueue, insert_ignoring_conflict
from db.session import count_on_commit
from db.types import utcnow

# The kinds of case, with the reasons the flows give (a reason starting with the prefix).
CASE_KINDS: dict[str, tuple[str, ...]] = {
    "safeguarding": ("safeguarding",),
    "person": ("asked for a person",),
    "claim": ("claim ",),
    "absence": ("will miss",),
    "data_request": ("data request",),
    "misunderstood": ("not understood",),
    "complaint": ("complaint",),
    "withdrawal": ("wants to withdraw",),
    "consent": ("consent refused",),
    "voice": ("voice note",),
    "assistant_failure": ("assistant unavailable", "processing error"),
    "handover": (),
}
TAKEN_BY_MEMBER = "member"
TAKEN_BY_STAFF = "staff"


def case_kind(reason: str) -> str:
    """The kind of case a reason belongs to ("handover" when none matches)."""
    for kind, prefixes in CASE_KINDS.items():
        if reason.startswith(prefixes):
            return kind
    return "handover"


def open_cases(session: Session, conversation_id: int) -> list[Case]:
    """Urgent first, then oldest first: the order staff should read them in."""
    return list(
        session.execute(
            select(Case)
            .where(Case.conversation_id == conversation_id, Case.closed_at.is_(None))
            .order_by(Case.urgent.desc(), Case.opened_at, Case.id)
        ).scalars()
    )


def open_case(
    session: Session,
    conversation: Conversation,
    reason: str,
    *,
    kind: str | None = None,
    urgent: bool = False,
    source_message_id: int | None = None,
) -> bool:
    """Ask staff to look at this conversation. True when a case was opened.

    An urgent case is opened for every message that calls for one (each disclosure is its own
    case), once per message however often it is processed. Any other case is not opened
    again while the same one (kind and reason) is still open.
    """
    kind = kind or case_kind(reason)
    reason = reason[:200]
    values = {
        "conversation_id": conversation.id,
        "member_id": conversation.member_id,
        "kind": kind,
        "reason": reason,
        "urgent": urgent,
        "source_message_id": source_message_id,
        "opened_at": utcnow(),
    }
    if not urgent and any(
        case.kind == kind and case.reason == reason for case in open_cases(session, conversation.id)
    ):
        newly = False
    elif source_message_id is not None:
        inserted = insert_ignoring_conflict(session, Case, values, ["source_message_id", "kind"])
        newly = inserted is not None
    else:
        session.add(Case(**values))
        session.flush()
        newly = True
    if newly:
        count_on_commit(session, "escalations", kind)
    refresh_conversation(session, conversation)
    return newly


def close_case(session: Session, case: Case, staff_id: int | None) -> None:
    """Staff have dealt with this case; the conversation leaves the inbox when nothing else is
    open."""
    if case.closed_at is None:
        case.closed_at, case.closed_by_id = utcnow(), staff_id
        session.flush()
    conversation = session.get(Conversation, case.conversation_id)
    if conversation is not None:
        refresh_conversation(session, conversation)


def take_over(session: Session, conversation: Conversation, by: str) -> None:
    """A person answers this member from now on (TAKEN_BY_MEMBER: the member asked for one;
    TAKEN_BY_STAFF: a staff member took it); the bot stays quiet meanwhile."""
    conversation.taken_over_at, conversation.taken_over_by = utcnow(), by
    conversation.acknowledged_at = None
    refresh_conversation(session, conversation)


def end_takeover(session: Session, conversation: Conversation) -> None:
    """The bot answers this member again; open cases stay open."""
    conversation.taken_over_at = conversation.taken_over_by = None
    refresh_conversation(session, conversation)


def close_everything(
    session: Session, conversation: Conversation, staff_id: int | None, status: str
) -> None:
    """Staff are done with this conversation: every case closed, no takeover, and `status`
    ("bot" to hand it back, "resolved" to mark it resolved)."""
    now = utcnow()
    for case in open_cases(session, conversation.id):
        case.closed_at, case.closed_by_id = now, staff_id
    conversation.taken_over_at = conversation.taken_over_by = None
    conversation.status, conversation.urgent, conversation.reason = status, False, None
    session.flush()


def refresh_conversation(session: Session, conversation: Conversation) -> None:
    """Bring the conversation's status, reason and urgency in line with its open cases and
    takeover."""
    cases = open_cases(session, conversation.id)
    if not cases and conversation.taken_over_at is None:
        if conversation.status == "escalated":
            conversation.status = "bot"
        conversation.urgent, conversation.reason = False, None
        return
    if conversation.status != "escalated":
        conversation.status, conversation.escalated_at = "escalated", utcnow()
    conversation.urgent = any(case.urgent for case in cases)
    conversation.reason = cases[0].reason if cases else "taken over by staff"


def alert_staff(
    session: Session,
    *,
    key: str,
    channel: str | None,
    address: str | None,
    conversation_id: int,
    reason: str,
    link: str = "",
) -> bool:
    """An urgent message to the staff alert phone or chat (once per key). Names the
    conversation, never the member's words. False when no alert address is configured."""
    if not channel or not address:
        return False
    where = f": {link}" if link else ". Open the staff console."
    enqueue(
        session,
        key=key,
        kind="staff_alert",
        channel=channel,
        address=address,
        body=f"URGENT ({reason}): conversation {conversation_id} needs a person now{where}",
    )
    return True
