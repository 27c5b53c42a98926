"""The staff-only `web` channel behind the try-it page: staff write as a chosen member and see
the assistant's replies, through the same pipeline as SMS, WhatsApp and Telegram."""

from __future__ import annotations

import uuid

from bot.channels.inbound import Inbound


def web_address(member_id: int) -> str:
    """The try-it identity of a member (never mixed with their real channels)."""
    return f"member:{member_id}"


def web_inbound(member_id: int, text: str) -> Inbound:
    return Inbound("web", web_address(member_id), f"web:{uuid.uuid4().hex}", text)
