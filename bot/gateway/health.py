"""GET /healthz and GET /metrics: is every part of the assistant alive?"""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
from fastapi import APIRouter, Request, Response
from sqlalchemy import select, text

from bot.metrics import exposition, may_read_metrics
from bot.services import Services
from db.models import Heartbeat
from db.types import utcnow

router = APIRouter()
HEARTBEAT_STALE_AFTER = timedelta(seconds=60)


def _database_checks(services: Services) -> dict[str, Any]:
    checks: dict[str, Any] = {}
    try:
        with services.sessions() as session:
            session.execute(text("SELECT 1"))
            beats = {b.component: b.beat_at for b in session.execute(select(Heartbeat)).scalars()}
        checks["db"] = {"ok": True}
    except Exception as error:  # noqa: BLE001 - any database failure is "not ok"
        return {"db": {"ok": False, "error": type(error).__name__}}
    now = utcnow()
    for component in ("worker", "scheduler"):
        beat_at = beats.get(component)
        checks[component] = {
            "ok": beat_at is not None and now - beat_at < HEARTBEAT_STALE_AFTER,
            "last_beat": beat_at.isoformat() if beat_at else None,
        }
    return checks


async def _http_check(url: str) -> dict[str, Any]:
    try:
        async with httpx.AsyncClient(timeout=2.0) as client:
            response = await client.get(url)
        return {"ok": response.status_code < 500}
    except httpx.HTTPError as error:
        return {"ok": False, "error": type(error).__name__}


def _pool_check(urls: list[str], results: list[dict[str, Any]]) -> dict[str, Any]:
    """One Rasa server: its check. Several: ok while any serves (turns go to those), with
    each server's own check beside it."""
    if len(urls) == 1:
        return results[0]
    return {"ok": any(r["ok"] for r in results), "servers": dict(zip(urls, results, strict=True))}


@router.get("/healthz")
async def healthz(request: Request) -> dict[str, Any]:
    services: Services = request.app.state.services
    settings = services.settings
    urls = settings.rasa_urls
    database, actions, *rasa = await asyncio.gather(
        asyncio.to_thread(_database_checks, services),
        _http_check(f"{settings.actions_url}/health"),
        *(_http_check(f"{url}/") for url in urls),
    )
    checks = {**database, "rasa": _pool_check(urls, rasa), "actions": actions}
    status = "ok" if all(check["ok"] for check in checks.values()) else "degraded"
    return {"status": status, "checks": checks}


@router.get("/metrics")
def metrics(request: Request) -> Response:
    services: Services = request.app.state.services
    client = request.client.host if request.client else None
    authorization = request.headers.get("authorization")
    if not may_read_metrics(client, authorization, services.settings.METRICS_TOKEN):
        return Response(  # i18n-exempt: staff
            "metrics are served to this machine, or with the METRICS_TOKEN bearer token\n",
            status_code=403,
            media_type="text/plain",
        )
    body, content_type = exposition()
    return Response(body, media_type=content_type)
