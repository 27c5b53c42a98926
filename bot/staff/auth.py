"""Who is asking: console sessions (signed cookie, CSRF, idle timeout, lock-out) and API tokens.

The cookie is signed with SECRET_KEY and carries the staff id, a CSRF token and the key of a
row in `staff_sessions`. Every request checks that row is still open and the account active, and
reads the role from the database: signing out, a new password or disabling the account ends
every session at once, and a demotion takes effect on the next page. API tokens expire
API_TOKEN_LIFETIME_DAYS after they were made, and can be revoked.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.security import hash_password, token_hash, verify_password
from bot.services import Services
from bot.staff.permissions import Permission, role_can
from db.models import ApiToken, StaffSession, StaffUser
from db.queries import audit
from db.session import transaction
from db.types import utcnow

SESSION_COOKIE = "aa_staff"
CSRF_FIELD = "csrf_token"
MAX_FAILED_LOGINS = 10
LOCK_DURATION = timedelta(minutes=15)
# How stale a session's `last_seen_at` may get before a page view writes it again.
SESSION_TOUCH_INTERVAL = timedelta(minutes=1)


@dataclass(frozen=True)
class StaffPrincipal:
    """The signed-in staff user, detached from any database session."""

    id: int
    email: str
    role: str
    must_change_password: bool = False  # signed in with a one-time password

    def can(self, permission: Permission) -> bool:
        return role_can(self.role, permission)

    @property
    def author(self) -> str:
        """How this user appears in a transcript (CONTRACT §4: `staff:<email>`)."""
        return f"staff:{self.email}"


def principal_of(user: StaffUser) -> StaffPrincipal:
    return StaffPrincipal(user.id, user.email, user.role, user.must_change_password)


def services_of(request: Request) -> Services:
    return request.app.state.services


# --- API tokens ------------------------------------------------------------------------------


def api_principal(request: Request) -> StaffPrincipal:
    """The staff user behind `Authorization: Bearer <token>`; 401 for anything else."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthorised("send Authorization: Bearer <token>")
    services = services_of(request)
    oldest_valid = utcnow() - timedelta(days=services.settings.API_TOKEN_LIFETIME_DAYS)
    with transaction(services.sessions) as session:
        row = session.execute(
            select(ApiToken, StaffUser)
            .join(StaffUser, StaffUser.id == ApiToken.staff_id)
            .where(
                ApiToken.token_hash == token_hash(token.strip()),
                ApiToken.revoked_at.is_(None),
                ApiToken.created_at > oldest_valid,
            )
        ).first()
        if row is None or not row.StaffUser.active:
            raise _unauthorised("the token is unknown, expired or revoked")
        row.ApiToken.last_used_at = utcnow()
        return StaffPrincipal(row.StaffUser.id, row.StaffUser.email, row.StaffUser.role)


def _unauthorised(message: str) -> HTTPException:
    return HTTPException(401, detail=message, headers={"WWW-Authenticate": "Bearer"})


def require_api_permission(permission: Permission) -> Any:
    """A dependency that lets the request through only for roles holding `permission`."""

    def check(principal: Annotated[StaffPrincipal, Depends(api_principal)]) -> StaffPrincipal:
        # FastAPI caches api_principal per request: the router's check and this one share it.
        if not principal.can(permission):
            raise HTTPException(403, detail=f"your role ({principal.role}) cannot {permission}")
        return principal

    return check


# --- console session cookie ------------------------------------------------------------------


@dataclass
class ConsoleSession:
    """What the cookie says, plus the staff user it names (None before login)."""

    csrf_token: str
    staff: StaffPrincipal | None = None
    expired: bool = False  # a signed-in session ran past the idle timeout
    extra: dict[str, Any] = field(default_factory=dict)
    session_key: str | None = None  # the cookie's key of the open `staff_sessions` row
    session_id: int | None = None
    last_seen_at: datetime | None = None


def _serializer(request: Request) -> URLSafeTimedSerializer:
    secret = services_of(request).settings.SECRET_KEY
    return URLSafeTimedSerializer(secret, salt="assembly-assistant.staff-session")


def read_console_session(request: Request) -> ConsoleSession:
    """Decode the cookie; an expired or tampered cookie gives an anonymous session.

    The signature's timestamp is renewed on every page a person opens (`issue_cookie`), so
    `max_age` works as an idle timeout rather than an absolute one.
    """
    settings = services_of(request).settings
    raw = request.cookies.get(SESSION_COOKIE)
    if raw:
        serializer = _serializer(request)
        try:
            data = serializer.loads(raw, max_age=settings.STAFF_SESSION_IDLE_MINUTES * 60)
        except SignatureExpired:
            return ConsoleSession(csrf_token=secrets.token_urlsafe(32), expired=True)
        except BadSignature:
            data = None
        if isinstance(data, dict) and isinstance(data.get("csrf"), str):
            console = ConsoleSession(csrf_token=data["csrf"])
            _load_open_session(request, console, data.get("sid"), data.get("key"))
            return console
    return ConsoleSession(csrf_token=secrets.token_urlsafe(32))


def _load_open_session(
    request: Request, console: ConsoleSession, staff_id: object, key: object
) -> None:
    """Fill in the staff user when the cookie's session is still open and the account active;
    an ended session (signed out, new password, disabled) leaves the console anonymous."""
    if not isinstance(staff_id, int) or not isinstance(key, str):
        return
    with services_of(request).sessions() as session:
        row = session.execute(
            select(StaffUser, StaffSession)
            .join(StaffSession, StaffSession.staff_id == StaffUser.id)
            .where(
                StaffSession.key_hash == token_hash(key),
                StaffSession.staff_id == staff_id,
                StaffSession.ended_at.is_(None),
            )
        ).first()
        if row is None or not row.StaffUser.active:
            return
        user, open_session = row.StaffUser, row.StaffSession
        console.staff = principal_of(user)
        console.session_key, console.session_id = key, open_session.id
        console.last_seen_at = open_session.last_seen_at


def start_session(session: Session, staff_id: int) -> tuple[int, str]:
    """Open a console session for this staff user: its id and the key for the cookie."""
    key = secrets.token_urlsafe(32)
    now = utcnow()
    row = StaffSession(
        staff_id=staff_id, key_hash=token_hash(key), created_at=now, last_seen_at=now
    )
    session.add(row)
    session.flush()
    return row.id, key


def end_sessions(session: Session, staff_id: int, reason: str) -> int:
    """End every open console session of this staff user; returns how many were open."""
    result = session.execute(
        update(StaffSession)
        .where(StaffSession.staff_id == staff_id, StaffSession.ended_at.is_(None))
        .values(ended_at=utcnow(), end_reason=reason)
    )
    return result.rowcount or 0


def revoke_tokens(session: Session, staff_id: int) -> int:
    """Revoke every API token of this staff user; returns how many were still valid."""
    result = session.execute(
        update(ApiToken)
        .where(ApiToken.staff_id == staff_id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return result.rowcount or 0


def issue_cookie(request: Request, console: ConsoleSession) -> None:
    """Ask the console route to (re)send the cookie with a fresh timestamp, and note the
    activity on the session's row (at most once a minute)."""
    payload = {
        "csrf": console.csrf_token,
        "sid": console.staff.id if console.staff else None,
        "key": console.session_key if console.staff else None,
    }
    request.state.staff_cookie = _serializer(request).dumps(payload)
    now = utcnow()
    if console.session_id is not None and (
        console.last_seen_at is None or now - console.last_seen_at > SESSION_TOUCH_INTERVAL
    ):
        with transaction(services_of(request).sessions) as session:
            session.execute(
                update(StaffSession)
                .where(StaffSession.id == console.session_id)
                .values(last_seen_at=now)
            )
        console.last_seen_at = now


def cookie_is_secure(request: Request) -> bool:
    """Secure cookies need https; a plain-http development URL would never get them back."""
    return services_of(request).settings.PUBLIC_BASE_URL.startswith("https://")


def csrf_is_valid(console: ConsoleSession, submitted: object) -> bool:
    return isinstance(submitted, str) and hmac.compare_digest(
        submitted.encode(), console.csrf_token.encode()
    )


# --- login with lock-out ---------------------------------------------------------------------


class _UnknownEmailFailures:
    """Failed-login counts for emails that have no account, kept in memory.

    Without it, only real accounts would ever show "locked", which would tell an attacker which
    emails exist. Bounded, so a flood of random emails cannot exhaust memory.
    """

    def __init__(self, capacity: int = 10_000) -> None:
        self._failures: OrderedDict[str, tuple[int, datetime | None]] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def locked(self, email: str, now: datetime) -> bool:
        with self._lock:
            _count, until = self._failures.get(email, (0, None))
            return until is not None and until > now

    def fail(self, email: str, now: datetime) -> None:
        with self._lock:
            count, until = self._failures.pop(email, (0, None))
            if until is not None and until <= now:
                count = 0
            count += 1
            locked_until = now + LOCK_DURATION if count >= MAX_FAILED_LOGINS else None
            self._failures[email] = (0 if locked_until else count, locked_until)
            while len(self._failures) > self._capacity:
                self._failures.popitem(last=False)


_unknown_email_failures = _UnknownEmailFailures()
_dummy_hash_lock = threading.Lock()
_dummy_hash: str | None = None


def _verify_against_dummy(password: str) -> None:
    """Spend the same argon2 time for an unknown email as for a real one (no timing oracle)."""
    global _dummy_hash
    with _dummy_hash_lock:
        if _dummy_hash is None:
            _dummy_hash = hash_password(secrets.token_urlsafe(24))
    verify_password(_dummy_hash, password)


@dataclass(frozen=True)
class LoginResult:
    staff: StaffPrincipal | None
    locked: bool = False
    session_id: int | None = None
    session_key: str | None = None  # for the cookie of the session this login opened


def attempt_login(session: Session, email: str, password: str) -> LoginResult:
    """Check an email and password, counting failures; the 10th failure in a row locks the
    account for 15 minutes, and while locked even the right password is refused."""
    now = utcnow()
    normalised = email.strip().lower()
    # Exact match: emails are stored lower-case, and a pattern (ILIKE) would let `%` or `_` in
    # the form stand for any account.
    user = session.execute(
        select(StaffUser).where(StaffUser.email == normalised)
    ).scalar_one_or_none()
    if user is None or not user.active:
        _verify_against_dummy(password)
        if _unknown_email_failures.locked(normalised, now):
            return LoginResult(None, locked=True)
        _unknown_email_failures.fail(normalised, now)
        audit(session, None, "staff.login_failed")
        return LoginResult(None, locked=_unknown_email_failures.locked(normalised, now))
    if user.locked_until is not None and user.locked_until > now:
        audit(session, user.id, "staff.login_refused_locked", "staff_user", user.id)
        return LoginResult(None, locked=True)
    if not verify_password(user.password_hash, password):
        if user.locked_until is not None:  # an expired lock starts a fresh count
            user.locked_until = None
            user.failed_logins = 0
        user.failed_logins = (user.failed_logins or 0) + 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCK_DURATION
            user.failed_logins = 0
            audit(session, user.id, "staff.locked", "staff_user", user.id)
            return LoginResult(None, locked=True)
        audit(session, user.id, "staff.login_failed", "staff_user", user.id)
        return LoginResult(None)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    session_id, key = start_session(session, user.id)
    audit(session, user.id, "staff.login", "staff_user", user.id, console_session=session_id)
    return LoginResult(principal_of(user), False, session_id, key)
