"""A stand-in for the Telegram Bot API on localhost.

python-telegram-bot's ``Bot`` talks to it over HTTP (``base_url=f"{url}/bot"``,
``base_file_url=f"{url}/file/bot"``), so tests cover our real calls, parameters and error handling.
It answers ``{"ok": true, "result": ...}`` with realistic objects, rejects what Telegram rejects
(empty or over-long texts, non-https webhooks, getUpdates while a webhook is set), records every
call, serves registered files, queues updates for getUpdates, and injects failures (429 with
retry_after, 403 blocked, 5xx) or slow answers.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes._server import StandIn

DEFAULT_TOKEN = "123456789:AAFakeTokenForTests_0123456789abcdefg"
BLOCKED = "Forbidden: bot was blocked by the user"

#: Telegram's usual description for each error code, used when a test does not give one.
DEFAULT_DESCRIPTIONS: dict[int, str] = {
    400: "Bad Request: chat not found",
    401: "Unauthorized",
    403: BLOCKED,
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}

# Form values arrive as strings (PTB JSON-encodes non-strings); these say how to decode them.
_INT_FIELDS = {
    "chat_id",
    "message_id",
    "offset",
    "limit",
    "timeout",
    "max_connections",
    "cache_time",
    "reply_to_message_id",
    "message_thread_id",
    "user_id",
    "from_chat_id",
}
_BOOL_FIELDS = {
    "drop_pending_updates",
    "disable_notification",
    "protect_content",
    "show_alert",
    "disable_web_page_preview",
    "allow_sending_without_reply",
    "disable_content_type_detection",
    "has_spoiler",
}
_JSON_FIELDS = {
    "reply_markup",
    "allowed_updates",
    "entities",
    "caption_entities",
    "link_preview_options",
    "reply_parameters",
    "commands",
    "scope",
}
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_SEND_METHODS = {"sendmessage", "sendphoto", "senddocument"}


class TelegramApiError(Exception):
    """Raised inside a handler to answer ``{"ok": false, ...}`` like the Bot API."""

    def __init__(
        self, error_code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.parameters = parameters

    def body(self) -> dict[str, Any]:
        """The JSON body Telegram sends for this error."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass
class UploadedPart:
    """A file the client uploaded in a multipart request (sendPhoto/sendDocument with bytes)."""

    filename: str | None
    content_type: str | None
    content: bytes


@dataclass
class TelegramCall:
    """One Bot API call the stand-in received, kept so tests can assert on what the client sent."""

    method: str
    http_method: str
    token: str
    params: dict[str, Any]
    files: dict[str, UploadedPart]
    headers: dict[str, str]
    timestamp: float
    status: int = 0
    response: dict[str, Any] | None = None


@dataclass
class RegisteredFile:
    """A file Telegram knows, reachable with getFile and the file download URL."""

    file_id: str
    file_unique_id: str
    file_path: str
    content: bytes
    mime_type: str | None = None
    file_name: str | None = None

    def as_file(self) -> dict[str, Any]:
        """The File object getFile returns (PTB prefixes file_path with its base_file_url)."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
            "file_path": self.file_path,
        }

    def as_photo(self) -> list[dict[str, Any]]:
        """A Message's ``photo`` field: a list of PhotoSize, largest last."""
        return [
            {
                "file_id": self.file_id,
                "file_unique_id": self.file_unique_id,
                "file_size": len(self.content),
                "width": 1280,
                "height": 960,
            }
        ]

    def as_document(self) -> dict[str, Any]:
        """A Message's ``document`` field."""
        document: dict[str, Any] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.content),
        }
        if self.file_name:
            document["file_name"] = self.file_name
        if self.mime_type:
            document["mime_type"] = self.mime_type
        return document


@dataclass
class _Injection:
    method: str | None
    delay: float = 0.0
    error: TelegramApiError | None = None
    http_status: int | None = None


@dataclass
class _State:
    calls: list[TelegramCall] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    injections: deque[_Injection] = field(default_factory=deque)
    files: dict[str, RegisteredFile] = field(default_factory=dict)
    updates: list[dict[str, Any]] = field(default_factory=list)
    chats: dict[int | str, dict[str, Any]] = field(default_factory=dict)
    blocked: set[int | str] = field(default_factory=set)
    callback_ids: set[str] = field(default_factory=set)
    webhook: dict[str, Any] = field(default_factory=dict)


def _decode(name: str, value: Any) -> Any:
    """Turn a form string back into the value PTB encoded, so tests compare real types."""
    if not isinstance(value, str):
        return value
    if name in _INT_FIELDS and re.fullmatch(r"-?\d+", value):
        return int(value)
    if name in _BOOL_FIELDS:
        return value.lower() in {"true", "1"}
    if name in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


class FakeTelegramApi(StandIn):
    """The Bot API methods our gateway uses, file downloads, recording, failure injection."""

    def __init__(self, token: str = DEFAULT_TOKEN, *, long_poll_cap: float = 1.0) -> None:
        self.token = token
        self.long_poll_cap = long_poll_cap
        self.bot_user: dict[str, Any] = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": "Assembly Assistant",
            "username": "assembly_assistant_bot",
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self._lock = threading.Lock()
        self._state = _State()
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(800_000_001)
        self._handlers = {
            "getme": self._get_me,
            "sendmessage": self._send_message,
            "sendphoto": self._send_photo,
            "senddocument": self._send_document,
            "getfile": self._get_file,
            "getupdates": self._true,  # answered by the async _get_updates in _call
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "answercallbackquery": self._answer_callback_query,
            "sendchataction": self._true,
            "setmycommands": self._true,
            "deletemycommands": self._true,
            "getmycommands": lambda params, files: [],
            "deletemessage": self._true,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._true,
        }
        self.app = Starlette(
            routes=[
                Route("/bot{token}/{method}", self._call, methods=["GET", "POST"]),
                Route("/file/bot{token}/{file_path:path}", self._download, methods=["GET"]),
                Route("/{path:path}", self._not_found, methods=["GET", "POST"]),
            ]
        )

    # ----- lifecycle -------------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        """Settings (CONTRACT §3) pointing our gateway here, for monkeypatch.setenv."""
        return {"TELEGRAM_API_URL": self.base_url, "TELEGRAM_BOT_TOKEN": self.token}

    def reset(self) -> None:
        """Forget calls, files, updates, chats, webhook and queued failures between tests."""
        with self._lock:
            self._state = _State()

    # ----- what tests read -------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[TelegramCall]:
        """Every call received, oldest first; optionally only one method (case-insensitive)."""
        with self._lock:
            calls = list(self._state.calls)
        if method is None:
            return calls
        return [c for c in calls if c.method.lower() == method.lower()]

    def sent_messages(self, chat_id: int | str | None = None) -> list[dict[str, Any]]:
        """Successful sendMessage/sendPhoto/sendDocument calls as dicts, oldest first.

        Keys: method, chat_id, text, caption, parse_mode, reply_markup, message_id, file
        (RegisteredFile or None), message (the Message object returned).
        """
        with self._lock:
            sent = [dict(s) for s in self._state.sent]
        return sent if chat_id is None else [s for s in sent if s["chat_id"] == chat_id]

    def wait_for(
        self, count: int, timeout: float = 5.0, chat_id: int | str | None = None
    ) -> list[dict[str, Any]]:
        """Wait until at least ``count`` messages were sent; the worker sends asynchronously."""
        deadline = time.monotonic() + timeout
        while True:
            sent = self.sent_messages(chat_id)
            if len(sent) >= count:
                return sent
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"expected {count} message(s) sent to the Telegram stand-in within {timeout}s, "
                    f"got {len(sent)}; calls: {[c.method for c in self.calls()]}"
                )
            time.sleep(0.02)

    def wait_for_calls(
        self, method: str, count: int = 1, timeout: float = 5.0
    ) -> list[TelegramCall]:
        """Wait until ``method`` was called ``count`` times (e.g. setWebhook at start-up)."""
        deadline = time.monotonic() + timeout
        while True:
            calls = self.calls(method)
            if len(calls) >= count:
                return calls
            if time.monotonic() >= deadline:
                raise AssertionError(f"expected {count} {method} call(s), got {len(calls)}")
            time.sleep(0.02)

    @property
    def webhook(self) -> dict[str, Any]:
        """The webhook as last set: url, secret_token, allowed_updates, max_connections."""
        with self._lock:
            return dict(self._state.webhook)

    @property
    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        with self._lock:
            return list(self._state.updates)

    # ----- what tests set up -----------------------------------------------------------------

    def fail_next(
        self,
        method: str | None = None,
        error_code: int = 429,
        *,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
        delay: float = 0.0,
    ) -> None:
        """Make the next ``times`` calls of ``method`` (any method if None) fail like Telegram.

        ``fail_next("sendMessage", 429, retry_after=3)`` gives RetryAfter in PTB,
        ``fail_next("sendMessage", 403)`` gives Forbidden (bot blocked), 500 gives NetworkError.
        """
        if error_code == 429 and retry_after is None:
            retry_after = 5
        text = description or DEFAULT_DESCRIPTIONS.get(error_code, "Error")
        text = text.format(retry_after=retry_after)
        parameters = {"retry_after": retry_after} if retry_after is not None else None
        with self._lock:
            for _ in range(times):
                self._state.injections.append(
                    _Injection(method, delay, TelegramApiError(error_code, text, parameters))
                )

    def pending_injections(self) -> int:
        """Failures and slow answers queued and not yet used by a call."""
        with self._lock:
            return len(self._state.injections)

    def slow_next(self, method: str | None = None, seconds: float = 1.0, times: int = 1) -> None:
        """Delay the next ``times`` calls of ``method`` (any if None); they then succeed."""
        with self._lock:
            for _ in range(times):
                self._state.injections.append(_Injection(method, delay=seconds))

    def block_chat(self, chat_id: int | str) -> None:
        """From now on every send to this chat fails 403 'bot was blocked by the user'."""
        with self._lock:
            self._state.blocked.add(chat_id)

    def register_file(
        self,
        content: bytes,
        *,
        file_path: str | None = None,
        file_id: str | None = None,
        mime_type: str | None = None,
        file_name: str | None = None,
    ) -> RegisteredFile:
        """Make a file available to getFile and the download URL (e.g. a member's receipt photo)."""
        file_id = file_id or "AgAC" + uuid.uuid4().hex + uuid.uuid4().hex[:20]
        registered = RegisteredFile(
            file_id=file_id,
            file_unique_id="AQAD" + uuid.uuid4().hex[:12],
            file_path=file_path or f"photos/file_{next(self._ids)}.jpg",
            content=content,
            mime_type=mime_type,
            file_name=file_name,
        )
        with self._lock:
            self._state.files[file_id] = registered
        return registered

    def make_message_update(
        self,
        chat_id: int,
        text: str | None = None,
        *,
        first_name: str = "Alex",
        last_name: str | None = None,
        username: str | None = None,
        user_id: int | None = None,
        photo: RegisteredFile | None = None,
        document: RegisteredFile | None = None,
        caption: str | None = None,
        date: int | None = None,
    ) -> dict[str, Any]:
        """An Update with a private-chat Message, as Telegram posts it (not queued).

        Texts starting with '/' get a bot_command entity, as PTB's CommandHandler needs.
        """
        user: dict[str, Any] = {
            "id": user_id or chat_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": "en",
        }
        chat: dict[str, Any] = {"id": chat_id, "first_name": first_name, "type": "private"}
        for target in (user, chat):
            if last_name:
                target["last_name"] = last_name
            if username:
                target["username"] = username
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "from": user,
            "chat": chat,
            "date": date or int(time.time()),
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                command = text.split(maxsplit=1)[0]
                message["entities"] = [{"offset": 0, "length": len(command), "type": "bot_command"}]
        if photo is not None:
            message["photo"] = photo.as_photo()
        if document is not None:
            message["document"] = document.as_document()
        if caption is not None:
            message["caption"] = caption
        with self._lock:
            self._state.chats[chat_id] = chat
        return {"update_id": next(self._update_ids), "message": message}

    def make_callback_update(
        self, chat_id: int, data: str, *, first_name: str = "Alex", message_text: str = "Choose:"
    ) -> dict[str, Any]:
        """An Update with a CallbackQuery from an inline button under a bot message (not queued)."""
        query_id = str(uuid.uuid4().int)[:19]
        user = {"id": chat_id, "is_bot": False, "first_name": first_name, "language_code": "en"}
        chat = {"id": chat_id, "first_name": first_name, "type": "private"}
        message = {
            "message_id": next(self._ids),
            "from": self.bot_user,
            "chat": chat,
            "date": int(time.time()),
            "text": message_text,
        }
        with self._lock:
            self._state.callback_ids.add(query_id)
            self._state.chats[chat_id] = chat
        return {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": query_id,
                "from": user,
                "message": message,
                "chat_instance": str(chat_id * 7),
                "data": data,
            },
        }

    def push_update(self, update: dict[str, Any]) -> dict[str, Any]:
        """Queue an update for getUpdates (polling mode); gives it an update_id if missing."""
        update = dict(update)
        update.setdefault("update_id", next(self._update_ids))
        with self._lock:
            self._state.updates.append(update)
        return update

    def push_message(self, chat_id: int, text: str | None = None, **kwargs: Any) -> dict[str, Any]:
        """Queue a member's message for getUpdates; kwargs as for ``make_message_update``."""
        return self.push_update(self.make_message_update(chat_id, text, **kwargs))

    def webhook_headers(self) -> dict[str, str]:
        """Headers Telegram adds to webhook posts: the secret token given to setWebhook."""
        secret = self.webhook.get("secret_token")
        return {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}

    def post_update_to_webhook(self, update: dict[str, Any]) -> httpx.Response:
        """Deliver an update to the webhook URL over HTTP, for a gateway that is listening."""
        url = self.webhook.get("url")
        if not url:
            raise RuntimeError("no webhook set")
        return httpx.post(url, json=update, headers=self.webhook_headers(), timeout=5.0)

    # ----- HTTP plumbing ---------------------------------------------------------------------

    async def _read_params(
        self, request: Request
    ) -> tuple[dict[str, Any], dict[str, UploadedPart]]:
        params: dict[str, Any] = {k: _decode(k, v) for k, v in request.query_params.items()}
        files: dict[str, UploadedPart] = {}
        content_type = request.headers.get("content-type", "")
        if request.method == "POST" and content_type.startswith("application/json"):
            body = await request.body()
            if body:
                params.update(json.loads(body))
        elif request.method == "POST" and content_type.startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        ):
            async with request.form() as form:
                for key, value in form.multi_items():
                    if isinstance(value, UploadFile):
                        files[key] = UploadedPart(
                            value.filename, value.content_type, await value.read()
                        )
                    else:
                        params[key] = _decode(key, value)
        return params, files

    async def _call(self, request: Request) -> Response:
        token = request.path_params["token"]
        method = request.path_params["method"]
        params, files = await self._read_params(request)
        call = TelegramCall(
            method=method,
            http_method=request.method,
            token=token,
            params=params,
            files=files,
            headers=dict(request.headers),
            timestamp=time.time(),
        )
        with self._lock:
            state = self._state
            state.calls.append(call)
        try:
            if token != self.token:
                raise TelegramApiError(401, "Unauthorized")
            handler = self._handlers.get(method.lower())
            if handler is None:
                raise TelegramApiError(404, "Not Found")
            await self._apply_injection(method)
            if method.lower() == "getupdates":
                result = await self._get_updates(params, state)
            else:
                with self._lock:
                    self._check_not_stale(state)
                    result = handler(params, files)
        except TelegramApiError as error:
            call.status = error.error_code
            call.response = error.body()
            return JSONResponse(call.response, status_code=error.error_code)
        call.status = 200
        call.response = {"ok": True, "result": result}
        return JSONResponse(call.response)

    def _check_not_stale(self, state: _State) -> None:
        """A slow call that outlives its test must not leak into the next test's state."""
        if self._state is not state:
            raise TelegramApiError(500, "Internal Server Error: call outlived a test reset")

    async def _apply_injection(self, method: str) -> None:
        with self._lock:
            queue = self._state.injections
            injection = next(
                (i for i in queue if i.method is None or i.method.lower() == method.lower()), None
            )
            if injection is not None:
                queue.remove(injection)
        if injection is None:
            return
        if injection.delay:
            await asyncio.sleep(injection.delay)
        if injection.error is not None:
            raise injection.error

    async def _download(self, request: Request) -> Response:
        path = request.path_params["file_path"]
        call = TelegramCall(
            method="download",
            http_method="GET",
            token=request.path_params["token"],
            params={"file_path": path},
            files={},
            headers=dict(request.headers),
            timestamp=time.time(),
        )
        with self._lock:
            self._state.calls.append(call)
            found = next((f for f in self._state.files.values() if f.file_path == path), None)
        if call.token != self.token or found is None:
            call.status = 404
            return JSONResponse(TelegramApiError(404, "Not Found").body(), status_code=404)
        call.status = 200
        return Response(found.content, media_type=found.mime_type or "application/octet-stream")

    async def _not_found(self, request: Request) -> Response:
        return JSONResponse(TelegramApiError(404, "Not Found").body(), status_code=404)

    # ----- Bot API methods (called with the lock held, except getUpdates) --------------------

    def _true(self, params: dict[str, Any], files: dict[str, UploadedPart]) -> bool:
        return True

    def _get_me(self, params: dict[str, Any], files: dict[str, UploadedPart]) -> dict[str, Any]:
        return self.bot_user

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise TelegramApiError(400, "Bad Request: chat_id is empty")
        if chat_id in self._state.blocked:
            raise TelegramApiError(403, BLOCKED)
        known = self._state.chats.get(chat_id)
        if known is not None:
            return known
        if isinstance(chat_id, str):
            if not chat_id.startswith("@"):
                raise TelegramApiError(400, "Bad Request: chat not found")
            return {"id": -1001000000000, "title": chat_id[1:], "type": "channel"}
        if chat_id > 0:
            return {"id": chat_id, "first_name": "Member", "type": "private"}
        return {"id": chat_id, "title": "Group", "type": "group"}

    def _message(
        self, params: dict[str, Any], chat: dict[str, Any], **content: Any
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "from": self.bot_user,
            "chat": chat,
            "date": int(time.time()),
            **{k: v for k, v in content.items() if v is not None},
        }
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        return message

    def _record_sent(
        self,
        method: str,
        params: dict[str, Any],
        message: dict[str, Any],
        file: RegisteredFile | None,
    ) -> None:
        self._state.sent.append(
            {
                "method": method,
                "chat_id": params.get("chat_id"),
                "text": params.get("text"),
                "caption": params.get("caption"),
                "parse_mode": params.get("parse_mode"),
                "reply_markup": params.get("reply_markup"),
                "message_id": message["message_id"],
                "file": file,
                "message": message,
            }
        )

    def _send_message(
        self, params: dict[str, Any], files: dict[str, UploadedPart]
    ) -> dict[str, Any]:
        chat = self._chat(params)
        text = params.get("text")
        if not isinstance(text, str) or not text.strip():
            raise TelegramApiError(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            raise TelegramApiError(400, "Bad Request: message is too long")
        message = self._message(params, chat, text=text)
        self._record_sent("sendMessage", params, message, None)
        return message

    def _input_file(
        self, name: str, params: dict[str, Any], files: dict[str, UploadedPart], default_path: str
    ) -> RegisteredFile:
        """Resolve a photo/document parameter: an upload, a known file_id or an HTTP URL."""
        value = params.get(name)
        part = files.get(name)
        if part is None and isinstance(value, str) and value.startswith("attach://"):
            part = files.get(value.removeprefix("attach://"))
        if part is not None:
            path = f"{default_path}/file_{next(self._ids)}"
            return self._store(part.content, path, part.content_type, part.filename)
        if isinstance(value, str) and value in self._state.files:
            return self._state.files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            path = f"{default_path}/file_{next(self._ids)}"
            return self._store(b"", path, None, value.rsplit("/", 1)[-1])
        raise TelegramApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")

    def _store(
        self, content: bytes, path: str, mime_type: str | None, file_name: str | None
    ) -> RegisteredFile:
        file_id = "BQAC" + uuid.uuid4().hex + uuid.uuid4().hex[:20]
        registered = RegisteredFile(
            file_id, "AgAD" + uuid.uuid4().hex[:12], path, content, mime_type, file_name
        )
        self._state.files[file_id] = registered
        return registered

    def _caption(self, params: dict[str, Any]) -> str | None:
        caption = params.get("caption")
        if isinstance(caption, str) and len(caption) > 1024:
            raise TelegramApiError(400, "Bad Request: message caption is too long")
        return caption

    def _send_photo(self, params: dict[str, Any], files: dict[str, UploadedPart]) -> dict[str, Any]:
        chat = self._chat(params)
        caption = self._caption(params)
        photo = self._input_file("photo", params, files, "photos")
        message = self._message(params, chat, photo=photo.as_photo(), caption=caption)
        self._record_sent("sendPhoto", params, message, photo)
        return message

    def _send_document(
        self, params: dict[str, Any], files: dict[str, UploadedPart]
    ) -> dict[str, Any]:
        chat = self._chat(params)
        caption = self._caption(params)
        document = self._input_file("document", params, files, "documents")
        message = self._message(params, chat, document=document.as_document(), caption=caption)
        self._record_sent("sendDocument", params, message, document)
        return message

    def _edit_message_text(
        self, params: dict[str, Any], files: dict[str, UploadedPart]
    ) -> dict[str, Any]:
        chat = self._chat(params)
        message = self._message(params, chat, text=params.get("text"))
        message["message_id"] = params.get("message_id", message["message_id"])
        message["edit_date"] = message["date"]
        return message

    def _get_file(self, params: dict[str, Any], files: dict[str, UploadedPart]) -> dict[str, Any]:
        found = self._state.files.get(params.get("file_id", ""))
        if found is None:
            raise TelegramApiError(400, "Bad Request: invalid file_id")
        return found.as_file()

    def _set_webhook(self, params: dict[str, Any], files: dict[str, UploadedPart]) -> bool:
        url = params.get("url") or ""
        if not url:
            self._state.webhook = {}
            return True
        if not url.startswith("https://"):
            raise TelegramApiError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN.match(secret):
            raise TelegramApiError(400, "Bad Request: secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._state.updates.clear()
        self._state.webhook = {
            "url": url,
            "secret_token": secret,
            "allowed_updates": params.get("allowed_updates"),
            "max_connections": params.get("max_connections", 40),
        }
        return True

    def _delete_webhook(self, params: dict[str, Any], files: dict[str, UploadedPart]) -> bool:
        self._state.webhook = {}
        if params.get("drop_pending_updates"):
            self._state.updates.clear()
        return True

    def _get_webhook_info(
        self, params: dict[str, Any], files: dict[str, UploadedPart]
    ) -> dict[str, Any]:
        webhook = self._state.webhook
        info: dict[str, Any] = {
            "url": webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._state.updates),
        }
        if webhook:
            info["max_connections"] = webhook["max_connections"]
            info["ip_address"] = "127.0.0.1"
            if webhook.get("allowed_updates") is not None:
                info["allowed_updates"] = webhook["allowed_updates"]
        return info

    def _answer_callback_query(
        self, params: dict[str, Any], files: dict[str, UploadedPart]
    ) -> bool:
        if str(params.get("callback_query_id")) not in self._state.callback_ids:
            raise TelegramApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        return True

    async def _get_updates(self, params: dict[str, Any], state: _State) -> list[dict[str, Any]]:
        """Long poll like Telegram, but never longer than ``long_poll_cap`` so tests stay quick."""
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        wait = min(float(params.get("timeout") or 0), self.long_poll_cap)
        deadline = time.monotonic() + wait
        while True:
            with self._lock:
                self._check_not_stale(state)
                if self._state.webhook.get("url"):
                    raise TelegramApiError(
                        409,
                        "Conflict: can't use getUpdates method while webhook is active; "
                        "use deleteWebhook to delete the webhook first",
                    )
                updates = self._state.updates
                if offset > 0:
                    updates[:] = [u for u in updates if u["update_id"] >= offset]
                elif offset < 0:
                    updates[:] = updates[offset:]
                batch = [dict(u) for u in updates[:limit]]
            if batch or time.monotonic() >= deadline:
                return batch
            await asyncio.sleep(0.02)
