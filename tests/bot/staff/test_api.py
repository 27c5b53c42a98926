"""The staff API as a client program sees it (CONTRACT §4)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.staff import api
from db.models import ApiToken, AuditLog, Conversation, ExpenseClaim, Member, OutboxItem
from db.queries import identity_and_conversation
from db.session import transaction
from tests.bot.staff.conftest import World
from tests.bot.staff.support import RECEIPT_BYTES, bearer

API_ROUTES = [
    (method, route.path)
    for route in api.router.routes
    for method in sorted(route.methods)  # type: ignore[attr-defined]
]


def concrete(path: str) -> str:
    return (
        path.replace("{conversation_id}", "1")
        .replace("{claim_id}", "1")
        .replace("{broadcast_id}", "1")
        .replace("{member_id}", "1")
    )


def test_the_api_has_every_contract_route() -> None:
    assert set(API_ROUTES) >= {
        ("GET", "/api/conversations"),
        ("GET", "/api/conversations/{conversation_id}/messages"),
        ("POST", "/api/conversations/{conversation_id}/reply"),
        ("POST", "/api/conversations/{conversation_id}/handback"),
        ("GET", "/api/members"),
        ("GET", "/api/claims"),
        ("GET", "/api/claims/{claim_id}/receipt"),
        ("POST", "/api/claims/{claim_id}/decision"),
        ("GET", "/api/feedback/summary"),
        ("POST", "/api/broadcasts"),
        ("GET", "/api/broadcasts/{broadcast_id}"),
    }


@pytest.mark.parametrize(("method", "path"), API_ROUTES)
def test_every_route_refuses_a_request_without_a_valid_token(
    client: TestClient, world: World, sessions: sessionmaker[Session], method: str, path: str
) -> None:
    url = concrete(path)
    with transaction(sessions) as session:
        revoked = session.execute(select(ApiToken).where(ApiToken.staff_id == world.staff["admin"]))
        revoked.scalar_one().revoked_at = datetime.now(UTC)
    for headers in (
        {},
        bearer("aa_not-a-real-token"),
        {"Authorization": "Basic abc"},
        bearer(world.tokens["admin"]),
    ):
        response = client.request(method, url, headers=headers, content=b"not json")
        assert response.status_code == 401, (headers, response.text)
        assert response.headers["www-authenticate"] == "Bearer"


def test_staff_cannot_open_a_receipt_or_decide_a_claim(client: TestClient, world: World) -> None:
    staff = bearer(world.tokens["staff"])
    claim = world.claim_with_receipt
    assert client.get(f"/api/claims/{claim}/receipt", headers=staff).status_code == 403
    response = client.post(
        f"/api/claims/{claim}/decision", headers=staff, json={"status": "approved"}
    )
    assert response.status_code == 403
    assert client.get("/api/claims", headers=staff).status_code == 403


def test_finance_opens_the_receipt_as_stored(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    response = client.get(
        f"/api/claims/{world.claim_with_receipt}/receipt", headers=bearer(world.tokens["finance"])
    )
    assert response.status_code == 200
    assert response.content == RECEIPT_BYTES
    assert response.headers["content-type"] == "application/pdf"
    missing = client.get(
        f"/api/claims/{world.claim_without_receipt}/receipt",
        headers=bearer(world.tokens["finance"]),
    )
    assert missing.status_code == 404
    with sessions() as session:
        assert (
            session.execute(select(AuditLog).where(AuditLog.action == "claim.receipt_viewed"))
            .scalar_one()
            .staff_id
            == world.staff["finance"]
        )


def test_finance_sees_the_roster_without_access_needs_or_conversations(
    client: TestClient, world: World
) -> None:
    finance = client.get("/api/members", headers=bearer(world.tokens["finance"]))
    assert finance.status_code == 200
    for member in finance.json()["members"]:
        assert "access_needs" not in member
    assert "Wheelchair" not in finance.text
    assert (
        client.get("/api/conversations", headers=bearer(world.tokens["finance"])).status_code == 403
    )

    staff = client.get("/api/members", headers=bearer(world.tokens["staff"])).json()["members"]
    amina = next(m for m in staff if m["id"] == world.members["amina"])
    assert amina["access_needs"] == "Wheelchair user; needs step-free route"


def test_roster_shows_onboarding_consent_attendance_and_opt_outs(
    client: TestClient, world: World
) -> None:
    members = client.get("/api/members", headers=bearer(world.tokens["admin"])).json()["members"]
    by_id = {m["id"]: m for m in members}
    amina, cara = by_id[world.members["amina"]], by_id[world.members["cara"]]
    assert amina["consent"]["privacy"]["granted"] is True  # the latest record wins
    assert amina["consent"]["privacy"]["version"] == "v2"
    assert amina["attendance"] == {
        "w1-sat": {"status": "confirmed", "expected_arrival": None},
        "w1-sun": None,
    }
    assert cara["attendance"]["w1-sat"] == {"status": "late", "expected_arrival": "11:30"}
    assert cara["opted_out_channels"] == ["sms"]
    assert amina["preferred_channel"] == "whatsapp"
    assert by_id[world.members["eve"]]["onboarding_state"] == "invited"


def test_conversations_are_listed_urgent_first_and_filtered(
    client: TestClient, world: World
) -> None:
    headers = bearer(world.tokens["staff"])
    escalated = client.get("/api/conversations?status=escalated", headers=headers).json()
    assert [c["id"] for c in escalated["conversations"]] == [world.escalated_conversation]
    first = escalated["conversations"][0]
    assert first["member"] == {"id": world.members["amina"], "first_name": "Amina"}
    assert first["channel"] == "whatsapp"
    assert first["reason"] == "asked for a person"
    assert first["last_message_at"]
    bad = client.get("/api/conversations?status=open", headers=headers)
    assert bad.status_code == 400
    assert "status must be one of" in bad.json()["detail"]
    assert client.get("/api/conversations/9999/messages", headers=headers).status_code == 404


def test_every_escalated_conversation_is_listed_however_many_are_urgent(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        for n in range(501):
            _, conversation = identity_and_conversation(session, "sms", f"+44770099{n:04d}")
            conversation.status, conversation.urgent = "escalated", True
    escalated = client.get(
        "/api/conversations?status=escalated", headers=bearer(world.tokens["staff"])
    ).json()["conversations"]
    assert len(escalated) == 502
    assert world.escalated_conversation in [row["id"] for row in escalated]


def test_reply_queues_the_message_and_adds_it_to_the_transcript(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    conversation = world.escalated_conversation
    response = client.post(
        f"/api/conversations/{conversation}/reply",
        headers=bearer(world.tokens["staff"]),
        json={"text": "Hello Amina, I can help with the bus fare."},
    )
    assert response.status_code == 202
    with sessions() as session:
        item = session.execute(
            select(OutboxItem).where(OutboxItem.kind == "staff_reply")
        ).scalar_one()
        assert item.channel == "whatsapp"
        assert item.address == "+447700900001"
        assert item.body == "Hello Amina, I can help with the bus fare."
        assert item.template == "staff_reply"  # the worker uses it if the 24h window closed
        assert item.template_variables == {"first_name": "Amina"}
        assert item.idempotency_key.startswith(f"staff_reply:{conversation}:")
    messages = client.get(
        f"/api/conversations/{conversation}/messages", headers=bearer(world.tokens["staff"])
    ).json()["messages"]
    last = messages[-1]
    assert last["direction"] == "out"
    assert last["author"] == "staff:staff@council.example"
    assert last["text"] == "Hello Amina, I can help with the bus fare."
    assert last["delivery_status"] == "pending"
    assert messages[0]["direction"] == "in"  # oldest first


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"not json", 400),
        (b"[]", 400),
        (json.dumps({"text": ""}).encode(), 400),
        (json.dumps({"text": 42}).encode(), 400),
        (json.dumps({"text": "x" * 1601}).encode(), 400),
    ],
)
def test_a_bad_reply_body_is_a_400_with_a_reason(
    client: TestClient, world: World, body: bytes, status: int
) -> None:
    response = client.post(
        f"/api/conversations/{world.escalated_conversation}/reply",
        headers=bearer(world.tokens["staff"]) | {"content-type": "application/json"},
        content=body,
    )
    assert response.status_code == status
    assert response.json()["detail"]


def test_reply_to_an_unknown_conversation_is_404(client: TestClient, world: World) -> None:
    response = client.post(
        "/api/conversations/9999/reply",
        headers=bearer(world.tokens["staff"]),
        json={"text": "hello"},
    )
    assert response.status_code == 404


def test_handback_returns_the_member_to_the_bot(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    conversation_id = world.escalated_conversation
    response = client.post(
        f"/api/conversations/{conversation_id}/handback", headers=bearer(world.tokens["staff"])
    )
    assert response.status_code == 200
    assert response.json() == {"id": conversation_id, "status": "bot"}
    with sessions() as session:
        conversation = session.get(Conversation, conversation_id)
        assert (
            conversation.status,
            conversation.urgent,
            conversation.reason,
            conversation.assigned_to_id,
        ) == ("bot", False, None, None)
        entry = session.execute(select(AuditLog).where(AuditLog.action == "conversation.handback"))
        row = entry.scalar_one()
        assert (row.staff_id, row.target_id) == (world.staff["staff"], str(conversation_id))


def test_a_claim_decision_tells_the_member_and_is_audited(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    claim_id = world.claim_without_receipt
    finance = bearer(world.tokens["finance"])
    missing_reason = client.post(
        f"/api/claims/{claim_id}/decision", headers=finance, json={"status": "rejected"}
    )
    assert missing_reason.status_code == 400
    response = client.post(
        f"/api/claims/{claim_id}/decision",
        headers=finance,
        json={"status": "rejected", "note": "Childcare over the £80 daily cap"},
    )
    assert response.status_code == 200
    assert response.json()["status"] == "rejected"
    with sessions() as session:
        claim = session.get(ExpenseClaim, claim_id)
        assert claim.status == "rejected"
        assert claim.decided_by_id == world.staff["finance"]
        item = session.execute(
            select(OutboxItem).where(OutboxItem.idempotency_key == f"claim:{claim_id}:rejected")
        ).scalar_one()
        assert item.kind == "claim_update"
        assert item.member_id == world.members["ben"]
        assert "Childcare over the £80 daily cap" in item.body
        assert "claim for £95 has not been approved" in item.body  # whole pounds, no pence
        audit = session.execute(select(AuditLog).where(AuditLog.action == "claim.decision"))
        entry = audit.scalar_one()
        assert entry.staff_id == world.staff["finance"]
        assert entry.detail == {"previous": "submitted", "status": "rejected", "outbox_id": item.id}
        assert "cap" not in json.dumps(entry.detail)  # ids and statuses only
    paid_too_early = client.post(
        f"/api/claims/{claim_id}/decision", headers=finance, json={"status": "paid"}
    )
    assert paid_too_early.status_code == 409
    assert (
        client.post(
            "/api/claims/999/decision", headers=finance, json={"status": "approved"}
        ).status_code
        == 404
    )
    assert (
        client.post(
            f"/api/claims/{claim_id}/decision", headers=finance, json={"status": "maybe"}
        ).status_code
        == 400
    )


def test_approve_then_pay(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    claim_id = world.claim_with_receipt
    admin = bearer(world.tokens["admin"])
    assert (
        client.post(
            f"/api/claims/{claim_id}/decision", headers=admin, json={"status": "approved"}
        ).status_code
        == 200
    )
    assert (
        client.post(
            f"/api/claims/{claim_id}/decision",
            headers=admin,
            json={"status": "paid", "note": "BACS 12 March"},
        ).status_code
        == 200
    )
    claims = client.get("/api/claims?status=paid", headers=admin).json()["claims"]
    assert [c["id"] for c in claims] == [claim_id]
    assert claims[0]["amount"] == "12.40"
    with sessions() as session:
        keys = set(session.execute(select(OutboxItem.idempotency_key)).scalars())
    assert {f"claim:{claim_id}:approved", f"claim:{claim_id}:paid"} <= keys


def test_feedback_summary_counts_rates_and_answers(client: TestClient, world: World) -> None:
    body = client.get("/api/feedback/summary", headers=bearer(world.tokens["staff"])).json()
    assert body["anonymous"] is True
    saturday, sunday = body["sessions"]
    assert saturday["session_id"] == "w1-sat"
    assert (saturday["requests_sent"], saturday["responses"]) == (3, 2)
    assert saturday["response_rate"] == pytest.approx(0.667)
    rating, heard, improve = saturday["questions"]
    assert rating["mean"] == 3.5
    assert rating["distribution"] == {"1": 0, "2": 1, "3": 0, "4": 0, "5": 1}
    assert (heard["yes"], heard["no"], heard["yes_share"]) == (1, 1, 0.5)
    assert [a["text"] for a in improve["answers"]] == ["Louder mics", "More breaks"]
    assert (sunday["requests_sent"], sunday["responses"], sunday["response_rate"]) == (0, 0, None)


def test_anonymous_feedback_summary_never_identifies_a_member(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    from db.models import FeedbackResponse

    with transaction(sessions) as session:  # even a row that kept a member link
        session.add(
            FeedbackResponse(
                session_id="w1-sat",
                respondent_key="k3",
                member_id=world.members["amina"],
                answers={"rating": 4, "improve": "Start later"},
            )
        )
    text = client.get("/api/feedback/summary", headers=bearer(world.tokens["admin"])).text
    for revealing in ("member", "Amina", "Khan", "+4477", "respondent", "k3"):
        assert revealing not in text


def test_broadcast_to_a_session_skips_decliners_withdrawn_and_opted_out(
    client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    headers = bearer(world.tokens["staff"])
    response = client.post(
        "/api/broadcasts",
        headers=headers,
        json={"text": "Doors open at 9:30 on Saturday.", "audience": "session:w1-sat"},
    )
    assert response.status_code == 202
    broadcast_id = response.json()["id"]
    # amina, cara (opted out of SMS), eve; ben declined, dev withdrew
    assert response.json()["queued"] == 2
    assert response.json()["skipped_opted_out"] == 1
    report = client.get(f"/api/broadcasts/{broadcast_id}", headers=headers).json()
    assert {r["member_id"] for r in report["recipients"]} == {
        world.members["amina"],
        world.members["eve"],
    }
    assert {r["status"] for r in report["recipients"]} == {"pending"}
    with transaction(sessions) as session:
        item = session.execute(
            select(OutboxItem).where(
                OutboxItem.member_id == world.members["amina"], OutboxItem.kind == "broadcast"
            )
        ).scalar_one()
        assert item.idempotency_key == f"broadcast:{broadcast_id}:{world.members['amina']}"
        item.status = "delivered"
    report = client.get(f"/api/broadcasts/{broadcast_id}", headers=headers).json()
    assert report["counts"] == {"delivered": 1, "pending": 1}


def test_broadcast_to_all_and_bad_audiences(client: TestClient, world: World) -> None:
    headers = bearer(world.tokens["staff"])
    everyone = client.post(
        "/api/broadcasts", headers=headers, json={"text": "Hello all", "audience": "all"}
    ).json()
    assert everyone["queued"] == 3  # amina, ben, eve; cara opted out; dev withdrew
    for audience in ("session:nope", "everyone", None):
        response = client.post(
            "/api/broadcasts", headers=headers, json={"text": "Hi", "audience": audience}
        )
        assert response.status_code == 400
    assert client.get("/api/broadcasts/999", headers=headers).status_code == 404
    assert (
        client.post(
            "/api/broadcasts",
            headers=bearer(world.tokens["finance"]),
            json={"text": "Hi", "audience": "all"},
        ).status_code
        == 403
    )


def test_only_admins_export_or_erase_a_members_data(client: TestClient, world: World) -> None:
    member = world.members["amina"]
    for role in ("staff", "finance"):
        headers = bearer(world.tokens[role])
        assert client.get(f"/api/members/{member}/export", headers=headers).status_code == 403
        assert client.post(f"/api/members/{member}/erase", headers=headers).status_code == 403


def test_admin_export_holds_what_we_know_about_the_member(client: TestClient, world: World) -> None:
    admin = bearer(world.tokens["admin"])
    exported = client.get(f"/api/members/{world.members['amina']}/export", headers=admin)
    assert exported.status_code == 200
    assert "Wheelchair user" in exported.text and "+447700900001" in exported.text
    assert client.get("/api/members/9999/export", headers=admin).status_code == 404


def test_admin_erasure_removes_the_member_and_their_receipt_file(
    client: TestClient, world: World, sessions: sessionmaker[Session], settings: Any
) -> None:
    admin = bearer(world.tokens["admin"])
    with sessions() as session:
        claim = session.get(ExpenseClaim, world.claim_with_receipt)
        owner, receipt = claim.member_id, claim.receipt
        stored = settings.MEDIA_DIR / receipt.storage_path
    assert stored.exists()
    response = client.post(f"/api/members/{owner}/erase", headers=admin)
    assert response.status_code == 200
    assert not stored.exists()
    with sessions() as session:
        assert session.get(Member, owner) is None
        assert session.get(ExpenseClaim, world.claim_with_receipt) is None
    members = client.get("/api/members", headers=admin).json()["members"]
    assert owner not in [m["id"] for m in members]
