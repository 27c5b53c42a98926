"""The organisers' side on the real app: reserves kept apart until promoted (the closest one
suggested), the day's register, thank-you payments settled by finance and told to the member."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.config import load_config
from bot.members.invitations import send_invitations
from bot.settings import Settings
from db.models import Member, OutboxItem, ThankYouPaymentRecord
from db.queries import identity_for
from db.session import transaction
from db.types import utcnow
from tests.bot.staff.conftest import World, add_member
from tests.bot.staff.support import bearer, csrf_from


def add_reserves(sessions: sessionmaker[Session], world: World) -> dict[str, int]:
    """Dev (withdrawn) was 65+ in Lea Bridge; Rosa is a young reserve in Hoe Street, Sam an
    older one in Lea Bridge on WhatsApp whose window has closed."""
    with transaction(sessions) as session:
        dev = session.get(Member, world.members["dev"])
        assert dev is not None
        dev.withdrawn_at = utcnow()
        dev.strata = {"age_band": "65+", "ward": "Lea Bridge", "gender": "man"}
        rosa = add_member(
            session,
            "Rosa",
            "Adeyemi",
            "+447700900011",
            "RS0001",
            reserve=True,
            onboarding_state="not_invited",
            strata={"age_band": "25-34", "ward": "Hoe Street", "gender": "woman"},
        )
        sam = add_member(
            session,
            "Sam",
            "Baker",
            "+447700900012",
            "RS0002",
            reserve=True,
            onboarding_state="not_invited",
            preferred_channel="whatsapp",
            strata={"age_band": "65+", "ward": "Lea Bridge", "gender": "woman"},
        )
        identity_for(session, "whatsapp", sam.phone).member_id = sam.id
        return {"rosa": rosa.id, "sam": sam.id}


def outbox_of(sessions: sessionmaker[Session], member_id: int) -> list[OutboxItem]:
    with sessions() as session:
        return list(session.scalars(select(OutboxItem).where(OutboxItem.member_id == member_id)))


def test_reserves_wait_until_the_closest_is_promoted_and_invited_on_their_channel(
    app: object,
    staff_client: TestClient,
    sessions: sessionmaker[Session],
    settings: Settings,
    world: World,
) -> None:
    reserves = add_reserves(sessions, world)
    with transaction(sessions) as session:  # "invite everyone" leaves reserves alone
        send_invitations(session, settings=settings)
    assert outbox_of(sessions, reserves["sam"]) == []

    page = staff_client.get("/staff/reserves").text
    place = page.split('id="place-')[1]
    assert "Dev Patel" in place
    assert place.index("Sam Baker") < place.index("closest") < place.index("Rosa Adeyemi")
    assert "matches 2 of 3" in place

    staff = bearer(world.tokens["staff"])
    path = f"/api/members/{reserves['sam']}/promote"
    finance = staff_client.post(path, json={}, headers=bearer(world.tokens["finance"]))
    assert finance.status_code == 403
    answer = staff_client.post(path, json={"replaces": world.members["dev"]}, headers=staff)
    assert answer.status_code == 200, answer.text
    assert answer.json()["reserve"] is False and answer.json()["invitations_queued"] == 1
    [invitation] = outbox_of(sessions, reserves["sam"])
    assert (invitation.kind, invitation.channel, invitation.template) == (
        "invitation",
        "whatsapp",
        "invitation",
    )
    again = staff_client.post(path, headers=staff)
    assert again.status_code == 409 and "not a reserve" in again.json()["detail"]
    missing = staff_client.post("/api/members/999999/promote", headers=staff)
    assert missing.status_code == 404
    bad = staff_client.post(path, content=b"[1]", headers=staff)
    assert bad.status_code == 400

    assert "Sam Baker" not in staff_client.get("/staff/reserves").text.split("Reserves waiting")[1]
    attendance = staff_client.get("/staff/attendance?session=w1-sat").text
    assert "replaces Dev Patel" in attendance


def test_the_door_register_ticks_members_in_once_and_feeds_the_payments(
    staff_client: TestClient, world: World
) -> None:
    staff = bearer(world.tokens["staff"])
    register = staff_client.get("/api/register?session=w1-sat", headers=staff).json()
    names = [row["first_name"] for row in register["members"]]
    assert "Dev" not in names  # withdrawn
    assert {"Amina", "Ben", "Cara", "Eve"} <= set(names)
    assert register["arrived"] == 0 and register["expected"] == len(names) - 1  # Ben declined

    amina = world.members["amina"]
    body = {"session": "w1-sat", "member_id": amina}
    first = staff_client.post("/api/register", json=body, headers=staff)
    second = staff_client.post("/api/register", json=body, headers=staff)
    assert first.status_code == 200 and second.json()["already_arrived"] is True
    assert first.json()["arrived_at"] == second.json()["arrived_at"]
    again = staff_client.get("/api/register?session=w1-sat", headers=staff).json()
    [row] = [row for row in again["members"] if row["member_id"] == amina]
    assert row["arrived_at"] == first.json()["arrived_at"] and again["arrived"] == 1

    for wrong, status in (
        ({"session": "nope", "member_id": amina}, 400),
        ({"session": "w1-sat", "member_id": "x"}, 400),
        ({"session": "w1-sat", "member_id": world.members["dev"]}, 409),
        ({"session": "w1-sat", "member_id": 999999}, 404),
    ):
        assert staff_client.post("/api/register", json=wrong, headers=staff).status_code == status
    assert staff_client.get("/api/register", headers=staff).status_code == 400
    finance = bearer(world.tokens["finance"])
    assert staff_client.post("/api/register", json=body, headers=finance).status_code == 403

    owed = staff_client.get("/api/payments?status=owed", headers=finance).json()
    assert [(p["member_id"], p["period"], p["amount"]) for p in owed["payments"]] == [
        (amina, "Weekend 1", "150.00")
    ]
    assert staff_client.get("/api/payments", headers=staff).status_code == 403
    csv = staff_client.get("/staff/register.csv?session=w1-sat").text
    assert csv.splitlines()[0] == "session_id,member_id,first_name,last_name,answer,arrived_at,via"
    assert f"w1-sat,{amina},Amina,Khan,confirmed," in csv and ",door" in csv


def test_finance_marks_a_payment_paid_with_a_reference_and_the_member_is_told_once(
    staff_client: TestClient,
    finance_client: TestClient,
    sessions: sessionmaker[Session],
    world: World,
) -> None:
    amina = world.members["amina"]
    with transaction(sessions) as session:  # her WhatsApp window closed yesterday
        identity_for(session, "whatsapp", "+447700900001").last_inbound_at = utcnow() - timedelta(
            days=2
        )
    staff_client.post(
        "/api/register",
        json={"session": "w1-sun", "member_id": amina},
        headers=bearer(world.tokens["staff"]),
    )
    finance = bearer(world.tokens["finance"])
    [payment] = staff_client.get("/api/payments?status=owed", headers=finance).json()["payments"]
    path = f"/api/payments/{payment['id']}"

    no_reference = staff_client.post(path, json={"status": "paid"}, headers=finance)
    assert no_reference.status_code == 400 and "reference" in no_reference.json()["detail"]
    bank = staff_client.post(
        path, json={"status": "paid", "reference": "sort 12-34-56 acc 12345678"}, headers=finance
    )
    assert bank.status_code == 400 and "bank details" in bank.json()["detail"]
    assert staff_client.post(path, json={"status": "gone"}, headers=finance).status_code == 400
    assert outbox_of(sessions, amina) == []

    approved = staff_client.post(path, json={"status": "approved"}, headers=finance)
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    paid = staff_client.post(
        path, json={"status": "paid", "reference": "BACS-WF-0042"}, headers=finance
    )
    assert paid.status_code == 200, paid.text
    assert (paid.json()["status"], paid.json()["method"]) == ("paid", "bank_transfer")
    twice = staff_client.post(path, json={"status": "paid", "reference": "X"}, headers=finance)
    assert twice.status_code == 409

    [told] = outbox_of(sessions, amina)
    assert told.template == "payment_paid" and told.template_variables == {
        "first_name": "Amina",
        "amount": "£150",
    }
    assert told.body is not None and "£150 for Weekend 1 has been paid" in told.body
    assert staff_client.get("/api/payments?status=owed", headers=finance).json()["total"] == 0
    page = finance_client.get("/staff/payments?status=paid").text
    assert "BACS-WF-0042" in page and "Amina Khan" in page
    csv = finance_client.get("/staff/payments.csv?status=paid").text
    assert "Weekend 1,150.00,GBP,paid,bank_transfer,BACS-WF-0042" in csv


def test_the_door_page_searches_ticks_with_the_form_and_pages_past_fifty(
    staff_client: TestClient, sessions: sessionmaker[Session], world: World
) -> None:
    with transaction(sessions) as session:
        for n in range(60):
            add_member(session, f"Person{n:02d}", "Zed", f"+4477009002{n:02d}", f"ZZ{n:04d}")
    page = staff_client.get("/staff/register?session=w1-sat")
    assert "page 1 of 2" in page.text and page.text.count('<li id="member-') == 50
    second = staff_client.get("/staff/register?session=w1-sat&page=2")
    assert "51–64 of 64 · page 2 of 2" in second.text and second.text.count('<li id="member-') == 14

    found = staff_client.get("/staff/register?session=w1-sat&q=amina")
    assert found.text.count('<li id="member-') == 1 and "Amina Khan" in found.text
    ticked = staff_client.post(
        "/staff/register/arrive",
        data={
            "csrf_token": csrf_from(found.text),
            "session": "w1-sat",
            "member_id": str(world.members["amina"]),
            "back": "/staff/register?session=w1-sat&q=amina&page=1",
        },
        follow_redirects=True,
    )
    assert ticked.status_code == 200 and "Marked arrived." in ticked.text
    assert "Arrived " in ticked.text and "1</strong> arrived" in ticked.text
    with sessions() as session:
        assert (
            session.scalars(select(ThankYouPaymentRecord)).one().member_id == world.members["amina"]
        )


def test_check_config_names_an_unknown_placeholder_in_the_register_messages(
    config_path: object,
) -> None:
    from pathlib import Path

    from bot.config import check_config_file

    path = Path(str(config_path))
    path.write_text(path.read_text().replace("Hi {first_name}, we missed", "Hi {name}, we missed"))
    problems = check_config_file(path)
    assert any("check_in.absent" in problem and "{name}" in problem for problem in problems)
    assert load_config  # the shipped config itself loads (see the other tests)


def test_a_members_export_holds_their_arrivals_and_payments_and_erasure_removes_them(
    staff_client: TestClient, sessions: sessionmaker[Session], world: World
) -> None:
    amina = world.members["amina"]
    body = {"session": "w1-sat", "member_id": amina}
    staff_client.post("/api/register", json=body, headers=bearer(world.tokens["staff"]))
    admin = bearer(world.tokens["admin"])
    exported = staff_client.get(f"/api/members/{amina}/export", headers=admin).json()
    assert [row["session_id"] for row in exported["register"]] == ["w1-sat"]
    assert [row["period"] for row in exported["thank_you_payments"]] == ["Weekend 1"]
    assert staff_client.post(f"/api/members/{amina}/erase", headers=admin).status_code == 200
    with sessions() as session:
        assert session.scalars(select(ThankYouPaymentRecord)).all() == []


def test_the_reserves_page_pages_both_its_lists_past_fifty(
    staff_client: TestClient, sessions: sessionmaker[Session]
) -> None:
    with transaction(sessions) as session:
        for n in range(55):
            add_member(
                session,
                f"Res{n:02d}",
                "Erve",
                f"+4477009005{n:02d}",
                f"RV{n:04d}",
                reserve=True,
                onboarding_state="not_invited",
            )
            add_member(
                session,
                f"Left{n:02d}",
                "Early",
                f"+4477009006{n:02d}",
                f"LE{n:04d}",
                withdrawn_at=utcnow(),
                onboarding_state="withdrawn",
            )
    page = staff_client.get("/staff/reserves").text
    assert "Places to fill (56)" in page and "Reserves waiting (55)" in page  # and Dev
    assert page.count('id="place-') == 50 and page.count("page 1 of 2") == 2
    later = staff_client.get("/staff/reserves?places=2&page=2").text
    assert later.count('id="place-') == 6 and later.count("page 2 of 2") == 2
