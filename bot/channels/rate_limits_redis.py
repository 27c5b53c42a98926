"""Send pacing shared by every worker process through Redis (REDIS_URL), so N workers together
stay within each provider's cap rather than N times it.

Each limit's key holds the earliest time its next send may go. One Lua script, atomic on the
Redis server and timed by the server's clock, finds the first moment every limit of a send is
free, books that moment on all of them, and answers how long to wait: a worker then sleeps
until its booked moment and sends. The pacing is the in-memory limiter's (sends at least
1/rate apart under each key, never a burst), held in one place for every process.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging

import redis
import redis.asyncio as aioredis
from redis.commands.core import AsyncScript

from bot.channels.rate_limits import RateLimit, RateLimiter

log = logging.getLogger(__name__)

KEY_PREFIX = "assembly:send-pace:"
# Booked moments are 2% further apart than the cap allows: a worker's timer firing a few
# milliseconds late (it always fires late, never early) then never puts cap+1 sends into one
# second.
PACE_MARGIN = 1.02

# KEYS: one per limit. ARGV: each limit's interval in microseconds, in KEYS' order. Returns the
# microseconds until the booked moment (0: send now).
BOOK_SLOT = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local slot = now
for _, key in ipairs(KEYS) do
  local free = tonumber(redis.call('GET', key) or '0')
  if free > slot then slot = free end
end
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[i])
  local keep = math.ceil((slot - now + interval) / 1000) + 1000
  redis.call('SET', key, string.format('%d', slot + interval), 'PX', keep)
end
return slot - now
"""


class RedisRateLimiter:
    """`RateLimiter` with its state in Redis. While Redis cannot be reached, this process paces
    itself in memory (a send is never refused for want of Redis), and says so once."""

    def __init__(self, url: str, prefix: str = KEY_PREFIX) -> None:
        self._url = url
        self._prefix = prefix
        self._fallback = RateLimiter()
        self._degraded = False
        self._client: aioredis.Redis | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def from_url(cls, url: str, prefix: str = KEY_PREFIX) -> RedisRateLimiter:
        return cls(url, prefix)

    def _book(self) -> AsyncScript:
        """The booking script on a client of the running event loop (an asyncio connection
        belongs to the loop that opened it)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            self._client = aioredis.Redis.from_url(
                self._url, socket_timeout=2, socket_connect_timeout=2
            )
            self._script = self._client.register_script(BOOK_SLOT)
            self._loop = loop
        return self._script

    def _key(self, limit: RateLimit) -> str:
        """Keys name a chat or a sender; Redis keeps only their hash."""
        return self._prefix + hashlib.sha256(limit.key.encode()).hexdigest()[:32]

    async def wait_for(self, limits: tuple[RateLimit, ...]) -> None:
        """Until every one of `limits` allows one more send, across every process."""
        if not limits:
            return
        keys = [self._key(limit) for limit in limits]
        intervals = [round(1_000_000 * PACE_MARGIN / limit.per_second) for limit in limits]
        try:
            wait = int(await self._book()(keys=keys, args=intervals))
        except (redis.RedisError, OSError) as error:
            if not self._degraded:
                log.warning("send pacing: Redis unavailable (%s), pacing in memory", error)
                self._degraded = True
            await self._fallback.wait_for(limits)
            return
        if self._degraded:
            log.info("send pacing: Redis reachable again")
            self._degraded = False
        if wait > 0:
            await asyncio.sleep(wait / 1_000_000)

    async def acquire(self, key: str, rate: float) -> None:
        await self.wait_for((RateLimit(key, rate),))

    async def close(self) -> None:
        if self._client is not None and self._loop is asyncio.get_running_loop():
            await self._client.aclose()
        self._client = None
