"""WhatsApp through Twilio end to end: the 24-hour window decides between free text and the
approved template, and a staff reply sent as its template keeps its words until the member
answers."""

from __future__ import annotations

from sqlalchemy import select

from bot.outbox.queue import send_to_identity
from db.models import ChannelIdentity
from tests.bot.channels.support import KWAME, kwame_on_whatsapp, queue_reminder
from tests.harness import Gateway


def test_whatsapp_member_silent_for_25_hours_gets_the_template(gateway: Gateway) -> None:
    kwame_on_whatsapp(gateway, last_heard_hours_ago=25)
    queue_reminder(gateway, KWAME)
    sent = gateway.twilio_api.wait_for(1)[0]
    assert sent["to"] == f"whatsapp:{KWAME}"
    assert sent["content_sid"] == "HXbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
    assert sent["content_variables"]["1"] == "Kwame"
    assert not sent["body"]


def test_whatsapp_member_inside_the_window_gets_free_text(gateway: Gateway) -> None:
    kwame_on_whatsapp(gateway, last_heard_hours_ago=2)
    queue_reminder(gateway, KWAME)
    sent = gateway.twilio_api.wait_for(1)[0]
    assert sent["body"] == "Reminder: see you tomorrow"
    assert not sent["content_sid"]


def test_whatsapp_window_error_63016_resends_as_the_template(gateway: Gateway) -> None:
    kwame_on_whatsapp(gateway, last_heard_hours_ago=2)
    gateway.twilio_api.fail_next(code=63016)  # Twilio says the window has closed after all
    queue_reminder(gateway, KWAME)
    sent = gateway.twilio_api.wait_for(1, timeout=10)
    assert sent[0]["content_sid"] == "HXbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
    assert len(gateway.twilio_api.sent_messages()) == 1


def test_staff_reply_outside_the_window_goes_as_template_and_its_words_follow_the_answer(
    gateway: Gateway,
) -> None:
    kwame_on_whatsapp(gateway, last_heard_hours_ago=25)
    with gateway.services.sessions() as session, session.begin():
        identity = session.execute(
            select(ChannelIdentity).where(ChannelIdentity.address == KWAME)
        ).scalar_one()
        send_to_identity(
            session,
            identity,
            key="staff_reply:test",
            kind="staff_reply",
            body="Yes, you can bring your daughter.",
            template="staff_reply",
            template_variables={"first_name": "Kwame"},
            author="staff:organiser@example.org",
            respect_opt_out=False,
        )
    [template] = gateway.twilio_api.wait_for(1)
    assert template["content_sid"] == "HXdddddddddddddddddddddddddddddddd"
    assert not template["body"]

    gateway.whatsapp(KWAME, "thanks, what was the answer?")  # the window opens again
    sent = gateway.twilio_api.wait_for(3, timeout=10)
    bodies = [message["body"] for message in sent]
    assert bodies.count("Yes, you can bring your daughter.") == 1
    assert all(message["to"] == f"whatsapp:{KWAME}" for message in sent)
