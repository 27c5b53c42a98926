"""Stored receipts: sending one from the media store to a staff user who may see it. Shared by
the claims page and the staff API."""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.responses import Response

from bot.channels.media import (
    PLAYABLE_TYPES,
    SNIFF_BYTES,
    UNKNOWN,
    file_extension,
    shown_inline,
    sniff_content_type,
)
from bot.media_store import MediaStoreError
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


def stored_bytes(request: Request, storage_path: str | None, missing: str) -> bytes:
    """A member's stored file, read from the media store (a folder or a bucket); 404 with
    `missing` when there is none, 503 when the store cannot be reached."""
    if not storage_path:
        raise HTTPException(404, detail=missing)
    try:
        data = services_of(request).media.read(storage_path)
    except MediaStoreError:
        raise HTTPException(503, detail="the media store cannot be reached; try again") from None
    if data is None:
        raise HTTPException(404, detail=missing)
    return data


def receipt_bytes(request: Request, claim: ExpenseClaim) -> bytes:
    """The stored receipt of a claim."""
    media = claim.receipt
    if media is None or not media.storage_path:
        raise HTTPException(404, detail=f"claim {claim.id} has no stored receipt")
    return stored_bytes(
        request, media.storage_path, f"the receipt file of claim {claim.id} is missing"
    )


def open_receipt(request: Request, staff: StaffPrincipal, claim_id: int) -> Response:
    """Send a receipt, recording who looked at it.

    A receipt is whatever a member uploaded. A picture or a PDF is shown inline; anything else
    is downloaded as `application/octet-stream`. The type is the one the bytes show, judged at
    every view (never the type the member's app declared). Every answer carries
    `Content-Security-Policy: sandbox`, so even a file a browser renders runs no script with
    the staff user's session.
    """
    with transaction(services_of(request).sessions) as session:
        claim = session.get(ExpenseClaim, claim_id)
        if claim is None:
            raise HTTPException(404, detail=f"no claim {claim_id}")
        data = receipt_bytes(request, claim)
        audit(session, staff.id, "claim.receipt_viewed", "expense_claim", claim.id)
    content_type = sniff_content_type(data[:SNIFF_BYTES])
    inline = shown_inline(content_type)
    filename = f"receipt-claim-{claim_id}{file_extension(content_type)}"
    disposition = "inline" if inline else "attachment"
    return Response(
        data,
        media_type=content_type if inline else UNKNOWN,
        headers={**UPLOAD_HEADERS, "Content-Disposition": f'{disposition}; filename="{filename}"'},
    )


def open_voice_note(request: Request, staff: StaffPrincipal, media_id: int) -> Response:
    """Send a member's voice note or video for the console's player, recording who heard it.
    Only sound and video are served here (a receipt has its own, finance-only route)."""
    with transaction(services_of(request).sessions) as session:
        media = session.get(MediaFile, media_id)
        data = stored_bytes(
            request,
            media.storage_path if media is not None else None,
            f"no stored recording {media_id}",
        )
        content_type = sniff_content_type(data[:SNIFF_BYTES])
        if content_type not in PLAYABLE_TYPES:
            raise HTTPException(404, detail=f"attachment {media_id} is not a recording")
        audit(session, staff.id, "media.played", "media_file", media_id)
    filename = f"recording-{media_id}{file_extension(content_type)}"
    return Response(
        data,
        media_type=content_type,
        headers={**UPLOAD_HEADERS, "Content-Disposition": f'inline; filename="{filename}"'},
    )
