"""A proxy in front of the real Rasa server that loses answers on purpose.

Everything is passed through to Rasa unchanged, except what a test asks for: the answer to the
next member message held back past the gateway's timeout (Rasa ran the turn; the gateway never
heard), or the next member message refused with a 502 before Rasa sees it. It counts the member
messages that reached Rasa.
"""

from __future__ import annotations

import asyncio
import threading

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.fakes._server import StandIn

MEMBER_MESSAGES = "/webhooks/rest/webhook"


class RasaProxy(StandIn):
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self._lock = threading.Lock()
        self._hold_seconds: float | None = None
        self._refuse_next = False
        self.member_messages_forwarded = 0
        self.app = Starlette(
            routes=[Route("/{path:path}", self._forward, methods=["GET", "POST", "PUT"])]
        )

    def hold_next_answer(self, seconds: float) -> None:
        """Let Rasa run the next member message, then answer only after `seconds`."""
        with self._lock:
            self._hold_seconds = seconds

    def refuse_next(self) -> None:
        """Answer the next member message 502 without passing it on."""
        with self._lock:
            self._refuse_next = True

    async def _forward(self, request: Request) -> Response:
        member_message = request.url.path == MEMBER_MESSAGES
        hold: float | None = None
        with self._lock:
            if member_message and self._refuse_next:
                self._refuse_next = False
                return Response("bad gateway", status_code=502)
            if member_message:
                hold, self._hold_seconds = self._hold_seconds, None
                self.member_messages_forwarded += 1
        async with httpx.AsyncClient(timeout=60) as client:
            answer = await client.request(
                request.method,
                f"{self.upstream}{request.url.path}",
                params=request.query_params,
                content=await request.body(),
                headers={"content-type": request.headers.get("content-type", "")},
            )
        if hold is not None:
            await asyncio.sleep(hold)
        return Response(
            answer.content,
            status_code=answer.status_code,
            media_type=answer.headers.get("content-type"),
        )
