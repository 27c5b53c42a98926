"""Admins manage staff in the console: add an account with a one-time password, change a role,
reset a password; every change audited, and the last active admin cannot be locked out."""

from __future__ import annotations

import re

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import AuditLog, StaffUser
from tests.bot.staff.conftest import BASE_URL, World
from tests.bot.staff.support import PASSWORD, bearer, csrf_from, sign_in

NEW_PASSWORD = "my own long passphrase"


def one_time_password(html: str) -> str:
    match = re.search(r"One-time password for [^:]+: <strong><code>([^<]+)</code>", html)
    assert match, "no one-time password on the page"
    return match.group(1)


def audited(sessions: sessionmaker[Session], action: str) -> list[AuditLog]:
    with sessions() as session:
        return list(session.execute(select(AuditLog).where(AuditLog.action == action)).scalars())


def post(client: TestClient, url: str, **data: str) -> httpx.Response:
    token = csrf_from(client.get("/staff/accounts").text)
    return client.post(url, data={"csrf_token": token, **data})


def test_an_added_account_signs_in_once_with_its_one_time_password_then_chooses_its_own(
    app: FastAPI, admin_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    page = post(
        admin_client, "/staff/accounts", email=" New.Organiser@Council.example ", role="staff"
    )
    assert page.status_code == 200
    password = one_time_password(page.text)
    assert "new.organiser@council.example" in page.text
    # Shown once: a reload of the list does not show it again.
    assert password not in admin_client.get("/staff/accounts").text

    with TestClient(app, base_url=BASE_URL) as newcomer:
        sign_in(newcomer, "new.organiser@council.example", password)
        # Every page sends them to choose a password first.
        blocked = newcomer.get("/staff/roster", follow_redirects=False)
        assert blocked.status_code == 303 and blocked.headers["location"] == "/staff/password"
        form = newcomer.get("/staff/password")
        assert "one-time password" in form.text
        token = csrf_from(form.text)
        mismatch = newcomer.post(
            "/staff/password",
            data={"csrf_token": token, "current": password, "new": NEW_PASSWORD, "repeat": "x"},
        )
        assert mismatch.status_code == 400 and "not the same" in mismatch.text
        done = newcomer.post(
            "/staff/password",
            data={
                "csrf_token": token,
                "current": password,
                "new": NEW_PASSWORD,
                "repeat": NEW_PASSWORD,
            },
        )
        assert "Password changed" in done.text
        assert newcomer.get("/staff/roster").status_code == 200

    with TestClient(app, base_url=BASE_URL) as again:  # the one-time password is spent
        token = csrf_from(again.get("/staff/login").text)
        refused = again.post(
            "/staff/login",
            data={
                "email": "new.organiser@council.example",
                "password": password,
                "csrf_token": token,
            },
        )
        assert refused.status_code == 401
        sign_in(again, "new.organiser@council.example", NEW_PASSWORD)
    [created] = audited(sessions, "staff.created")
    assert created.staff_id == world.staff["admin"] and created.detail["role"] == "staff"
    assert audited(sessions, "staff.password_changed")


def test_adding_a_bad_or_taken_email_says_why(admin_client: TestClient, world: World) -> None:
    bad = post(admin_client, "/staff/accounts", email="not-an-email", role="staff")
    assert bad.status_code == 400 and "email address" in bad.text
    taken = post(admin_client, "/staff/accounts", email=world.emails["finance"], role="staff")
    assert taken.status_code == 409 and "already has an account" in taken.text
    role = post(admin_client, "/staff/accounts", email="x@council.example", role="root")
    assert role.status_code == 400 and "role must be one of" in role.text


def test_a_role_change_applies_at_once_and_is_audited(
    admin_client: TestClient,
    staff_client: TestClient,
    world: World,
    sessions: sessionmaker[Session],
) -> None:
    assert staff_client.get("/staff/claims").status_code == 403
    done = post(admin_client, f"/staff/accounts/{world.staff['staff']}/role", role="finance")
    assert "Role changed" in done.text
    assert staff_client.get("/staff/claims").status_code == 200  # the open session's next page
    assert staff_client.get("/staff/roster").status_code == 200
    assert staff_client.get("/staff").status_code == 403  # finance reads no conversations
    [change] = audited(sessions, "staff.role_changed")
    assert change.detail["old"] == "staff" and change.detail["new"] == "finance"


def test_a_password_reset_ends_the_accounts_sessions_and_is_shown_once(
    app: FastAPI,
    admin_client: TestClient,
    staff_client: TestClient,
    world: World,
    sessions: sessionmaker[Session],
) -> None:
    page = post(admin_client, f"/staff/accounts/{world.staff['staff']}/reset-password")
    password = one_time_password(page.text)
    assert world.emails["staff"] in page.text
    assert staff_client.get("/staff", follow_redirects=False).status_code == 303
    with TestClient(app, base_url=BASE_URL) as client:
        token = csrf_from(client.get("/staff/login").text)
        old = client.post(
            "/staff/login",
            data={"email": world.emails["staff"], "password": PASSWORD, "csrf_token": token},
        )
        assert old.status_code == 401
        sign_in(client, world.emails["staff"], password)
        assert client.get("/staff", follow_redirects=False).headers["location"] == "/staff/password"
    [reset] = audited(sessions, "staff.password_reset")
    assert reset.staff_id == world.staff["admin"] and password not in str(reset.detail)


def test_the_last_active_admin_can_be_neither_demoted_nor_disabled(
    app: FastAPI, admin_client: TestClient, world: World, sessions: sessionmaker[Session]
) -> None:
    admin_id = world.staff["admin"]
    demoted = post(admin_client, f"/staff/accounts/{admin_id}/role", role="staff")
    assert demoted.status_code == 409 and "last active admin" in demoted.text
    with sessions() as session:
        assert session.get(StaffUser, admin_id).role == "admin"

    # With a second admin, the first may step down; the second then cannot be disabled by them.
    page = post(admin_client, "/staff/accounts", email="second@council.example", role="admin")
    assert one_time_password(page.text)
    with sessions() as session:
        second = session.execute(
            select(StaffUser.id).where(StaffUser.email == "second@council.example")
        ).scalar_one()
    assert (
        "Role changed" in post(admin_client, f"/staff/accounts/{admin_id}/role", role="staff").text
    )
    assert admin_client.get("/staff/accounts").status_code == 403  # no longer an admin
    with sessions() as session:
        assert session.get(StaffUser, second).role == "admin"


def test_disabling_the_last_admin_from_the_command_line_is_refused(
    world: World, database_url: str, client: TestClient
) -> None:
    from tests.bot.test_roster import run_cli

    result = run_cli("staff", "disable", world.emails["admin"], database_url=database_url)
    assert result.returncode == 1 and "last active admin" in result.stderr
    assert client.get("/api/members", headers=bearer(world.tokens["admin"])).status_code == 200


def test_only_admins_add_accounts_or_reset_passwords(
    staff_client: TestClient, finance_client: TestClient, world: World
) -> None:
    for client in (staff_client, finance_client):
        token = csrf_from(client.get("/staff/password").text)
        added = client.post(
            "/staff/accounts",
            data={"csrf_token": token, "email": "sneaky@council.example", "role": "admin"},
        )
        assert added.status_code == 403
        reset = client.post(
            f"/staff/accounts/{world.staff['admin']}/reset-password", data={"csrf_token": token}
        )
        assert reset.status_code == 403
    no_csrf = staff_client.post(
        f"/staff/accounts/{world.staff['admin']}/role", data={"role": "staff"}
    )
    assert no_csrf.status_code == 403
