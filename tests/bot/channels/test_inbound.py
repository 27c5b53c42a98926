"""Accepting an inbound message, the same for every channel: stored once, counted, and the
pipeline woken only for a message it has not seen."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from bot.channels.inbound import Inbound, MediaRef, accept_inbound
from bot.channels.web import accept_web_message
from bot.channels.webhook_bodies import clean_text
from bot.metrics import REGISTRY
from bot.services import Services
from db.models import (
    Base,
    ChannelIdentity,
    Conversation,
    ConversationClaim,
    MediaFile,
    Member,
    Message,
)
from db.session import INBOUND_CHANNEL, CommitWatch, make_engine
from db.types import utcnow
from tests.conftest import make_settings
from tests.harness import wait_until

AMINA = "+447700900100"


def metric(name: str, channel: str) -> float:
    return REGISTRY.get_sample_value(name, {"channel": channel}) or 0.0


class Wakes:
    """Stands in for the pipeline's wake(): counts how often it was called."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, conversation_id: int) -> None:
        self.count += 1


@pytest.fixture(params=["database_url", pytest.param("postgres_url", marks=pytest.mark.postgres)])
def services(
    request: pytest.FixtureRequest, var_dir: Path, config_path: Path
) -> Iterator[Services]:
    """On SQLite and on PostgreSQL, where a known sender's message is stored another way
    (db/inbound.py)."""
    database_url = request.getfixturevalue(request.param)
    Base.metadata.create_all(make_engine(database_url))
    services = Services.from_settings(make_settings(var_dir, config_path, database_url))
    services.wake_pipeline = Wakes()
    yield services
    services.engine.dispose()


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


def test_a_known_senders_message_moves_the_clocks_and_its_retry_changes_nothing(
    services: Services,
) -> None:
    """A sender's later message joins their conversation with everything it carries; the
    sender's last message time (the WhatsApp window) and the conversation's move to it, and
    the pipelines are told (PostgreSQL's NOTIFY) when it is stored. A retry of it stores,
    moves and tells nothing."""
    first = asyncio.run(accept_inbound(services, Inbound("whatsapp", AMINA, "SM-a", "hello")))
    watch = CommitWatch(services.engine, INBOUND_CHANNEL)
    try:
        watch.payloads()
        later = Inbound(
            "whatsapp",
            AMINA,
            "SM-b",
            "  where\x00 is it? ",
            kind="button",
            details={"payload": "venue"},
            chat_ref="c-2",
            reply_to="c-1",
        )
        second = asyncio.run(accept_inbound(services, later))
        assert first is not None and second is not None
        conversation_id = stored_messages(services)[0].conversation_id
        if services.engine.dialect.name == "postgresql":
            wait_until(watch.changed, timeout=5, what="the pipelines told")
        again = asyncio.run(accept_inbound(services, replace(later, text="edited")))
        assert again is None
        time.sleep(0.1)
        assert watch.payloads() == []
    finally:
        watch.close()

    with services.sessions() as session:
        message = session.get(Message, second)
        assert message is not None
        assert (message.conversation_id, message.direction, message.author) == (
            conversation_id,
            "in",
            "member",
        )
        assert (message.text, message.kind, message.details) == (
            clean_text(later.text),
            "button",
            {"payload": "venue"},
        )
        assert (message.chat_ref, message.reply_to, message.processed_at) == ("c-2", "c-1", None)
        assert message.correlation_id
        identity = session.scalars(select(ChannelIdentity)).one()
        conversation = session.scalars(select(Conversation)).one()
        assert identity.last_inbound_at == conversation.last_message_at == message.created_at
    assert [m.id for m in stored_messages(services)] == [first, second]
    assert services.wake_pipeline.count == 2  # type: ignore[attr-defined]


@pytest.mark.postgres
def test_a_message_in_a_conversation_this_pipeline_holds_is_not_announced(
    postgres_url: str, var_dir: Path, config_path: Path
) -> None:
    """On PostgreSQL, a known sender's message is announced to the pipelines (the inbound
    NOTIFY) unless this process's own pipeline holds its conversation's claim: the webhook's
    wake reaches that one directly, and a NOTIFY would make the store's commit wait its turn
    behind every other notifying commit. Held by another replica, or lapsed, it is announced."""
    Base.metadata.create_all(make_engine(postgres_url))
    services = Services.from_settings(make_settings(var_dir, config_path, postgres_url))
    services.wake_pipeline = Wakes()
    services.claim_holder = "this-pipeline"
    asyncio.run(accept_inbound(services, Inbound("sms", AMINA, "SM-0", "hello")))
    conversation_id = stored_messages(services)[0].conversation_id
    watch = CommitWatch(services.engine, INBOUND_CHANNEL)
    try:
        watch.payloads()
        for n, (holder, lasts) in enumerate(
            [("this-pipeline", 30), ("other-replica", 30), ("this-pipeline", -1)], start=1
        ):
            with services.sessions() as session, session.begin():
                session.execute(delete(ConversationClaim))
                session.add(
                    ConversationClaim(
                        conversation_id=conversation_id,
                        holder=holder,
                        expires_at=utcnow() + timedelta(seconds=lasts),
                    )
                )
            assert asyncio.run(accept_inbound(services, Inbound("sms", AMINA, f"SM-{n}", "hi")))
            time.sleep(0.2)
            told = [payload.split()[1] for payload in watch.payloads()]
            assert told == ([] if n == 1 else [str(conversation_id)]), holder
    finally:
        watch.close()
        services.engine.dispose()
    assert services.wake_pipeline.count == 4  # type: ignore[attr-defined]


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
