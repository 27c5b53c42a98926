"""Send pacing. Each channel names its limits (`Channel.rate_limits`); the worker's limiter
applies them, so a provider's limits live with its adapter and the pacing in one place. With
REDIS_URL set the pacing is shared by every worker process (`rate_limits_redis`)."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bot.settings import Settings


@dataclass(frozen=True)
class RateLimit:
    """At most `per_second` sends a second under `key` (a sender number, a chat, a channel)."""

    key: str
    per_second: float


class SendPacer(Protocol):
    """What the worker needs of a limiter: wait until one more send is allowed."""

    async def wait_for(self, limits: tuple[RateLimit, ...]) -> None: ...

    async def close(self) -> None: ...


def rate_limiter_for(settings: Settings) -> SendPacer:
    """Shared by every worker through Redis when REDIS_URL is set (N workers together stay
    within each provider's cap), else this process's own."""
    if settings.REDIS_URL:
        from bot.channels.rate_limits_redis import RedisRateLimiter

        return RedisRateLimiter.from_url(settings.REDIS_URL)
    return RateLimiter()


class RateLimiter:
    """Pacing per key: sends at least 1/rate seconds apart, never in a burst, so no one-second
    window ever holds more than `rate` sends."""

    def __init__(self) -> None:
        self._tokens: dict[str, float] = {}
        self._stamp: dict[str, float] = {}
        self._locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def wait_for(self, limits: tuple[RateLimit, ...]) -> None:
        """Until every one of `limits` allows one more send."""
        for limit in limits:
            await self.acquire(limit.key, limit.per_second)

    async def close(self) -> None:
        """Nothing to let go of: the state is this process's memory."""

    async def acquire(self, key: str, rate: float) -> None:
        async with self._locks[key]:
            while True:
                now = time.monotonic()
                tokens = min(
                    1.0, self._tokens.get(key, 1.0) + (now - self._stamp.get(key, now)) * rate
                )
                self._stamp[key] = now
                if tokens >= 1:
                    self._tokens[key] = tokens - 1
                    return
                self._tokens[key] = tokens
                await asyncio.sleep((1 - tokens) / rate)
