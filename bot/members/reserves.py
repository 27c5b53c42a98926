"""Reserves: residents the roster marks `reserve`, kept apart until staff give one a place.

A reserve is not invited, reminded, surveyed or broadcast to. When a member leaves, staff
promote a reserve: the console suggests the one closest to the member who left, matched on the
roster's stratification columns (every column beyond the standard ones, e.g. age band, ward),
so the assembly still looks like the place it speaks for. The promoted reserve is invited on
their own channel at once and counts, from then on, as the member whose place they fill.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import AssemblyConfig
from bot.members.invitations import send_invitations
from bot.settings import Settings
from db.models import Member
from db.types import utcnow


class PromotionError(ValueError):
    """The member cannot be promoted (not a reserve, or withdrawn); says why."""


@dataclass(frozen=True)
class Suggestion:
    """A reserve and how many stratification columns they share with the member who left."""

    reserve: Member
    matches: int
    compared: int


def available_reserves(session: Session) -> list[Member]:
    """Reserves still waiting for a place, in roster order."""
    return list(
        session.scalars(
            select(Member)
            .where(
                Member.reserve.is_(True),
                Member.withdrawn_at.is_(None),
                Member.onboarding_state != "withdrawn",
                Member.sandbox.is_(False),
            )
            .order_by(Member.last_name, Member.first_name, Member.id)
        )
    )


def _strata(member: Member) -> dict[str, Any]:
    return {key: value for key, value in (member.strata or {}).items() if value not in ("", None)}


def closest_reserves(session: Session, left: Member, limit: int = 3) -> list[Suggestion]:
    """The reserves most like `left` on the stratification columns both have; ties keep
    roster order. Without such columns every reserve scores 0, in roster order."""
    wanted = _strata(left)
    scored = []
    for reserve in available_reserves(session):
        theirs = _strata(reserve)
        shared = [key for key in wanted if key in theirs]
        matches = sum(1 for key in shared if str(theirs[key]).lower() == str(wanted[key]).lower())
        scored.append(Suggestion(reserve, matches, len(shared)))
    scored.sort(key=lambda suggestion: -suggestion.matches)  # stable: roster order on ties
    return scored[:limit]


def promote_reserve(
    session: Session,
    reserve: Member,
    replaces: Member | None,
    *,
    config: AssemblyConfig,
    settings: Settings,
) -> int:
    """Give the reserve a place (filling `replaces`'s, if given) and invite them on their
    channel; the number of invitations queued (0 when they opted out there)."""
    if not reserve.reserve or reserve.promoted_at is not None:
        raise PromotionError("this member is not a reserve")
    if reserve.withdrawn_at is not None or reserve.onboarding_state == "withdrawn":
        raise PromotionError("this reserve has withdrawn")
    if replaces is not None and replaces.id == reserve.id:
        raise PromotionError("a reserve cannot replace themselves")
    reserve.reserve = False
    reserve.promoted_at = utcnow()
    reserve.replaces_member_id = replaces.id if replaces is not None else None
    session.flush()
    return send_invitations(session, member_id=reserve.id, config=config, settings=settings)


def replacement_names(session: Session) -> dict[int, dict[str, Any]]:
    """For each promoted reserve: whom they replaced ({id, name}); for the attendance page and
    the chase list."""
    rows = session.execute(
        select(Member.id, Member.replaces_member_id).where(Member.replaces_member_id.is_not(None))
    ).all()
    replaced_ids = {row.replaces_member_id for row in rows}
    names = {
        member.id: f"{member.first_name} {member.last_name}"
        for member in session.scalars(select(Member).where(Member.id.in_(replaced_ids)))
    }
    return {
        row.id: {"id": row.replaces_member_id, "name": names.get(row.replaces_member_id, "")}
        for row in rows
    }
