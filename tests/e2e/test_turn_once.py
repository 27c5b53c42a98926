"""A member's message reaches Rasa at most once, end to end with the real Rasa server: an
answer lost on the way back (a read timeout) or a gateway that stopped before queueing the
replies never makes Rasa run the turn again (its actions, its forms); the replies are read from
Rasa's tracker instead. A message Rasa never saw is sent again."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import select

from bot import message_texts as texts
from bot.channels.inbound import Inbound, store_inbound
from bot.gateway.pipeline import Pipeline
from bot.gateway.rasa_client import RasaClient
from bot.members.roster import new_invite_code
from bot.services import Services
from bot.settings import Settings
from db.models import ChannelIdentity, Conversation, Member, Message, OutboxItem
from db.session import make_engine, make_session_factory
from db.types import utcnow
from tests.assistant import Assistant
from tests.e2e.talk import say
from tests.fakes.rasa_proxy import RasaProxy
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, gateway_settings, running_gateway

QUESTION = "when is the next session?"


def settings_for(
    assistant: Assistant,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    rasa_url: str,
) -> Settings:
    return gateway_settings(
        assistant.var_dir,
        assistant.config_path,
        assistant.database_url,
        twilio_api,
        telegram_api,
        RASA_URL=rasa_url,
        RASA_TOKEN=assistant.rasa_token,
        ACTIONS_PORT=assistant.actions_port,
        RASA_TIMEOUT_SECONDS=2.0,
    )


@pytest.fixture
def rasa_proxy(assistant: Assistant) -> Iterator[RasaProxy]:
    proxy = RasaProxy(assistant.rasa_url).start()
    yield proxy
    proxy.stop()


@pytest.fixture
def behind_proxy(
    assistant: Assistant,
    rasa_proxy: RasaProxy,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> Iterator[Gateway]:
    """The gateway talking to Rasa through the proxy, giving up on Rasa after 2 s."""
    settings = settings_for(assistant, twilio_api, telegram_api, rasa_proxy.base_url)
    with running_gateway(settings, twilio_api, telegram_api) as gateway:
        yield gateway


def onboarded_member(services: Services, phone: str) -> int:
    """A member of our own (the session's database is shared), past onboarding."""
    with services.sessions() as session, session.begin():
        member = session.execute(select(Member).where(Member.phone == phone)).scalar_one_or_none()
        if member is None:
            taken = set(session.execute(select(Member.invite_code)).scalars())
            member = Member(
                first_name="Robin",
                last_name="Turner",
                phone=phone,
                invite_code=new_invite_code(taken),
                onboarding_state="onboarded",
            )
            session.add(member)
            session.flush()
        return member.id


def latest_inbound(services: Services, address: str) -> Message:
    """The last message this SMS number sent."""
    with services.sessions() as session:
        message = session.execute(
            select(Message)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .join(ChannelIdentity, ChannelIdentity.id == Conversation.identity_id)
            .where(
                ChannelIdentity.channel == "sms",
                ChannelIdentity.address == address,
                Message.direction == "in",
            )
            .order_by(Message.id.desc())
            .limit(1)
        ).scalar_one()
        session.expunge(message)
        return message


def turns_rasa_ran(assistant: Assistant, message: Message) -> int:
    """How many user events in Rasa's tracker carry this message's id."""
    with make_session_factory(make_engine(assistant.database_url))() as session:
        conversation = session.get(Conversation, message.conversation_id)
        assert conversation is not None
        sender = conversation.rasa_sender_id
    tracker = httpx.get(
        f"{assistant.rasa_url}/conversations/{sender}/tracker",
        params={"token": assistant.rasa_token, "include_events": "ALL"},
        timeout=10,
    ).json()
    return sum(
        1
        for event in tracker["events"]
        if event["event"] == "user"
        and (event.get("metadata") or {}).get("message_id") == message.id
    )


def test_a_read_timeout_does_not_make_rasa_run_the_members_turn_twice(
    behind_proxy: Gateway, rasa_proxy: RasaProxy, assistant: Assistant
) -> None:
    phone = "+447700900701"
    onboarded_member(behind_proxy.services, phone)
    rasa_proxy.hold_next_answer(4.0)  # Rasa runs the turn; the gateway gives up after 2 s

    replies = say(behind_proxy, "sms", phone, QUESTION)

    message = latest_inbound(behind_proxy.services, phone)
    assert turns_rasa_ran(assistant, message) == 1
    assert rasa_proxy.member_messages_forwarded == 1
    assert replies and texts.apology(behind_proxy.services.config) not in replies


def test_a_message_rasa_never_saw_is_sent_again_once(
    behind_proxy: Gateway, rasa_proxy: RasaProxy, assistant: Assistant
) -> None:
    phone = "+447700900702"
    onboarded_member(behind_proxy.services, phone)
    rasa_proxy.refuse_next()  # 502 before Rasa sees it: the tracker has no such turn

    replies = say(behind_proxy, "sms", phone, QUESTION)

    message = latest_inbound(behind_proxy.services, phone)
    assert turns_rasa_ran(assistant, message) == 1
    assert replies and texts.apology(behind_proxy.services.config) not in replies


def test_a_message_replayed_after_a_crash_takes_its_replies_from_the_tracker(
    assistant: Assistant, twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> None:
    settings = settings_for(assistant, twilio_api, telegram_api, assistant.rasa_url)
    services = Services.from_settings(settings)
    phone = "+447700900703"
    member_id = onboarded_member(services, phone)
    # The gateway stored the message, handed it to Rasa, and stopped before queueing the replies.
    with services.sessions() as session, session.begin():
        stored = store_inbound(session, Inbound("sms", phone, f"SM{uuid.uuid4().hex}", QUESTION))
        assert stored is not None
        message_id = stored.message_id
        message = session.get(Message, message_id)
        assert message is not None
        message.sent_to_rasa_at = utcnow()
        conversation_id = message.conversation_id
    metadata = {"member_id": member_id, "channel": "sms", "message_id": message_id}

    async def send_then_restart() -> list[dict[str, object]]:
        rasa = RasaClient(settings)
        try:
            answered = await rasa.send_message(str(conversation_id), QUESTION, metadata)
        finally:
            await rasa.aclose()
        pipeline = Pipeline(services)  # the gateway started again: it finds the message
        try:
            await pipeline.drain_all()
        finally:
            await pipeline.rasa.aclose()
        return answered

    answered = asyncio.run(send_then_restart())

    with services.sessions() as session:
        stored = session.get(Message, message_id)
        assert stored is not None and stored.processed_at is not None
        queued = session.execute(
            select(OutboxItem.body)
            .where(OutboxItem.idempotency_key.startswith(f"reply:{message_id}:"))
            .order_by(OutboxItem.idempotency_key)
        ).scalars()
        assert list(queued) == [reply["text"] for reply in answered if reply.get("text")]
        assert turns_rasa_ran(assistant, stored) == 1
