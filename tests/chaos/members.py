"""Members writing to the gateway over real HTTP, as Twilio and Telegram deliver their messages:
signed webhooks, and the same message posted again (same MessageSid or update_id) until the
gateway answers 200, as a provider retries while the gateway is down or cut a request off.
Staff act through the API: a broadcast, and handing conversations back after an outage."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import httpx

from db.types import utcnow
from tests.chaos.world import ChaosMember, World
from tests.fakes.telegram_api import FakeTelegramApi
from tests.fakes.twilio_api import FakeTwilioApi
from tests.harness import SMS_FROM, WHATSAPP_FROM

QUESTIONS = (
    "where is the venue?",
    "what time does it start?",
    "is lunch provided?",
    "is the hall step-free?",
    "can I claim for my bus fare?",
    "when will I get the thank-you payment?",
)
GIVE_UP_POSTING_SECONDS = 180.0
RETRY_SECONDS = 0.3


@dataclass
class Traffic:
    """What the members and staff saw of the gateway."""

    accepted: int = 0  # messages the gateway took (200)
    reposted: int = 0  # posts made again: gateway down, or the connection cut
    server_errors: int = 0  # 5xx answers
    refused: list[str] = field(default_factory=list)  # any other answer: a bug
    never_accepted: int = 0  # given up after GIVE_UP_POSTING_SECONDS: lost
    # (conversation id, escalated at, handed back at): while staff had it, no answer is due
    handed_back: list[tuple[int, datetime | None, datetime]] = field(default_factory=list)


class Gateway:
    """The suite's view of the gateway over HTTP."""

    def __init__(self, world: World, twilio: FakeTwilioApi, telegram: FakeTelegramApi) -> None:
        self.world = world
        self.twilio = twilio
        self.telegram = telegram
        self.traffic = Traffic()
        self.client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{world.port}", timeout=15)

    async def aclose(self) -> None:
        await self.client.aclose()

    async def _post_until_taken(self, path: str, **request: Any) -> httpx.Response | None:
        """Post until the gateway answers something other than 5xx or a broken connection."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + GIVE_UP_POSTING_SECONDS
        while loop.time() < deadline:
            try:
                response = await self.client.post(path, **request)
            except httpx.TransportError:
                self.traffic.reposted += 1
                await asyncio.sleep(RETRY_SECONDS)
                continue
            if response.status_code < 500:
                return response
            self.traffic.server_errors += 1
            await asyncio.sleep(RETRY_SECONDS)
        return None

    async def write(self, member: ChaosMember, text: str) -> None:
        """One message from a member, delivered as its provider would deliver it."""
        if member.channel == "telegram":
            update = self.telegram.make_message_update(member.chat, text)
            path = "/webhooks/telegram"
            headers = {"X-Telegram-Bot-Api-Secret-Token": self.world.env["TELEGRAM_WEBHOOK_SECRET"]}
            response = await self._post_until_taken(path, json=update, headers=headers)
        else:
            whatsapp = member.channel == "whatsapp"
            sender = f"whatsapp:{member.address}" if whatsapp else member.address
            form = self.twilio.inbound_form(sender, WHATSAPP_FROM if whatsapp else SMS_FROM, text)
            path = "/webhooks/twilio/messages"
            signature = self.twilio.signature(self.world.public_url + path, form)
            headers = {"X-Twilio-Signature": signature}
            response = await self._post_until_taken(path, data=form, headers=headers)
        self._count(response, f"{member.channel} webhook")

    def _count(self, response: httpx.Response | None, what: str) -> None:
        if response is None:
            self.traffic.never_accepted += 1
        elif response.status_code in (200, 202):
            self.traffic.accepted += 1
        else:
            self.traffic.refused.append(f"{what}: {response.status_code} {response.text[:200]}")

    async def converse(
        self, member: ChaosMember, messages: int, pause: tuple[float, float], rng: random.Random
    ) -> None:
        """A member writing `messages` questions, a random pause before each."""
        for _ in range(messages):
            await asyncio.sleep(rng.uniform(*pause))
            await self.write(member, rng.choice(QUESTIONS))

    # --- staff, through the API ------------------------------------------------------------------

    @property
    def _staff(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.world.admin_token}"}

    async def broadcast(self, text: str) -> None:
        """One broadcast to everyone: posted once (a second post would be a second broadcast)."""
        response = await self.client.post(
            "/api/broadcasts", json={"text": text, "audience": "all"}, headers=self._staff
        )
        if response.status_code >= 500:
            self.traffic.server_errors += 1
        if response.status_code != 202:
            self.traffic.refused.append(f"broadcast: {response.status_code} {response.text}")

    async def hand_back_escalated(self, escalated_since: dict[int, datetime]) -> None:
        """What staff do after an outage: the assistant answers these members again.
        `escalated_since`: conversation id -> when it was escalated (read from the database)."""
        response = await self.client.get(
            "/api/conversations", params={"status": "escalated"}, headers=self._staff
        )
        response.raise_for_status()
        for conversation in response.json()["conversations"]:
            handed = await self.client.post(
                f"/api/conversations/{conversation['id']}/handback", headers=self._staff
            )
            if handed.status_code == 200:
                self.traffic.handed_back.append(
                    (conversation["id"], escalated_since.get(conversation["id"]), utcnow())
                )
            else:
                self.traffic.refused.append(f"handback: {handed.status_code}")
