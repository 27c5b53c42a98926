"""The Rasa servers a gateway spreads its turns over (RASA_URLS), and which of them are up.

Turns go round the healthy servers in turn, so one conversation's turns may land on different
servers: that is safe because every server reads and writes the conversation in the shared
tracker store (PostgreSQL), one turn at a time (the Redis lock store, and our conversation
claims). A server that refused a connection, or failed a request, rests for
`RASA_RETRY_SECONDS`; then it has to pass the health check (`GET /` answering 200) before it
gets turns again. Resting servers are still tried last, so a pool whose servers all look down
is asked anyway rather than given up on. Each gateway keeps at most `RASA_CONCURRENCY`
requests in flight at one server; the others wait their turn in the gateway rather than time
out in Rasa.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from collections import defaultdict
from collections.abc import Callable

import httpx

log = logging.getLogger(__name__)
HEALTH_TIMEOUT_SECONDS = 2.0


class RasaPool:
    def __init__(
        self,
        urls: list[str],
        rest_seconds: float,
        client: httpx.AsyncClient,
        clock: Callable[[], float] = time.monotonic,
        concurrency: int = 4,
    ) -> None:
        self.urls = list(urls)
        self._concurrency = concurrency
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._rest_seconds = rest_seconds
        self._client = client
        self._clock = clock
        self._resting: dict[str, float] = {}  # url -> when it may be checked again
        # Reads (parse) and turns go round separately, so a conversation's turns alternate
        # between servers even though each is preceded by a read.
        self._next: defaultdict[str, itertools.count[int]] = defaultdict(itertools.count)

    def slot(self, url: str) -> asyncio.Semaphore:
        """A place among the requests this process has in flight at one server. Rasa works
        through a turn at a time on the CPU; hundreds of requests at once would each take so
        long that they time out, so the rest wait here, where waiting costs nothing."""
        if url not in self._slots:
            self._slots[url] = asyncio.Semaphore(self._concurrency)
        return self._slots[url]

    def rest(self, url: str) -> None:
        """Leave a server out for a while (it refused a connection or failed its check)."""
        if url not in self._resting and len(self.urls) > 1:
            log.warning("rasa server %s left out of the pool for %.0f s", url, self._rest_seconds)
        self._resting[url] = self._clock() + self._rest_seconds

    async def healthy(self, url: str) -> bool:
        """Rasa's own health check: its root answers 200 once the server is up."""
        try:
            response = await self._client.get(f"{url}/", timeout=HEALTH_TIMEOUT_SECONDS)
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    async def _recheck_rested(self) -> None:
        now = self._clock()
        for url, until in list(self._resting.items()):
            if until > now:
                continue
            self._resting[url] = now + self._rest_seconds  # one check at a time
            if await self.healthy(url):
                del self._resting[url]
                log.info("rasa server %s back in the pool", url)

    async def servers(self, purpose: str = "turn") -> list[str]:
        """Every server, in the order to try them for the next request of this purpose: the
        healthy ones starting from the next in turn, then the resting ones."""
        if len(self.urls) == 1:
            return self.urls
        await self._recheck_rested()
        healthy = [url for url in self.urls if url not in self._resting]
        if healthy:
            start = next(self._next[purpose]) % len(healthy)
            healthy = healthy[start:] + healthy[:start]
        return healthy + [url for url in self.urls if url in self._resting]
