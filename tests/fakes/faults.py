"""Network faults between our processes and a stand-in: a TCP proxy that drops connections and
refuses them on demand.

The stand-ins answer every request they get, slowly or with an error when told to (`fail_next`,
`slow_next`); what they cannot do is make the network fail. This proxy sits in front of one and
does that, to the sending requests only (a request whose first line names one of `sends`):

* `drop_next(before=True)`: the connection is cut as the request arrives; the provider never
  sees it (a safe retry, although the client cannot tell).
* `drop_next(before=False)`: the request reaches the provider, which takes the message, and the
  connection is cut before its answer gets back (the client cannot tell it was sent).
* `refuse_for(seconds)`: nothing listens on the port for a while, so a new connection is
  refused before anything is sent (a safe retry), and open connections are cut; `refuse()`
  and `listen_again()` do the same for as long as a test needs.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Self

DEFAULT_SENDS = (b"/Messages.json", b"/sendMessage")
CHUNK = 65536


@dataclass
class FaultCounts:
    """What the proxy did, for the fault suite's report."""

    dropped_before: int = 0
    dropped_after: int = 0
    refused_periods: int = 0


class FaultyLink:
    """A TCP proxy on an ephemeral 127.0.0.1 port in front of `target_port`."""

    def __init__(self, target_port: int, sends: tuple[bytes, ...] = DEFAULT_SENDS) -> None:
        self.target_port = target_port
        self.sends = sends
        self.port = 0
        self.counts = FaultCounts()
        self._drops: deque[bool] = deque()  # True: before the provider sees the request
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self) -> None:
        self._call(self._close(cut_connections=True))
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)

    # --- what tests ask for ------------------------------------------------------------------

    def drop_next(self, *, before: bool, times: int = 1) -> None:
        """Cut the next `times` sending requests, before or after the provider got them."""
        with self._lock:
            self._drops.extend([before] * times)

    def refuse_for(self, seconds: float) -> None:
        """Stop listening (and cut open connections) for `seconds`; returns at once."""
        self.refuse()
        timer = threading.Timer(seconds, self.listen_again)
        timer.daemon = True
        timer.start()

    def refuse(self) -> None:
        """Stop listening (and cut open connections) until `listen_again`: for a test whose
        steps must all meet the refusal however slowly the machine runs them."""
        self._call(self._close(cut_connections=True))
        with self._lock:
            self.counts.refused_periods += 1

    def listen_again(self) -> None:
        self._call(self._listen())

    # --- the proxy ---------------------------------------------------------------------------

    def _call(self, coroutine: object) -> None:
        asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=10)  # type: ignore[arg-type]

    async def _listen(self) -> None:
        deadline = time.monotonic() + 5
        while True:
            try:
                self._server = await asyncio.start_server(
                    self._serve, "127.0.0.1", self.port, reuse_address=True
                )
                break
            except OSError:  # the old socket is still closing
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.05)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close(self, *, cut_connections: bool) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if cut_connections:
            for writer in list(self._writers):
                writer.close()

    def _next_drop(self, chunk: bytes) -> bool | None:
        """For the first chunk of a sending request, the drop queued for it, if any."""
        first_line = chunk.split(b"\r\n", 1)[0]
        if not first_line.startswith(b"POST ") or not any(s in first_line for s in self.sends):
            return None
        with self._lock:
            return self._drops.popleft() if self._drops else None

    async def _serve(
        self, client_reader: asyncio.StreamReader, client: asyncio.StreamWriter
    ) -> None:
        try:
            server_reader, server = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            client.close()
            return
        self._writers.update((client, server))
        answer_lost = asyncio.Event()

        def cut_request(chunk: bytes) -> bool:
            drop = self._next_drop(chunk)
            if drop is False:
                answer_lost.set()  # it goes through; its answer will not
            if drop is True:
                with self._lock:
                    self.counts.dropped_before += 1
            return drop is True

        def cut_answer(chunk: bytes) -> bool:
            if answer_lost.is_set():
                with self._lock:
                    self.counts.dropped_after += 1
            return answer_lost.is_set()

        try:
            await asyncio.gather(
                _pump(client_reader, server, client, cut_request),
                _pump(server_reader, client, server, cut_answer),
            )
        finally:
            for writer in (client, server):
                self._writers.discard(writer)
                writer.close()


async def _pump(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    other: asyncio.StreamWriter,
    cut: Callable[[bytes], bool],
) -> None:
    """Copy one direction until it ends, or until `cut` says to drop the connection."""
    with contextlib.suppress(OSError):
        while chunk := await reader.read(CHUNK):
            if cut(chunk):
                other.close()
                break
            writer.write(chunk)
            await writer.drain()
    writer.close()
