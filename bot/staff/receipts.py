"""Stored receipts and other member attachments: where their files live, and streaming one to a
staff user who may see it. Shared by the claims page and the staff API."""

from __future__ import annotations

from pathlib import Path

from fastapi import HTTPException, Request
from fastapi.responses import FileResponse

from bot.staff.auth import StaffPrincipal, services_of
from db.models import ExpenseClaim
from db.queries import audit
from db.session import transaction


def stored_media_path(media_dir: Path, storage_path: str) -> Path | None:
    """Where a stored attachment lives; None for anything that would lead outside MEDIA_DIR."""
    root = media_dir.resolve()
    path = (root / storage_path).resolve()
    return path if path.is_relative_to(root) else None


def receipt_file(request: Request, claim: ExpenseClaim) -> tuple[Path, str]:
    """The stored receipt's path, refusing anything outside MEDIA_DIR."""
    media = claim.receipt
    if media is None or not media.storage_path:
        raise HTTPException(404, detail=f"claim {claim.id} has no stored receipt")
    path = stored_media_path(services_of(request).settings.MEDIA_DIR, media.storage_path)
    if path is None or not path.is_file():
        raise HTTPException(404, detail=f"the receipt file of claim {claim.id} is missing")
    return path, media.content_type or "application/octet-stream"


def open_receipt(request: Request, staff: StaffPrincipal, claim_id: int) -> FileResponse:
    """Stream a receipt, recording who looked at it."""
    with transaction(services_of(request).sessions) as session:
        claim = session.get(ExpenseClaim, claim_id)
        if claim is None:
            raise HTTPException(404, detail=f"no claim {claim_id}")
        path, content_type = receipt_file(request, claim)
        audit(session, staff.id, "claim.receipt_viewed", "expense_claim", claim.id)
    return FileResponse(
        path,
        media_type=content_type,
        headers={"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"},
        content_disposition_type="inline",
        filename=f"receipt-claim-{claim_id}{path.suffix}",
    )
