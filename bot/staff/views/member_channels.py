"""One member's chats with us, as staff see them on the member's page: which were linked with
the invite code (flagged: that is how a letter in the wrong hands would show)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.channels.registry import staff_only_channels
from db.models import ChannelIdentity, Member


def member_summary(member: Member, *, support_needs: bool = False) -> dict[str, Any]:
    """The member's details for their page; support needs only when the role may see them."""
    summary = {
        "id": member.id,
        "name": f"{member.first_name} {member.last_name}",
        "first_name": member.first_name,
        "last_name": member.last_name,
        "preferred_name": member.preferred_name,
        "phone": member.phone,
        "email": member.email,
        "reserve": member.reserve,
        "preferred_channel": member.preferred_channel,
        "onboarding_state": member.onboarding_state,
        "language": member.language,  # "" when the roster gave none and it was not asked yet
    }
    if support_needs:
        summary["access_needs"] = member.access_needs
        summary["dietary_needs"] = member.dietary_needs
        summary["caring_responsibilities"] = member.caring_responsibilities
    return summary


def member_channels(session: Session, member_id: int) -> list[dict[str, Any]]:
    """Every identity of the member but the staff-only ones (try-it), oldest first."""
    identities = session.execute(
        select(ChannelIdentity)
        .where(
            ChannelIdentity.member_id == member_id,
            ChannelIdentity.channel.not_in(staff_only_channels()),
        )
        .order_by(ChannelIdentity.id)
    ).scalars()
    return [
        {
            "id": identity.id,
            "channel": identity.channel,
            "address": identity.address,
            "linked_by_code": identity.linked_with_code is not None,
            "linked_at": identity.linked_at,
            "last_inbound_at": identity.last_inbound_at,
            "opted_out": identity.opted_out,
        }
        for identity in identities
    ]
