"""Whatever a webhook receives, the gateway answers without a 5xx: a body that breaks the schema
of what the assistant reads gets 400 and stores nothing; a body past the size limit gets 413
and is not read to the end; a member's text is stored cleaned; update kinds and chats the
assistant does not serve are acknowledged and left alone."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from itertools import product
from typing import Any

import pytest
from sqlalchemy import func, select
from starlette.types import ASGIApp, Message

from bot.settings import Settings
from db.models import ChannelIdentity, MediaFile
from db.models import Message as StoredMessage
from tests.webhook_corpus import (
    ENDPOINT_PATHS,
    WebhookBody,
    WebhookGateway,
    bodies,
    running_webhook_gateway,
    settings_on,
)

SAM = "+447700900201"
PRIVATE_CHAT = {"id": 1001, "type": "private", "first_name": "Sam"}


def private_update(update_id: int, **message: Any) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {"message_id": 1, "date": 1, "chat": PRIVATE_CHAT, **message},
    }


def sms(sid_digit: str, **fields: str) -> dict[str, str]:
    return {"MessageSid": "SM" + sid_digit * 32, "From": SAM, "To": "+447700900999", **fields}


def stored_texts(gateway: WebhookGateway) -> list[str | None]:
    with gateway.services.sessions() as session:
        return list(
            session.execute(
                select(StoredMessage.text)
                .where(StoredMessage.direction == "in")
                .order_by(StoredMessage.id)
            ).scalars()
        )


@pytest.fixture
def hooks(stand_in_settings: Settings) -> Iterator[WebhookGateway]:
    """The webhooks on SQLite, with the pipeline stopped: what is answered and stored."""
    with running_webhook_gateway(stand_in_settings) as gateway:
        yield gateway


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def hooks_on_each_database(
    request: pytest.FixtureRequest, stand_in_settings: Settings
) -> Iterator[WebhookGateway]:
    with running_webhook_gateway(settings_on(request.param, stand_in_settings, request)) as hooks:
        yield hooks


# --- the text that is stored ------------------------------------------------------------------


def test_text_is_stored_without_nul_or_lone_surrogates_in_nfc_and_at_most_4096_characters(
    hooks_on_each_database: WebhookGateway,
) -> None:
    hooks = hooks_on_each_database
    decomposed = "Cafe\u0301"  # "e" and a combining acute accent: NFC makes them one "é"
    long_body = f"{decomposed}\x00 at 10 " + "x" * 5_000
    assert hooks.post("twilio_messages", sms("1", Body=long_body)).status == 200
    update = private_update(7001, text=f"{decomposed}\ud800 ok\x00")
    assert hooks.post("telegram", update).status == 200

    assert stored_texts(hooks) == [("Café at 10 " + "x" * 5_000)[:4096], "Café ok"]


# --- bodies that break the schema -------------------------------------------------------------


def test_an_update_whose_payload_is_not_an_object_gets_400_and_stores_nothing(
    hooks: WebhookGateway,
) -> None:
    kinds = ("message", "callback_query", "my_chat_member", "edited_message", "channel_post")
    answers = {
        (kind, repr(value)): hooks.post("telegram", {"update_id": 8000 + n, kind: value}).status
        for n, (kind, value) in enumerate(product(kinds, ("a string", "", 0, 5, True, [])))
    }
    assert {case: status for case, status in answers.items() if status != 400} == {}
    assert hooks.inbound_count() == 0


@pytest.mark.parametrize(
    "message",
    [
        {"chat": {"id": {}, "type": "private"}, "text": "hello"},  # a chat id that is an object
        {"text": "hello"},  # no chat
        {"chat": PRIVATE_CHAT, "text": {"a": 1}},  # text that is an object
        {"chat": PRIVATE_CHAT, "photo": "not a list"},
    ],
)
def test_a_message_whose_fields_have_the_wrong_type_gets_400(
    hooks: WebhookGateway, message: dict[str, Any]
) -> None:
    update = {"update_id": 8100, "message": {"message_id": 1, "date": 1, **message}}
    outcome = hooks.post("telegram", update)
    assert (outcome.status, outcome.error) == (400, None)
    assert hooks.inbound_count() == 0


def test_json_nested_deeper_than_the_parser_follows_gets_400(hooks: WebhookGateway) -> None:
    nested = b"[" * 50_000 + b"]" * 50_000
    for body in (nested, b'{"update_id": 1, "message": ' + nested + b"}"):
        assert hooks.post("telegram", body).status == 400
    assert hooks.inbound_count() == 0


def test_a_huge_num_media_reads_at_most_ten_attachments(hooks: WebhookGateway) -> None:
    media = {
        f"{name}{n}": value
        for n in range(50)
        for name, value in (
            ("MediaUrl", f"https://api.twilio.com/2010-04-01/Accounts/AC1/Media/ME{n}"),
            ("MediaContentType", "image/jpeg"),
        )
    }
    assert hooks.post("twilio_messages", sms("2", NumMedia="50", **media)).status == 200
    with hooks.services.sessions() as session:
        assert session.execute(select(func.count()).select_from(MediaFile)).scalar_one() == 10


# --- size ------------------------------------------------------------------------------------


async def post_in_chunks(app: ASGIApp, path: str, headers: dict[str, str]) -> tuple[int, int]:
    """POST 200 chunks of 16 KiB with no Content-Length, as a sender streaming a huge body
    would; the status, and how many chunks the gateway read before answering."""
    read = 0

    async def receive() -> Message:
        nonlocal read
        read += 1
        return {"type": "http.request", "body": b"a" * 16_384, "more_body": read < 200}

    answers: list[Message] = []

    async def send(message: Message) -> None:
        answers.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "https",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 443),
    }
    await app(scope, receive, send)
    return next(m["status"] for m in answers if m["type"] == "http.response.start"), read


def test_an_oversized_body_gets_413_and_is_not_read_to_the_end(hooks: WebhookGateway) -> None:
    twilio = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"}
    telegram = {
        "Content-Type": "application/json",
        "X-Telegram-Bot-Api-Secret-Token": hooks.settings.TELEGRAM_WEBHOOK_SECRET,
    }
    for endpoint, headers, limit in (
        ("twilio_messages", twilio, 64 * 1024),
        ("twilio_status", twilio, 64 * 1024),
        ("telegram", telegram, 256 * 1024),
    ):
        path = ENDPOINT_PATHS[endpoint]
        status, chunks = asyncio.run(post_in_chunks(hooks.client.app, path, headers))
        assert (endpoint, status) == (endpoint, 413)
        assert chunks * 16_384 <= limit + 16_384, f"{endpoint} read {chunks} chunks"
        declared = hooks.client.post(path, content=b"a" * (limit + 1), headers=headers)
        assert (endpoint, declared.status_code) == (endpoint, 413)
    assert hooks.inbound_count() == 0


# --- what the assistant does not serve --------------------------------------------------------


def not_private(update: dict[str, Any]) -> bool:
    message = update.get("message")
    return isinstance(message, dict) and message.get("chat", {}).get("type") != "private"


GROUP_CHATTER = [body for body in bodies("telegram") if not_private(body.update())]


@pytest.mark.parametrize("body", GROUP_CHATTER, ids=lambda body: body.kind)
def test_a_group_chat_message_is_acknowledged_and_not_stored(
    hooks: WebhookGateway, body: WebhookBody
) -> None:
    assert hooks.post("telegram", body.update()).status == 200
    assert hooks.inbound_count() == 0


def test_a_button_pressed_in_a_group_chat_is_acknowledged_and_not_stored(
    hooks: WebhookGateway,
) -> None:
    group = {"id": -2001, "type": "group", "title": "Assembly members"}
    query = {"id": "1", "from": {"id": 1001}, "chat_instance": "1", "data": "yes"}
    update = {"update_id": 8200, "callback_query": {**query, "message": {"chat": group}}}
    assert hooks.post("telegram", update).status == 200
    assert hooks.inbound_count() == 0


IGNORED = (
    "channel-post",
    "edited-channel-post",
    "inline-query",
    "chosen-inline-result",
    "poll-update",
    "message-reaction",
    "chat-member",
    "my-chat-member-added-to-group",
    "my-chat-member-unblocked",
)


@pytest.mark.parametrize("kind", IGNORED)
def test_update_kinds_the_assistant_does_not_handle_are_acknowledged_and_ignored(
    hooks: WebhookGateway, kind: str
) -> None:
    [body] = [body for body in bodies("telegram") if body.kind == kind]
    assert hooks.post("telegram", body.update()).status == 200
    assert hooks.inbound_count() == 0


def test_a_member_who_blocks_the_bot_is_opted_out_on_telegram(hooks: WebhookGateway) -> None:
    [blocked] = [body for body in bodies("telegram") if body.kind == "my-chat-member-blocked"]
    chat = str(blocked.update()["my_chat_member"]["chat"]["id"])
    with hooks.services.sessions() as session, session.begin():
        session.add(ChannelIdentity(channel="telegram", address=chat))

    assert hooks.post("telegram", blocked.update()).status == 200

    with hooks.services.sessions() as session:
        identity = session.execute(select(ChannelIdentity)).scalar_one()
        assert identity.opted_out and identity.opted_out_at is not None
    assert hooks.inbound_count() == 0
