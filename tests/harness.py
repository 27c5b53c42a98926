"""A running gateway wired to the stand-in Twilio and Telegram servers, for channel tests.

The gateway runs in-process (Starlette's TestClient, lifespan included); the outbox worker
runs on its own thread and event loop, as it would in its own process.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.app import create_app
from bot.outbox.worker import Worker
from bot.services import Services
from bot.settings import Settings
from db.models import Message
from tests.conftest import make_settings
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi

SMS_FROM = "+447700900999"
WHATSAPP_FROM = "whatsapp:+447700900998"
T = TypeVar("T")


def gateway_settings(
    var_dir: Path,
    config_path: Path,
    database_url: str,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    **overrides: Any,
) -> Settings:
    values: dict[str, Any] = {
        "TWILIO_ACCOUNT_SID": twilio_api.account_sid,
        "TWILIO_AUTH_TOKEN": twilio_api.auth_token,
        "TWILIO_API_URL": twilio_api.base_url,
        "TWILIO_SMS_FROM": SMS_FROM,
        "TWILIO_WHATSAPP_FROM": WHATSAPP_FROM,
        "TELEGRAM_BOT_TOKEN": telegram_api.token,
        "TELEGRAM_API_URL": telegram_api.base_url,
    }
    values.update(overrides)
    return make_settings(var_dir, config_path, database_url, **values)


class WorkerThread:
    """The outbox worker on its own thread and event loop."""

    def __init__(self, services: Services) -> None:
        self.worker = Worker(services, worker_id="test-worker")
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        self._loop.run_until_complete(self.worker.run_forever())

    def start(self) -> WorkerThread:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self.worker.stop)
        self._thread.join(timeout=10)


@dataclass
class Gateway:
    client: TestClient
    services: Services
    twilio_api: FakeTwilioApi
    telegram_api: FakeTelegramApi

    @property
    def settings(self) -> Settings:
        return self.services.settings

    def post_twilio(
        self,
        form: dict[str, str],
        path: str = "/webhooks/twilio/messages",
        signature: str | None = None,
    ) -> Any:
        """Post a webhook signed as Twilio signs it (or with the given signature)."""
        url = self.settings.PUBLIC_BASE_URL + path
        headers = {"X-Twilio-Signature": signature or self.twilio_api.signature(url, form)}
        return self.client.post(path, data=form, headers=headers)

    def sms(self, sender: str, body: str, **kwargs: Any) -> Any:
        return self.post_twilio(self.twilio_api.inbound_form(sender, SMS_FROM, body, **kwargs))

    def whatsapp(self, sender: str, body: str, **kwargs: Any) -> Any:
        form = self.twilio_api.inbound_form(f"whatsapp:{sender}", WHATSAPP_FROM, body, **kwargs)
        return self.post_twilio(form)

    def telegram(self, update: dict[str, Any], secret: str | None = None) -> Any:
        headers = {
            "X-Telegram-Bot-Api-Secret-Token": secret or self.settings.TELEGRAM_WEBHOOK_SECRET
        }
        return self.client.post("/webhooks/telegram", json=update, headers=headers)

    def wait_processed(self, timeout: float = 20.0) -> None:
        """Until the pipeline has dealt with every stored inbound message."""
        wait_until(lambda: self._unprocessed() == 0, timeout, "inbound messages processed")

    def _unprocessed(self) -> int:
        with self.services.sessions() as session:
            return len(
                session.execute(
                    select(Message.id).where(
                        Message.direction == "in", Message.processed_at.is_(None)
                    )
                ).all()
            )


def wait_until(condition: Callable[[], T], timeout: float = 10.0, what: str = "condition") -> T:
    """Until `condition()` is truthy (its value), looking again after 5 ms, then twice as long
    each time up to 50 ms: what a test waits for (a send, a turn) is often done within a few
    milliseconds, and a long wait costs only four looks more than a steady 50 ms."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(pause)
        pause = min(pause * 2, 0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


@contextmanager
def running_gateway(
    settings: Settings,
    twilio_api: FakeTwilioApi,
    telegram_api: FakeTelegramApi,
    *,
    worker: bool = True,
) -> Iterator[Gateway]:
    """The gateway with its pipeline, and (optionally) the worker, until the block ends."""
    app = create_app(settings)
    with TestClient(app) as client:
        services: Services = app.state.services
        worker_thread = WorkerThread(Services.from_settings(settings)).start() if worker else None
        try:
            yield Gateway(client, services, twilio_api, telegram_api)
        finally:
            if worker_thread is not None:
                worker_thread.stop()
