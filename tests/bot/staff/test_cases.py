"""Cases and takeovers as staff meet them: the inbox and the API list a conversation's open
cases (urgent first); staff close one case, or take the conversation over, or hand it back."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.cases import open_case, open_cases
from db.models import Case, Conversation
from tests.bot.staff.conftest import World
from tests.bot.staff.support import bearer, csrf_from


def add_case(sessions: sessionmaker[Session], conversation_id: int, reason: str) -> None:
    with sessions() as session, session.begin():
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None
        open_case(session, conversation, reason)


def listed(client: TestClient, world: World) -> dict[int, dict]:
    response = client.get(
        "/api/conversations?status=escalated", headers=bearer(world.tokens["staff"])
    )
    return {row["id"]: row for row in response.json()["conversations"]}


def test_the_api_lists_each_conversations_open_cases_urgent_first(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    add_case(sessions, world.escalated_conversation, "claim over cap")
    row = listed(client, world)[world.escalated_conversation]
    assert row["status"] == "escalated" and row["reason"] == "asked for a person"
    assert [(case["kind"], case["urgent"]) for case in row["cases"]] == [
        ("person", True),
        ("claim", False),
    ]


def test_closing_one_case_keeps_the_others_in_front_of_staff(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    conversation = world.escalated_conversation
    add_case(sessions, conversation, "claim over cap")
    urgent = listed(client, world)[conversation]["cases"][0]["id"]
    headers = bearer(world.tokens["staff"])
    closed = client.post(f"/api/conversations/{conversation}/cases/{urgent}/close", headers=headers)
    assert closed.status_code == 200 and closed.json()["conversation_status"] == "escalated"
    row = listed(client, world)[conversation]
    assert [case["kind"] for case in row["cases"]] == ["claim"] and not row["urgent"]
    last = row["cases"][0]["id"]
    assert (
        client.post(
            f"/api/conversations/{conversation}/cases/{last}/close", headers=headers
        ).json()["conversation_status"]
        == "bot"
    )
    assert conversation not in listed(client, world)
    wrong = client.post(
        f"/api/conversations/{world.bot_conversation}/cases/{last}/close", headers=headers
    )
    assert wrong.status_code == 404


def test_taking_over_quiets_the_bot_until_handback(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    headers = bearer(world.tokens["staff"])
    taken = client.post(f"/api/conversations/{world.bot_conversation}/takeover", headers=headers)
    assert taken.status_code == 200 and taken.json()["status"] == "escalated"
    assert listed(client, world)[world.bot_conversation]["taken_over"] == "staff"
    back = client.post(f"/api/conversations/{world.bot_conversation}/handback", headers=headers)
    assert back.json()["status"] == "bot"
    with sessions() as session:
        conversation = session.get(Conversation, world.bot_conversation)
        assert conversation is not None and conversation.taken_over_at is None
    readonly = client.post(
        f"/api/conversations/{world.bot_conversation}/takeover",
        headers=bearer(world.tokens["finance"]),
    )
    assert readonly.status_code == 403


def test_the_console_shows_open_cases_and_closes_one(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    add_case(sessions, world.escalated_conversation, "claim over cap")
    inbox = staff_client.get("/staff")
    assert "Asked for a person" in inbox.text and "Claim: claim over cap" in inbox.text
    assert inbox.text.index("Asked for a person") < inbox.text.index("claim over cap")
    url = f"/staff/conversations/{world.escalated_conversation}"
    page = staff_client.get(url)
    assert "Open cases" in page.text and "Close this case" in page.text
    with sessions() as session:
        claim = next(c for c in open_cases(session, world.escalated_conversation) if not c.urgent)
    closed = staff_client.post(
        f"{url}/cases/{claim.id}/close", data={"csrf_token": csrf_from(page.text)}
    )
    assert closed.status_code == 200 and "Case closed." in closed.text
    assert "claim over cap" not in closed.text


def test_taking_over_from_the_console_says_the_assistant_is_quiet(
    staff_client: TestClient, world: World
) -> None:
    url = f"/staff/conversations/{world.bot_conversation}"
    token = csrf_from(staff_client.get(url).text)
    taken = staff_client.post(f"{url}/assign", data={"csrf_token": token})
    assert "the assistant is quiet here" in taken.text
    assert "Ben" in staff_client.get("/staff?tab=mine").text


def test_erasing_a_member_erases_their_cases(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    admin = bearer(world.tokens["admin"])
    assert client.post(f"/api/members/{world.members['amina']}/erase", headers=admin).is_success
    with sessions() as session:
        assert session.execute(select(Case)).scalars().all() == []
