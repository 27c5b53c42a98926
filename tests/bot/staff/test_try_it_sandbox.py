"""The try-it page writes as a sandbox member, never as a real one: what staff try out never
lands on a real member's consent, attendance, claims or survey answers."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import (
    Attendance,
    ChannelIdentity,
    ConsentRecord,
    Conversation,
    ExpenseClaim,
    Member,
    Message,
)
from tests.bot.staff.conftest import World
from tests.bot.staff.support import csrf_from


def offered_members(page: str) -> dict[int, str]:
    """The members the try-it page offers to write as: {id: label}."""
    return {
        int(value): label
        for value, label in re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>', page)
    }


def what_real_members_hold(sessions: sessionmaker[Session], world: World) -> dict[str, object]:
    """Everything the try-it page could write onto the world's real members, per member."""
    real = list(world.members.values())
    with sessions() as session:

        def per_member(column: object) -> dict[int, int]:
            rows = session.execute(
                select(column, func.count()).where(column.in_(real)).group_by(column)  # type: ignore[attr-defined]
            ).all()
            return {member_id: count for member_id, count in rows}

        messages = session.execute(
            select(Conversation.member_id, func.count(Message.id))
            .join(Message, Message.conversation_id == Conversation.id)
            .where(Conversation.member_id.in_(real))
            .group_by(Conversation.member_id)
        ).all()
        return {
            "identities": per_member(ChannelIdentity.member_id),
            "conversations": per_member(Conversation.member_id),
            "messages": dict(messages),  # type: ignore[arg-type]
            "consent": per_member(ConsentRecord.member_id),
            "attendance": per_member(Attendance.member_id),
            "claims": per_member(ExpenseClaim.member_id),
            "states": dict(
                session.execute(
                    select(Member.id, Member.onboarding_state).where(Member.id.in_(real))
                ).all()
            ),
        }


def test_the_try_it_page_offers_sandbox_members_never_real_ones(
    staff_client: TestClient, world: World
) -> None:
    page = staff_client.get("/staff/try").text
    offered = offered_members(page)
    assert offered and set(offered).isdisjoint(world.members.values())
    assert list(offered.values()) == ["Try-it: Staff (sandbox)"]
    for real in ("Amina", "Ben", "Cara", "Dev", "Eve"):
        assert real not in page


def test_a_try_it_session_writes_nothing_onto_any_real_member(
    staff_client: TestClient, app: FastAPI, world: World, sessions: sessionmaker[Session]
) -> None:
    before = what_real_members_hold(sessions, world)
    page = staff_client.get("/staff/try").text
    chosen = next(iter(offered_members(page)))  # whoever the page offers first
    for text in ("yes I'll be there on saturday", "claim 12 quid for a taxi", "hello"):
        sent = staff_client.post(
            "/staff/try",
            data={"member_id": str(chosen), "text": text, "csrf_token": csrf_from(page)},
            headers={"Accept": "application/json"},
        )
        assert sent.status_code == 202
    assert staff_client.portal is not None
    staff_client.portal.call(app.state.pipeline.drain_all)
    assert what_real_members_hold(sessions, world) == before
    with sessions() as session:
        writer = session.get(Member, chosen)
        assert writer is not None and writer.sandbox


def test_a_try_it_message_as_a_real_member_is_refused(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    before = what_real_members_hold(sessions, world)
    page = staff_client.get("/staff/try").text
    sent = staff_client.post(
        "/staff/try",
        data={"member_id": str(world.members["ben"]), "text": "hi", "csrf_token": csrf_from(page)},
        headers={"Accept": "application/json"},
    )
    assert sent.status_code == 404
    ben = world.members["ben"]
    assert staff_client.get(f"/staff/try/transcript.json?member_id={ben}").status_code == 404
    assert staff_client.get(f"/staff/try?member_id={ben}").status_code == 404
    assert what_real_members_hold(sessions, world) == before
