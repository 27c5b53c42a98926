"""Stored receipts and other member attachments: where their files live, and streaming one to a
staff user who may see it. Shared by the claims page and the staff API."""

from __future__ import annotations

from pathlib import Path

from fastapi import HTTPException, Request
from fastapi.responses import FileResponse

from bot.channels.media import (
    PLAYABLE_TYPES,
    SNIFF_BYTES,
    UNKNOWN,
    file_extension,
    shown_inline,
    sniff_content_type,
)
from bot.staff.auth import StaffPrincipal, services_of
from db.models import ExpenseClaim, MediaFile
from db.queries import audit
from db.session import transaction

# On every file a member uploaded: never sniffed into another type, never able to run script.
UPLOAD_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox",
}


def stored_media_path(media_dir: Path, storage_path: str) -> Path | None:
    """Where a stored attachment lives; None for anything that would lead outside MEDIA_DIR."""
    root = media_dir.resolve()
    path = (root / storage_path).resolve()
    return path if path.is_relative_to(root) else None


def receipt_file(request: Request, claim: ExpenseClaim) -> Path:
    """The stored receipt's path, refusing anything outside MEDIA_DIR."""
    media = claim.receipt
    if media is None or not media.storage_path:
        raise HTTPException(404, detail=f"claim {claim.id} has no stored receipt")
    path = stored_media_path(services_of(request).settings.MEDIA_DIR, media.storage_path)
    if path is None or not path.is_file():
        raise HTTPException(404, detail=f"the receipt file of claim {claim.id} is missing")
    return path


def served_content_type(path: Path) -> str:
    """The type the file's bytes show. Read again at every view, not taken from the row, so a
    file stored with the type the member's app declared is judged by what it really is."""
    with path.open("rb") as file:
        return sniff_content_type(file.read(SNIFF_BYTES))


def open_receipt(request: Request, staff: StaffPrincipal, claim_id: int) -> FileResponse:
    """Stream a receipt, recording who looked at it.

    A receipt is whatever a member uploaded. A picture or a PDF is shown inline; anything else
    is downloaded as `application/octet-stream`. Every answer carries `Content-Security-Policy:
    sandbox`, so even a file a browser renders runs no script with the staff user's session.
    """
    with transaction(services_of(request).sessions) as session:
        claim = session.get(ExpenseClaim, claim_id)
        if claim is None:
            raise HTTPException(404, detail=f"no claim {claim_id}")
        path = receipt_file(request, claim)
        audit(session, staff.id, "claim.receipt_viewed", "expense_claim", claim.id)
    content_type = served_content_type(path)
    inline = shown_inline(content_type)
    return FileResponse(
        path,
        media_type=content_type if inline else UNKNOWN,
        headers=UPLOAD_HEADERS,
        content_disposition_type="inline" if inline else "attachment",
        filename=f"receipt-claim-{claim_id}{file_extension(content_type)}",
    )


def open_voice_note(request: Request, staff: StaffPrincipal, media_id: int) -> FileResponse:
    """Stream a member's voice note or video for the console's player, recording who heard it.
    Only sound and video are served here (a receipt has its own, finance-only route)."""
    with transaction(services_of(request).sessions) as session:
        media = session.get(MediaFile, media_id)
        stored = media.storage_path if media is not None else None
        path = (
            stored_media_path(services_of(request).settings.MEDIA_DIR, stored) if stored else None
        )
        if path is None or not path.is_file():
            raise HTTPException(404, detail=f"no stored recording {media_id}")
        content_type = served_content_type(path)
        if content_type not in PLAYABLE_TYPES:
            raise HTTPException(404, detail=f"attachment {media_id} is not a recording")
        audit(session, staff.id, "media.played", "media_file", media_id)
    return FileResponse(
        path,
        media_type=content_type,
        headers=UPLOAD_HEADERS,
        content_disposition_type="inline",
        filename=f"recording-{media_id}{file_extension(content_type)}",
    )
