"""Brakes on signing in, so guessing is slow and a flood of logins cannot starve the gateway.

* Attempts are counted per source address and per account (the email as typed, so unknown
  emails count too) in a sliding window; past the limit the login page answers 429 without
  looking at the password. The window lives in process memory, or in Redis when REDIS_URL is
  set so that every web process shares it (`bot.staff.throttle_redis`).
* Password checks (argon2, deliberately slow and memory-hungry) run at most
  LOGIN_CONCURRENT_VERIFICATIONS at a time. A login waits a moment for a free slot, then gets a
  "try again" page: the rest of the thread pool stays free for webhooks.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
import weakref
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Protocol

from starlette.concurrency import run_in_threadpool

from bot.settings import Settings


class AttemptWindow(Protocol):
    """Counts attempts per key over the last `window_seconds`."""

    #: True when `hit` waits on the network, so callers run it off the event loop.
    blocking: bool

    def hit(self, key: str, limit: int, window_seconds: float) -> float | None:
        """Record one attempt under `key`, unless `limit` attempts already fall inside the
        window. None when recorded; otherwise the seconds until the oldest one leaves it."""
        ...


class MemoryAttemptWindow:
    """The sliding window in this process's memory: a deque of attempt times per key.

    Bounded: past `capacity` keys the least recently used is forgotten, so a flood of random
    emails cannot exhaust memory.
    """

    blocking = False

    def __init__(self, capacity: int = 50_000, clock: Callable[[], float] = time.monotonic) -> None:
        self._attempts: OrderedDict[str, deque[float]] = OrderedDict()
        self._capacity = capacity
        self._clock = clock
        self._lock = threading.Lock()

    def hit(self, key: str, limit: int, window_seconds: float) -> float | None:
        now = self._clock()
        with self._lock:
            times = self._attempts.pop(key, None) or deque()
            while times and times[0] <= now - window_seconds:
                times.popleft()
            refused = len(times) >= limit
            if not refused:
                times.append(now)
            if times:
                self._attempts[key] = times
            while len(self._attempts) > self._capacity:
                self._attempts.popitem(last=False)
            return times[0] + window_seconds - now if refused else None


class VerificationsBusy(Exception):
    """Every password-check slot stayed taken for the whole wait."""


class LoginGuard:
    """The login page's throttle and its bound on concurrent password checks."""

    def __init__(self, settings: Settings, attempts: AttemptWindow | None = None) -> None:
        self.attempts = attempts or attempt_window_for(settings)
        self.per_address = settings.LOGIN_ATTEMPTS_PER_ADDRESS
        self.per_account = settings.LOGIN_ATTEMPTS_PER_ACCOUNT
        self.window_seconds = float(settings.LOGIN_THROTTLE_WINDOW_SECONDS)
        self.concurrent = settings.LOGIN_CONCURRENT_VERIFICATIONS
        self.wait_seconds = settings.LOGIN_VERIFY_WAIT_SECONDS
        # One semaphore per event loop: an asyncio primitive belongs to the loop it waits on.
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )

    async def refusal(self, address: str, email: str) -> float | None:
        """Record a login attempt from `address` for `email`; the seconds to wait when either
        has used up its attempts in the window, else None."""
        if self.attempts.blocking:
            return await run_in_threadpool(self._hit_both, address, email)
        return self._hit_both(address, email)

    def _hit_both(self, address: str, email: str) -> float | None:
        wait = self.attempts.hit(_key("address", address), self.per_address, self.window_seconds)
        if wait is None:
            wait = self.attempts.hit(_key("account", email), self.per_account, self.window_seconds)
        return wait

    @asynccontextmanager
    async def verification_slot(self) -> AsyncIterator[None]:
        """Hold one of the password-check slots; VerificationsBusy after `wait_seconds`."""
        loop = asyncio.get_running_loop()
        slots = self._slots.get(loop)
        if slots is None:
            slots = self._slots[loop] = asyncio.Semaphore(self.concurrent)
        try:
            async with asyncio.timeout(self.wait_seconds):
                await slots.acquire()
        except TimeoutError:
            raise VerificationsBusy from None
        try:
            yield
        finally:
            slots.release()


def _key(kind: str, value: str) -> str:
    """A throttle key that does not hold the email or address itself (Redis keeps them)."""
    return f"{kind}:{hashlib.sha256(value.encode()).hexdigest()[:32]}"


def attempt_window_for(settings: Settings) -> AttemptWindow:
    """Redis when REDIS_URL is set (shared by every web process), else this process's memory."""
    if settings.REDIS_URL:
        from bot.staff.throttle_redis import RedisAttemptWindow

        return RedisAttemptWindow.from_url(settings.REDIS_URL)
    return MemoryAttemptWindow()
