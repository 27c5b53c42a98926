"""The rules a claim is checked against: which session it is for, its deadline, the receipt
photo it uses, and whether it is over the cap, without a needed receipt or late, in which case
a person looks at it (the bot never refuses a claim)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal

from rasa_sdk import Tracker
from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session as DbSession

import flows.common as common
from bot.config import AssemblyConfig, AssemblySession
from bot.i18n.catalogue import t
from bot.i18n.formats import short_day
from db.models import RECEIPT_TYPES, Conversation, ExpenseClaim, MediaFile, Message
from flows.expenses.parsing import PENNY, parse_amount
from flows.expenses.spoken import in_english
from flows.session_refs import resolve_session_ref

# --- which session a claim is for ---------------------------------------------------------------


def latest_started_session(config: AssemblyConfig, moment: datetime) -> AssemblySession | None:
    """The most recent session that has started: what a claim is usually for."""
    started = [s for s in config.sessions if s.starts <= moment]
    return max(started, key=lambda s: s.starts, default=None)


def claim_sessions(config: AssemblyConfig, ref: str, moment: datetime) -> list[AssemblySession]:
    """Sessions a member's words point at, for a claim: past days first ("Saturday" is the most
    recent Saturday that has started), else upcoming ones; an exact id also works. Day and
    month names in the member's language count too ("sobota", "13 martie")."""
    return resolve_session_ref(config, in_english(ref), moment, prefer_past=True)


def deadline_of(config: AssemblyConfig, session: AssemblySession) -> datetime:
    return session.ends + timedelta(days=config.expenses.claim_deadline_days)


def day_label(session: AssemblySession) -> str:
    """ "Weekend 1, Saturday (Sat 20 Feb)", the date in the member's language."""
    return t("claim.day_label", title=session.title, date=short_day(session.starts))


# --- receipts ---------------------------------------------------------------------------------

RECEIPT_WINDOW = timedelta(hours=6)
NO_RECEIPT = "none"
MEDIA_PREFIX = "media:"


def receipt_value(media: MediaFile) -> str:
    """The claim_receipt slot's value for a photo the member sent."""
    return f"{MEDIA_PREFIX}{media.id}"


def media_id(value: str | None) -> int | None:
    """The photo id a claim_receipt slot value names, or None (no receipt, not yet, or a value
    that is no id at all, such as a member typing "media:x")."""
    if value and value.startswith(MEDIA_PREFIX):
        number = value.removeprefix(MEDIA_PREFIX)
        if re.fullmatch(r"[0-9]{1,18}", number):
            return int(number)
    return None


def _unused() -> ColumnElement[bool]:
    """A stored picture or PDF (by its bytes, whichever channel it came on) that no claim uses
    yet: a voice note, a video or a file that could not be fetched is never a receipt."""
    used = select(ExpenseClaim.receipt_media_id).where(ExpenseClaim.receipt_media_id.is_not(None))
    return and_(
        MediaFile.id.not_in(used),
        MediaFile.sha256.is_not(None),
        MediaFile.content_type.in_(sorted(RECEIPT_TYPES)),
    )


def own_receipt(session: DbSession, member_id: int | None, value: str | None) -> MediaFile | None:
    """The photo a claim_receipt value names, when this member sent it (in any of their
    conversations) and no claim uses it yet; None for anyone else's photo or a made-up id.

    A member can type "media:<id>" where the form expects a receipt, so the value alone proves
    nothing: only the database says whose photo it is.
    """
    number = media_id(value)
    if number is None or member_id is None:
        return None
    return session.execute(
        select(MediaFile)
        .join(Message, Message.id == MediaFile.message_id)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(
            MediaFile.id == number,
            Message.direction == "in",
            Conversation.member_id == member_id,
            _unused(),
        )
    ).scalar_one_or_none()


def recent_receipt(session: DbSession, conversation_id: int, moment: datetime) -> MediaFile | None:
    """The newest photo the member sent in this conversation lately that no claim uses yet.

    The gateway stores media as MediaFile rows of the inbound Message and tells Rasa only
    "(photo)", so the database, not Rasa's metadata, is the source of truth.
    """
    return session.execute(
        select(MediaFile)
        .join(Message, Message.id == MediaFile.message_id)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == "in",
            Message.created_at >= moment - RECEIPT_WINDOW,
            _unused(),
        )
        .order_by(MediaFile.id.desc())
        .limit(1)
    ).scalar_one_or_none()


# --- checks -----------------------------------------------------------------------------------


def _existing_total(
    session: DbSession, member_id: int, category: str, session_id: str | None
) -> Decimal:
    """What the member already claimed in this category for the same day (not rejected)."""
    total = session.execute(
        select(func.coalesce(func.sum(ExpenseClaim.amount), 0)).where(
            ExpenseClaim.member_id == member_id,
            ExpenseClaim.category == category,
            ExpenseClaim.session_id == session_id,
            ExpenseClaim.status != "rejected",
        )
    ).scalar_one()
    return Decimal(total).quantize(PENNY)


def claim_checks(
    config: AssemblyConfig, session: DbSession, member_id: int | None, tracker: Tracker
) -> tuple[bool, bool, bool]:
    """(over cap, without a needed receipt, after the deadline) for the claim in the slots."""
    category_name = tracker.get_slot("claim_category") or ""
    rules = config.category(category_name)
    amount = parse_amount(tracker.get_slot("claim_amount")) or Decimal("0.00")
    session_id = tracker.get_slot("claim_session")
    already = (
        _existing_total(session, member_id, category_name, session_id) if member_id else Decimal(0)
    )
    over_cap = rules is not None and already + amount > rules.cap
    no_receipt = tracker.get_slot("claim_receipt") == NO_RECEIPT and (
        rules is None or rules.receipt_required
    )
    day = config.session(session_id or "")
    late = day is not None and deadline_of(config, day) < common.now()
    return over_cap, no_receipt, late


def review_reason(over_cap: bool, no_receipt: bool, late: bool) -> str | None:
    """Why a person should look at the claim (the case's reason), or None for a usual one."""
    if over_cap:
        return "claim over cap"  # i18n-exempt: staff
    if no_receipt:
        return "claim without receipt"  # i18n-exempt: staff
    if late:
        return "claim after deadline"  # i18n-exempt: staff
    return None
