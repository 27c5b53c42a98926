"""A stand-in for Twilio's REST API (Messages and Media) on localhost.

The real ``twilio`` client talks to it over HTTP, so tests exercise our actual request building,
auth and error handling instead of a mock's idea of them. It answers with the same JSON shapes,
status codes and error codes Twilio documents, records every request, and lets a test queue up
failures (429, 5xx, Twilio error codes) or slow answers for the next message creations.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import re
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qs

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route
from twilio.request_validator import RequestValidator

from tests.fakes._server import StandIn

API_VERSION = "2010-04-01"
DEFAULT_ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
DEFAULT_AUTH_TOKEN = "fake-auth-token-0123456789abcdef"

#: Twilio error codes tests commonly inject: code -> (HTTP status, Twilio's message).
TWILIO_ERRORS: dict[int, tuple[int, str]] = {
    20003: (401, "Authenticate"),
    20404: (404, "The requested resource was not found"),
    20429: (429, "Too Many Requests"),
    20500: (500, "Internal Server Error"),
    20503: (503, "Service Unavailable"),
    21211: (400, "Invalid 'To' Phone Number"),
    21602: (400, "Message body is required."),
    21603: (400, "A 'From' phone number is required."),
    21604: (400, "A 'To' phone number is required."),
    21610: (400, "Attempt to send to unsubscribed recipient"),
    21614: (400, "'To' number is not a valid mobile number"),
    21617: (400, "The concatenated message body exceeds the 1600 character limit."),
    21656: (400, "The ContentVariables Parameter is invalid."),
    21910: (400, "Invalid From and To pair. From and To should be of the same channel"),
    63016: (
        400,
        "Failed to send freeform message because you are outside the allowed window. "
        "If you are using WhatsApp, please use a Message Template.",
    ),
}
_CODE_FOR_STATUS = {401: 20003, 404: 20404, 429: 20429, 500: 20500, 503: 20503}

_ADDRESS = re.compile(r"^(whatsapp:)?\+[1-9]\d{6,14}$")
_CONTENT_SID = re.compile(r"^HX[0-9a-fA-F]{32}$")
_GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€"
)


def _sid(prefix: str) -> str:
    """Twilio sids are a two-letter type prefix and 32 hex digits."""
    return prefix + uuid.uuid4().hex


def _rfc2822_now() -> str:
    """Twilio's 2010 API dates look like 'Thu, 24 Aug 2023 05:01:45 +0000'."""
    return format_datetime(datetime.now(UTC).replace(microsecond=0))


def _segments(body: str) -> int:
    """Roughly how Twilio counts SMS segments, so num_segments looks plausible."""
    if not body:
        return 1
    single, multi = (160, 153) if set(body) <= _GSM7 else (70, 67)
    return 1 if len(body) <= single else -(-len(body) // multi)


def error_body(code: int, message: str | None = None, status: int | None = None) -> dict[str, Any]:
    """The JSON body of a failed Twilio call; twilio-python turns it into TwilioRestException."""
    known_status, known_message = TWILIO_ERRORS.get(code, (status or 400, "Error"))
    return {
        "code": code,
        "message": message or known_message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status or known_status,
    }


@dataclass
class RecordedRequest:
    """One HTTP request the stand-in received, kept so tests can assert on what the client sent."""

    method: str
    path: str
    query: dict[str, list[str]]
    form: dict[str, list[str]]
    json: Any
    headers: dict[str, str]
    timestamp: float
    status: int = 0

    def field(self, name: str) -> str | None:
        """The last value of a form field, or None: most Twilio fields are single-valued."""
        values = self.form.get(name)
        return values[-1] if values else None


@dataclass
class _Injection:
    """What the next message creation should do instead of (or before) succeeding."""

    delay: float = 0.0
    status: int | None = None
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _Media:
    content: bytes
    content_type: str
    account_sid: str
    message_sid: str
    media_sid: str
    redirect: bool


class FakeTwilioApi(StandIn):
    """Twilio's Messages and Media endpoints, with recording and failure injection."""

    def __init__(
        self, account_sid: str = DEFAULT_ACCOUNT_SID, auth_token: str = DEFAULT_AUTH_TOKEN
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._messages: dict[str, dict[str, Any]] = {}
        self._created: list[dict[str, Any]] = []
        self._injections: deque[_Injection] = deque()
        self._media: dict[str, _Media] = {}
        self._cdn: dict[str, str] = {}
        self._generation = 0
        self.app = Starlette(
            routes=[
                Route(
                    "/2010-04-01/Accounts/{account_sid}/Messages.json",
                    self._create_message,
                    methods=["POST"],
                ),
                Route(
                    "/2010-04-01/Accounts/{account_sid}/Messages.json",
                    self._list_messages,
                    methods=["GET"],
                ),
                Route(
                    "/2010-04-01/Accounts/{account_sid}/Messages/{message_sid}/Media/{media_sid}",
                    self._get_media,
                    methods=["GET"],
                ),
                Route(
                    "/2010-04-01/Accounts/{account_sid}/Messages/{message_sid}.json",
                    self._fetch_message,
                    methods=["GET"],
                ),
                Route("/cdn/{token}", self._get_cdn_media, methods=["GET"]),
                Route(
                    "/{path:path}",
                    self._not_found,
                    methods=["GET", "POST", "PUT", "DELETE", "PATCH"],
                ),
            ]
        )

    # ----- lifecycle -------------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        """Settings (CONTRACT §3) pointing our gateway here, for monkeypatch.setenv."""
        return {
            "TWILIO_API_URL": self.base_url,
            "TWILIO_ACCOUNT_SID": self.account_sid,
            "TWILIO_AUTH_TOKEN": self.auth_token,
        }

    def reset(self) -> None:
        """Forget requests, messages, media and queued failures, so each test starts clean."""
        with self._lock:
            self._generation += 1
            self._requests.clear()
            self._messages.clear()
            self._created.clear()
            self._injections.clear()
            self._media.clear()
            self._cdn.clear()

    # ----- what tests read -------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    def create_attempts(self) -> list[RecordedRequest]:
        """Every POST to Messages.json, including failed and injected-failure ones."""
        return [
            r for r in self.requests if r.method == "POST" and r.path.endswith("/Messages.json")
        ]

    def sent_messages(self) -> list[dict[str, Any]]:
        """Messages Twilio accepted (201), oldest first, as plain dicts with decoded fields.

        Keys: sid, account_sid, from, to, body, media_url (list), content_sid, content_variables
        (dict or None), status_callback, status.
        """
        with self._lock:
            return [dict(m) for m in self._created]

    def wait_for(self, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Wait until at least ``count`` messages were accepted; the worker sends asynchronously."""
        deadline = time.monotonic() + timeout
        while True:
            sent = self.sent_messages()
            if len(sent) >= count:
                return sent
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"expected {count} message(s) sent to the Twilio stand-in within {timeout}s, "
                    f"got {len(sent)}; create attempts: {len(self.create_attempts())}"
                )
            time.sleep(0.02)

    def message(self, sid: str) -> dict[str, Any]:
        """The Message resource as Twilio would return it now."""
        with self._lock:
            return dict(self._messages[sid])

    # ----- failure injection -----------------------------------------------------------------

    def fail_next(
        self,
        status: int | None = None,
        *,
        code: int | None = None,
        message: str | None = None,
        times: int = 1,
        retry_after: int | None = None,
        delay: float = 0.0,
    ) -> None:
        """Make the next ``times`` message creations fail like Twilio does.

        ``fail_next(429)``, ``fail_next(500)``, ``fail_next(code=21610)`` (status from the code),
        ``fail_next(code=63016)``. ``retry_after`` adds a Retry-After header.
        """
        if code is None:
            code = _CODE_FOR_STATUS.get(status or 500, status or 500)
        body = error_body(code, message, status)
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        with self._lock:
            for _ in range(times):
                self._injections.append(
                    _Injection(delay=delay, status=body["status"], body=body, headers=headers)
                )

    def pending_injections(self) -> int:
        """Failures and slow answers queued and not yet used by a message creation."""
        with self._lock:
            return len(self._injections)

    def slow_next(self, seconds: float, times: int = 1) -> None:
        """Delay the next ``times`` message creations, which then succeed (for timeouts)."""
        with self._lock:
            for _ in range(times):
                self._injections.append(_Injection(delay=seconds))

    # ----- media -----------------------------------------------------------------------------

    def register_media(
        self,
        content: bytes,
        content_type: str = "image/jpeg",
        *,
        message_sid: str | None = None,
        redirect: bool = False,
    ) -> str:
        """Store bytes as inbound media and return its MediaUrl, as in an inbound webhook.

        The URL needs basic auth (account sid, auth token). With ``redirect=True`` it answers 307
        to an unauthenticated CDN URL, as real Twilio does, so clients must follow redirects.
        """
        message_sid = message_sid or _sid("MM")
        media_sid = _sid("ME")
        media = _Media(content, content_type, self.account_sid, message_sid, media_sid, redirect)
        with self._lock:
            self._media[media_sid] = media
        return (
            f"{self.base_url}/{API_VERSION}/Accounts/{self.account_sid}"
            f"/Messages/{message_sid}/Media/{media_sid}"
        )

    # ----- inbound webhooks and status callbacks (Twilio -> our gateway) ---------------------

    def signature(self, url: str, form: dict[str, str]) -> str:
        """X-Twilio-Signature for a POST of ``form`` to ``url``, signed with this auth token."""
        return RequestValidator(self.auth_token).compute_signature(url, form)

    def inbound_form(
        self,
        from_: str,
        to: str,
        body: str = "",
        *,
        media: list[tuple[str, str]] | None = None,
        profile_name: str | None = None,
        message_sid: str | None = None,
    ) -> dict[str, str]:
        """The form Twilio posts to our inbound webhook; ``media`` is [(url, content_type)]."""
        media = media or []
        form = {
            "ToCountry": "GB",
            "SmsMessageSid": "",
            "NumMedia": str(len(media)),
            "SmsSid": "",
            "SmsStatus": "received",
            "Body": body,
            "To": to,
            "NumSegments": str(_segments(body)),
            "MessageSid": message_sid or _sid("MM" if media else "SM"),
            "AccountSid": self.account_sid,
            "From": from_,
            "ApiVersion": API_VERSION,
        }
        form["SmsMessageSid"] = form["SmsSid"] = form["MessageSid"]
        for index, (url, content_type) in enumerate(media):
            form[f"MediaUrl{index}"] = url
            form[f"MediaContentType{index}"] = content_type
        if from_.startswith("whatsapp:"):
            form["WaId"] = from_.removeprefix("whatsapp:+")
            form["ProfileName"] = profile_name or "Member"
            form["MessageType"] = "image" if media else "text"
        return form

    def status_callback(
        self, sid: str, status: str, *, error_code: int | None = None
    ) -> tuple[str, dict[str, str], dict[str, str]]:
        """Move a sent message to ``status`` and build Twilio's signed status callback.

        Returns (url, form, headers) for the message's StatusCallback, so a test can post it to the
        gateway in-process (TestClient) or over HTTP (``post_status_callback``).
        """
        with self._lock:
            message = self._messages[sid]
            message["status"] = status
            message["date_updated"] = _rfc2822_now()
            if error_code is not None:
                message["error_code"] = error_code
                message["error_message"] = TWILIO_ERRORS.get(error_code, (0, None))[1]
            url = next((m["status_callback"] for m in self._created if m["sid"] == sid), None)
        if not url:
            raise ValueError(f"message {sid} was sent without a StatusCallback")
        form = {
            "MessageSid": sid,
            "SmsSid": sid,
            "MessageStatus": status,
            "SmsStatus": status,
            "AccountSid": self.account_sid,
            "From": message["from"],
            "To": message["to"],
            "ApiVersion": API_VERSION,
        }
        if message["to"].startswith("whatsapp:"):
            form["ChannelPrefix"] = "whatsapp"
            form["ChannelToAddress"] = message["to"].removeprefix("whatsapp:")
        if error_code is not None:
            form["ErrorCode"] = str(error_code)
        headers = {"X-Twilio-Signature": self.signature(url, form)}
        return url, form, headers

    def post_status_callback(
        self, sid: str, status: str, *, error_code: int | None = None
    ) -> httpx.Response:
        """Deliver the status callback over HTTP, for a gateway that is actually listening."""
        url, form, headers = self.status_callback(sid, status, error_code=error_code)
        return httpx.post(url, data=form, headers=headers, timeout=5.0)

    # ----- HTTP handlers ---------------------------------------------------------------------

    async def _record(self, request: Request) -> RecordedRequest:
        body = await request.body()
        content_type = request.headers.get("content-type", "")
        form: dict[str, list[str]] = {}
        parsed_json: Any = None
        if content_type.startswith("application/x-www-form-urlencoded"):
            form = parse_qs(body.decode(), keep_blank_values=True)
        elif content_type.startswith("application/json") and body:
            parsed_json = json.loads(body)
        record = RecordedRequest(
            method=request.method,
            path=request.url.path,
            query={k: request.query_params.getlist(k) for k in request.query_params},
            form=form,
            json=parsed_json,
            headers=dict(request.headers),
            timestamp=time.time(),
        )
        with self._lock:
            self._requests.append(record)
        return record

    def _authorised(self, request: Request, account_sid: str) -> bool:
        header = request.headers.get("authorization", "")
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            user, _, password = base64.b64decode(encoded).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return user == self.account_sid == account_sid and password == self.auth_token

    @staticmethod
    def _error(record: RecordedRequest, code: int, message: str | None = None) -> JSONResponse:
        body = error_body(code, message)
        record.status = body["status"]
        return JSONResponse(body, status_code=body["status"])

    async def _create_message(self, request: Request) -> Response:
        record = await self._record(request)
        account_sid = request.path_params["account_sid"]
        if not self._authorised(request, account_sid):
            return self._error(record, 20003)
        with self._lock:
            generation = self._generation
            injection = self._injections.popleft() if self._injections else None
        if injection is not None:
            if injection.delay:
                await asyncio.sleep(injection.delay)
                if generation != self._generation:
                    # A slow call that outlived its test must not leak into the next test.
                    return self._error(record, 20500)
            if injection.status is not None:
                record.status = injection.status
                return JSONResponse(
                    injection.body, status_code=injection.status, headers=injection.headers
                )
        problem = self._validate(record)
        if problem is not None:
            return self._error(record, problem)
        message = self._new_message(record, account_sid)
        record.status = 201
        return JSONResponse(message, status_code=201)

    @staticmethod
    def _validate(record: RecordedRequest) -> int | None:
        """Reject what Twilio would reject, so our bugs show up here, not in production."""
        to, from_ = record.field("To"), record.field("From")
        body = record.field("Body") or ""
        if not to:
            return 21604
        if not from_ and not record.field("MessagingServiceSid"):
            return 21603
        if not _ADDRESS.match(to):
            return 21211
        if from_ and to.startswith("whatsapp:") != from_.startswith("whatsapp:"):
            return 21910
        content_sid = record.field("ContentSid")
        if not body and not record.form.get("MediaUrl") and not content_sid:
            return 21602
        if len(body) > 1600:
            return 21617
        if content_sid is not None and not _CONTENT_SID.match(content_sid):
            return 21656
        variables = record.field("ContentVariables")
        if variables is not None:
            try:
                decoded = json.loads(variables)
            except ValueError:
                return 21656
            if not isinstance(decoded, dict):
                return 21656
        return None

    def _new_message(self, record: RecordedRequest, account_sid: str) -> dict[str, Any]:
        sid = _sid("SM")
        now = _rfc2822_now()
        body = record.field("Body") or ""
        media_urls = record.form.get("MediaUrl", [])
        base = f"/{API_VERSION}/Accounts/{account_sid}/Messages/{sid}"
        message: dict[str, Any] = {
            "account_sid": account_sid,
            "api_version": API_VERSION,
            "body": body,
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": record.field("From"),
            "messaging_service_sid": record.field("MessagingServiceSid"),
            "num_media": str(len(media_urls)),
            "num_segments": str(_segments(body)),
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "queued",
            "subresource_uris": {
                "media": f"{base}/Media.json",
                "feedback": f"{base}/Feedback.json",
            },
            "to": record.field("To"),
            "uri": f"{base}.json",
        }
        variables = record.field("ContentVariables")
        sent = {
            "sid": sid,
            "account_sid": account_sid,
            "from": message["from"],
            "to": message["to"],
            "body": body,
            "media_url": list(media_urls),
            "content_sid": record.field("ContentSid"),
            "content_variables": json.loads(variables) if variables else None,
            "status_callback": record.field("StatusCallback"),
            "status": "queued",
        }
        with self._lock:
            self._messages[sid] = message
            self._created.append(sent)
        return message

    async def _list_messages(self, request: Request) -> Response:
        """Messages, newest first, filtered by `To` like Twilio's list (one page)."""
        record = await self._record(request)
        account_sid = request.path_params["account_sid"]
        if not self._authorised(request, account_sid):
            return self._error(record, 20003)
        to = request.query_params.get("To")
        page_size = int(request.query_params.get("PageSize", "50"))
        with self._lock:
            messages = [
                dict(message)
                for message in reversed(self._messages.values())
                if to is None or message["to"] == to
            ][:page_size]
        record.status = 200
        uri = f"/{API_VERSION}/Accounts/{account_sid}/Messages.json"
        return JSONResponse(
            {
                "messages": messages,
                "uri": uri,
                "first_page_uri": uri,
                "next_page_uri": None,
                "previous_page_uri": None,
                "page": 0,
                "page_size": page_size,
                "start": 0,
                "end": max(0, len(messages) - 1),
            }
        )

    async def _fetch_message(self, request: Request) -> Response:
        record = await self._record(request)
        if not self._authorised(request, request.path_params["account_sid"]):
            return self._error(record, 20003)
        with self._lock:
            message = self._messages.get(request.path_params["message_sid"])
        if message is None:
            return self._error(record, 20404)
        record.status = 200
        return JSONResponse(message)

    async def _get_media(self, request: Request) -> Response:
        record = await self._record(request)
        if not self._authorised(request, request.path_params["account_sid"]):
            return self._error(record, 20003)
        with self._lock:
            media = self._media.get(request.path_params["media_sid"])
        if media is None or media.message_sid != request.path_params["message_sid"]:
            return self._error(record, 20404)
        if media.redirect:
            token = uuid.uuid4().hex
            with self._lock:
                self._cdn[token] = media.media_sid
            record.status = 307
            return RedirectResponse(f"{self.base_url}/cdn/{token}", status_code=307)
        record.status = 200
        return Response(media.content, media_type=media.content_type)

    async def _get_cdn_media(self, request: Request) -> Response:
        record = await self._record(request)
        with self._lock:
            media_sid = self._cdn.get(request.path_params["token"])
            media = self._media.get(media_sid) if media_sid else None
        if media is None:
            record.status = 404
            return Response(b"Not Found", status_code=404, media_type="text/plain")
        record.status = 200
        return Response(media.content, media_type=media.content_type)

    async def _not_found(self, request: Request) -> Response:
        record = await self._record(request)
        return self._error(record, 20404)
