"""Staff accounts: adding one, changing its role, resetting its password, and taking access
back (disable or enable, revoke its API tokens, end its console sessions). Used by the admins'
accounts page and by `python -m bot staff ...`.

`actor_id` is the admin doing it, or None from the command line (the audit line says `via`).
Whatever the way in, the assembly always keeps at least one active admin.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.security import hash_password, verify_password
from bot.staff.actions.checks import StaffActionError
from bot.staff.auth import end_sessions, revoke_tokens
from bot.staff.permissions import ROLES
from db.models import StaffSession, StaffUser
from db.queries import audit
from db.types import utcnow


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


def keep_an_admin(session: Session, user: StaffUser) -> None:
    """Refuse a change that would leave no active admin: nobody could manage accounts."""
    if user.role != "admin" or not user.active:
        return
    others = session.execute(
        select(func.count())
        .select_from(StaffUser)
        .where(StaffUser.role == "admin", StaffUser.active.is_(True), StaffUser.id != user.id)
    ).scalar_one()
    if others == 0:
        raise StaffActionError(409, f"{user.email} is the last active admin. Add another first.")


def one_time_password() -> str:
    """A random password for an admin to pass on once; its holder must replace it."""
    return "-".join(secrets.token_urlsafe(6) for _ in range(3))


def clean_email(value: object) -> str:
    email = value.strip().lower() if isinstance(value, str) else ""
    local, _, domain = email.partition("@")
    if not local or "." not in domain or len(email) > 200 or any(c.isspace() for c in email):
        raise StaffActionError(400, "Give the person's email address, like name@council.example.")
    return email


def clean_role(value: object) -> str:
    if value not in ROLES:
        raise StaffActionError(400, f"The role must be one of {', '.join(ROLES)}.")
    return str(value)


def add_account(
    session: Session, actor_id: int | None, email: object, role: object, *, via: str = "console"
) -> tuple[StaffUser, str]:
    """A new account with a one-time password (returned, never stored in clear): its holder
    chooses their own password at their first sign-in."""
    address, chosen_role = clean_email(email), clean_role(role)
    taken = session.execute(select(StaffUser.id).where(StaffUser.email == address)).first()
    if taken is not None:
        raise StaffActionError(409, f"{address} already has an account.")
    password = one_time_password()
    user = StaffUser(
        email=address,
        role=chosen_role,
        password_hash=hash_password(password),
        must_change_password=True,
    )
    session.add(user)
    session.flush()
    audit(session, actor_id, "staff.created", "staff_user", user.id, role=chosen_role, via=via)
    return user, password


def change_role(
    session: Session, actor_id: int | None, staff_id: int, role: object, *, via: str = "console"
) -> None:
    """The account's rights change from its next page or API call (roles are read afresh)."""
    new_role = clean_role(role)
    user = get_account(session, staff_id)
    if new_role == user.role:
        return
    if new_role != "admin":
        keep_an_admin(session, user)
    audit(
        session,
        actor_id,
        "staff.role_changed",
        "staff_user",
        staff_id,
        old=user.role,
        new=new_role,
        via=via,
    )
    user.role = new_role


def reset_password(
    session: Session, actor_id: int | None, staff_id: int, *, via: str = "console"
) -> str:
    """A one-time password for the account (returned once). Every console session made with
    the old password ends, and a lock-out from failed attempts is lifted."""
    user = get_account(session, staff_id)
    password = one_time_password()
    user.password_hash = hash_password(password)
    user.must_change_password = True
    user.failed_logins, user.locked_until = 0, None
    ended = end_sessions(session, staff_id, "password_reset")
    audit(
        session, actor_id, "staff.password_reset", "staff_user", staff_id, via=via, sessions=ended
    )
    return password


def disable_account(
    session: Session, actor_id: int | None, staff_id: int, *, via: str = "console"
) -> AccessTaken:
    """The account can no longer sign in; its sessions end and its tokens are revoked, so
    enabling it again never brings an old cookie or token back."""
    if actor_id == staff_id:
        raise StaffActionError(409, "You cannot disable your own account. Ask another admin.")
    user = get_account(session, staff_id)
    keep_an_admin(session, user)
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


def change_own_password(
    session: Session, staff_id: int, current: str, new: str, repeated: str, keep_session: int
) -> int:
    """A staff member replaces their password (a one-time one, or their own): every other
    console session of theirs ends, this one goes on. Returns how many ended."""
    user = get_account(session, staff_id)
    if not verify_password(user.password_hash, current):
        raise StaffActionError(400, "The current password is not right.")
    if new != repeated:
        raise StaffActionError(400, "The two new passwords are not the same.")
    if new == current:
        raise StaffActionError(400, "Choose a password different from the current one.")
    try:
        user.password_hash = hash_password(new)
    except ValueError as error:
        raise StaffActionError(400, f"The new password is too short: {error}.") from None
    user.must_change_password = False
    ended = session.execute(
        update(StaffSession)
        .where(
            StaffSession.staff_id == staff_id,
            StaffSession.ended_at.is_(None),
            StaffSession.id != keep_session,
        )
        .values(ended_at=utcnow(), end_reason="password_changed")
    ).rowcount
    audit(session, staff_id, "staff.password_changed", "staff_user", staff_id, sessions=ended)
    return ended or 0
