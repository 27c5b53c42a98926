"""Who an unknown sender is: a member found by their phone number (SMS, WhatsApp), by the
contact they share on Telegram, or by the invite code from their letter. Whoever they are not,
the reply never reveals who is on the roster, and wrong codes are limited per chat."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.channels import kinds
from bot.channels.base import ASK_FOR_PHONE, Channel
from bot.config import AssemblyConfig
from bot.gateway.answers import reply
from bot.gateway.turns import Turn, invite_code_in
from bot.gateway.unknown_senders import answer_unknown_sender
from bot.members.linking import link_with_invite_code
from bot.members.roster import RowError, normalise_phone
from db.models import ChannelIdentity, InviteAttempt, Member
from db.queries import member_by_invite_code, member_by_phone
from db.types import utcnow

log = logging.getLogger(__name__)

WRONG_CODES_ALLOWED = 5
WRONG_CODE_WINDOW = timedelta(hours=1)


def recognise_sender(
    session: Session,
    turn: Turn,
    identity: ChannelIdentity,
    channel: Channel,
    config: AssemblyConfig,
) -> bool:
    """Link an unknown sender to a member by phone (SMS, WhatsApp), shared Telegram
    contact, or invite code. Replies here when it cannot; never reveals the roster."""
    member: Member | None = None
    if channel.address_is_phone:
        member = member_by_phone(session, identity.address)
    elif turn.kind == kinds.PHONE_SHARE:
        try:
            member = member_by_phone(session, normalise_phone(turn.text))
        except RowError:
            member = None
        if member is None:
            answer_unknown_sender(session, identity, texts.unknown_sender(config))
            return False
    if member is None and (code := invite_code_in(turn.text)) is not None:
        if _too_many_wrong_codes(session, identity):
            answer_unknown_sender(session, identity, texts.too_many_codes())
            return False
        member = member_by_invite_code(session, code)
        linked = member is not None and link_with_invite_code(session, identity, member, config)
        session.add(InviteAttempt(identity_id=identity.id, succeeded=linked, attempted_at=utcnow()))
        if member is None:
            reply(session, turn, texts.wrong_code(config))
            return False
        if not linked:
            reply(session, turn, texts.code_already_used(config, identity.channel))
            return False
    if member is None:
        ask_for_phone = channel.can_ask_for_phone
        answer_unknown_sender(
            session,
            identity,
            texts.unknown_sender(config, telegram=ask_for_phone),
            template=ASK_FOR_PHONE if ask_for_phone else None,
        )
        return False
    identity.member_id = member.id
    log.info("identity %s linked to member %s", identity.id, member.id)
    return True


def _too_many_wrong_codes(session: Session, identity: ChannelIdentity) -> bool:
    wrong = session.execute(
        select(func.count())
        .select_from(InviteAttempt)
        .where(
            InviteAttempt.identity_id == identity.id,
            InviteAttempt.succeeded.is_(False),
            InviteAttempt.attempted_at > utcnow() - WRONG_CODE_WINDOW,
        )
    ).scalar_one()
    return wrong >= WRONG_CODES_ALLOWED
