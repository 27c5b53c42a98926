"""The staff-only `web` channel behind the try-it page: staff write as a chosen member and see
the assistant's replies, through the same pipeline as SMS, WhatsApp and Telegram. Nothing goes
to a provider: the page reads the transcript."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from bot.channels.base import Channel, PreparedMessage
from bot.channels.inbound import Inbound, accept_inbound

if TYPE_CHECKING:
    from bot.services import Services


class WebTryIt(Channel):
    name = "web"
    staff_only = True

    async def deliver(self, message: PreparedMessage) -> None:
        """Nothing to call: the reply is already in the transcript the page shows."""
        return None


def web_address(member_id: int) -> str:
    """The try-it identity of a member (never mixed with their real channels)."""
    return f"member:{member_id}"


def web_inbound(member_id: int, text: str) -> Inbound:
    return Inbound(
        WebTryIt.name,
        web_address(member_id),
        f"web:{uuid.uuid4().hex}",
        text,
        member_id=member_id,
    )


async def accept_web_message(services: Services, member_id: int, text: str) -> int | None:
    """A message typed on the try-it page, accepted as if the member had sent it.
    LookupError when there is no such member."""
    return await accept_inbound(services, web_inbound(member_id, text))
