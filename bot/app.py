"""The gateway: one ASGI app for the channel webhooks, the staff console and API, health and
metrics. The inbound pipeline runs inside it as a background task."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse

from bot.gateway import health
from bot.gateway.pipeline import Pipeline
from bot.services import Services
from bot.settings import Settings, get_settings
from bot.staff import api as staff_api
from bot.staff import api_organisers as staff_api_organisers
from bot.staff import pages as staff_pages
from bot.staff.throttle import LoginGuard

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, start_pipeline: bool = True) -> FastAPI:
    """Build the gateway. Tests pass their own settings; `start_pipeline=False` lets a test
    drive the pipeline step by step."""
    services = Services.from_settings(settings or get_settings())
    channels = services.channels

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pipeline = Pipeline(services)
        app.state.pipeline = pipeline
        services.wake_pipeline = pipeline.wake
        services.claim_holder = pipeline.claims.holder
        if start_pipeline:
            pipeline.start()
        await channels.start(services)
        log.info("web ready on port %s (staff console at /staff)", services.settings.PORT)
        try:
            yield
        finally:
            await channels.close()
            await pipeline.stop()

    app = FastAPI(
        title="Assembly Assistant",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )
    app.state.services = services
    app.state.login_guard = LoginGuard(services.settings)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        """Malformed input is the sender's mistake: 400 with the reason, not 422 or 500."""
        reasons = [
            f"{'.'.join(str(p) for p in e['loc'] if p != 'body')}: {e['msg']}"
            for e in error.errors()
        ]
        return JSONResponse({"error": "bad request", "reasons": reasons}, status_code=400)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/staff")

    app.include_router(health.router)
    for router in channels.routers():
        app.include_router(router)
    for router in staff_pages.ROUTERS:
        app.include_router(router)
    app.include_router(staff_api.router)
    app.include_router(staff_api_organisers.router)
    return app
