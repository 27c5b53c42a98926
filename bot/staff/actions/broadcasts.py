"""One message to many members: who is in an audience, and queueing the broadcast."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.outbox.queue import send_to_member
from bot.staff.actions.checks import StaffActionError, clean_text
from bot.staff.auth import StaffPrincipal
from db.models import Attendance, Broadcast, Member
from db.queries import audit
from db.types import utcnow


@dataclass(frozen=True)
class BroadcastResult:
    id: int
    queued: int
    skipped: int  # opted out on their channel


def audience_members(session: Session, config: AssemblyConfig, audience: object) -> list[Member]:
    """`all`: every member not withdrawn; `session:<id>`: those who have not declined it.
    Never a sandbox member, nor a reserve waiting for a place."""
    active = (
        select(Member)
        .where(
            Member.onboarding_state != "withdrawn",
            Member.sandbox.is_(False),
            Member.reserve.is_(False),
        )
        .order_by(Member.id)
    )
    if audience == "all":
        return list(session.execute(active).scalars())
    if isinstance(audience, str) and audience.startswith("session:"):
        session_id = audience.removeprefix("session:")
        if config.session(session_id) is None:
            raise StaffActionError(400, f"no session {session_id!r} in the assembly config")
        declined = select(Attendance.member_id).where(
            Attendance.session_id == session_id, Attendance.status == "declined"
        )
        return list(session.execute(active.where(Member.id.not_in(declined))).scalars())
    raise StaffActionError(400, 'audience must be "all" or "session:<session id>"')


def broadcast(
    session: Session, staff: StaffPrincipal, config: AssemblyConfig, text: object, audience: object
) -> BroadcastResult:
    """Queue one message per member of the audience, each on their preferred channel."""
    body = clean_text(text, field="text")
    members = audience_members(session, config, audience)
    row = Broadcast(text=body, audience=str(audience), created_by_id=staff.id, created_at=utcnow())
    session.add(row)
    session.flush()
    queued = 0
    for member in members:
        outbox_id = send_to_member(
            session,
            member,
            key=f"broadcast:{row.id}:{member.id}",
            kind="broadcast",
            body=body,
            template="broadcast",
            template_variables={
                "first_name": member.display_name,
                "assembly_name": config.assembly.name,
            },
            broadcast_id=row.id,
        )
        queued += outbox_id is not None
    skipped = len(members) - queued
    audit(
        session,
        staff.id,
        "broadcast.send",
        "broadcast",
        row.id,
        audience=str(audience),
        queued=queued,
        skipped=skipped,
    )
    return BroadcastResult(row.id, queued, skipped)
