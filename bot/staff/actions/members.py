"""Changing a member's record from the console: adding one, correcting their details,
confirming that they have withdrawn, and their data rights (export, erasure), shared by the
console pages and the API.

Edits are audited with each ordinary field's old and new value, so a wrong correction can be
put right; support needs (access needs are special-category data) are audited by name only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bot.members.erasure import erase_member_everywhere
from bot.members.roster import RowError, link_phone_identities, new_invite_code, parse_member_fields
from bot.members.withdrawal import withdraw_member
from bot.services import Services
from bot.staff.actions.checks import MAX_NOTE_LENGTH, StaffActionError, clean_text
from bot.staff.auth import StaffPrincipal
from bot.staff.permissions import Permission
from db.data_rights import export_member_data
from db.models import Member
from db.queries import audit

# The roster's columns, as the add and edit forms name them.
ROSTER_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "email",
    "preferred_channel",
    "language",
    "reserve",
)
SUPPORT_NEEDS = ("access_needs", "dietary_needs", "caring_responsibilities")
MAX_LENGTHS = {"first_name": 100, "last_name": 100, "preferred_name": 100, "email": 200}
MAX_LANGUAGE = 10


def checked_fields(form: dict[str, str]) -> dict[str, Any]:
    """The roster columns (validated as the CSV import does) and the preferred name."""
    try:
        values: dict[str, Any] = parse_member_fields({k: form.get(k, "") for k in ROSTER_FIELDS})
    except RowError as error:
        message = str(error).replace("_", " ")
        raise StaffActionError(400, message[:1].upper() + message[1:] + ".") from None
    values["preferred_name"] = form.get("preferred_name", "").strip() or None
    for name, limit in MAX_LENGTHS.items():
        if len(values[name] or "") > limit:
            label = name.replace("_", " ").capitalize()
            raise StaffActionError(400, f"{label} is longer than {limit} characters.")
    if len(values["language"]) > MAX_LANGUAGE:
        raise StaffActionError(400, "language should be a short code such as en or cy.")
    return values


def _phone_is_free(session: Session, phone: str, member_id: int | None = None) -> None:
    other = session.execute(select(Member.id).where(Member.phone == phone)).scalar()
    if other is not None and other != member_id:
        raise StaffActionError(409, f"Another member (number {other}) has that phone number.")


def add_member(session: Session, staff: StaffPrincipal, form: dict[str, str]) -> Member:
    """A member added by hand, with a fresh invite code; not invited yet (the roster's
    invitation button, or the member texting the code, starts onboarding)."""
    values = checked_fields(form)
    _phone_is_free(session, values["phone"])
    taken = set(session.execute(select(Member.invite_code)).scalars())
    member = Member(**values, invite_code=new_invite_code(taken))
    session.add(member)
    session.flush()
    link_phone_identities(session, member)
    audit(session, staff.id, "member.added", "member", member.id)
    return member


def update_member(
    session: Session, staff: StaffPrincipal, member_id: int, form: dict[str, str]
) -> dict[str, list[Any]]:
    """Correct a member's details; returns the ordinary fields changed as {field: [old, new]}.
    Support needs are changed (and their names audited) only for roles that may see them."""
    member = session.get(Member, member_id)
    if member is None or member.sandbox:
        raise StaffActionError(404, f"no member {member_id}")
    values = checked_fields(form)
    _phone_is_free(session, values["phone"], member.id)
    changes = {
        name: [getattr(member, name), value]
        for name, value in values.items()
        if getattr(member, name) != value
    }
    needs_changed = []
    if staff.can(Permission.VIEW_SUPPORT_NEEDS):
        for name in SUPPORT_NEEDS:
            value = clean_optional(form.get(name, ""), name)
            if getattr(member, name) != value:
                needs_changed.append(name)
                setattr(member, name, value)
    for name, (_old, new) in changes.items():
        setattr(member, name, new)
    if "phone" in changes:
        link_phone_identities(session, member)
    if changes or needs_changed:
        audit(
            session,
            staff.id,
            "member.updated",
            "member",
            member.id,
            changes=changes,
            support_needs_changed=needs_changed,
        )
    return changes


def clean_optional(value: str, name: str) -> str | None:
    text = value.strip()
    if len(text) > MAX_NOTE_LENGTH:
        raise StaffActionError(400, f"{name} is longer than {MAX_NOTE_LENGTH} characters.")
    return text or None


def confirm_withdrawal(
    session: Session, staff: StaffPrincipal, member_id: int, reason: object
) -> Member:
    """Record the member as withdrawn with staff's reason; reminders and surveys stop."""
    text = clean_text(reason, field="reason", limit=MAX_NOTE_LENGTH)
    member = session.get(Member, member_id)
    if member is None:
        raise StaffActionError(404, f"no member {member_id}")
    cancelled = withdraw_member(session, member, text)
    audit(session, staff.id, "member.withdrawn", "member", member.id, cancelled=cancelled)
    return member


def export_member(
    session: Session, staff: StaffPrincipal, member_id: int, *, via: str
) -> dict[str, Any]:
    """Everything held about the member (a subject access request), audited."""
    if session.get(Member, member_id) is None:
        raise StaffActionError(404, "no such member")
    data = export_member_data(session, member_id)
    audit(session, staff.id, "member.exported", "member", member_id, via=via)
    return data


def erase_member(services: Services, staff: StaffPrincipal, member_id: int) -> int:
    """Erase the member from every store; the number of files deleted."""
    with services.sessions() as session:
        if session.get(Member, member_id) is None:
            raise StaffActionError(404, "no such member")
    try:
        return erase_member_everywhere(services, member_id, staff.id)
    except KeyError:
        raise StaffActionError(404, "no such member") from None
    except OperationalError:
        raise StaffActionError(
            503, "a data store was busy or unreachable: nothing was erased, try again"
        ) from None
