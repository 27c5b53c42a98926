"""A member added by hand in the staff console onboards with the invite code the console
showed, on the real assistant (trained model, action server, gateway, worker)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from db.models import StaffUser
from tests.bot.staff.conftest import password_hash
from tests.bot.staff.support import csrf_from, sign_in
from tests.e2e.people import fresh_member_number, retire_later
from tests.e2e.test_onboarding import assert_onboarded, onboard
from tests.harness import Gateway

ORGANISER = "people.e2e@council.example"


def console(e2e: Gateway) -> TestClient:
    """An organiser signed in to this gateway's console (its app, already running)."""
    with e2e.services.sessions() as session, session.begin():
        session.add(StaffUser(email=ORGANISER, role="staff", password_hash=password_hash()))
    return sign_in(TestClient(e2e.client.app, base_url="https://testserver"), ORGANISER)


def test_a_member_added_in_the_console_onboards_with_their_code(e2e: Gateway) -> None:
    organiser = console(e2e)
    phone = fresh_member_number()
    form = organiser.get("/staff/members/new")
    added = organiser.post(
        "/staff/members/new",
        data={
            "csrf_token": csrf_from(form.text),
            "first_name": "Noor",
            "last_name": "Added",
            "phone": phone,
            "preferred_channel": "telegram",
            "reserve": "no",
        },
    )
    assert added.status_code == 200, added.text
    retire_later(e2e, phone)
    code = re.search(r"Their invite code: <strong>([A-Z0-9]{6})</strong>", added.text)
    assert code, "the console did not show the invite code"

    chat = "880" + phone[-3:]
    onboard(e2e, "telegram", chat, phone, f"/start {code.group(1)}")
    assert_onboarded(e2e, phone)
    member_page = organiser.get("/staff/roster", params={"q": code.group(1)})
    assert "Noor Added" in member_page.text
