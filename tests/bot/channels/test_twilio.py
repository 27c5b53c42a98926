"""SMS through Twilio end to end: the signed webhooks, keywords, media, and sending through the
real twilio client to the stand-in, as a member or Twilio would see it."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.outbox.queue import send_to_member
from db.models import (
    Case,
    ChannelIdentity,
    Conversation,
    MediaFile,
    Member,
    Message,
    OutboxItem,
)
from tests.bot.channels.support import AMINA, count, outbox_status, queue_reminder
from tests.harness import Gateway, wait_until


def test_signed_sms_is_acknowledged_and_answered_at_the_stand_in(gateway: Gateway) -> None:
    response = gateway.sms(AMINA, "hello, when is the first weekend?")
    assert response.status_code == 200
    assert response.text.endswith("<Response/>")
    sent = gateway.twilio_api.wait_for(1)
    assert sent[0]["to"] == AMINA
    assert sent[0]["from"] == "+447700900999"
    # Rasa is down here: the member gets the apology with the staff contact, never silence.
    assert "+44 20 8496 0000" in sent[0]["body"]
    assert sent[0]["status_callback"].endswith("/webhooks/twilio/status")


def test_rasa_down_opens_a_case_for_staff_and_answers_every_message(gateway: Gateway) -> None:
    gateway.sms(AMINA, "can I bring my daughter?")
    gateway.twilio_api.wait_for(1)
    with gateway.services.sessions() as session:
        conversation = session.execute(select(Conversation)).scalar_one()
        assert conversation.status == "escalated"
        assert conversation.reason == "assistant unavailable"
    # A second message while Rasa is still down: another apology (never silence), same case.
    gateway.sms(AMINA, "hello?")
    gateway.wait_processed()
    gateway.twilio_api.wait_for(2)
    assert count(gateway, Message) == 4  # two in, two out
    assert count(gateway, Case) == 1


def test_forged_signature_gets_403_and_stores_nothing(gateway: Gateway) -> None:
    form = gateway.twilio_api.inbound_form(AMINA, "+447700900999", "hi")
    response = gateway.post_twilio(form, signature="forged")
    assert response.status_code == 403
    assert count(gateway, Message) == 0
    assert count(gateway, ChannelIdentity) == 0


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda form: form.pop("From"), "missing From"),
        (lambda form: form.pop("MessageSid"), "missing MessageSid"),
        (lambda form: form.update(From="not-a-number"), "E.164"),
    ],
)
def test_malformed_webhook_gets_400_with_reason(gateway: Gateway, change, reason: str) -> None:
    form = gateway.twilio_api.inbound_form(AMINA, "+447700900999", "hi")
    change(form)
    response = gateway.post_twilio(form)
    assert response.status_code == 400
    assert reason in response.text
    assert count(gateway, Message) == 0


def test_wrong_content_type_gets_400_and_oversized_body_413(gateway: Gateway) -> None:
    response = gateway.client.post(
        "/webhooks/twilio/messages", json={"From": AMINA}, headers={"X-Twilio-Signature": "x"}
    )
    assert response.status_code == 400
    form = gateway.twilio_api.inbound_form(AMINA, "+447700900999", "x" * 70_000)
    assert gateway.post_twilio(form).status_code == 413
    assert count(gateway, Message) == 0


def test_same_message_sid_twice_gives_one_reply(gateway: Gateway) -> None:
    form = gateway.twilio_api.inbound_form(AMINA, "+447700900999", "hello")
    assert gateway.post_twilio(form).status_code == 200
    assert gateway.post_twilio(form).status_code == 200
    gateway.twilio_api.wait_for(1)
    gateway.wait_processed()
    assert len(gateway.twilio_api.sent_messages()) == 1
    with gateway.services.sessions() as session:
        inbound = session.execute(
            select(func.count()).select_from(Message).where(Message.direction == "in")
        ).scalar_one()
    assert inbound == 1


def test_unknown_number_learns_nothing_about_the_roster(gateway: Gateway) -> None:
    gateway.sms("+447700900555", "is Amina Okafor in the assembly?")
    reply = gateway.twilio_api.wait_for(1)[0]["body"]
    assert "Amina" not in reply and "Okafor" not in reply
    assert "code" in reply  # how to join
    assert "+44 20 8496 0000" in reply  # how to reach staff


def test_stop_keeps_scheduled_messages_off_that_channel(gateway: Gateway) -> None:
    gateway.sms(AMINA, "STOP")
    gateway.wait_processed()
    with gateway.services.sessions() as session, session.begin():
        amina = session.execute(select(Member).where(Member.phone == AMINA)).scalar_one()
        queued = send_to_member(
            session, amina, key="reminder:test", kind="reminder", body="See you Saturday"
        )
    assert queued is None
    gateway.sms(AMINA, "START")
    reply = gateway.twilio_api.wait_for(1)[0]["body"]
    assert "on again" in reply
    with gateway.services.sessions() as session:
        identity = session.execute(
            select(ChannelIdentity).where(ChannelIdentity.address == AMINA)
        ).scalar_one()
        assert identity.opted_out is False


def test_help_answers_with_the_staff_contact(gateway: Gateway) -> None:
    gateway.sms(AMINA, "help")
    reply = gateway.twilio_api.wait_for(1)[0]["body"]
    assert "+44 20 8496 0000" in reply and "assembly@example.org" in reply


def test_mms_photo_is_stored_with_checksum_and_linked(gateway: Gateway) -> None:
    receipt = b"\xff\xd8\xff receipt bytes"
    url = gateway.twilio_api.register_media(receipt, "image/jpeg", redirect=True)
    gateway.sms(AMINA, "here is my receipt", media=[(url, "image/jpeg")])
    gateway.wait_processed()
    with gateway.services.sessions() as session:
        media = session.execute(select(MediaFile)).scalar_one()
        assert media.content_type == "image/jpeg"
        assert media.size_bytes == len(receipt)
        stored = gateway.settings.MEDIA_DIR / (media.storage_path or "")
        assert stored.read_bytes() == receipt
        import hashlib

        assert media.sha256 == hashlib.sha256(receipt).hexdigest()
        assert session.get(Message, media.message_id).text == "here is my receipt"


def test_429_then_success_delivers_exactly_once(gateway: Gateway) -> None:
    gateway.twilio_api.fail_next(429)
    queue_reminder(gateway, AMINA)
    sent = gateway.twilio_api.wait_for(1, timeout=10)
    assert len(gateway.twilio_api.create_attempts()) == 2
    assert len(sent) == 1

    def recorded_as_sent() -> OutboxItem | None:  # the worker records it once Twilio answered
        with gateway.services.sessions() as session:
            item = session.execute(select(OutboxItem)).scalar_one()
            return item if item.status == "sent" else None

    item = wait_until(recorded_as_sent, what="the send to be recorded")
    assert item.attempts == 1 and item.provider_id == sent[0]["sid"]


def test_unsubscribed_recipient_marks_the_channel_opted_out(gateway: Gateway) -> None:
    gateway.twilio_api.fail_next(code=21610)
    queue_reminder(gateway, AMINA)

    def failed() -> OutboxItem | None:
        with gateway.services.sessions() as session:
            return session.execute(
                select(OutboxItem).where(OutboxItem.status == "failed")
            ).scalar_one_or_none()

    item = wait_until(failed, what="the send to fail")
    assert item.error_code == "21610"
    with gateway.services.sessions() as session:
        identity = session.get(ChannelIdentity, item.identity_id)
        assert identity is not None and identity.opted_out


def test_status_callback_records_delivery(gateway: Gateway) -> None:
    queue_reminder(gateway, AMINA)
    sid = gateway.twilio_api.wait_for(1)[0]["sid"]
    wait_until(lambda: outbox_status(gateway) == "sent", what="sent")
    _url, form, headers = gateway.twilio_api.status_callback(sid, "delivered")
    response = gateway.client.post("/webhooks/twilio/status", data=form, headers=headers)
    assert response.status_code == 204
    assert outbox_status(gateway) == "delivered"
    forged = gateway.client.post(
        "/webhooks/twilio/status", data=form, headers={"X-Twilio-Signature": "nope"}
    )
    assert forged.status_code == 403
