"""The console's CSS and JavaScript, served under /staff/static without signing in."""

from __future__ import annotations

from fastapi import HTTPException
from fastapi.responses import FileResponse

from bot.staff import web

router = web.console_router()


@router.get("/static/{file_path:path}")
def static_file(file_path: str) -> FileResponse:
    """Only files inside bot/static: a `..` or an encoded escape gets 404."""
    root = web.STATIC_DIR.resolve()
    path = (root / file_path).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        raise HTTPException(404, detail="not found")
    return FileResponse(path, headers={"Cache-Control": "public, max-age=300"})
