"""The staff console as a person in a browser meets it: sign-in, forms, pages, roles."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import create_app
from bot.message_texts import apology
from bot.settings import Settings
from bot.staff.auth import SESSION_COOKIE
from db.models import (
    AuditLog,
    ChannelIdentity,
    Conversation,
    InternalNote,
    Message,
    OutboxItem,
    StaffUser,
)
from db.session import transaction
from tests.bot.staff.conftest import BASE_URL, World
from tests.bot.staff.support import PASSWORD, csrf_from, sign_in


def try_login(client: TestClient, email: str, password: str) -> tuple[int, str]:
    page = client.get("/staff/login")
    response = client.post(
        "/staff/login",
        data={"email": email, "password": password, "csrf_token": csrf_from(page.text)},
        follow_redirects=False,
    )
    return response.status_code, response.text


def test_pages_need_sign_in(client: TestClient, world: World) -> None:
    response = client.get("/staff/roster?chase_days=3", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/staff/login?next=%2Fstaff%2Froster%3Fchase_days%3D3"


def test_sign_in_sets_a_safe_cookie_and_goes_to_the_inbox(client: TestClient, world: World) -> None:
    page = client.get("/staff/login")
    response = client.post(
        "/staff/login",
        data={
            "email": "STAFF@council.example",
            "password": PASSWORD,
            "csrf_token": csrf_from(page.text),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/staff"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" in cookie
    inbox = client.get("/staff")
    assert "Amina" in inbox.text and "Urgent" in inbox.text
    assert inbox.headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in inbox.headers["content-security-policy"]


def test_cookie_is_not_secure_on_a_plain_http_development_url(
    settings: Settings, world: World
) -> None:
    plain = settings.model_copy(update={"PUBLIC_BASE_URL": "http://127.0.0.1:8000"})
    client = TestClient(create_app(plain, start_pipeline=False), base_url="http://testserver")
    page = client.get("/staff/login")
    assert "secure" not in page.headers["set-cookie"].lower()
    sign_in(client, "staff@council.example")
    assert client.get("/staff").status_code == 200


def test_a_wrong_password_says_so_without_naming_the_account(
    client: TestClient, world: World
) -> None:
    status, known = try_login(client, "staff@council.example", "wrong password here")
    status_unknown, unknown = try_login(client, "nobody@council.example", "wrong password here")
    assert status == status_unknown == 401
    assert "did not match" in known and "did not match" in unknown


def test_ten_wrong_passwords_lock_the_account(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    for _ in range(9):
        assert "did not match" in try_login(client, "finance@council.example", "nope nope nope")[1]
    status, page = try_login(client, "finance@council.example", "nope nope nope")
    assert status == 401 and "locked" in page
    status, page = try_login(client, "finance@council.example", PASSWORD)
    assert status == 401 and "locked" in page  # even the right password, while locked
    with transaction(sessions) as session:
        user = session.get(StaffUser, world.staff["finance"])
        assert user.locked_until is not None
        user.locked_until = datetime.now(UTC) - timedelta(seconds=1)  # the 15 minutes pass
        actions = set(session.execute(select(AuditLog.action)).scalars())
        assert {"staff.login_failed", "staff.locked", "staff.login_refused_locked"} <= actions
    status, _ = try_login(client, "finance@council.example", PASSWORD)
    assert status == 303


def test_an_unknown_email_also_locks_so_lock_out_reveals_nothing(
    client: TestClient, world: World
) -> None:
    for _ in range(10):
        status, page = try_login(client, "ghost@council.example", "nope nope nope")
    assert status == 401 and "locked" in page


def test_a_post_without_the_csrf_token_is_refused(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    url = f"/staff/conversations/{world.escalated_conversation}/reply"
    missing = staff_client.post(url, data={"text": "hello"})
    forged = staff_client.post(url, data={"text": "hello", "csrf_token": "forged"})
    assert missing.status_code == forged.status_code == 403
    login = TestClient(staff_client.app, base_url=BASE_URL).post(
        "/staff/login", data={"email": "staff@council.example", "password": PASSWORD}
    )
    assert login.status_code == 403
    with sessions() as session:
        assert session.execute(select(OutboxItem)).first() is None


def test_reply_note_assign_resolve_from_the_conversation_page(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    url = f"/staff/conversations/{world.escalated_conversation}"
    page = staff_client.get(url)
    assert "Wheelchair user" in page.text  # organisers arrange support
    token = csrf_from(page.text)
    replied = staff_client.post(f"{url}/reply", data={"text": "On it!", "csrf_token": token})
    assert replied.status_code == 200 and "Reply queued" in replied.text
    assert "On it!" in replied.text and "staff@council.example" in replied.text
    staff_client.post(f"{url}/notes", data={"text": "Call back Tuesday", "csrf_token": token})
    staff_client.post(f"{url}/assign", data={"csrf_token": token})
    mine = staff_client.get("/staff?tab=mine")
    assert "Amina" in mine.text
    resolved = staff_client.post(f"{url}/resolve", data={"csrf_token": token})
    assert "Marked resolved" in resolved.text
    with sessions() as session:
        conversation = session.get(Conversation, world.escalated_conversation)
        assert conversation.status == "resolved"
        assert conversation.assigned_to_id == world.staff["staff"]
        note = session.execute(select(InternalNote)).scalar_one()
        assert note.text == "Call back Tuesday"
        actions = [a for a in session.execute(select(AuditLog.action)).scalars()]
        assert {
            "conversation.reply",
            "conversation.note",
            "conversation.assign",
            "conversation.resolve",
        } <= set(actions)
        assert session.execute(select(OutboxItem.kind)).scalar_one() == "staff_reply"


def test_finance_gets_claims_not_conversations_or_access_needs(
    finance_client: TestClient, world: World
) -> None:
    assert finance_client.get("/staff").status_code == 403
    assert (
        finance_client.get(f"/staff/conversations/{world.escalated_conversation}").status_code
        == 403
    )
    roster = finance_client.get("/staff/roster")
    assert roster.status_code == 200
    assert "Access needs" not in roster.text and "Wheelchair" not in roster.text
    claims = finance_client.get("/staff/claims")
    assert "View receipt" in claims.text and "95.00" in claims.text
    csv = finance_client.get("/staff/claims.csv?status=all")
    assert csv.headers["content-type"].startswith("text/csv")
    assert "claim_id,member_id" in csv.text and "12.40" in csv.text


def test_staff_cannot_see_claims_or_the_audit_log(staff_client: TestClient, world: World) -> None:
    assert staff_client.get("/staff/claims").status_code == 403
    assert staff_client.get(f"/staff/claims/{world.claim_with_receipt}/receipt").status_code == 403
    assert staff_client.get("/staff/audit").status_code == 403


def test_claim_decision_from_the_claims_page(
    finance_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    token = csrf_from(finance_client.get("/staff/claims").text)
    response = finance_client.post(
        f"/staff/claims/{world.claim_with_receipt}/decision",
        data={
            "status": "approved",
            "note": "",
            "csrf_token": token,
            "back": "/staff/claims?status=submitted",
        },
    )
    assert response.status_code == 200 and "Decision saved" in response.text
    with sessions() as session:
        item = session.execute(select(OutboxItem)).scalar_one()
        assert item.idempotency_key == f"claim:{world.claim_with_receipt}:approved"
    refused = finance_client.post(
        f"/staff/claims/{world.claim_without_receipt}/decision",
        data={"status": "rejected", "csrf_token": token},
    )
    assert refused.status_code == 400 and "needs the reason" in refused.text


def test_roster_chase_list_attendance_and_reminders(staff_client: TestClient, world: World) -> None:
    roster = staff_client.get("/staff/roster")
    chase = roster.text.split("To chase")[1].split("Members")[0]
    assert "Eve Moss" in chase and "Amina" not in chase
    assert "Eve Moss" not in staff_client.get("/staff/roster?chase_days=7").text.split("Members")[0]
    attendance = staff_client.get("/staff/attendance?session=w1-sat")
    assert "expected 11:30" in attendance.text
    withdrawn = attendance.text.split('id="group-withdrawn"')[1].split("</section>")[0]
    assert "Dev Patel" in withdrawn  # shown, but no longer expected
    assert attendance.text.count("Dev Patel") == 1
    csv = staff_client.get("/staff/attendance.csv?session=w1-sat").text
    assert "Cara,Lewis,late,11:30" in csv and "Eve,Moss,no_answer" in csv
    assert staff_client.get("/staff/reminders").status_code == 200


def test_feedback_page_draws_charts_and_exports_without_identity(
    staff_client: TestClient, world: World
) -> None:
    page = staff_client.get("/staff/feedback")
    assert page.text.count("<svg") == 2  # response rate + Saturday's ratings (Sunday has none)
    assert "Response rate by session. w1-sat: 67%" in page.text
    assert "Louder mics" in page.text
    csv = staff_client.get("/staff/feedback.csv").text
    assert csv.splitlines()[0] == "session_id,rating,heard,improve"


def test_broadcast_from_the_console_shows_delivery(staff_client: TestClient, world: World) -> None:
    token = csrf_from(staff_client.get("/staff/broadcasts").text)
    report = staff_client.post(
        "/staff/broadcasts",
        data={"text": "See you Saturday", "audience": "all", "csrf_token": token},
    )
    assert report.status_code == 200 and "Broadcast queued" in report.text
    assert "Amina Khan" in report.text and "pending" in report.text


def test_admin_reads_the_audit_log(admin_client: TestClient, world: World) -> None:
    page = admin_client.get("/staff/audit")
    assert "staff.login" in page.text and "admin@council.example" in page.text


def web_channel_messages(sessions: sessionmaker[Session]) -> list[tuple[int | None, str | None]]:
    """(member, text) of every message that came in on the staff-only web channel."""
    with sessions() as session:
        rows = session.execute(
            select(ChannelIdentity.member_id, Message.text)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .join(ChannelIdentity, ChannelIdentity.id == Conversation.identity_id)
            .where(Message.channel == "web", Message.direction == "in")
            .order_by(Message.id)
        ).all()
    return [(member_id, text) for member_id, text in rows]


def test_try_it_sends_to_the_pipeline_and_shows_the_reply(
    staff_client: TestClient, app: FastAPI, world: World, sessions: sessionmaker[Session]
) -> None:
    page = staff_client.get("/staff/try").text
    token = csrf_from(page)
    member_id = int(re.findall(r'<option value="(\d+)"', page)[0])  # the staff's sandbox member
    response = staff_client.post(
        "/staff/try",
        data={"member_id": str(member_id), "text": "when is it?", "csrf_token": token},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 202
    assert web_channel_messages(sessions) == [(member_id, "when is it?")]
    assert staff_client.portal is not None
    staff_client.portal.call(app.state.pipeline.drain_all)  # no Rasa here: the apology
    transcript = staff_client.get(f"/staff/try/transcript.json?member_id={member_id}").json()
    reply = apology(app.state.services.config)
    assert [m["text"] for m in transcript["messages"]] == ["when is it?", reply]
    with sessions() as session:  # nothing goes to the member's real phone
        assert set(session.execute(select(OutboxItem.channel)).scalars()) == {"web"}
    assert "when is it?" not in staff_client.get("/staff").text  # try-it stays out of the inbox


def test_polling_does_not_keep_an_idle_session_alive(staff_client: TestClient) -> None:
    assert "set-cookie" not in staff_client.get("/staff/inbox.json").headers
    assert "set-cookie" in staff_client.get("/staff").headers


def test_an_idle_session_expires(
    staff_client: TestClient, settings: Settings, world: World
) -> None:
    class HalfAnHourAgo(TimestampSigner):
        def get_timestamp(self) -> int:
            return super().get_timestamp() - (settings.STAFF_SESSION_IDLE_MINUTES * 60 + 5)

    old = URLSafeTimedSerializer(
        settings.SECRET_KEY, salt="assembly-assistant.staff-session", signer=HalfAnHourAgo
    ).dumps({"csrf": "x", "sid": world.staff["staff"]})
    staff_client.cookies.clear()
    staff_client.cookies.set(SESSION_COOKIE, old, path="/staff")
    response = staff_client.get("/staff", follow_redirects=False)
    assert response.status_code == 303
    assert "expired=1" in response.headers["location"]
    assert "without activity" in staff_client.get(response.headers["location"]).text


def test_sign_out_ends_the_session(staff_client: TestClient) -> None:
    token = csrf_from(staff_client.get("/staff").text)
    response = staff_client.post("/staff/logout", data={"csrf_token": token})
    assert "signed out" in response.text
    assert staff_client.get("/staff", follow_redirects=False).status_code == 303


@pytest.mark.parametrize(
    "path", ["../settings.py", "..%2Fsettings.py", "%2e%2e/app.py", "nope.css"]
)
def test_static_files_cannot_escape_their_folder(client: TestClient, path: str) -> None:
    assert client.get(f"/staff/static/{path}").status_code == 404


def test_static_css_is_served(client: TestClient) -> None:
    response = client.get("/staff/static/staff.css")
    assert response.status_code == 200 and "text/css" in response.headers["content-type"]


def test_a_signed_in_user_is_sent_to_the_page_they_asked_for(
    client: TestClient, world: World
) -> None:
    page = client.get("/staff/login?next=/staff/feedback")
    response = client.post(
        "/staff/login",
        data={
            "email": "staff@council.example",
            "password": PASSWORD,
            "next": "https://evil.example",
            "csrf_token": csrf_from(page.text),
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/staff"
    sign_in(client, "admin@council.example")


def test_staff_send_invitations_from_the_roster(
    staff_client: TestClient, finance_client: TestClient, sessions: sessionmaker[Session]
) -> None:
    from db.models import Member
    from tests.bot.staff.conftest import add_member

    with transaction(sessions) as session:
        newcomer = add_member(
            session, "Nia", "Lowe", "+447700900009", "WF7K2V", onboarding_state="not_invited"
        ).id
    page = staff_client.get("/staff/roster")
    assert "Send invitations" in page.text
    assert "Send invitations" not in finance_client.get("/staff/roster").text
    refused = finance_client.post(
        "/staff/roster/invite",
        data={"csrf_token": csrf_from(finance_client.get("/staff/roster").text)},
    )
    assert refused.status_code == 403
    sent = staff_client.post("/staff/roster/invite", data={"csrf_token": csrf_from(page.text)})
    assert sent.status_code in (200, 303)
    with sessions() as session:
        invitation = session.execute(
            select(OutboxItem).where(
                OutboxItem.member_id == newcomer, OutboxItem.kind == "invitation"
            )
        ).scalar_one()
        assert "WF7K2V" in (invitation.body or "")
        assert session.get(Member, newcomer).onboarding_state == "invited"
