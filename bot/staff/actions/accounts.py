"""Taking access back: disable or enable a staff account, revoke its API tokens, end its
console sessions. Used by the admins' accounts page and by `python -m bot staff ...`.

`actor_id` is the admin doing it, or None from the command line (the audit line says `via`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.staff.actions.checks import StaffActionError
from bot.staff.auth import end_sessions, revoke_tokens
from db.models import StaffUser
from db.queries import audit


@dataclass(frozen=True)
class AccessTaken:
    """What one action ended: open console sessions and valid API tokens."""

    sessions: int = 0
    tokens: int = 0


def get_account(session: Session, staff_id: int) -> StaffUser:
    user = session.get(StaffUser, staff_id)
    if user is None:
        raise StaffActionError(404, f"no staff account {staff_id}")
    return user


def disable_account(
    session: Session, actor_id: int | None, staff_id: int, *, via: str = "console"
) -> AccessTaken:
    """The account can no longer sign in; its sessions end and its tokens are revoked, so
    enabling it again never brings an old cookie or token back."""
    if actor_id == staff_id:
        raise StaffActionError(409, "You cannot disable your own account. Ask another admin.")
    user = get_account(session, staff_id)
    user.active = False
    taken = AccessTaken(
        end_sessions(session, staff_id, "disabled"), revoke_tokens(session, staff_id)
    )
    audit(
        session,
        actor_id,
        "staff.disabled",
        "staff_user",
        staff_id,
        via=via,
        sessions_ended=taken.sessions,
        tokens_revoked=taken.tokens,
    )
    return taken


def enable_account(
    session: Session, actor_id: int | None, staff_id: int, *, via: str = "console"
) -> None:
    """The account may sign in again (with a fresh session and, if needed, a new token)."""
    user = get_account(session, staff_id)
    user.active = True
    user.failed_logins, user.locked_until = 0, None
    audit(session, actor_id, "staff.enabled", "staff_user", staff_id, via=via)


def revoke_account_tokens(
    session: Session, actor_id: int | None, staff_id: int, *, via: str = "console"
) -> AccessTaken:
    get_account(session, staff_id)
    taken = AccessTaken(tokens=revoke_tokens(session, staff_id))
    audit(
        session,
        actor_id,
        "staff.tokens_revoked",
        "staff_user",
        staff_id,
        via=via,
        tokens_revoked=taken.tokens,
    )
    return taken


def end_account_sessions(
    session: Session, actor_id: int | None, staff_id: int, *, via: str = "console"
) -> AccessTaken:
    """Sign the account out everywhere (a lost laptop); it can sign in again."""
    get_account(session, staff_id)
    taken = AccessTaken(sessions=end_sessions(session, staff_id, "ended_by_admin"))
    audit(
        session,
        actor_id,
        "staff.sessions_ended",
        "staff_user",
        staff_id,
        via=via,
        sessions_ended=taken.sessions,
    )
    return taken
