"""Worker processes sending as fast as their rate limiter lets them, and what the provider
would see: the combined send rate and the busiest second. Shared by the shared-limits test
and `bench/bench_rate_limits.py`.

Each process is a separate interpreter (spawned, not forked) with its own limiter, as the
outbox workers of a deployment are: in memory, each paces only itself; with Redis, they share.
"""

from __future__ import annotations

import asyncio
import bisect
import multiprocessing
import time
from dataclasses import dataclass
from typing import Any

from bot.channels.rate_limits import RateLimit, RateLimiter, SendPacer
from bot.channels.rate_limits_redis import RedisRateLimiter


@dataclass(frozen=True)
class Sender:
    """One worker process: its limiter (Redis when `redis_url` is set) and the limits it
    applies to every send."""

    limits: tuple[RateLimit, ...]
    redis_url: str | None = None
    prefix: str = "assembly:test-pace:"


@dataclass(frozen=True)
class Measured:
    sends: int
    seconds: float
    busiest_second: int  # the most sends in any one-second window

    @property
    def rate(self) -> float:
        return self.sends / self.seconds


def measure(times: list[float], seconds: float) -> Measured:
    times = sorted(times)
    busiest = max(
        (bisect.bisect_left(times, start + 1.0) - index for index, start in enumerate(times)),
        default=0,
    )
    return Measured(len(times), seconds, busiest)


async def _send_until(sender: Sender, start_at: float, seconds: float) -> list[float]:
    limiter: SendPacer = (
        RedisRateLimiter(sender.redis_url, sender.prefix) if sender.redis_url else RateLimiter()
    )
    await asyncio.sleep(max(0.0, start_at - time.time()))
    end, times = start_at + seconds, []
    while True:
        await limiter.wait_for(sender.limits)
        now = time.time()
        if now >= end:
            break
        times.append(now)
    await limiter.close()
    return times


def _process(
    sender: Sender, ready: Any, start_at: Any, go: Any, results: Any, seconds: float
) -> None:
    ready.put(True)
    go.wait()
    results.put(asyncio.run(_send_until(sender, start_at.value, seconds)))


def run_senders(senders: list[Sender], seconds: float) -> list[list[float]]:
    """Start one process per sender, let them all send for `seconds` from the same moment;
    each one's send times, in `senders`' order."""
    context = multiprocessing.get_context("spawn")
    ready, go, start_at = context.Queue(), context.Event(), context.Value("d", 0.0)
    queues = [context.Queue() for _ in senders]
    processes = [
        context.Process(target=_process, args=(sender, ready, start_at, go, queue, seconds))
        for sender, queue in zip(senders, queues, strict=True)
    ]
    for process in processes:
        process.start()
    try:
        for _ in processes:
            ready.get(timeout=60)
        start_at.value = time.time() + 0.2
        go.set()
        return [queue.get(timeout=seconds + 30) for queue in queues]
    finally:
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()
