"""Staff accounts as admins see them: who can get in, and with what."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.staff.auth import SESSION_TOUCH_INTERVAL
from db.models import ApiToken, StaffSession, StaffUser
from db.types import utcnow


def staff_accounts(
    session: Session, *, idle_minutes: int, token_lifetime_days: int
) -> list[dict[str, Any]]:
    """Every account with its role, state, last sign-in, open sessions and valid tokens.

    A session counts as open while it has not been ended and was used within the idle timeout;
    a token is valid while it is neither revoked nor past its lifetime.
    """
    now = utcnow()
    seen_since = now - timedelta(minutes=idle_minutes) - SESSION_TOUCH_INTERVAL
    open_sessions = dict(
        session.execute(
            select(StaffSession.staff_id, func.count())
            .where(StaffSession.ended_at.is_(None), StaffSession.last_seen_at > seen_since)
            .group_by(StaffSession.staff_id)
        ).all()
    )
    token_rows = session.execute(
        select(ApiToken.staff_id, func.count(), func.max(ApiToken.last_used_at))
        .where(
            ApiToken.revoked_at.is_(None),
            ApiToken.created_at > now - timedelta(days=token_lifetime_days),
        )
        .group_by(ApiToken.staff_id)
    ).all()
    tokens = {staff_id: (count, last_used) for staff_id, count, last_used in token_rows}
    return [
        {
            "id": user.id,
            "email": user.email,
            "role": user.role,
            "active": user.active,
            "locked": user.locked_until is not None and user.locked_until > now,
            "last_login_at": user.last_login_at,
            "open_sessions": open_sessions.get(user.id, 0),
            "tokens": tokens.get(user.id, (0, None))[0],
            "token_last_used_at": tokens.get(user.id, (0, None))[1],
        }
        for user in session.execute(select(StaffUser).order_by(StaffUser.email)).scalars()
    ]
