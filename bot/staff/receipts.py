"""Stored receipts: sending one from the media store to a staff user who may see it. Shared by
the claims page and the staff API."""

from __future__ import annotations

from fastapi import HTTPException, Request
from fastapi.responses import Response

from bot.channels.media import (
    SNIFF_BYTES,
    UNKNOWN,
    file_extension,
    shown_inline,
    sniff_content_type,
)
from bot.media_store import MediaStoreError
from bot.staff.auth import StaffPrincipal, services_of
from db.models import ExpenseClaim
from db.queries import audit
from db.session import transaction

# On every file a member uploaded: never sniffed into another type, never able to run script.
UPLOAD_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox",
}


def receipt_bytes(request: Request, claim: ExpenseClaim) -> bytes:
    """The stored receipt, read from the media store (a folder or a bucket)."""
    media = claim.receipt
    if media is None or not media.storage_path:
        raise HTTPException(404, detail=f"claim {claim.id} has no stored receipt")
    try:
        data = services_of(request).media.read(media.storage_path)
    except MediaStoreError:
        raise HTTPException(503, detail="the media store cannot be reached; try again") from None
    if data is None:
        raise HTTPException(404, detail=f"the receipt file of claim {claim.id} is missing")
    return data


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
