"""The staff try-it page (/staff/try): a signed-in organiser writes as a member and sees the real
assistant's answer, with no Twilio or Telegram account, writing as a sandbox member."""

from __future__ import annotations

import re

from bot.security import hash_password
from db.models import StaffUser
from tests.bot.staff.support import PASSWORD, csrf_from, sign_in
from tests.harness import Gateway, wait_until


def test_try_it_page_answers_with_the_real_assistant(e2e: Gateway) -> None:
    with e2e.services.sessions() as session, session.begin():
        session.add(
            StaffUser(
                email="organiser@council.example",
                role="staff",
                password_hash=hash_password(PASSWORD),
            )
        )
    e2e.client.base_url = "https://testserver"  # the staff cookie is Secure on an https site
    client = sign_in(e2e.client, "organiser@council.example")
    page = client.get("/staff/try")
    assert page.status_code == 200
    sandbox = int(re.findall(r'<option value="(\d+)"', page.text)[0])  # the organiser's own
    assert "Try-it: Organiser (sandbox)" in page.text
    sent = client.post(
        "/staff/try",
        data={
            "member_id": str(sandbox),
            "text": "what's the address of the venue?",
            "csrf_token": csrf_from(page.text),
        },
        headers={"Accept": "application/json"},
    )
    assert sent.status_code == 202

    def answered() -> list[dict]:
        messages = client.get(f"/staff/try/transcript.json?member_id={sandbox}").json()["messages"]
        return [m for m in messages if m["direction"] == "out"]

    replies = wait_until(answered, 30, "the assistant's answer")
    assert any("Forest Road" in reply["text"] for reply in replies)
    # Nothing went to a real member's phone: the sandbox member lives on the web channel.
    assert not [m for m in e2e.twilio_api.sent_messages() if m["to"] == "+447700900121"]
