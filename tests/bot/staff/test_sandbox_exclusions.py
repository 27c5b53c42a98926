"""A sandbox member (the try-it page's stand-in) is in no broadcast audience, no statistics and
no export: what staff try out never shows up as something a member did."""

from __future__ import annotations

from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.members.sandbox import sandbox_member_for
from db.models import (
    Attendance,
    ExpenseClaim,
    FeedbackNote,
    FeedbackRequest,
    FeedbackResponse,
    OutboxItem,
)
from db.session import transaction
from tests.bot.staff.conftest import World
from tests.bot.staff.support import bearer

SANDBOX_IMPROVE = "Tried from the console"


@pytest.fixture
def sandbox(world: World, sessions: sessionmaker[Session]) -> int:
    """The staff user's sandbox member, having done everything a member does on Saturday."""
    with transaction(sessions) as session:
        member = sandbox_member_for(session, world.staff["staff"], world.emails["staff"])
        session.add_all(
            [
                Attendance(member_id=member.id, session_id="w1-sat", status="confirmed"),
                ExpenseClaim(
                    member_id=member.id,
                    category="travel",
                    amount=Decimal("7.00"),
                    session_id="w1-sat",
                    no_receipt_reason="trying it out",
                ),
                FeedbackRequest(member_id=member.id, session_id="w1-sat", responded=True),
                FeedbackResponse(
                    session_id="w1-sat",
                    respondent_key="sandbox-key",
                    answers={"rating": 1, "heard": "no", "improve": SANDBOX_IMPROVE},
                    sandbox=True,
                ),
                FeedbackNote(text="a sandbox note", sandbox=True),
            ]
        )
        return member.id


def test_a_sandbox_member_is_in_no_broadcast_audience(
    client: TestClient, world: World, sandbox: int, sessions: sessionmaker[Session]
) -> None:
    for audience in ("all", "session:w1-sat"):
        response = client.post(
            "/api/broadcasts",
            headers=bearer(world.tokens["staff"]),
            json={"text": "Doors open at 9:30.", "audience": audience},
        )
        assert response.status_code == 202
    with sessions() as session:
        sent_to = set(session.execute(select(OutboxItem.member_id)).scalars())
    assert sent_to and sandbox not in sent_to


def test_a_sandbox_member_is_in_no_roster_or_claims_list(
    client: TestClient, world: World, sandbox: int
) -> None:
    members = client.get("/api/members", headers=bearer(world.tokens["admin"])).json()["members"]
    assert sorted(m["id"] for m in members) == sorted(world.members.values())
    claims = client.get("/api/claims", headers=bearer(world.tokens["finance"])).json()["claims"]
    assert sandbox not in {c["member"]["id"] for c in claims} and len(claims) == 2


def test_a_sandbox_member_is_in_no_attendance_count_or_export(
    admin_client: TestClient, sandbox: int
) -> None:
    page = admin_client.get("/staff/attendance?session=w1-sat").text
    assert "(sandbox)" not in page
    export = admin_client.get("/staff/attendance.csv?session=w1-sat").text
    assert "(sandbox)" not in export and f",{sandbox}," not in export
    claims_csv = admin_client.get("/staff/claims.csv").text
    assert "(sandbox)" not in claims_csv and "7.00" not in claims_csv
    roster = admin_client.get("/staff/roster").text
    assert "(sandbox)" not in roster


def test_sandbox_feedback_is_in_no_summary_or_export(
    client: TestClient, admin_client: TestClient, world: World, sandbox: int
) -> None:
    body = client.get("/api/feedback/summary", headers=bearer(world.tokens["staff"])).json()
    saturday = body["sessions"][0]
    assert (saturday["requests_sent"], saturday["responses"]) == (3, 2)
    assert SANDBOX_IMPROVE not in str(body)
    assert SANDBOX_IMPROVE not in admin_client.get("/staff/feedback").text
    assert SANDBOX_IMPROVE not in admin_client.get("/staff/feedback.csv").text
