"""Telegram end to end through the real python-telegram-bot client and the stand-in Bot API:
the secret-checked webhook, polling, recognising a chat, media, and sending."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select

from bot.outbox.queue import send_to_member
from bot.settings import Settings
from db.models import ChannelIdentity, MediaFile, Member, Message
from tests.bot.channels.support import CHIDI_CHAT, count
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import Gateway, running_gateway


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


def test_telegram_sticker_is_acknowledged(gateway: Gateway) -> None:
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
    assert "Thanks" in reply and "didn't understand" not in reply


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


def test_telegram_polling_mode_receives_updates_without_a_public_url(
    stand_in_settings_with: Callable[..., Settings],
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
) -> None:
    settings = stand_in_settings_with(
        PUBLIC_BASE_URL="http://127.0.0.1:8000", TELEGRAM_MODE="polling"
    )
    with running_gateway(settings, twilio_api, telegram_api) as gateway:
        telegram_api.push_message(CHIDI_CHAT, "hello")
        reply = gateway.telegram_api.wait_for(1, timeout=15, chat_id=CHIDI_CHAT)[0]["text"]
        assert "6-character code" in reply  # an unknown chat is asked for its code
        assert telegram_api.calls("getUpdates") and not telegram_api.webhook.get("url")
