"""Accepting an inbound message, the same for every channel: stored once, counted, and the
pipeline woken only for a message it has not seen."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from bot.channels.inbound import Inbound, MediaRef, accept_inbound
from bot.channels.web import accept_web_message
from bot.metrics import REGISTRY
from bot.services import Services
from bot.settings import Settings
from db.models import ChannelIdentity, Conversation, MediaFile, Member, Message
from db.types import utcnow

AMINA = "+447700900100"


def metric(name: str, channel: str) -> float:
    return REGISTRY.get_sample_value(name, {"channel": channel}) or 0.0


class Wakes:
    """Stands in for the pipeline's wake(): counts how often it was called."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, conversation_id: int) -> None:
        self.count += 1


@pytest.fixture
def services(settings: Settings) -> Services:
    services = Services.from_settings(settings)
    services.wake_pipeline = Wakes()
    return services


def stored_messages(services: Services) -> list[Message]:
    with services.sessions() as session:
        return list(session.scalars(select(Message).order_by(Message.id)))


@pytest.mark.parametrize("channel", ["sms", "whatsapp", "telegram"])
def test_a_provider_retry_is_stored_once_counted_as_duplicate_and_wakes_once(
    services: Services, channel: str
) -> None:
    inbound = Inbound(channel, AMINA, f"{channel}-provider-id-1", "hello")
    received = metric("assembly_inbound_messages_total", channel)
    duplicates = metric("assembly_webhook_duplicates_total", channel)

    first = asyncio.run(accept_inbound(services, inbound))
    again = asyncio.run(accept_inbound(services, inbound))

    assert first is not None and again is None
    [message] = stored_messages(services)
    assert (message.id, message.channel, message.text) == (first, channel, "hello")
    assert metric("assembly_inbound_messages_total", channel) == received + 1
    assert metric("assembly_webhook_duplicates_total", channel) == duplicates + 1
    assert services.wake_pipeline.count == 1  # type: ignore[attr-defined]


def test_attachments_are_stored_to_fetch_and_the_window_clock_starts(
    services: Services,
) -> None:
    before = utcnow()
    media = [MediaRef("https://api.twilio.com/media/1", "image/jpeg")]
    inbound = Inbound("whatsapp", AMINA, "SM1", "my receipt", media, kind="media")

    message_id = asyncio.run(accept_inbound(services, inbound))

    with services.sessions() as session:
        [stored] = session.scalars(select(MediaFile)).all()
        assert (stored.message_id, stored.source, stored.sha256) == (
            message_id,
            "https://api.twilio.com/media/1",
            None,  # fetched later, by the pipeline
        )
        identity = session.scalars(select(ChannelIdentity)).one()
        assert identity.last_inbound_at is not None and identity.last_inbound_at >= before


def test_try_it_message_is_accepted_as_the_chosen_member(services: Services) -> None:
    with services.sessions() as session, session.begin():
        member = Member(first_name="Amina", last_name="Okafor", phone=AMINA, invite_code="AB3CDE")
        session.add(member)
        session.flush()
        member_id = member.id

    message_id = asyncio.run(accept_web_message(services, member_id, "when is lunch?"))

    with services.sessions() as session:
        message = session.get(Message, message_id)
        assert message is not None and (message.channel, message.text) == ("web", "when is lunch?")
        conversation = session.get(Conversation, message.conversation_id)
        assert conversation is not None and conversation.identity.member_id == member_id
    assert services.wake_pipeline.count == 1  # type: ignore[attr-defined]


def test_try_it_message_for_no_member_stores_nothing(services: Services) -> None:
    with pytest.raises(LookupError):
        asyncio.run(accept_web_message(services, 999, "hello"))
    with services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0
        assert session.scalar(select(func.count()).select_from(ChannelIdentity)) == 0
    assert services.wake_pipeline.count == 0  # type: ignore[attr-defined]
