"""Everything members send besides words, through the real webhooks with the bodies Twilio and
Telegram really post (tests/data/webhooks): voice notes, videos, locations, contact cards,
stickers, reactions, edits and replies, on WhatsApp and Telegram."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from db.models import Attendance, Case, ChannelIdentity, MediaFile, Message, OutboxItem
from db.queries import enqueue, identity_for
from tests.e2e.people import new_member
from tests.e2e.talk import conversation, member, replies_to, say, set_member
from tests.harness import Gateway, wait_until
from tests.media_samples import RECEIPT_JPEG, VIDEO_MP4, ogg_opus_voice_note
from tests.webhook_corpus import CORPUS_DIR, WebhookBody

CHANNELS = ("whatsapp", "telegram")
FALLBACK_WORDS = ("not something I can help with", "can only read text", "didn't understand")
_CHATS = itertools.count(84_100_000)
_IDS = itertools.count(int(uuid.uuid4().int % 10**9) * 1000)


def _unique_sid(prefix: str) -> str:
    return prefix + uuid.uuid4().hex


def member_on(e2e: Gateway, channel: str, **values: Any) -> str:
    """A fresh onboarded member who writes on `channel`; their address there."""
    phone = new_member(e2e)
    if values:
        set_member(e2e, phone, **values)
    if channel == "whatsapp":
        return phone
    chat = str(next(_CHATS))
    with e2e.services.sessions() as session, session.begin():
        identity = identity_for(session, "telegram", chat)
        identity.member_id = member(e2e, phone).id
    return chat


def whatsapp_form(e2e: Gateway, name: str, phone: str, **fields: str) -> dict[str, str]:
    """A captured WhatsApp body from this member, with fresh ids and its media on the
    stand-in."""
    form = WebhookBody("twilio_messages", name, CORPUS_DIR / "twilio_messages" / f"{name}.form")
    values = form.form()
    sid = _unique_sid("MM" if values.get("NumMedia", "0") != "0" else "SM")
    values |= {"MessageSid": sid, "SmsMessageSid": sid, "SmsSid": sid}
    values |= {"From": f"whatsapp:{phone}", "WaId": phone.lstrip("+")}
    return values | fields


def with_media(e2e: Gateway, form: dict[str, str], content: bytes) -> dict[str, str]:
    content_type = form["MediaContentType0"]
    return form | {"MediaUrl0": e2e.twilio_api.register_media(content, content_type)}


def telegram_update(name: str, chat: str) -> dict[str, Any]:
    """A captured Telegram update, in this member's private chat, with fresh ids."""
    update = WebhookBody("telegram", name, CORPUS_DIR / "telegram" / f"{name}.json").update()
    update["update_id"] = next(_IDS)
    for key in ("message", "edited_message", "message_reaction"):
        if key in update:
            part = update[key]
            part["chat"] = {"id": int(chat), "first_name": "Robin", "type": "private"}
            if "from" in part:
                part["from"]["id"] = int(chat)
            if "user" in part:
                part["user"]["id"] = int(chat)
            part["message_id"] = next(_IDS)
    return update


def with_file(e2e: Gateway, update: dict[str, Any], field: str, content: bytes) -> dict[str, Any]:
    registered = e2e.telegram_api.register_file(content, mime_type="audio/ogg")
    update["message"][field]["file_id"] = registered.file_id
    return update


def send(e2e: Gateway, channel: str, address: str, body: dict[str, Any]) -> list[str]:
    """Post one body as its provider would; the replies it got."""
    before = len(replies_to(e2e, channel, address))
    response = e2e.telegram(body) if channel == "telegram" else e2e.post_twilio(body)
    assert response.status_code == 200, response.text
    e2e.wait_processed(timeout=60)
    wait_until(lambda: len(replies_to(e2e, channel, address)) > before, 30, "a reply")
    return replies_to(e2e, channel, address)[before:]


def assert_no_fallback(replies: list[str]) -> None:
    text = " ".join(replies)
    assert not any(words in text for words in FALLBACK_WORDS), replies


def voice_note(e2e: Gateway, channel: str, address: str) -> dict[str, Any]:
    audio = ogg_opus_voice_note()
    if channel == "whatsapp":
        return with_media(e2e, whatsapp_form(e2e, "whatsapp-voice-note", address), audio)
    return with_file(e2e, telegram_update("message-voice", address), "voice", audio)


def cases_of(e2e: Gateway, channel: str, address: str, kind: str) -> list[Case]:
    found = conversation(e2e, channel, address)
    with e2e.services.sessions() as session:
        rows = session.execute(
            select(Case).where(Case.conversation_id == found.id, Case.kind == kind)
        ).scalars()
        return [session.expunge(row) or row for row in rows]  # type: ignore[func-returns-value]


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_voice_note_reaches_a_person(e2e: Gateway, channel: str) -> None:
    address = member_on(e2e, channel, access_needs="Dyslexic: prefers voice notes to writing")
    replies = send(e2e, channel, address, voice_note(e2e, channel, address))
    assert len(replies) == 1 and "a person will listen and reply" in replies[0], replies
    assert_no_fallback(replies)
    [case] = cases_of(e2e, channel, address, "voice")
    assert case.reason == "voice note from Robin Tester (prefers voice)"

    def stored() -> Any:
        with e2e.services.sessions() as session:
            return session.execute(
                select(Message.kind, MediaFile.content_type, MediaFile.sha256)
                .join(MediaFile, MediaFile.message_id == Message.id)
                .where(Message.conversation_id == case.conversation_id)
            ).one()

    wait_until(lambda: stored().sha256 is not None, 15, "the voice note downloaded")
    assert stored().kind == "voice" and stored().content_type == "audio/ogg"


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_location_gets_the_venue_and_how_far_it_is(e2e: Gateway, channel: str) -> None:
    address = member_on(e2e, channel)
    if channel == "whatsapp":  # shared at the hall's door
        body: dict[str, Any] = whatsapp_form(e2e, "whatsapp-location-named", address)
        distance = "less than 200 m"
    else:  # shared from Liverpool Street, about 8.6 km away
        body = telegram_update("message-location", address)
        body["message"]["location"] = {"latitude": 51.5178, "longitude": -0.0823}
        distance = "km ("
    replies = send(e2e, channel, address, body)
    assert len(replies) == 1, replies
    assert "Walthamstow Assembly Hall" in replies[0] and "Getting there" in replies[0]
    assert distance in replies[0]


KIND_BODIES = {  # kind: (WhatsApp body, Telegram body, words in the one answer)
    "contact card": ("whatsapp-contact-vcard", "message-contact-other", "contact card"),
    "sticker": ("whatsapp-sticker", "message-sticker", "Thanks"),
    "reaction": ("whatsapp-reaction", "message-reaction", "reaction"),
    "video": ("whatsapp-video", "message-video-note", "can't watch videos"),
}


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("kind", sorted(KIND_BODIES))
def test_each_kind_gets_a_fitting_answer(e2e: Gateway, channel: str, kind: str) -> None:
    address = member_on(e2e, channel)
    whatsapp_name, telegram_name, words = KIND_BODIES[kind]
    if channel == "whatsapp":
        body: dict[str, Any] = whatsapp_form(e2e, whatsapp_name, address)
        if kind == "video":
            body = with_media(e2e, body, VIDEO_MP4)
    else:
        body = telegram_update(telegram_name, address)
        if kind == "video":
            body = with_file(e2e, body, "video_note", VIDEO_MP4)
    replies = send(e2e, channel, address, body)
    assert len(replies) == 1 and words in replies[0], replies
    assert_no_fallback(replies)
    assert cases_of(e2e, channel, address, "misunderstood") == []


def test_an_edit_is_answered_once_as_a_correction(e2e: Gateway) -> None:
    chat = member_on(e2e, "telegram")
    original = telegram_update("message-text", chat)
    original["message"]["text"] = "what time does the first saturday start?"
    first = send(e2e, "telegram", chat, original)
    edit = telegram_update("edited-message", chat)
    edit["edited_message"]["message_id"] = original["message"]["message_id"]
    edit["edited_message"]["text"] = "where is the venue?"
    send(e2e, "telegram", chat, edit)  # the note comes first, then Rasa's answer
    wait_until(
        lambda: len(replies_to(e2e, "telegram", chat)) >= len(first) + 2, 30, "the new answer"
    )
    replies = replies_to(e2e, "telegram", chat)[len(first) :]
    assert "edited your message" in replies[0], replies
    assert "Walthamstow" in " ".join(replies[1:]), replies
    assert len(replies) <= 3 and first[0] not in replies  # never the old answer again
    assert e2e.telegram(edit).status_code == 200  # Telegram sends it again: nothing more
    e2e.wait_processed()
    assert len(replies_to(e2e, "telegram", chat)) == len(first) + len(replies)


def sent_reminder(e2e: Gateway, channel: str, address: str, session_id: str) -> str:
    """A reminder for `session_id` that reached the member; the id the provider gave it."""
    provider_id = _unique_sid("SM") if channel == "whatsapp" else str(next(_IDS))
    with e2e.services.sessions() as session, session.begin():
        identity = session.execute(
            select(ChannelIdentity).where(
                ChannelIdentity.channel == channel, ChannelIdentity.address == address
            )
        ).scalar_one()
        row = enqueue(
            session,
            key=f"reminder:test:{provider_id}",
            kind="reminder",
            channel=channel,
            address=address,
            body="A reminder: Weekend 2 Sunday. Reply COMING if you'll be there.",
            member_id=identity.member_id,
            identity_id=identity.id,
            session_id=session_id,
        )
        item = session.get(OutboxItem, row)
        assert item is not None
        item.status, item.provider_id = "sent", provider_id
    return provider_id


@pytest.mark.parametrize("channel", CHANNELS)
def test_yes_to_a_reminder_confirms_that_session(e2e: Gateway, channel: str) -> None:
    address = member_on(e2e, channel)
    say(e2e, channel, address, "hello")  # the chat exists, as after an invitation
    later = sent_reminder(e2e, channel, address, "w3-sun")
    sent_reminder(e2e, channel, address, "w2-sat")  # the newest reminder is another session's
    if channel == "whatsapp":
        body: dict[str, Any] = whatsapp_form(
            e2e, "whatsapp-reply", address, Body="yes", OriginalRepliedMessageSid=later
        )
    else:
        body = telegram_update("message-reply", address)
        body["message"]["text"] = "yes"
        body["message"]["reply_to_message"]["message_id"] = int(later)
    replies = send(e2e, channel, address, body)
    assert "See you at" in " ".join(replies), replies
    phone_member = conversation(e2e, channel, address).member_id
    with e2e.services.sessions() as session:
        confirmed = session.execute(
            select(Attendance.session_id).where(
                Attendance.member_id == phone_member, Attendance.status == "confirmed"
            )
        ).scalars()
        assert list(confirmed) == ["w3-sun"]


@pytest.mark.parametrize("channel", CHANNELS)
def test_a_voice_note_inside_a_claim_is_not_the_receipt(e2e: Gateway, channel: str) -> None:
    address = member_on(e2e, channel)
    replies = say(e2e, channel, address, "can I claim for my taxi, it was 12 quid")
    for _ in range(4):
        if "photo of the receipt" in replies[-1]:
            break
        answers = {"Which day": "Saturday weekend 1", "claim for": "travel", "How much": "12"}
        answer = next(a for words, a in answers.items() if words in replies[-1])
        replies = say(e2e, channel, address, answer)
    assert "photo of the receipt" in replies[-1], replies
    replies = send(e2e, channel, address, voice_note(e2e, channel, address))
    assert len(replies) == 1 and "Please send a photo of the receipt" in replies[0], replies
    replies = say(e2e, channel, address, "", photo=RECEIPT_JPEG)  # the claim waited for it
    assert "photo received" in " ".join(replies) or "Which day" in " ".join(replies), replies
