"""Talking to the Rasa server over HTTP (Rasa lives in its own Python 3.10 environment).

A member message goes to the REST channel; a scheduled conversation (the feedback survey) is
started by injecting an intent. Both return the bot's messages for us to put in the outbox.
A timeout, a connection error or a 5xx is retried once, then reported as `RasaUnavailable`
so the pipeline can apologise and open a case instead of going silent.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from bot.metrics import RASA_FAILURES, RASA_LATENCY
from bot.settings import Settings

RETRY_DELAY_SECONDS = 0.5


class RasaUnavailable(Exception):
    """Rasa or its action server did not answer usefully."""


class RasaClient:
    def __init__(self, settings: Settings, client: httpx.AsyncClient | None = None) -> None:
        self._base = settings.RASA_URL
        self._token = settings.RASA_TOKEN
        self._client = client or httpx.AsyncClient(timeout=settings.RASA_TIMEOUT_SECONDS)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def _post(self, path: str, payload: dict[str, Any]) -> Any:
        last_error: Exception | None = None
        for attempt in range(2):
            try:
                response = await self._client.post(
                    f"{self._base}{path}", params={"token": self._token}, json=payload
                )
                if response.status_code < 500:
                    response.raise_for_status()
                    return response.json()
                last_error = RasaUnavailable(f"Rasa answered {response.status_code}")
            except (httpx.TransportError, httpx.HTTPStatusError, ValueError) as error:
                last_error = error
            if attempt == 0:
                await asyncio.sleep(RETRY_DELAY_SECONDS)
        RASA_FAILURES.inc()
        raise RasaUnavailable(str(last_error)) from last_error

    async def send_message(
        self, sender: str, text: str, metadata: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """One member message through the REST channel; the bot's replies, in order.

        Rasa's REST channel answers 200 with an empty list when an action failed on the action
        server (or it is down): the pipeline treats an empty answer as a failure.
        """
        started = time.perf_counter()
        replies = await self._post(
            "/webhooks/rest/webhook",
            {"sender": sender, "message": text, "metadata": metadata or {}},
        )
        RASA_LATENCY.observe(time.perf_counter() - started)
        return list(replies or [])

    async def trigger_intent(
        self, sender: str, intent: str, entities: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Start a conversation from our side (e.g. the feedback survey): Rasa runs the
        intent's dialogue and returns the messages it would send."""
        result = await self._post(
            f"/conversations/{sender}/trigger_intent",
            {"name": intent, "entities": entities or {}},
        )
        return list(result.get("messages") or [])

    async def parse(self, text: str) -> dict[str, Any]:
        """Classify a text without touching any conversation."""
        return await self._post("/model/parse", {"text": text})
