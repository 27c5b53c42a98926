"""The register's late and absent messages (`check_in:` in config.yml).

A member expected at a session (on the register and has not said they cannot come) who has not
arrived `late_after` its start gets the `late` message, while the session is on; one still
missing when it ends gets `absent`, within `ABSENT_GRACE` of the end. Each goes once per member
and session (keys ``checkin:late:<member>:<session>`` and ``checkin:absent:...``), so the
scheduler's sweep can run as often as it likes. A member who told us they are running late is
not asked where they are.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig, AssemblySession
from bot.message_texts import late_or_absent_text, local_when
from bot.outbox.queue import send_to_member
from db.models import Attendance, Member, RegisterEntry
from db.register import ON_THE_REGISTER

logger = logging.getLogger(__name__)

ABSENT_GRACE = timedelta(hours=3)


def _missing(db: Session, session_id: str, skip_statuses: tuple[str, ...]) -> list[Member]:
    arrived = select(RegisterEntry.member_id).where(RegisterEntry.session_id == session_id)
    said = select(Attendance.member_id).where(
        and_(Attendance.session_id == session_id, Attendance.status.in_(skip_statuses))
    )
    return list(
        db.scalars(
            select(Member)
            .where(
                ON_THE_REGISTER,
                Member.onboarding_state == "onboarded",
                Member.id.not_in(arrived),
                Member.id.not_in(said),
            )
            .order_by(Member.id)
        )
    )


def _send(db: Session, config: AssemblyConfig, item: AssemblySession, kind: str, text: str) -> int:
    skip = ("declined", "late") if kind == "late" else ("declined",)
    queued = 0
    for member in _missing(db, item.id, skip):
        body = late_or_absent_text(
            text,
            first_name=member.display_name,
            session_title=item.title,
            starts_at=local_when(item.starts, config.tz),
            staff_phone=config.assembly.staff_contact.phone,
        )
        if send_to_member(
            db,
            member,
            key=f"checkin:{kind}:{member.id}:{item.id}",
            kind="check_in",
            body=body,
            template="staff_reply",
            template_variables={"first_name": member.display_name},
            session_id=item.id,
        ):
            queued += 1
    return queued


def queue_check_in_messages(db: Session, config: AssemblyConfig, now: datetime) -> int:
    """Queue the late and absent messages now due; how many were queued."""
    settings = config.check_in
    queued = 0
    for item in config.sessions:
        if settings.late and item.starts + settings.late_after <= now < item.ends:
            queued += _send(db, config, item, "late", settings.late)
        if settings.absent and item.ends <= now < item.ends + ABSENT_GRACE:
            queued += _send(db, config, item, "absent", settings.absent)
    if queued:
        logger.info("register: %d late or absent message(s) queued", queued)
    return queued
