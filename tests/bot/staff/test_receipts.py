"""A receipt is a member's upload: staff browsers show it inline only when it is a picture or a
PDF, always in a sandbox, and download anything else, so an uploaded page can never run script
with a finance user's session."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings
from db.models import ExpenseClaim
from db.session import transaction
from tests.bot.staff.conftest import World
from tests.bot.staff.support import RECEIPT_BYTES, bearer

HTML_RECEIPT = b"<!doctype html><script>fetch('/staff/claims.csv')</script><h1>Receipt</h1>"
SCRIPT_RECEIPT = b"fetch('/api/members').then(r => r.text()).then(send)"


def replace_receipt(
    sessions: sessionmaker[Session], settings: Settings, claim_id: int, data: bytes, declared: str
) -> None:
    """The claim's receipt becomes `data`, stored with the type the member's app declared (as
    it was stored before types were read from the bytes)."""
    with transaction(sessions) as session:
        claim = session.get(ExpenseClaim, claim_id)
        assert claim is not None and claim.receipt is not None
        claim.receipt.content_type = declared
        path = Path(settings.MEDIA_DIR) / (claim.receipt.storage_path or "")
    path.write_bytes(data)


def open_both_ways(client: TestClient, world: World) -> list[Response]:
    """The receipt through the console (signed in as finance) and through the API."""
    claim = world.claim_with_receipt
    console = client.get(f"/staff/claims/{claim}/receipt")
    api = client.get(f"/api/claims/{claim}/receipt", headers=bearer(world.tokens["finance"]))
    return [console, api]


def assert_sandboxed(response: Response) -> None:
    headers = response.headers
    assert headers["content-security-policy"] == "sandbox"
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        (HTML_RECEIPT, "text/html"),
        (HTML_RECEIPT, "image/jpeg"),
        (SCRIPT_RECEIPT, "application/javascript"),
        (b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>", "image/svg+xml"),
    ],
    ids=["html", "html-declared-as-jpeg", "javascript", "svg"],
)
def test_a_receipt_that_is_not_a_picture_or_pdf_is_downloaded_never_shown_inline(
    finance_client: TestClient,
    world: World,
    sessions: sessionmaker[Session],
    settings: Settings,
    data: bytes,
    declared: str,
) -> None:
    replace_receipt(sessions, settings, world.claim_with_receipt, data, declared)
    for response in open_both_ways(finance_client, world):
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/octet-stream"
        disposition = response.headers["content-disposition"]
        assert disposition.startswith("attachment") and disposition.endswith('.bin"')
        assert_sandboxed(response)


def test_a_pdf_receipt_is_shown_inline_but_sandboxed(
    finance_client: TestClient, world: World
) -> None:
    for response in open_both_ways(finance_client, world):
        assert response.content == RECEIPT_BYTES
        assert response.headers["content-type"] == "application/pdf"
        assert response.headers["content-disposition"].startswith("inline")
        assert_sandboxed(response)


def test_a_jpeg_receipt_declared_as_html_is_shown_as_the_jpeg_it_is(
    finance_client: TestClient, world: World, sessions: sessionmaker[Session], settings: Settings
) -> None:
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00 a receipt"
    replace_receipt(sessions, settings, world.claim_with_receipt, jpeg, "text/html")
    for response in open_both_ways(finance_client, world):
        assert response.headers["content-type"] == "image/jpeg"
        assert response.headers["content-disposition"].startswith("inline")
        assert_sandboxed(response)
