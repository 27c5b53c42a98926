"""`python -m bot staff ...`: staff accounts from the command line (CONTRACT §1), for the
first admin and for locking an account out when the console cannot be reached."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.settings import get_settings
from db.models import ApiToken, StaffUser
from db.queries import audit
from db.session import session_factory_for, transaction

T = TypeVar("T")


def _factory():
    return session_factory_for(get_settings().DATABASE_URL)


def cmd_staff_add(args: argparse.Namespace) -> int:
    from bot.security import hash_password

    if not args.password_stdin:
        print("give the password on standard input with --password-stdin", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\n")
    try:
        password_hash = hash_password(password)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    email = args.email.strip().lower()
    with transaction(_factory()) as session:
        verb = save_staff_account(session, email, args.role, password_hash)
    print(f"{verb} {email} ({args.role})")
    return 0


def save_staff_account(session: Session, email: str, role: str, password_hash: str) -> str:
    """Create the account, or give it this role and password (ending its sessions); audited.
    Returns "created" or "updated"."""
    user = session.execute(select(StaffUser).where(StaffUser.email == email)).scalar_one_or_none()
    if user is None:
        user = StaffUser(email=email, role=role, password_hash=password_hash)
        session.add(user)
        verb = "created"
    else:
        from bot.staff.auth import end_sessions

        user.role, user.password_hash = role, password_hash
        user.failed_logins, user.locked_until, user.active = 0, None, True
        user.must_change_password = False
        # A new password ends every console session made with the old one.
        end_sessions(session, user.id, "password_changed")
        verb = "updated"
    session.flush()
    audit(session, None, f"staff.{verb}", "staff", user.id, role=role, via="cli")
    return verb


def _on_account(email: str, work: Callable[[Session, int], T]) -> T | None:
    """`work(session, staff_id)` in one transaction for the account with this email; None
    (and a line on stderr) when there is no such account."""
    with transaction(_factory()) as session:
        staff_id = session.execute(
            select(StaffUser.id).where(StaffUser.email == email.strip().lower())
        ).scalar_one_or_none()
        if staff_id is None:
            print(f"no staff account {email}", file=sys.stderr)
            return None
        return work(session, staff_id)


def cmd_staff_disable(args: argparse.Namespace) -> int:
    """End every session and token of the account; it cannot sign in until `staff add`
    gives it a password again (or an admin enables it in the console)."""
    from bot.staff.actions.accounts import disable_account
    from bot.staff.actions.checks import StaffActionError

    try:
        taken = _on_account(
            args.email, lambda s, staff_id: disable_account(s, None, staff_id, via="cli")
        )
    except StaffActionError as error:  # the last active admin
        print(error.message, file=sys.stderr)
        return 1
    if taken is None:
        return 1
    print(
        f"disabled {args.email}: {taken.sessions} session(s) ended, "
        f"{taken.tokens} API token(s) revoked"
    )
    return 0


def cmd_staff_revoke_tokens(args: argparse.Namespace) -> int:
    from bot.staff.actions.accounts import revoke_account_tokens

    taken = _on_account(
        args.email, lambda s, staff_id: revoke_account_tokens(s, None, staff_id, via="cli")
    )
    if taken is None:
        return 1
    print(f"revoked {taken.tokens} API token(s) of {args.email}")
    return 0


def cmd_staff_token(args: argparse.Namespace) -> int:
    from bot.security import new_api_token, token_hash

    def make_token(session: Session, staff_id: int) -> str:
        token = new_api_token()
        session.add(ApiToken(staff_id=staff_id, token_hash=token_hash(token)))
        audit(session, None, "staff.token_created", "staff", staff_id, via="cli")
        return token

    token = _on_account(args.email, make_token)
    if token is None:
        return 1
    print(token)
    print(f"(valid for {get_settings().API_TOKEN_LIFETIME_DAYS} days)", file=sys.stderr)
    return 0
