"""Reading a member's conversation is recorded: who read which conversation, ids only."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditLog
from tests.bot.staff.conftest import World
from tests.bot.staff.support import bearer


def reads(sessions: sessionmaker[Session]) -> list[tuple[int | None, str | None, object]]:
    with sessions() as session:
        rows = session.execute(
            select(AuditLog).where(AuditLog.action == "conversation.read").order_by(AuditLog.id)
        ).scalars()
        return [(row.staff_id, row.target_id, row.detail) for row in rows]


def test_reading_a_transcript_in_the_console_is_audited(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    page = staff_client.get(f"/staff/conversations/{world.escalated_conversation}")
    assert "bus fare" in page.text
    assert reads(sessions) == [(world.staff["staff"], str(world.escalated_conversation), None)]


def test_reading_a_transcript_through_the_api_is_audited(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    response = client.get(
        f"/api/conversations/{world.escalated_conversation}/messages",
        headers=bearer(world.tokens["admin"]),
    )
    assert response.status_code == 200 and response.json()["messages"]
    assert reads(sessions) == [
        (world.staff["admin"], str(world.escalated_conversation), {"via": "api"})
    ]
    assert "bus fare" not in str(reads(sessions))  # ids only, never the words
