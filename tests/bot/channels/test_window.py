"""The messaging window rule (WhatsApp's 24 hours): free text inside it, the approved template
outside it, and a staff reply's words held until the member answers."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.channels import window
from bot.channels.base import PreparedMessage
from bot.channels.errors import PermanentFailure
from bot.channels.registry import channel_type
from bot.config import AssemblyConfig
from bot.services import Services
from bot.settings import Settings
from db.models import ChannelIdentity, OutboxItem
from db.queries import enqueue, identity_for
from db.types import utcnow

KWAME = "+447700900103"
WHATSAPP = channel_type("whatsapp").window
REMINDER_VARIABLES = {
    "first_name": "Kwame",
    "session_title": "Weekend 1, Saturday",
    "starts_at": "Saturday 24 February at 10:00",
    "venue_name": "Walthamstow Assembly Hall",
}


@pytest.fixture
def services(settings: Settings) -> Services:
    return Services.from_settings(settings)


def prepare(
    config: AssemblyConfig,
    message: PreparedMessage,
    hours_since_member_wrote: float | None,
    variables: dict[str, str] | None = None,
) -> PreparedMessage:
    now = utcnow()
    last = (
        None
        if hours_since_member_wrote is None
        else now - timedelta(hours=hours_since_member_wrote)
    )
    return window.prepare(
        WHATSAPP,
        message,
        last_inbound_at=last,
        template_variables=variables,
        config=config,
        now=now,
    )


def test_only_whatsapp_has_a_window() -> None:
    assert WHATSAPP is not None and WHATSAPP.length == timedelta(hours=24)
    assert [name for name in ("sms", "telegram", "web") if channel_type(name).window] == []


def test_inside_the_window_the_text_goes_as_it_is(services: Services) -> None:
    message = PreparedMessage(KWAME, "See you tomorrow", template="reminder")
    assert prepare(services.config, message, hours_since_member_wrote=23) == message


@pytest.mark.parametrize("hours", [25, None])
def test_outside_the_window_the_approved_template_goes(services: Services, hours: float) -> None:
    message = PreparedMessage(KWAME, "See you tomorrow", template="reminder")
    prepared = prepare(services.config, message, hours, REMINDER_VARIABLES)
    assert prepared.content is not None
    assert prepared.content.content_sid == "HXbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
    assert prepared.content.variables["1"] == "Kwame"


def test_a_message_with_no_text_always_goes_as_its_template(services: Services) -> None:
    message = PreparedMessage(KWAME, None, template="reminder")
    assert prepare(services.config, message, 1, REMINDER_VARIABLES).content is not None


def test_outside_the_window_without_a_template_the_message_fails(services: Services) -> None:
    with pytest.raises(PermanentFailure) as failed:
        prepare(services.config, PreparedMessage(KWAME, "Hello"), hours_since_member_wrote=25)
    assert failed.value.code == "no_template"
    with pytest.raises(PermanentFailure) as missing:
        message = PreparedMessage(KWAME, "Hi", template="reminder")
        prepare(services.config, message, 25, {"first_name": "Kwame"})
    assert missing.value.code == "template_variables"


def test_only_a_persons_words_wait_for_the_answer(services: Services) -> None:
    staff = prepare(
        services.config,
        PreparedMessage(KWAME, "Yes", template="staff_reply"),
        25,
        {"first_name": "K"},
    )
    assert window.holds_text("staff_reply", staff)
    assert not window.holds_text("reminder", staff)
    inside = PreparedMessage(KWAME, "Yes", template="staff_reply")
    assert not window.holds_text("staff_reply", inside)


def test_held_words_go_when_the_member_writes_again(services: Services) -> None:
    with services.sessions() as session, session.begin():
        identity = identity_for(session, "whatsapp", KWAME)
        outbox_id = enqueue(
            session,
            key="staff_reply:1",
            kind="staff_reply",
            channel="whatsapp",
            address=KWAME,
            body="Yes, bring her",
            identity_id=identity.id,
            template="staff_reply",
        )
        item = session.get(OutboxItem, outbox_id)
        assert item is not None
        window.hold_text_until_reply(session, item)
        window.hold_text_until_reply(session, item)  # a retried send holds nothing more
    with services.sessions() as session, session.begin():
        [held] = session.scalars(select(OutboxItem).where(OutboxItem.status == "held")).all()
        assert (held.body, held.idempotency_key) == ("Yes, bring her", "staff_reply:1:after-window")
        identity = session.get(ChannelIdentity, held.identity_id)
        assert identity is not None
        window.release_held_messages(session, identity, None)  # a channel without a window
        assert held.status == "held"
        window.release_held_messages(session, identity, WHATSAPP)
        assert held.status == "pending"


def test_a_window_closed_refusal_sends_the_template_once(services: Services) -> None:
    with services.sessions() as session, session.begin():
        outbox_id = enqueue(
            session,
            key="reminder:1",
            kind="reminder",
            channel="whatsapp",
            address=KWAME,
            body="See you tomorrow",
            template="reminder",
            template_variables=REMINDER_VARIABLES,
        )
        item = session.get(OutboxItem, outbox_id)
        assert item is not None
        window.resend_as_template(session, item)
        window.resend_as_template(session, item)
    with services.sessions() as session:
        again = session.scalars(
            select(OutboxItem).where(OutboxItem.idempotency_key == "reminder:1:template")
        ).all()
        assert [(row.body, row.template, row.status) for row in again] == [
            (None, "reminder", "pending")
        ]
