"""Inviting members: the first message each selected resident gets, on their preferred channel.

Used by ``python -m bot invite --all|--member ID [--resend]`` and the staff console. An
invitation is queued once per member (key ``invitation:<member>``), so running the command twice
is harmless; ``--resend`` deliberately sends again under a key with a timestamp (a double-click
within the same second still sends once). Withdrawn members are never invited, nor reserves
until staff promote them (bot/members/reserves.py).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels.registry import writes_first
from bot.config import AssemblyConfig, load_config_cached
from bot.i18n.catalogue import current_language, speaking, use_messages_file
from bot.i18n.languages import effective_language
from bot.message_texts import invitation_text, payment_text
from bot.outbox.queue import send_to_member
from bot.settings import Settings, get_settings
from db.models import Member
from db.types import utcnow

logger = logging.getLogger(__name__)


def invitation_key(member_id: int, resend_at: datetime | None = None) -> str:
    """``invitation:<member>``; a resend adds its time so it is a new message."""
    if resend_at is None:
        return f"invitation:{member_id}"
    return f"invitation:{member_id}:resend:{resend_at.astimezone(UTC):%Y%m%dT%H%M%S}"


def send_invitations(
    session: Session,
    member_id: int | None = None,
    resend: bool = False,
    *,
    config: AssemblyConfig | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
) -> int:
    """Queue invitations; returns how many were queued.

    Without `resend`: members not invited yet (one member with `member_id`, else all). With
    `resend`: any member who has not withdrawn. A member still "not_invited" becomes "invited".
    The config comes from `settings.ASSEMBLY_CONFIG` unless passed in.
    """
    settings = settings or get_settings()
    config = config or load_config_cached(settings.ASSEMBLY_CONFIG)
    use_messages_file(settings.messages_path_for())  # the organisers' wording
    now = now or utcnow()
    bot_username = settings.TELEGRAM_BOT_USERNAME

    query = select(Member).where(
        Member.onboarding_state != "withdrawn",
        Member.withdrawn_at.is_(None),
        Member.sandbox.is_(False),
        Member.reserve.is_(False),  # a reserve is invited when staff promote them
    )
    if not resend:
        query = query.where(Member.onboarding_state == "not_invited")
    if member_id is not None:
        query = query.where(Member.id == member_id)

    queued = 0
    for member in session.scalars(query.order_by(Member.id)):
        with speaking(effective_language(member.language, config.languages)):
            queued += _invite(session, member, config, bot_username, now, resend=resend)
    logger.info("%d invitation(s) queued", queued)
    return queued


def _invite(
    session: Session,
    member: Member,
    config: AssemblyConfig,
    bot_username: str | None,
    now: datetime,
    *,
    resend: bool,
) -> int:
    """Queue one member's invitation in the language being spoken; 1 when queued."""
    body = invitation_text(
        first_name=member.display_name,
        assembly_name=config.assembly.name,
        invite_code=member.invite_code,
        payment=payment_text(
            config.assembly.thank_you_payment.amount,
            config.assembly.thank_you_payment.per,
            config.expenses.currency,
        ),
        privacy_notice_url=config.assembly.privacy_notice_url,
        telegram_bot_username=bot_username,
        prefers_telegram=not writes_first(member.preferred_channel),
    )
    outbox_id = send_to_member(
        session,
        member,
        key=invitation_key(member.id, now if resend else None),
        kind="invitation",
        body=body,
        template="invitation",
        template_variables={
            "language": current_language(),
            "first_name": member.display_name,
            "assembly_name": config.assembly.name,
        },
    )
    if outbox_id is None:
        logger.info("invitation not queued for member %d (opted out or queued)", member.id)
        return 0
    if member.onboarding_state == "not_invited":
        member.onboarding_state = "invited"
        member.invited_at = now
    return 1
