"""Linking a new phone or chat to a member with their invite code.

A code links one identity per channel: the letter that carries it cannot connect any number of
phones or Telegram chats to the member. Staff reissue the code (the old one stops working) when
a member really has a new phone. A member who already has a chat with us is told there when
their code links another, and staff see it on the member's page and in the audit log.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import message_texts as texts
from bot.channels.registry import staff_only_channels
from bot.config import AssemblyConfig
from bot.members.roster import new_invite_code
from bot.outbox.queue import send_to_identity
from db.models import ChannelIdentity, Member
from db.queries import audit
from db.types import utcnow

log = logging.getLogger(__name__)


def code_linked_on_channel(session: Session, member: Member, channel: str) -> bool:
    """Whether the member's current code has already linked an identity on this channel."""
    return (
        session.execute(
            select(ChannelIdentity.id).where(
                ChannelIdentity.member_id == member.id,
                ChannelIdentity.channel == channel,
                ChannelIdentity.linked_with_code == member.invite_code,
            )
        ).first()
        is not None
    )


def link_with_invite_code(
    session: Session, identity: ChannelIdentity, member: Member, config: AssemblyConfig
) -> bool:
    """Link `identity` to `member` with the member's code; False when the code has already
    linked an identity on this channel. Tells the member on a chat they already have."""
    if code_linked_on_channel(session, member, identity.channel):
        audit(
            session,
            None,
            "member.code_refused",
            "member",
            member.id,
            identity=identity.id,
            channel=identity.channel,
        )
        return False
    identity.member_id = member.id
    identity.linked_with_code, identity.linked_at = member.invite_code, utcnow()
    session.flush()
    told = _tell_member(session, member, identity, config)
    audit(
        session,
        None,
        "member.linked_by_code",
        "member",
        member.id,
        identity=identity.id,
        channel=identity.channel,
        told_on=told,
    )
    log.info("identity %s linked to member %s by invite code", identity.id, member.id)
    return True


def _tell_member(
    session: Session, member: Member, new: ChannelIdentity, config: AssemblyConfig
) -> str | None:
    """A note on the member's most recently used other chat; the channel it went to."""
    existing = (
        session.execute(
            select(ChannelIdentity)
            .where(
                ChannelIdentity.member_id == member.id,
                ChannelIdentity.id != new.id,
                ChannelIdentity.channel.not_in(staff_only_channels()),
                ChannelIdentity.opted_out.is_(False),
            )
            .order_by(
                ChannelIdentity.last_inbound_at.is_(None),
                ChannelIdentity.last_inbound_at.desc(),
                ChannelIdentity.id,
            )
        )
        .scalars()
        .first()
    )
    if existing is None:
        return None
    send_to_identity(
        session,
        existing,
        key=f"identity_linked:{new.id}:{member.invite_code}",
        # Sent as a staff reply is: outside WhatsApp's 24-hour window the staff_reply template
        # goes first and the text follows when the member answers.
        kind="staff_reply",
        body=texts.new_chat_linked(config, new.channel),
        template="staff_reply",
        template_variables={"first_name": member.display_name},
    )
    return existing.channel


def reissue_invite_code(session: Session, staff_id: int, member_id: int) -> str | None:
    """Give the member a new code (the old one stops linking anything); None when there is no
    such member. Chats already linked stay linked."""
    member = session.get(Member, member_id)
    if member is None:
        return None
    taken = set(session.execute(select(Member.invite_code)).scalars())
    member.invite_code = new_invite_code(taken)
    audit(session, staff_id, "member.code_reissued", "member", member.id)
    return member.invite_code


def unlink_identity(session: Session, staff_id: int, member_id: int, identity_id: int) -> bool:
    """Detach a chat from the member (one they say was not theirs); it is a stranger again."""
    identity = session.get(ChannelIdentity, identity_id)
    if identity is None or identity.member_id != member_id:
        return False
    if identity.channel in staff_only_channels():
        return False
    identity.member_id = None
    identity.linked_with_code, identity.linked_at = None, None
    audit(
        session,
        staff_id,
        "member.identity_unlinked",
        "member",
        member_id,
        identity=identity.id,
        channel=identity.channel,
    )
    return True
