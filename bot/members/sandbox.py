"""Sandbox members: the stand-ins the staff try-it page writes as.

Trying the assistant writes what a member's messages write (consent, attendance, claims,
survey answers), so the page never writes as a real member. Each staff user gets their own
sandbox member on first use, flagged `sandbox`: never reminded, surveyed, invited or broadcast
to, and left out of every count, list and export. Its phone and invite code are not ones a real
sender could ever match: the phone is not E.164 and the code holds characters no invite code
has, so nobody can join as it.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels.web import WebTryIt, web_address
from db.models import Member
from db.queries import identity_for, insert_ignoring_conflict
from db.types import utcnow

SANDBOX_PHONE_PREFIX = "sandbox:"


def sandbox_phone(staff_id: int) -> str:
    return f"{SANDBOX_PHONE_PREFIX}{staff_id}"


def sandbox_invite_code(staff_id: int) -> str:
    """`_` and lower-case hex: outside the invite alphabet, so no message can ever carry it
    (unique for the first million staff accounts)."""
    return f"_{staff_id:05x}"


def sandbox_first_name(email: str) -> str:
    """ "organiser.jones@council.example" -> "Organiser Jones"."""
    words = re.sub(r"[^A-Za-z0-9]+", " ", email.split("@", 1)[0]).split()
    return " ".join(word.capitalize() for word in words)[:40] or "Staff"


def sandbox_label(member: Member) -> str:
    """How the try-it page names a sandbox member."""
    return f"Try-it: {member.first_name} (sandbox)"


def sandbox_member_for(session: Session, staff_id: int, email: str) -> Member:
    """This staff user's sandbox member, created (race-safely) on first use: onboarded, on the
    staff-only web channel, so what the assistant sends it shows on the try-it page only."""
    phone = sandbox_phone(staff_id)
    now = utcnow()
    insert_ignoring_conflict(
        session,
        Member,
        {
            "first_name": sandbox_first_name(email),
            "last_name": "(sandbox)",
            "phone": phone,
            "invite_code": sandbox_invite_code(staff_id),
            "preferred_channel": WebTryIt.name,
            "language": "en",
            "reserve": False,
            "onboarding_state": "onboarded",
            "onboarded_at": now,
            "created_at": now,
            "updated_at": now,
            "sandbox": True,
        },
        ["phone"],
    )
    member = session.execute(
        select(Member).where(Member.phone == phone, Member.sandbox.is_(True))
    ).scalar_one()
    identity = identity_for(session, WebTryIt.name, web_address(member.id))
    identity.member_id = member.id
    return member


def sandbox_members(session: Session) -> list[Member]:
    """Every sandbox member, in the order they were made."""
    return list(
        session.execute(
            select(Member).where(Member.sandbox.is_(True)).order_by(Member.id)
        ).scalars()
    )


def is_sandbox_member(session: Session, member_id: int) -> bool:
    member = session.get(Member, member_id)
    return member is not None and member.sandbox
