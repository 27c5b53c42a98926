"""Real webhook bodies (tests/data/webhooks), the requests that carry them past the gateway's
checks, and a gateway to post them to.

Twilio forms are signed as Twilio signs them (X-Twilio-Signature over PUBLIC_BASE_URL + path
and the fields the gateway will parse); Telegram updates carry the webhook secret. So every
body, real or generated, reaches the parsing code instead of stopping at 403. SOURCES.md beside
the bodies says where each shape came from; every number, name and id in them is fake.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from twilio.request_validator import RequestValidator

from bot.app import create_app
from bot.services import Services
from bot.settings import Settings
from db.models import Base, Message, OutboxItem
from db.queries import enqueue, identity_for
from db.session import make_engine

CORPUS_DIR = Path(__file__).parent / "data" / "webhooks"
Endpoint = Literal["twilio_messages", "twilio_status", "telegram"]
ENDPOINTS: tuple[Endpoint, ...] = ("twilio_messages", "twilio_status", "telegram")
ENDPOINT_PATHS: dict[Endpoint, str] = {
    "twilio_messages": "/webhooks/twilio/messages",
    "twilio_status": "/webhooks/twilio/status",
    "telegram": "/webhooks/telegram",
}
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class WebhookBody:
    """One stored body: `kind` is its file name without the extension."""

    endpoint: Endpoint
    kind: str
    path: Path

    @property
    def id(self) -> str:
        return f"{self.endpoint}/{self.kind}"

    def form(self) -> dict[str, str]:
        """A Twilio body's fields, in the order Twilio sent them."""
        if self.endpoint == "telegram":
            raise TypeError(f"{self.id} is a Telegram update, not a form")
        return dict(parse_qsl(self.path.read_text().strip(), keep_blank_values=True))

    def update(self) -> dict[str, Any]:
        """A Telegram body as JSON."""
        if self.endpoint != "telegram":
            raise TypeError(f"{self.id} is a Twilio form, not a Telegram update")
        update: dict[str, Any] = json.loads(self.path.read_text())
        return update


def bodies(endpoint: Endpoint | None = None) -> list[WebhookBody]:
    """Every stored body for one endpoint (or all), sorted by endpoint and kind."""
    chosen = ENDPOINTS if endpoint is None else (endpoint,)
    return [
        WebhookBody(name, path.stem, path)
        for name in chosen
        for path in sorted((CORPUS_DIR / name).iterdir())
        if path.suffix in (".form", ".json")
    ]


# --- requests ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class WebhookRequest:
    path: str
    body: bytes
    headers: dict[str, str]


def signed_twilio_request(
    fields: Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    path: str,
    auth_token: str,
    base_url: str,
) -> WebhookRequest:
    """A form POST signed as Twilio signs it. Lone surrogates are percent-encoded as their
    UTF-8-style bytes, as a careless sender would; the signature covers the fields the gateway
    will decode from the body, so the request always passes the signature check."""
    pairs = list(fields.items()) if isinstance(fields, Mapping) else list(fields)
    body = urlencode(pairs, encoding="utf-8", errors="surrogatepass")
    parsed = dict(parse_qsl(body, keep_blank_values=True))
    signature = RequestValidator(auth_token).compute_signature(base_url + path, parsed)
    headers = {"Content-Type": FORM_CONTENT_TYPE, "X-Twilio-Signature": signature}
    return WebhookRequest(path, body.encode("ascii"), headers)


def telegram_request(update: Any, *, secret: str) -> WebhookRequest:
    """A Telegram webhook POST with the right secret; `bytes` are sent as they are, anything
    else as JSON (lone surrogates and NUL escaped, as JSON allows)."""
    body = update if isinstance(update, bytes) else json.dumps(update).encode("ascii")
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret}
    return WebhookRequest(ENDPOINT_PATHS["telegram"], body, headers)


def request_for(endpoint: Endpoint, payload: Any, settings: Settings) -> WebhookRequest:
    """The request a provider would make to `endpoint` with this form or update."""
    if endpoint == "telegram":
        return telegram_request(payload, secret=settings.TELEGRAM_WEBHOOK_SECRET)
    return signed_twilio_request(
        payload,
        path=ENDPOINT_PATHS[endpoint],
        auth_token=settings.TWILIO_AUTH_TOKEN or "",
        base_url=settings.PUBLIC_BASE_URL,
    )


# --- a gateway to post them to ----------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What the sender saw, and any exception the gateway raised or logged on the way."""

    status: int
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.status >= 500 or self.error is not None


class _LoggedErrors(logging.Handler):
    """Collects exceptions that are logged and swallowed (python-telegram-bot logs a failing
    handler's exception and still answers 200: a message lost without a 5xx)."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.records.append(record)


@dataclass
class WebhookGateway:
    client: TestClient
    services: Services

    @property
    def settings(self) -> Settings:
        return self.services.settings

    def post(self, endpoint: Endpoint, payload: Any) -> Outcome:
        """Post one form or update as its provider would, and say what came back."""
        request = request_for(endpoint, payload, self.settings)
        logged = _LoggedErrors()
        root = logging.getLogger()
        root.addHandler(logged)
        try:
            response = self.client.post(request.path, content=request.body, headers=request.headers)
        except Exception as error:  # noqa: BLE001 - an escaped exception is what we look for
            return Outcome(500, f"{type(error).__name__}: {error}"[:500])
        finally:
            root.removeHandler(logged)
        if logged.records:
            exc_type, exc, _ = logged.records[0].exc_info or (None, None, None)
            name = exc_type.__name__ if exc_type else "error"
            return Outcome(response.status_code, f"logged {name}: {exc}"[:500])
        return Outcome(response.status_code)

    def inbound_count(self) -> int:
        with self.services.sessions() as session:
            count = select(func.count()).select_from(Message).where(Message.direction == "in")
            return session.execute(count).scalar_one()

    def outbox_count(self) -> int:
        with self.services.sessions() as session:
            return session.execute(select(func.count()).select_from(OutboxItem)).scalar_one()


def settings_on(database: str, settings: Settings, request: pytest.FixtureRequest) -> Settings:
    """The settings as they are (SQLite), or on a fresh PostgreSQL schema with the tables."""
    if database != "postgresql":
        return settings
    url = request.getfixturevalue("postgres_url")
    Base.metadata.create_all(make_engine(url))
    return settings.model_copy(update={"DATABASE_URL": url})


@contextmanager
def running_webhook_gateway(settings: Settings) -> Iterator[WebhookGateway]:
    """The real app with Telegram in webhook mode and the pipeline stopped: these tests look at
    what the webhooks answer and store, not at the replies."""
    app = create_app(settings, start_pipeline=False)
    with TestClient(app) as client:
        yield WebhookGateway(client, app.state.services)


def seed_sent_messages(gateway: WebhookGateway, status_bodies: Iterable[WebhookBody]) -> None:
    """An outbox row, already sent, for each status callback's MessageSid, so the callbacks
    update real rows (WhatsApp rows carry a template, for the 63016 re-send)."""
    with gateway.services.sessions() as session, session.begin():
        for body in status_bodies:
            form = body.form()
            channel = "whatsapp" if form.get("To", "").startswith("whatsapp:") else "sms"
            address = form.get("To", "").removeprefix("whatsapp:")
            identity = identity_for(session, channel, address)
            outbox_id = enqueue(
                session,
                key=f"corpus:{body.kind}",
                kind="reply",
                channel=channel,
                address=address,
                body="Thanks, see you on Saturday.",
                identity_id=identity.id,
                template="staff_reply" if channel == "whatsapp" else None,
                template_variables={"first_name": "Sam"} if channel == "whatsapp" else None,
            )
            item = session.get(OutboxItem, outbox_id)
            if item is not None:
                item.status, item.provider_id = "sent", form["MessageSid"]
