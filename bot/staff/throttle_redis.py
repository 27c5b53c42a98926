"""The login throttle's sliding window in Redis (REDIS_URL), shared by every web process.

One sorted set per key holds the attempt times; a Lua script trims, counts and records in one
step, so two processes cannot both take the last free attempt.
"""

from __future__ import annotations

import logging
import secrets
import time

import redis

from bot.staff.throttle import MemoryAttemptWindow

log = logging.getLogger(__name__)

KEY_PREFIX = "assembly:login-attempts:"

# KEYS[1]: the set. ARGV: now, window, limit, a unique member. Returns -1 when recorded, else
# the milliseconds until the oldest attempt leaves the window.
SLIDING_WINDOW = """
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.ceil((tonumber(oldest[2]) + window - now) * 1000)
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000))
return -1
"""


class RedisAttemptWindow:
    """`AttemptWindow` on a Redis server; times come from this machine's clock.

    While Redis cannot be reached, this process's own window stands in (a login is never
    answered with an error, and never let through unthrottled).
    """

    blocking = True

    def __init__(self, client: redis.Redis) -> None:
        self._client = client
        self._script = client.register_script(SLIDING_WINDOW)
        self._fallback = MemoryAttemptWindow()

    @classmethod
    def from_url(cls, url: str) -> RedisAttemptWindow:
        return cls(redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2))

    def hit(self, key: str, limit: int, window_seconds: float) -> float | None:
        now = time.time()
        member = f"{now:.6f}:{secrets.token_hex(4)}"
        try:
            result = int(
                self._script(keys=[KEY_PREFIX + key], args=[now, window_seconds, limit, member])
            )
        except redis.RedisError as error:
            log.warning("login throttle: Redis unavailable (%s), counting in memory", error)
            return self._fallback.hit(key, limit, window_seconds)
        return None if result < 0 else result / 1000
