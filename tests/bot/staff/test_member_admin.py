"""Staff manage members in the console: search the roster, correct a member's details (audited,
old and new, support needs by name only), add a member with a fresh invite code, and an admin
exports or erases a member from their page."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditLog, Member
from tests.bot.staff.conftest import World
from tests.bot.staff.support import csrf_from

AMINA = {
    "first_name": "Amina",
    "last_name": "Khan-Ali",
    "preferred_name": "Mina",
    "phone": "07700 900111",
    "email": "amina@example.org",
    "preferred_channel": "whatsapp",
    "language": "en",
    "reserve": "no",
    "access_needs": "Uses a wheelchair; needs a ramp",
    "dietary_needs": "",
    "caring_responsibilities": "",
}


def audit_lines(sessions: sessionmaker[Session], action: str) -> list[AuditLog]:
    with sessions() as session:
        query = select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)
        return list(session.execute(query).scalars())


def names_found(client: TestClient, query: str) -> list[str]:
    page = client.get("/staff/roster", params={"q": query}).text
    return re.findall(r'<td><a href="/staff/members/\d+">([^<]+)</a>', page)


def test_the_roster_finds_members_by_name_phone_fragment_or_invite_code(
    staff_client: TestClient, world: World
) -> None:
    assert names_found(staff_client, "amina") == ["Amina Khan"]
    assert names_found(staff_client, "osei ben") == ["Ben Osei"]
    assert names_found(staff_client, "07700 900003") == ["Cara Lewis"]
    assert names_found(staff_client, "+44 7700 900004") == ["Dev Patel"]
    assert names_found(staff_client, "900") == [
        "Amina Khan",
        "Cara Lewis",
        "Eve Moss",
        "Ben Osei",
        "Dev Patel",
    ]
    assert names_found(staff_client, "wf7k2u") == ["Eve Moss"]
    assert names_found(staff_client, "%") == []  # a wildcard matches itself only
    page = staff_client.get("/staff/roster", params={"q": "nobody like this"})
    assert "0 members match" in page.text


def test_staff_correct_a_members_details_shown_and_audited(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    member_id = world.members["amina"]
    page = staff_client.get(f"/staff/members/{member_id}")
    assert "Correct these details" in page.text and "Wheelchair user" in page.text
    saved = staff_client.post(
        f"/staff/members/{member_id}/details", data={"csrf_token": csrf_from(page.text), **AMINA}
    )
    assert saved.status_code == 200 and "Details saved" in saved.text
    for shown in (
        "Amina Khan-Ali",
        "likes to be called Mina",
        "+447700900111",
        "amina@example.org",
    ):
        assert shown in saved.text
    assert "Uses a wheelchair; needs a ramp" in saved.text

    [line] = audit_lines(sessions, "member.updated")
    assert line.staff_id == world.staff["staff"] and line.target_id == str(member_id)
    assert line.detail["changes"]["last_name"] == ["Khan", "Khan-Ali"]
    assert line.detail["changes"]["phone"] == ["+447700900001", "+447700900111"]
    assert line.detail["support_needs_changed"] == ["access_needs"]
    assert "wheelchair" not in str(line.detail).lower()  # special category: never its content
    audit_page = staff_client.get("/staff/audit")
    assert audit_page.status_code == 403  # staff do not read the audit log


def test_a_bad_edit_says_why_and_changes_nothing(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    member_id = world.members["ben"]
    token = csrf_from(staff_client.get(f"/staff/members/{member_id}").text)
    for field, value, why in [
        ("phone", "12", "not a valid number"),
        ("phone", "07700 900001", "Another member"),  # Amina's
        ("email", "nope", "not an email address"),
        ("preferred_channel", "pigeon", "is not one of"),
        ("first_name", " ", "First name is empty"),
        ("first_name", "x" * 101, "longer than 100"),
    ]:
        data = {**AMINA, "phone": "07700 900002", field: value, "csrf_token": token}
        response = staff_client.post(f"/staff/members/{member_id}/details", data=data)
        assert response.status_code in (400, 409), (field, value)
        assert why in response.text, (field, value)
    with sessions() as session:
        assert session.get(Member, member_id).first_name == "Ben"
    assert audit_lines(sessions, "member.updated") == []


def test_finance_sees_a_member_but_neither_edits_nor_sees_support_needs(
    finance_client: TestClient, world: World
) -> None:
    member_id = world.members["amina"]
    page = finance_client.get(f"/staff/members/{member_id}")
    assert page.status_code == 200 and "Amina Khan" in page.text
    assert "Wheelchair" not in page.text and "Correct these details" not in page.text
    edit = finance_client.post(
        f"/staff/members/{member_id}/details", data={"csrf_token": csrf_from(page.text), **AMINA}
    )
    assert edit.status_code == 403
    assert finance_client.get("/staff/members/new").status_code == 403


def test_staff_add_a_member_with_a_fresh_invite_code(
    staff_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    form = staff_client.get("/staff/members/new")
    token = csrf_from(form.text)
    fields = {
        "first_name": "Fatima",
        "last_name": "Noor",
        "phone": "+44 7700 900123",
        "preferred_channel": "telegram",
        "reserve": "no",
        "csrf_token": token,
    }
    bad = staff_client.post("/staff/members/new", data={**fields, "phone": "0770"})
    assert bad.status_code == 400 and "not a valid number" in bad.text
    assert 'value="Fatima"' in bad.text  # what was typed is kept
    taken = staff_client.post("/staff/members/new", data={**fields, "phone": "07700900002"})
    assert taken.status_code == 409 and "Another member" in taken.text

    added = staff_client.post("/staff/members/new", data=fields)
    assert added.status_code == 200 and "Member added" in added.text
    code = re.search(r"Their invite code: <strong>([A-Z0-9]{6})</strong>", added.text)
    assert code
    with sessions() as session:
        member = session.execute(select(Member).where(Member.first_name == "Fatima")).scalar_one()
        assert member.phone == "+447700900123" and member.invite_code == code.group(1)
        assert member.preferred_channel == "telegram"
        assert member.onboarding_state == "not_invited" and not member.reserve
    assert names_found(staff_client, code.group(1)) == ["Fatima Noor"]
    [line] = audit_lines(sessions, "member.added")
    assert line.target_id == str(member.id) and line.staff_id == world.staff["staff"]


def test_an_admin_downloads_a_members_data_from_their_page(
    admin_client: TestClient,
    staff_client: TestClient,
    world: World,
    sessions: sessionmaker[Session],
) -> None:
    member_id = world.members["amina"]
    assert "Download their data" in admin_client.get(f"/staff/members/{member_id}").text
    assert "Download their data" not in staff_client.get(f"/staff/members/{member_id}").text
    download = admin_client.get(f"/staff/members/{member_id}/export")
    assert download.status_code == 200
    assert "attachment" in download.headers["content-disposition"]
    assert download.json()["profile"]["phone"] == "+447700900001"
    assert staff_client.get(f"/staff/members/{member_id}/export").status_code == 403
    [line] = audit_lines(sessions, "member.exported")
    assert line.detail == {"via": "console"}


def test_an_admin_erases_a_member_after_confirming(
    admin_client: TestClient,
    staff_client: TestClient,
    world: World,
    sessions: sessionmaker[Session],
) -> None:
    member_id = world.members["ben"]
    token = csrf_from(staff_client.get(f"/staff/members/{member_id}").text)
    staff_client.post(
        f"/staff/members/{member_id}/details",
        data={**AMINA, "first_name": "Benjamin", "phone": "07700900002", "csrf_token": token},
    )
    assert staff_client.get(f"/staff/members/{member_id}/erase").status_code == 403

    confirm = admin_client.get(f"/staff/members/{member_id}/erase")
    assert confirm.status_code == 200 and "cannot be undone" in confirm.text
    token = csrf_from(confirm.text)
    unconfirmed = admin_client.post(f"/staff/members/{member_id}/erase", data={"csrf_token": token})
    assert unconfirmed.status_code == 400 and "Nothing was erased" in unconfirmed.text
    with sessions() as session:
        assert session.get(Member, member_id) is not None

    erased = admin_client.post(
        f"/staff/members/{member_id}/erase", data={"csrf_token": token, "confirm": "ERASE"}
    )
    assert erased.status_code == 200 and "The member was erased" in erased.text
    with sessions() as session:
        assert session.get(Member, member_id) is None
    assert admin_client.get(f"/staff/members/{member_id}").status_code == 404
    # The audit keeps which fields were edited, not the erased member's old and new values.
    [edit] = audit_lines(sessions, "member.updated")
    assert "first_name" in edit.detail["changes"] and "Benjamin" not in str(edit.detail)
    assert audit_lines(sessions, "member.erased")
