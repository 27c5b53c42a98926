"""Stand-in Rasa servers for the gateway's side of a Rasa pool: they answer the calls the
gateway makes (health, parse, a member's message, the locked tracker read) and share one record
of the turns they ran, as real servers share one tracker store.

A member message is answered "re: <text>" after `delay` seconds. A server can be made to fail
its health check (`healthy = False`), or to run the next turn but answer only after `hold`
seconds (past the gateway's timeout), as a Rasa that ran the turn and then went quiet.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

from tests.fakes._server import StandIn


@dataclass(frozen=True)
class RanTurn:
    server: str
    sender: str
    text: str
    message_id: Any


@dataclass
class SharedTracker:
    """Every turn any stand-in ran, in order: the shared tracker store."""

    turns: list[RanTurn] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, turn: RanTurn) -> None:
        with self.lock:
            self.turns.append(turn)

    def ran(self) -> list[RanTurn]:
        with self.lock:
            return list(self.turns)

    def times_each_message_ran(self) -> Counter[Any]:
        return Counter(turn.message_id for turn in self.ran())

    def events(self, sender: str) -> list[dict[str, Any]]:
        """The conversation as Rasa's tracker gives it: each user event and its reply."""
        events: list[dict[str, Any]] = []
        for turn in self.ran():
            if turn.sender == sender:
                events.append(
                    {
                        "event": "user",
                        "text": turn.text,
                        "metadata": {"message_id": turn.message_id},
                    }
                )
                events.append({"event": "bot", "text": f"re: {turn.text}"})
        return events


class RasaStandIn(StandIn):
    def __init__(self, name: str, tracker: SharedTracker, delay: float = 0.02) -> None:
        self.name = name
        self.tracker = tracker
        self.delay = delay
        self.healthy = True
        self.hold_next: float | None = None
        self.risk: dict[str, Any] | None = None  # the risk classifier's reading in each parse
        self.in_flight = self.most_in_flight = 0  # member messages being answered at once
        self.app = Starlette(
            routes=[
                Route("/", self._root),
                Route("/model/parse", self._parse, methods=["POST"]),
                Route("/webhooks/rest/webhook", self._message, methods=["POST"]),
                Route("/conversations/{sender}/tracker/events", self._events, methods=["POST"]),
            ]
        )

    async def _root(self, _request: Request) -> PlainTextResponse:
        if not self.healthy:
            return PlainTextResponse("loading", status_code=503)
        return PlainTextResponse("Hello from Rasa: 3.6.21")

    async def _parse(self, request: Request) -> JSONResponse:
        text = (await request.json())["text"]
        intent = {"name": "ask_venue", "confidence": 0.99}
        parsed = {"text": text, "intent": intent, "intent_ranking": [intent]}
        if self.risk is not None:
            parsed["risk"] = self.risk
        return JSONResponse(parsed)

    async def _message(self, request: Request) -> JSONResponse:
        body = await request.json()
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        message_id = (body.get("metadata") or {}).get("message_id")
        self.tracker.record(RanTurn(self.name, body["sender"], body["message"], message_id))
        hold, self.hold_next = self.hold_next, None
        if hold is not None:
            await asyncio.sleep(hold)
        return JSONResponse([{"recipient_id": body["sender"], "text": f"re: {body['message']}"}])

    async def _events(self, request: Request) -> JSONResponse:
        sender = request.path_params["sender"]
        return JSONResponse({"sender_id": sender, "events": self.tracker.events(sender)})
