"""Channels end to end through the real twilio and python-telegram-bot clients and the stand-in
API servers: what a member, Twilio or Telegram would see. Rasa is not running here (RASA_URL
points at a closed port), so every member message takes the "assistant unavailable" path: one
apology, and the conversation escalated for staff."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.members.roster import import_roster
from bot.outbox.queue import send_to_member
from bot.settings import Settings
from db.models import (
    ChannelIdentity,
    Conversation,
    MediaFile,
    Member,
    Message,
    OutboxItem,
)
from db.types import utcnow
from tests.conftest import SAMPLE_ROSTER
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, gateway_settings, running_gateway, wait_until

AMINA = "+447700900100"  # sms member in the sample roster
KWAME = "+447700900103"  # whatsapp member
CHIDI_CHAT = 555001  # a Telegram chat


@pytest.fixture
def gateway(
    stand_in_settings: Settings, twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> Iterator[Gateway]:
    with running_gateway(stand_in_settings, twilio_api, telegram_api) as gateway:
        with gateway.services.sessions() as session, session.begin():
            import_roster(session, SAMPLE_ROSTER)
        yield gateway


def count(gateway: Gateway, model: type) -> int:
    with gateway.services.sessions() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


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


def test_rasa_down_escalates_the_conversation_for_staff(gateway: Gateway) -> None:
    gateway.sms(AMINA, "can I bring my daughter?")
    gateway.twilio_api.wait_for(1)
    with gateway.services.sessions() as session:
        conversation = session.execute(select(Conversation)).scalar_one()
        assert conversation.status == "escalated"
        assert conversation.reason == "assistant unavailable"
    # A second message while escalated: stored for staff, no second apology.
    gateway.sms(AMINA, "hello?")
    gateway.wait_processed()
    assert len(gateway.twilio_api.sent_messages()) == 1
    assert count(gateway, Message) == 3  # two in, one out


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


def test_wrong_content_type_and_oversized_body_get_400(gateway: Gateway) -> None:
    response = gateway.client.post(
        "/webhooks/twilio/messages", json={"From": AMINA}, headers={"X-Twilio-Signature": "x"}
    )
    assert response.status_code == 400
    form = gateway.twilio_api.inbound_form(AMINA, "+447700900999", "x" * 70_000)
    assert gateway.post_twilio(form).status_code == 400
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


def _queue_reminder(gateway: Gateway, phone: str) -> None:
    with gateway.services.sessions() as session, session.begin():
        member = session.execute(select(Member).where(Member.phone == phone)).scalar_one()
        send_to_member(
            session,
            member,
            key=f"reminder:{member.id}:w1-sat:1d",
            kind="reminder",
            body="Reminder: see you tomorrow",
            template="reminder",
            template_variables={
                "first_name": member.first_name,
                "session_title": "Weekend 1, Saturday",
                "starts_at": "Saturday 20 February at 10:00",
                "venue_name": "Walthamstow Assembly Hall",
            },
        )


def _kwame_on_whatsapp(gateway: Gateway, last_heard_hours_ago: float) -> None:
    """Kwame prefers WhatsApp; his last message there was this long ago (the 24-hour window)."""
    with gateway.services.sessions() as session, session.begin():
        kwame = session.execute(select(Member).where(Member.phone == KWAME)).scalar_one()
        session.add(
            ChannelIdentity(
                member_id=kwame.id,
                channel="whatsapp",
                address=KWAME,
                last_inbound_at=utcnow() - timedelta(hours=last_heard_hours_ago),
            )
        )


def test_whatsapp_member_silent_for_25_hours_gets_the_template(gateway: Gateway) -> None:
    _kwame_on_whatsapp(gateway, last_heard_hours_ago=25)
    _queue_reminder(gateway, KWAME)
    sent = gateway.twilio_api.wait_for(1)[0]
    assert sent["to"] == f"whatsapp:{KWAME}"
    assert sent["content_sid"] == "HXbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
    assert sent["content_variables"]["1"] == "Kwame"
    assert not sent["body"]


def test_whatsapp_member_inside_the_window_gets_free_text(gateway: Gateway) -> None:
    _kwame_on_whatsapp(gateway, last_heard_hours_ago=2)
    _queue_reminder(gateway, KWAME)
    sent = gateway.twilio_api.wait_for(1)[0]
    assert sent["body"] == "Reminder: see you tomorrow"
    assert not sent["content_sid"]


def test_429_then_success_delivers_exactly_once(gateway: Gateway) -> None:
    gateway.twilio_api.fail_next(429)
    _queue_reminder(gateway, AMINA)
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
    _queue_reminder(gateway, AMINA)

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
    _queue_reminder(gateway, AMINA)
    sid = gateway.twilio_api.wait_for(1)[0]["sid"]
    wait_until(lambda: _status(gateway) == "sent", what="sent")
    _url, form, headers = gateway.twilio_api.status_callback(sid, "delivered")
    response = gateway.client.post("/webhooks/twilio/status", data=form, headers=headers)
    assert response.status_code == 204
    assert _status(gateway) == "delivered"
    forged = gateway.client.post(
        "/webhooks/twilio/status", data=form, headers={"X-Twilio-Signature": "nope"}
    )
    assert forged.status_code == 403


def _status(gateway: Gateway) -> str:
    with gateway.services.sessions() as session:
        return session.execute(select(OutboxItem.status)).scalar_one()


# --- Telegram ---------------------------------------------------------------------------------


def test_telegram_wrong_secret_gets_403_and_stores_nothing(gateway: Gateway) -> None:
    update = gateway.telegram_api.make_message_update(CHIDI_CHAT, "hello")
    assert gateway.telegram(update, secret="wrong").status_code == 403
    assert count(gateway, Message) == 0


def test_telegram_webhook_is_registered_with_the_secret(gateway: Gateway) -> None:
    webhook = gateway.telegram_api.webhook
    assert webhook["url"] == "https://testserver/webhooks/telegram"
    assert webhook["secret_token"] == gateway.settings.TELEGRAM_WEBHOOK_SECRET


def test_telegram_bad_json_gets_400(gateway: Gateway) -> None:
    response = gateway.client.post(
        "/webhooks/telegram",
        content=b"{not json",
        headers={"X-Telegram-Bot-Api-Secret-Token": gateway.settings.TELEGRAM_WEBHOOK_SECRET},
    )
    assert response.status_code == 400
    assert count(gateway, Message) == 0


def test_telegram_deep_link_with_invite_code_links_the_member(gateway: Gateway) -> None:
    with gateway.services.sessions() as session:
        chidi = session.execute(select(Member).where(Member.first_name == "Chidi")).scalar_one()
    update = gateway.telegram_api.make_message_update(CHIDI_CHAT, f"/start {chidi.invite_code}")
    assert gateway.telegram(update).status_code == 200
    assert gateway.telegram(update).status_code == 200  # Telegram's retry: ignored
    gateway.telegram_api.wait_for(1, chat_id=CHIDI_CHAT)
    with gateway.services.sessions() as session:
        identity = session.execute(
            select(ChannelIdentity).where(ChannelIdentity.channel == "telegram")
        ).scalar_one()
        assert identity.member_id == chidi.id
        assert identity.address == str(CHIDI_CHAT)
        assert (
            session.execute(
                select(func.count()).select_from(Message).where(Message.direction == "in")
            ).scalar_one()
            == 1
        )


def test_telegram_unknown_chat_is_offered_the_share_phone_button(gateway: Gateway) -> None:
    gateway.telegram(gateway.telegram_api.make_message_update(CHIDI_CHAT, "hi"))
    sent = gateway.telegram_api.wait_for(1, chat_id=CHIDI_CHAT)[0]
    keyboard = sent["reply_markup"]["keyboard"]
    assert keyboard[0][0]["request_contact"] is True


def test_five_wrong_codes_in_an_hour_are_refused(gateway: Gateway) -> None:
    for n in range(6):
        gateway.telegram(gateway.telegram_api.make_message_update(CHIDI_CHAT, f"JOIN ZZZZZ{n + 2}"))
    gateway.telegram_api.wait_for(6, timeout=15, chat_id=CHIDI_CHAT)  # 1 message/s per chat
    replies = [m["text"] for m in gateway.telegram_api.sent_messages(chat_id=CHIDI_CHAT)]
    assert all("didn't work" in reply for reply in replies[:5])
    assert "for an hour" in replies[5]


def test_telegram_photo_is_fetched_through_get_file(gateway: Gateway) -> None:
    with gateway.services.sessions() as session, session.begin():
        chidi = session.execute(select(Member).where(Member.first_name == "Chidi")).scalar_one()
        session.add(
            ChannelIdentity(member_id=chidi.id, channel="telegram", address=str(CHIDI_CHAT))
        )
    photo = gateway.telegram_api.register_file(b"\x89PNG receipt", mime_type="image/png")
    update = gateway.telegram_api.make_message_update(CHIDI_CHAT, photo=photo, caption="taxi")
    gateway.telegram(update)
    gateway.wait_processed()
    with gateway.services.sessions() as session:
        media = session.execute(select(MediaFile)).scalar_one()
        assert media.size_bytes == len(b"\x89PNG receipt") and media.sha256
    assert gateway.telegram_api.calls("getFile")


def test_telegram_sticker_gets_a_polite_text_only_reply(gateway: Gateway) -> None:
    with gateway.services.sessions() as session, session.begin():
        chidi = session.execute(select(Member).where(Member.first_name == "Chidi")).scalar_one()
        session.add(
            ChannelIdentity(member_id=chidi.id, channel="telegram", address=str(CHIDI_CHAT))
        )
    update = gateway.telegram_api.make_message_update(CHIDI_CHAT)
    update["message"]["sticker"] = {
        "file_id": "st1",
        "file_unique_id": "u1",
        "width": 1,
        "height": 1,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
    }
    gateway.telegram(update)
    reply = gateway.telegram_api.wait_for(1, chat_id=CHIDI_CHAT)[0]["text"]
    assert "only read text and photos" in reply


def test_telegram_429_is_retried_after_retry_after(gateway: Gateway) -> None:
    with gateway.services.sessions() as session, session.begin():
        chidi = session.execute(select(Member).where(Member.first_name == "Chidi")).scalar_one()
        session.add(
            ChannelIdentity(member_id=chidi.id, channel="telegram", address=str(CHIDI_CHAT))
        )
        send_to_member(session, chidi, key="t1", kind="reminder", body="see you")
    gateway.telegram_api.fail_next("sendMessage", error_code=429, retry_after=1)
    sent = gateway.telegram_api.wait_for(1, timeout=10, chat_id=CHIDI_CHAT)
    assert len(sent) == 1
    assert len(gateway.telegram_api.calls("sendMessage")) == 2


def test_whatsapp_window_error_63016_resends_as_the_template(gateway: Gateway) -> None:
    _kwame_on_whatsapp(gateway, last_heard_hours_ago=2)
    gateway.twilio_api.fail_next(code=63016)  # Twilio says the window has closed after all
    _queue_reminder(gateway, KWAME)
    sent = gateway.twilio_api.wait_for(1, timeout=10)
    assert sent[0]["content_sid"] == "HXbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
    assert len(gateway.twilio_api.sent_messages()) == 1


def test_telegram_polling_mode_receives_updates_without_a_public_url(
    var_dir: Path,
    config_path: Path,
    database_url: str,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> None:
    settings = gateway_settings(
        var_dir,
        config_path,
        database_url,
        twilio_api,
        telegram_api,
        PUBLIC_BASE_URL="http://127.0.0.1:8000",
        TELEGRAM_MODE="polling",
    )
    with running_gateway(settings, twilio_api, telegram_api) as gateway:
        telegram_api.push_message(CHIDI_CHAT, "hello")
        reply = gateway.telegram_api.wait_for(1, timeout=15, chat_id=CHIDI_CHAT)[0]["text"]
        assert "6-character code" in reply  # an unknown chat is asked for its code
        assert telegram_api.calls("getUpdates") and not telegram_api.webhook.get("url")
