"""Helpers the staff tests share: signing in through the real login form, API headers."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

PASSWORD = "correct horse battery staple"
RECEIPT_BYTES = b"%PDF-1.4 test receipt\n"


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "page has no CSRF field"
    return match.group(1)


def sign_in(client: TestClient, email: str, password: str = PASSWORD) -> TestClient:
    page = client.get("/staff/login")
    response = client.post(
        "/staff/login",
        data={"email": email, "password": password, "csrf_token": csrf_from(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
