"""The real twilio and python-telegram-bot clients work against the stand-in servers.

If these pass, the gateway's tests can trust that what the stand-ins record is what the real
clients would send to Twilio and Telegram, and that injected failures surface as the exceptions
the clients raise in production.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import io
import json
import time
import warnings

import httpx
import pytest
import telegram
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi

SMS_FROM = "+447700900001"
MEMBER = "+447700900123"
STATUS_URL = "https://assembly.example.org/webhooks/twilio/status"
TEMPLATE_SID = "HX" + "b" * 32


def twilio_client(api: FakeTwilioApi) -> Client:
    """The client exactly as CONTRACT §4 says the gateway builds it."""
    client = Client(api.account_sid, api.auth_token)
    client.api.base_url = api.base_url
    return client


# ----- Twilio ------------------------------------------------------------------------------------


def test_assigning_api_base_url_redirects_messages_create(twilio_api: FakeTwilioApi) -> None:
    message = twilio_client(twilio_api).messages.create(
        from_=SMS_FROM, to=MEMBER, body="Your session starts at 10:00", status_callback=STATUS_URL
    )

    assert message.sid.startswith("SM") and len(message.sid) == 34
    assert message.status == "queued"
    assert (message.to, message.from_, message.body) == (
        MEMBER,
        SMS_FROM,
        "Your session starts at 10:00",
    )
    [sent] = twilio_api.sent_messages()
    assert sent["sid"] == message.sid
    assert sent["status_callback"] == STATUS_URL
    [request] = twilio_api.create_attempts()
    assert request.path == f"/2010-04-01/Accounts/{twilio_api.account_sid}/Messages.json"
    assert request.headers["authorization"].startswith("Basic ")


def test_account_scoped_client_is_redirected_too(twilio_api: FakeTwilioApi) -> None:
    client = twilio_client(twilio_api)

    client.api.v2010.account.messages.create(from_=SMS_FROM, to=MEMBER, body="hi")
    client.api.account.messages.create(from_=SMS_FROM, to=MEMBER, body="hi again")

    assert len(twilio_api.wait_for(2)) == 2


def test_whatsapp_template_with_content_variables(twilio_api: FakeTwilioApi) -> None:
    variables = {"1": "Sam"}
    twilio_client(twilio_api).messages.create(
        from_="whatsapp:+447700900002",
        to=f"whatsapp:{MEMBER}",
        content_sid=TEMPLATE_SID,
        content_variables=json.dumps(variables),
    )

    [sent] = twilio_api.sent_messages()
    assert sent["content_sid"] == TEMPLATE_SID
    assert sent["content_variables"] == variables
    assert sent["to"] == f"whatsapp:{MEMBER}"


def test_media_urls_are_repeated_form_fields(twilio_api: FakeTwilioApi) -> None:
    urls = ["https://example.org/a.jpg", "https://example.org/b.pdf"]
    message = twilio_client(twilio_api).messages.create(from_=SMS_FROM, to=MEMBER, media_url=urls)

    assert message.num_media == "2"
    assert twilio_api.sent_messages()[0]["media_url"] == urls


@pytest.mark.parametrize(("status", "code"), [(429, 20429), (500, 20500), (503, 20503)])
def test_injected_http_failures_raise_twilio_rest_exception(
    twilio_api: FakeTwilioApi, status: int, code: int
) -> None:
    twilio_api.fail_next(status=status)
    client = twilio_client(twilio_api)

    with pytest.raises(TwilioRestException) as caught:
        client.messages.create(from_=SMS_FROM, to=MEMBER, body="hi")

    assert (caught.value.status, caught.value.code) == (status, code)
    client.messages.create(from_=SMS_FROM, to=MEMBER, body="hi")  # the next one goes through
    assert len(twilio_api.create_attempts()) == 2
    assert len(twilio_api.sent_messages()) == 1


@pytest.mark.parametrize("code", [21610, 63016])
def test_injected_twilio_error_codes(twilio_api: FakeTwilioApi, code: int) -> None:
    twilio_api.fail_next(code=code, times=2)
    client = twilio_client(twilio_api)

    for _ in range(2):
        with pytest.raises(TwilioRestException) as caught:
            client.messages.create(from_=SMS_FROM, to=MEMBER, body="hi")
        assert (caught.value.status, caught.value.code) == (400, code)
    assert twilio_api.sent_messages() == []


def test_unsubscribed_error_message_matches_twilio(twilio_api: FakeTwilioApi) -> None:
    twilio_api.fail_next(code=21610)

    with pytest.raises(TwilioRestException) as caught:
        twilio_client(twilio_api).messages.create(from_=SMS_FROM, to=MEMBER, body="hi")

    assert "Attempt to send to unsubscribed recipient" in caught.value.msg


def test_wrong_credentials_are_rejected(twilio_api: FakeTwilioApi) -> None:
    client = Client(twilio_api.account_sid, "wrong-token")
    client.api.base_url = twilio_api.base_url

    with pytest.raises(TwilioRestException) as caught:
        client.messages.create(from_=SMS_FROM, to=MEMBER, body="hi")

    assert (caught.value.status, caught.value.code) == (401, 20003)


def test_requests_twilio_would_reject_are_rejected(twilio_api: FakeTwilioApi) -> None:
    client = twilio_client(twilio_api)

    with pytest.raises(TwilioRestException) as bad_number:
        client.messages.create(from_=SMS_FROM, to="07700 900123", body="hi")
    with pytest.raises(TwilioRestException) as mixed_channels:
        client.messages.create(from_=SMS_FROM, to=f"whatsapp:{MEMBER}", body="hi")
    with pytest.raises(TwilioRestException) as too_long:
        client.messages.create(from_=SMS_FROM, to=MEMBER, body="x" * 1601)

    assert [e.value.code for e in (bad_number, mixed_channels, too_long)] == [21211, 21910, 21617]


def test_slow_twilio_answer_trips_client_timeout(twilio_api: FakeTwilioApi) -> None:
    from twilio.http.http_client import TwilioHttpClient

    twilio_api.slow_next(1.0)
    client = Client(
        twilio_api.account_sid, twilio_api.auth_token, http_client=TwilioHttpClient(timeout=0.2)
    )
    client.api.base_url = twilio_api.base_url

    with pytest.raises(Exception, match=r"(?i)timed out"):
        client.messages.create(from_=SMS_FROM, to=MEMBER, body="hi")


def test_media_needs_basic_auth(twilio_api: FakeTwilioApi) -> None:
    url = twilio_api.register_media(b"\xff\xd8receipt", "image/jpeg")

    anonymous = httpx.get(url)
    authorised = httpx.get(url, auth=(twilio_api.account_sid, twilio_api.auth_token))

    assert anonymous.status_code == 401
    assert authorised.status_code == 200
    assert authorised.content == b"\xff\xd8receipt"
    assert authorised.headers["content-type"] == "image/jpeg"


def test_media_redirect_like_twilio(twilio_api: FakeTwilioApi) -> None:
    url = twilio_api.register_media(b"%PDF-1.4", "application/pdf", redirect=True)
    auth = (twilio_api.account_sid, twilio_api.auth_token)

    first = httpx.get(url, auth=auth)
    followed = httpx.get(url, auth=auth, follow_redirects=True)

    assert first.status_code == 307
    assert followed.content == b"%PDF-1.4"
    assert followed.headers["content-type"] == "application/pdf"


def test_status_callback_is_signed_for_the_callback_url(twilio_api: FakeTwilioApi) -> None:
    from twilio.request_validator import RequestValidator

    message = twilio_client(twilio_api).messages.create(
        from_=SMS_FROM, to=MEMBER, body="hi", status_callback=STATUS_URL
    )

    url, form, headers = twilio_api.status_callback(message.sid, "delivered")

    assert url == STATUS_URL
    assert form["MessageStatus"] == "delivered"
    validator = RequestValidator(twilio_api.auth_token)
    assert validator.validate(url, form, headers["X-Twilio-Signature"])
    fetched = twilio_client(twilio_api).messages(message.sid).fetch()
    assert fetched.status == "delivered"


def test_inbound_form_has_twilio_fields(twilio_api: FakeTwilioApi) -> None:
    media_url = twilio_api.register_media(b"img", "image/png")

    form = twilio_api.inbound_form(
        f"whatsapp:{MEMBER}", "whatsapp:+447700900002", "receipt", media=[(media_url, "image/png")]
    )

    assert form["NumMedia"] == "1" and form["MediaUrl0"] == media_url
    assert form["WaId"] == MEMBER.removeprefix("+")
    assert form["MessageSid"].startswith("MM")


def test_wait_for_reports_what_it_saw(twilio_api: FakeTwilioApi) -> None:
    with pytest.raises(AssertionError, match="got 0"):
        twilio_api.wait_for(1, timeout=0.1)


# ----- Telegram ----------------------------------------------------------------------------------


def make_bot(api: FakeTelegramApi) -> telegram.Bot:
    """The bot exactly as CONTRACT §4 says the gateway builds it."""
    return telegram.Bot(
        api.token, base_url=f"{api.base_url}/bot", base_file_url=f"{api.base_url}/file/bot"
    )


def retry_after_seconds(error: RetryAfter) -> float:
    """PTB 22 returns int or timedelta depending on PTB_TIMEDELTA; compare seconds either way."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def test_get_me_and_send_message(telegram_api: FakeTelegramApi) -> None:
    async def scenario() -> tuple[telegram.User, telegram.Message]:
        async with make_bot(telegram_api) as bot:  # initialize() calls getMe
            return bot.bot, await bot.send_message(chat_id=4242, text="Welcome to the assembly")

    me, message = asyncio.run(scenario())

    assert me.is_bot and me.username == "assembly_assistant_bot"
    assert message.text == "Welcome to the assembly"
    assert message.chat.id == 4242 and message.from_user.id == me.id
    assert [s["text"] for s in telegram_api.sent_messages(4242)] == ["Welcome to the assembly"]
    assert [c.method for c in telegram_api.calls()] == ["getMe", "sendMessage"]


def test_inline_keyboard_is_recorded(telegram_api: FakeTelegramApi) -> None:
    keyboard = telegram.InlineKeyboardMarkup(
        [[telegram.InlineKeyboardButton("Yes", callback_data="affirm")]]
    )

    async def scenario() -> telegram.Message:
        async with make_bot(telegram_api) as bot:
            return await bot.send_message(chat_id=7, text="Coming?", reply_markup=keyboard)

    message = asyncio.run(scenario())

    assert message.reply_markup == keyboard
    sent = telegram_api.sent_messages()[0]
    assert sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "affirm"


def test_get_file_and_download(telegram_api: FakeTelegramApi) -> None:
    receipt = telegram_api.register_file(b"\x89PNG receipt", file_path="photos/file_9.png")

    async def scenario() -> tuple[telegram.File, bytes, bytearray]:
        async with make_bot(telegram_api) as bot:
            file = await bot.get_file(receipt.file_id)
            buffer = io.BytesIO()
            await file.download_to_memory(buffer)
            return file, buffer.getvalue(), await file.download_as_bytearray()

    file, in_memory, as_bytearray = asyncio.run(scenario())

    assert file.file_size == len(b"\x89PNG receipt")
    assert (
        file.file_path == f"{telegram_api.base_url}/file/bot{telegram_api.token}/photos/file_9.png"
    )
    assert in_memory == bytes(as_bytearray) == b"\x89PNG receipt"


def test_unknown_file_id_is_bad_request(telegram_api: FakeTelegramApi) -> None:
    async def scenario() -> None:
        async with make_bot(telegram_api) as bot:
            await bot.get_file("nope")

    with pytest.raises(BadRequest, match=r"(?i)invalid file_id"):
        asyncio.run(scenario())


def test_send_photo_upload_is_downloadable(telegram_api: FakeTelegramApi) -> None:
    async def scenario() -> bytearray:
        async with make_bot(telegram_api) as bot:
            message = await bot.send_photo(chat_id=5, photo=b"\xff\xd8jpeg", caption="map")
            file = await bot.get_file(message.photo[-1].file_id)
            return await file.download_as_bytearray()

    assert asyncio.run(scenario()) == bytearray(b"\xff\xd8jpeg")
    [sent] = telegram_api.sent_messages()
    assert (sent["method"], sent["caption"]) == ("sendPhoto", "map")


def test_webhook_with_secret_token(telegram_api: FakeTelegramApi) -> None:
    url = "https://assembly.example.org/webhooks/telegram"

    async def scenario() -> tuple[bool, telegram.WebhookInfo]:
        async with make_bot(telegram_api) as bot:
            done = await bot.set_webhook(
                url, secret_token="s3cret-Token_1", allowed_updates=["message"]
            )
            return done, await bot.get_webhook_info()

    done, info = asyncio.run(scenario())

    assert done and info.url == url
    assert telegram_api.webhook["secret_token"] == "s3cret-Token_1"
    assert telegram_api.webhook["allowed_updates"] == ["message"]
    assert telegram_api.webhook_headers() == {"X-Telegram-Bot-Api-Secret-Token": "s3cret-Token_1"}


def test_webhook_must_be_https(telegram_api: FakeTelegramApi) -> None:
    async def scenario() -> None:
        async with make_bot(telegram_api) as bot:
            await bot.set_webhook("http://127.0.0.1:8000/webhooks/telegram")

    with pytest.raises(BadRequest, match=r"(?i)https url must be provided"):
        asyncio.run(scenario())


def test_get_updates_honours_offset(telegram_api: FakeTelegramApi) -> None:
    first = telegram_api.push_message(99, "hello")
    second = telegram_api.push_message(99, "/start WF7K2Q")

    async def scenario() -> tuple[tuple[telegram.Update, ...], tuple[telegram.Update, ...]]:
        async with make_bot(telegram_api) as bot:
            everything = await bot.get_updates(timeout=0)
            rest = await bot.get_updates(offset=everything[0].update_id + 1, timeout=0)
            return everything, rest

    everything, rest = asyncio.run(scenario())

    assert [u.update_id for u in everything] == [first["update_id"], second["update_id"]]
    assert [u.message.text for u in rest] == ["/start WF7K2Q"]
    assert rest[0].message.entities[0].type == "bot_command"
    assert [u["update_id"] for u in telegram_api.pending_updates] == [second["update_id"]]


def test_get_updates_long_polls_until_an_update_arrives(telegram_api: FakeTelegramApi) -> None:
    async def scenario() -> tuple[tuple[telegram.Update, ...], float]:
        async with make_bot(telegram_api) as bot:
            loop = asyncio.get_running_loop()
            loop.call_later(0.2, telegram_api.push_message, 11, "late")
            started = time.monotonic()
            updates = await bot.get_updates(timeout=5)
            return updates, time.monotonic() - started

    updates, elapsed = asyncio.run(scenario())

    assert [u.message.text for u in updates] == ["late"]
    assert 0.15 < elapsed < telegram_api.long_poll_cap + 0.5


def test_get_updates_conflicts_with_webhook(telegram_api: FakeTelegramApi) -> None:
    async def scenario() -> None:
        async with make_bot(telegram_api) as bot:
            await bot.set_webhook("https://assembly.example.org/webhooks/telegram")
            await bot.get_updates(timeout=0)

    with pytest.raises(telegram.error.Conflict):
        asyncio.run(scenario())


def test_injected_429_raises_retry_after(telegram_api: FakeTelegramApi) -> None:
    telegram_api.fail_next("sendMessage", error_code=429, retry_after=7)

    async def scenario() -> telegram.Message:
        async with make_bot(telegram_api) as bot:
            with pytest.raises(RetryAfter) as caught:
                await bot.send_message(chat_id=1, text="reminder")
            assert retry_after_seconds(caught.value) == 7
            return await bot.send_message(chat_id=1, text="reminder")  # next attempt succeeds

    assert asyncio.run(scenario()).text == "reminder"
    statuses = [c.status for c in telegram_api.calls("sendMessage")]
    assert statuses == [429, 200]
    assert telegram_api.calls("sendMessage")[0].response == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 7",
        "parameters": {"retry_after": 7},
    }


def test_blocked_bot_raises_forbidden(telegram_api: FakeTelegramApi) -> None:
    telegram_api.fail_next("sendMessage", error_code=403)
    telegram_api.block_chat(77)

    async def scenario() -> None:
        async with make_bot(telegram_api) as bot:
            with pytest.raises(Forbidden, match="bot was blocked by the user"):
                await bot.send_message(chat_id=1, text="x")  # injected once
            with pytest.raises(Forbidden, match="bot was blocked by the user"):
                await bot.send_message(chat_id=77, text="x")  # blocked for good

    asyncio.run(scenario())
    assert telegram_api.sent_messages() == []


def test_server_error_raises_network_error(telegram_api: FakeTelegramApi) -> None:
    telegram_api.fail_next(error_code=500)  # any method

    async def scenario() -> None:
        async with make_bot(telegram_api) as bot:
            await bot.send_message(chat_id=1, text="x")

    with pytest.raises(NetworkError):
        asyncio.run(scenario())  # getMe during initialize() takes the failure


def test_slow_telegram_answer_trips_client_timeout(telegram_api: FakeTelegramApi) -> None:
    telegram_api.slow_next("sendMessage", seconds=1.0)

    async def scenario() -> None:
        async with make_bot(telegram_api) as bot:
            await bot.send_message(chat_id=1, text="x", read_timeout=0.2)

    with pytest.raises(telegram.error.TimedOut):
        asyncio.run(scenario())


def test_wrong_token_is_unauthorised(telegram_api: FakeTelegramApi) -> None:
    bot = telegram.Bot(
        "999:wrong",
        base_url=f"{telegram_api.base_url}/bot",
        base_file_url=f"{telegram_api.base_url}/file/bot",
    )

    with pytest.raises(telegram.error.InvalidToken):
        asyncio.run(bot.get_me())


def test_callback_query_can_be_answered(telegram_api: FakeTelegramApi) -> None:
    update = telegram_api.push_update(telegram_api.make_callback_update(3, "affirm"))

    async def scenario() -> bool:
        async with make_bot(telegram_api) as bot:
            [received] = await bot.get_updates(timeout=0)
            assert received.callback_query.data == "affirm"
            return await received.callback_query.answer()

    assert asyncio.run(scenario()) is True
    assert update["callback_query"]["id"] in {
        c.params["callback_query_id"] for c in telegram_api.calls("answerCallbackQuery")
    }


def test_async_twilio_client_is_redirected_too(twilio_api: FakeTwilioApi) -> None:
    from twilio.http.async_http_client import AsyncTwilioHttpClient

    async def scenario() -> str:
        http_client = AsyncTwilioHttpClient()
        client = Client(twilio_api.account_sid, twilio_api.auth_token, http_client=http_client)
        client.api.base_url = twilio_api.base_url
        try:
            message = await client.messages.create_async(from_=SMS_FROM, to=MEMBER, body="hi")
        finally:
            await http_client.close()
        return message.sid

    sid = asyncio.run(scenario())

    assert [m["sid"] for m in twilio_api.sent_messages()] == [sid]


def test_ptb_application_polls_the_stand_in(telegram_api: FakeTelegramApi) -> None:
    """Polling mode end to end: deleteWebhook, getUpdates loop, handler, reply."""
    from telegram.ext import Application, ContextTypes, MessageHandler, filters

    async def echo(update: telegram.Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Reply so the test can see the update went all the way through."""
        assert update.effective_message is not None
        await update.effective_message.reply_text(f"got: {update.effective_message.text}")

    async def scenario() -> None:
        application = (
            Application.builder()
            .token(telegram_api.token)
            .base_url(f"{telegram_api.base_url}/bot")
            .base_file_url(f"{telegram_api.base_url}/file/bot")
            .build()
        )
        application.add_handler(MessageHandler(filters.TEXT, echo))
        async with application:
            await application.start()
            assert application.updater is not None
            await application.updater.start_polling(poll_interval=0.0, timeout=1)
            telegram_api.push_message(55, "when is the next session?")
            await asyncio.to_thread(telegram_api.wait_for, 1, 5.0, 55)
            await application.updater.stop()
            await application.stop()

    asyncio.run(scenario())

    assert [s["text"] for s in telegram_api.sent_messages(55)] == ["got: when is the next session?"]
    assert telegram_api.calls("deleteWebhook")
    assert telegram_api.pending_updates == []


def test_slow_calls_do_not_leak_into_the_next_test(
    twilio_api: FakeTwilioApi, telegram_api: FakeTelegramApi
) -> None:
    """A call still sleeping when its test ends must not show up as sent in the next test."""
    from twilio.http.http_client import TwilioHttpClient

    twilio_api.slow_next(0.3)
    telegram_api.slow_next("sendMessage", seconds=0.3)
    client = Client(
        twilio_api.account_sid, twilio_api.auth_token, http_client=TwilioHttpClient(timeout=0.1)
    )
    client.api.base_url = twilio_api.base_url

    async def send_telegram() -> None:
        async with make_bot(telegram_api) as bot:
            await bot.send_message(chat_id=1, text="x", read_timeout=0.1)

    with pytest.raises(Exception, match=r"(?i)timed out"):
        client.messages.create(from_=SMS_FROM, to=MEMBER, body="hi")
    with pytest.raises(telegram.error.TimedOut):
        asyncio.run(send_telegram())
    twilio_api.reset()
    telegram_api.reset()
    time.sleep(0.4)

    assert twilio_api.sent_messages() == [] and twilio_api.requests == []
    assert telegram_api.sent_messages() == [] and telegram_api.calls() == []
