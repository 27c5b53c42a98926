"""Run an ASGI app on 127.0.0.1 in a background thread.

The real twilio and python-telegram-bot clients speak plain HTTP, so the stand-ins must listen on
a real socket; an ephemeral port lets parallel test runs coexist.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import Self

import uvicorn
from starlette.types import ASGIApp


class BackgroundServer:
    """A uvicorn server on an ephemeral localhost port, started and stopped from tests."""

    def __init__(self, app: ASGIApp, *, startup_timeout: float = 10.0) -> None:
        self._config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(self._config)
        self._thread: threading.Thread | None = None
        self._startup_timeout = startup_timeout
        self.port: int = 0

    @property
    def base_url(self) -> str:
        """Where clients should send requests, without a trailing slash."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> BackgroundServer:
        """Start serving and block until the socket is bound, so the port is known."""
        self._thread = threading.Thread(
            target=self._server.run, name="fake-api-server", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("stand-in API server failed to start")
            if time.monotonic() > deadline:
                raise TimeoutError("stand-in API server did not start in time")
            time.sleep(0.005)
        sockets = self._server.servers[0].sockets
        self.port = int(sockets[0].getsockname()[1])
        return self

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for the thread, so no socket leaks between sessions."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class StandIn:
    """What every stand-in API server shares: serving its `app` on an ephemeral 127.0.0.1 port."""

    app: ASGIApp
    _server: BackgroundServer | None = None

    def start(self) -> Self:
        """Serve on an ephemeral 127.0.0.1 port."""
        self._server = BackgroundServer(self.app).start()
        return self

    def stop(self) -> None:
        """Stop serving; safe to call twice."""
        if self._server is not None:
            self._server.stop()
            self._server = None

    @property
    def base_url(self) -> str:
        """The stand-in's root, e.g. http://127.0.0.1:PORT (TWILIO_API_URL, TELEGRAM_API_URL)."""
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} is not running; call start() first")
        return self._server.base_url

    @property
    def port(self) -> int:
        """The port it listens on (for a proxy put in front of it)."""
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} is not running; call start() first")
        return self._server.port
