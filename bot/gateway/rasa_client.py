"""Talking to the Rasa server over HTTP (Rasa lives in its own Python 3.10 environment).

A member message goes to the REST channel; a scheduled conversation (the feedback survey) is
started by injecting an intent. Both return the bot's messages for us to put in the outbox.

Rasa runs a turn (its actions, its forms) every time it receives a message, so a request that
may have reached it (a read timeout, a dropped connection, a 5xx) is never simply sent again.
For a member message the conversation's tracker settles it: a user event whose metadata
carries our message id means the turn happened, and the bot events after it are its replies;
no such event means it did not, and the message is sent once more. The tracker is read with
Rasa's lock on the conversation held, so a turn still running when our request gave up is
waited for, not mistaken for one that never happened. Only a request that never left (the
connection refused) is retried without asking. Whatever stays unsettled is `RasaUnavailable`,
so the pipeline apologises and opens a case instead of going silent.

With several servers (RASA_URLS, bot/gateway/rasa_pool.py) each request goes to the next healthy
one; a request refused by one server goes on to the next at once, and a turn that may have run
is settled from the shared tracker through whichever server answers.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

import httpx

from bot.gateway.rasa_pool import RasaPool
from bot.metrics import RASA_FAILURES, RASA_LATENCY
from bot.settings import Settings

KEEPALIVE_SECONDS = 3.0
# Failures before the request left: Rasa cannot have seen it.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Appending it is the one tracker call that waits for the conversation's lock; it changes
# nothing in the conversation (an "export" event without a path writes no file).
_LOCKED_READ_EVENT = {"event": "export", "metadata": {"gateway": "turn check"}}


class RasaUnavailable(Exception):
    """Rasa or its action server did not answer usefully."""


class _NotSent(Exception):
    """The request never reached Rasa."""


class _MaybeSent(Exception):
    """The request may have reached Rasa, and no usable answer came back."""


def replies_after(
    events: list[dict[str, Any]], sender: str, message_id: Any
) -> list[dict[str, Any]] | None:
    """The bot's messages of the turn our message started, as the REST channel gives them; None
    when no user event in the tracker carries our message id (the turn did not happen)."""
    for index, event in enumerate(events):
        metadata = event.get("metadata") or {}
        if event.get("event") == "user" and metadata.get("message_id") == message_id:
            replies = []
            for later in events[index + 1 :]:
                if later.get("event") == "user":
                    break
                if later.get("event") == "bot":
                    data = {k: v for k, v in (later.get("data") or {}).items() if v}
                    replies.append({"recipient_id": sender, **data, "text": later.get("text")})
            return replies
    return None


class RasaClient:
    def __init__(self, settings: Settings, client: httpx.AsyncClient | None = None) -> None:
        self._token = settings.RASA_TOKEN
        self._retry_seconds = settings.RASA_RETRY_SECONDS
        # Connections are kept alive between turns; an idle one is closed before Rasa's
        # server would close it (Sanic: 5 s), so a turn is never sent on a dying connection.
        self._client = client or httpx.AsyncClient(
            timeout=settings.RASA_TIMEOUT_SECONDS,
            limits=httpx.Limits(keepalive_expiry=KEEPALIVE_SECONDS),
        )
        self.pool = RasaPool(
            settings.rasa_urls,
            settings.RASA_REST_SECONDS,
            self._client,
            concurrency=settings.RASA_CONCURRENCY,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def _post_once(self, base: str, path: str, payload: Any, **params: str) -> Any:
        """One POST to one server and its JSON answer; _NotSent or _MaybeSent when it fails."""
        try:
            async with self.pool.slot(base):
                response = await self._client.post(
                    f"{base}{path}", params={"token": self._token, **params}, json=payload
                )
        except _NEVER_SENT as error:
            raise _NotSent(f"{type(error).__name__}: {error}") from error
        except httpx.TransportError as error:
            raise _MaybeSent(f"{type(error).__name__}: {error}") from error
        if response.status_code >= 500:
            raise _MaybeSent(f"Rasa answered {response.status_code}")
        if response.status_code >= 400:
            RASA_FAILURES.inc()
            raise RasaUnavailable(f"Rasa refused the request: {response.status_code}")
        try:
            return response.json()
        except ValueError as error:
            raise _MaybeSent("Rasa's answer is not JSON") from error

    async def _post_anywhere(self, path: str, payload: Any, **params: str) -> Any:
        """One POST to the pool: it moves on to the next server only when it never reached
        the one it was meant for (a refused connection), so it is still sent at most once. A
        server that failed either way rests until it passes its health check again."""
        failure: _NotSent | None = None
        purpose = "read" if path.startswith("/model/") else "turn"
        for base in await self.pool.servers(purpose):
            try:
                return await self._post_once(base, path, payload, **params)
            except _NotSent as error:
                self.pool.rest(base)
                failure = error
            except _MaybeSent:
                self.pool.rest(base)
                raise
        assert failure is not None
        raise failure

    async def _post_at_most_once(
        self,
        path: str,
        payload: dict[str, Any],
        settle: Callable[[], Awaitable[Any | None]] | None = None,
    ) -> Any:
        """POST so that Rasa acts on it at most once. A request that never reached Rasa is tried
        once more; one that may have is settled by `settle` (the answer it got, or None when it
        did not arrive and may be sent again), or without one given up."""
        failure: Exception | None = None
        for attempt in range(2):
            try:
                return await self._post_anywhere(path, payload)
            except _NotSent as error:
                failure = error
            except _MaybeSent as error:
                failure = error
                if settle is None:
                    break
                if (settled := await settle()) is not None:
                    return settled
            if attempt == 0:
                await asyncio.sleep(self._retry_seconds)
        RASA_FAILURES.inc()
        raise RasaUnavailable(str(failure)) from failure

    async def turn_replies(self, sender: str, message_id: Any) -> list[dict[str, Any]] | None:
        """The replies of the turn our message started, read from the tracker once no turn is
        running; None when the message never reached Rasa."""
        try:
            tracker = await self._post_anywhere(
                f"/conversations/{quote(sender, safe='')}/tracker/events",
                _LOCKED_READ_EVENT,
                include_events="ALL",
            )
        except (_NotSent, _MaybeSent) as error:
            RASA_FAILURES.inc()
            raise RasaUnavailable(f"could not read the tracker: {error}") from error
        return replies_after(list(tracker.get("events") or []), sender, message_id)

    async def send_message(
        self,
        sender: str,
        text: str,
        metadata: dict[str, Any],
        *,
        maybe_sent_before: bool = False,
    ) -> list[dict[str, Any]]:
        """One member message through the REST channel, at most once; the bot's replies, in
        order. `metadata["message_id"]` identifies it in the tracker; `maybe_sent_before`
        says an earlier run may have sent it (the gateway stopped before queueing the
        replies), so the tracker is asked first.

        Rasa's REST channel answers 200 with an empty list when an action could not run on the
        action server; the pipeline treats a turn without a reply as an outage.
        """
        message_id = metadata["message_id"]
        if maybe_sent_before:
            replies = await self.turn_replies(sender, message_id)
            if replies is not None:
                return replies
        started = time.perf_counter()
        replies = await self._post_at_most_once(
            "/webhooks/rest/webhook",
            {"sender": sender, "message": text, "metadata": metadata},
            settle=lambda: self.turn_replies(sender, message_id),
        )
        RASA_LATENCY.observe(time.perf_counter() - started)
        return list(replies or [])

    async def trigger_intent(
        self, sender: str, intent: str, entities: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Start a conversation from our side (e.g. the feedback survey): Rasa runs the
        intent's dialogue and returns the messages it would send. Like a member's message, it
        is not sent again once Rasa may have received it."""
        result = await self._post_at_most_once(
            f"/conversations/{quote(sender, safe='')}/trigger_intent",
            {"name": intent, "entities": entities or {}},
        )
        return list(result.get("messages") or [])

    async def parse(self, text: str) -> dict[str, Any]:
        """Classify a text without touching any conversation."""
        return await self._post_at_most_once("/model/parse", {"text": text})
