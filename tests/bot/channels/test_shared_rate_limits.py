"""Provider rate limits with REDIS_URL set: two worker processes together stay within one
sender's cap (in memory, each would take the whole cap for itself: twice the cap in all), a
send's several limits are booked together, and a Redis outage slows nobody to a halt."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator

import pytest
import redis

from bot.channels.rate_limits import RateLimit, RateLimiter, rate_limiter_for
from bot.channels.rate_limits_redis import RedisRateLimiter
from bot.settings import Settings
from tests.pacing_load import Sender, measure, run_senders

REDIS_URL = "redis://127.0.0.1:6379/0"
CAP = 20.0  # sends a second for one SMS sender number
SECONDS = 2.0


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A key prefix of this test's own, deleted afterwards."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.fail(f"Redis unreachable at {REDIS_URL}: {error}")
    prefix = f"test:{uuid.uuid4().hex[:8]}:pace:"
    yield prefix
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    client.close()


def test_two_workers_sharing_redis_stay_within_the_senders_cap(redis_prefix: str) -> None:
    sms = (RateLimit("sms:+447700900000", CAP),)
    shared = Sender(sms, REDIS_URL, redis_prefix)
    alone = Sender(sms)  # in memory: each process paces only itself
    redis_a, redis_b, memory_a, memory_b = run_senders([shared, shared, alone, alone], SECONDS)

    together = measure(redis_a + redis_b, SECONDS)
    assert together.rate <= CAP * 1.05, together
    assert together.busiest_second <= CAP + 1, together  # one send of timer lag on a busy machine
    assert together.rate >= CAP * 0.7, together  # and they do get (most of) the cap between them
    assert min(len(redis_a), len(redis_b)) >= CAP * SECONDS * 0.25  # neither starves

    unshared = measure(memory_a + memory_b, SECONDS)
    assert unshared.rate >= CAP * 1.6, unshared  # what REDIS_URL prevents


def test_a_sends_limits_are_booked_together(redis_prefix: str) -> None:
    """Telegram: overall and per chat. Sends to one chat go at the chat's pace; the overall
    limit is booked by each of them as well."""
    limiter = RedisRateLimiter(REDIS_URL, redis_prefix)
    per_chat = (RateLimit("telegram", 50.0), RateLimit("telegram:555001", 10.0))

    async def three_sends() -> float:
        started = time.monotonic()
        for _ in range(3):
            await limiter.wait_for(per_chat)
        await limiter.close()
        return time.monotonic() - started

    assert 0.18 <= asyncio.run(three_sends()) < 0.5  # 0, 0.1, 0.2 s


def test_the_worker_shares_its_pacing_through_redis_only_when_redis_url_is_set(
    settings: Settings,
) -> None:
    assert isinstance(rate_limiter_for(settings), RateLimiter)
    shared = settings.model_copy(update={"REDIS_URL": REDIS_URL})
    assert isinstance(rate_limiter_for(shared), RedisRateLimiter)


def test_without_redis_a_worker_still_paces_itself(caplog: pytest.LogCaptureFixture) -> None:
    limiter = RedisRateLimiter("redis://127.0.0.1:1/0")  # nothing listens there
    limit = (RateLimit("sms:+447700900000", 10.0),)

    async def three_sends() -> float:
        started = time.monotonic()
        for _ in range(3):
            await limiter.wait_for(limit)
        return time.monotonic() - started

    assert 0.18 <= asyncio.run(three_sends()) < 1.0
    assert sum("Redis unavailable" in r.message for r in caplog.records) == 1
