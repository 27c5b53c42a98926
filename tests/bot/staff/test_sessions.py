"""Access can be taken back: signing out, a new password or disabling an account ends its
console sessions wherever the cookie is; API tokens expire and can be revoked; admins see and
manage every account in the console."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings
from bot.staff.auth import SESSION_COOKIE
from db.models import ApiToken, AuditLog, StaffUser
from db.session import transaction
from db.types import utcnow
from tests.bot.staff.conftest import BASE_URL, World
from tests.bot.staff.support import PASSWORD, bearer, csrf_from, sign_in
from tests.bot.test_roster import run_cli


def stolen_cookie(client: TestClient) -> str:
    cookie = client.cookies.get(SESSION_COOKIE)
    assert cookie
    return cookie


def replay(app: FastAPI, cookie: str) -> int:
    """What a thief holding a copy of the cookie gets from the inbox."""
    with TestClient(app, base_url=BASE_URL) as thief:
        thief.cookies.set(SESSION_COOKIE, cookie, path="/staff")
        return thief.get("/staff", follow_redirects=False).status_code


def sign_out(client: TestClient) -> None:
    token = csrf_from(client.get("/staff").text)
    assert "signed out" in client.post("/staff/logout", data={"csrf_token": token}).text


def actions(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return list(session.execute(select(AuditLog.action).order_by(AuditLog.id)).scalars())


def test_a_cookie_replayed_after_sign_out_gets_the_login_page(
    app: FastAPI, staff_client: TestClient
) -> None:
    cookie = stolen_cookie(staff_client)
    assert replay(app, cookie) == 200
    sign_out(staff_client)
    assert replay(app, cookie) == 303


def test_signing_out_ends_every_session_of_the_account(
    app: FastAPI, staff_client: TestClient, world: World
) -> None:
    with TestClient(app, base_url=BASE_URL) as laptop:
        sign_in(laptop, world.emails["staff"])
        sign_out(staff_client)
        assert laptop.get("/staff", follow_redirects=False).status_code == 303


def test_a_new_password_ends_every_console_session(
    app: FastAPI, staff_client: TestClient, world: World, database_url: str
) -> None:
    cookie = stolen_cookie(staff_client)
    result = run_cli(
        "staff",
        "add",
        world.emails["staff"],
        "--role",
        "staff",
        "--password-stdin",
        database_url=database_url,
        stdin="a brand new passphrase\n",
    )
    assert result.returncode == 0, result.stderr
    assert replay(app, cookie) == 303
    with TestClient(app, base_url=BASE_URL) as client:
        sign_in(client, world.emails["staff"], "a brand new passphrase")


def test_staff_disable_ends_every_session_and_token_of_the_account(
    app: FastAPI,
    staff_client: TestClient,
    client: TestClient,
    world: World,
    database_url: str,
    sessions: sessionmaker[Session],
) -> None:
    cookie = stolen_cookie(staff_client)
    token = bearer(world.tokens["staff"])
    assert client.get("/api/conversations", headers=token).status_code == 200
    result = run_cli("staff", "disable", "STAFF@council.example", database_url=database_url)
    assert result.returncode == 0, result.stderr
    assert "1 session(s) ended, 1 API token(s) revoked" in result.stdout
    assert replay(app, cookie) == 303
    assert client.get("/api/conversations", headers=token).status_code == 401
    with sessions() as session:
        user = session.get(StaffUser, world.staff["staff"])
        assert user is not None and not user.active
        revoked = session.execute(
            select(ApiToken.revoked_at).where(ApiToken.staff_id == user.id)
        ).scalar_one()
        assert revoked is not None  # enabling the account later never revives the token
    assert "staff.disabled" in actions(sessions)
    login = client.post(
        "/staff/login",
        data={
            "email": world.emails["staff"],
            "password": PASSWORD,
            "csrf_token": csrf_from(client.get("/staff/login").text),
        },
        follow_redirects=False,
    )
    assert login.status_code == 401


def test_staff_revoke_tokens_revokes_every_token_and_keeps_the_console_session(
    app: FastAPI, staff_client: TestClient, client: TestClient, world: World, database_url: str
) -> None:
    second = run_cli("staff", "token", world.emails["staff"], database_url=database_url)
    assert second.returncode == 0, second.stderr
    tokens = [world.tokens["staff"], second.stdout.strip()]
    assert all(client.get("/api/members", headers=bearer(t)).status_code == 200 for t in tokens)
    result = run_cli("staff", "revoke-tokens", world.emails["staff"], database_url=database_url)
    assert result.returncode == 0, result.stderr
    assert "revoked 2 API token(s)" in result.stdout
    assert all(client.get("/api/members", headers=bearer(t)).status_code == 401 for t in tokens)
    assert replay(app, stolen_cookie(staff_client)) == 200


def test_an_api_token_expires_after_its_lifetime(
    client: TestClient, world: World, sessions: sessionmaker[Session], settings: Settings
) -> None:
    lifetime = timedelta(days=settings.API_TOKEN_LIFETIME_DAYS)
    assert settings.API_TOKEN_LIFETIME_DAYS == 90
    token = bearer(world.tokens["staff"])

    def made(ago: timedelta) -> None:
        with transaction(sessions) as session:
            row = session.execute(
                select(ApiToken).where(ApiToken.staff_id == world.staff["staff"])
            ).scalar_one()
            row.created_at = utcnow() - ago

    made(lifetime - timedelta(hours=1))
    assert client.get("/api/conversations", headers=token).status_code == 200
    made(lifetime + timedelta(hours=1))
    expired = client.get("/api/conversations", headers=token)
    assert expired.status_code == 401 and "expired" in expired.json()["detail"]


def test_admins_disable_and_enable_accounts_in_the_console(
    app: FastAPI,
    admin_client: TestClient,
    staff_client: TestClient,
    client: TestClient,
    world: World,
    sessions: sessionmaker[Session],
) -> None:
    page = admin_client.get("/staff/accounts")
    assert page.status_code == 200
    for email in world.emails.values():
        assert email in page.text
    assert "Disable" in page.text and "Revoke API tokens" in page.text
    staff_id = world.staff["staff"]
    token = csrf_from(page.text)
    done = admin_client.post(f"/staff/accounts/{staff_id}/disable", data={"csrf_token": token})
    assert "Account disabled" in done.text
    assert staff_client.get("/staff", follow_redirects=False).status_code == 303
    staff_api = bearer(world.tokens["staff"])
    assert client.get("/api/conversations", headers=staff_api).status_code == 401

    enabled = admin_client.post(f"/staff/accounts/{staff_id}/enable", data={"csrf_token": token})
    assert "Account enabled" in enabled.text
    with TestClient(app, base_url=BASE_URL) as again:
        sign_in(again, world.emails["staff"])
    assert client.get("/api/conversations", headers=staff_api).status_code == 401
    assert {"staff.disabled", "staff.enabled"} <= set(actions(sessions))


def test_the_accounts_page_counts_open_sessions_and_ends_them(
    app: FastAPI, admin_client: TestClient, staff_client: TestClient, world: World
) -> None:
    with TestClient(app, base_url=BASE_URL) as phone:
        sign_in(phone, world.emails["staff"])
        page = admin_client.get("/staff/accounts").text
        row = page.split(world.emails["staff"], 1)[1].split("</tr>", 1)[0]
        assert "<td>2</td>" in row  # two open sessions
        admin_client.post(
            f"/staff/accounts/{world.staff['staff']}/end-sessions",
            data={"csrf_token": csrf_from(page)},
        )
        assert phone.get("/staff", follow_redirects=False).status_code == 303
    assert staff_client.get("/staff", follow_redirects=False).status_code == 303


def test_only_admins_manage_staff_accounts(
    staff_client: TestClient, finance_client: TestClient, world: World
) -> None:
    assert staff_client.get("/staff/accounts").status_code == 403
    assert finance_client.get("/staff/accounts").status_code == 403
    token = csrf_from(staff_client.get("/staff").text)
    refused = staff_client.post(
        f"/staff/accounts/{world.staff['admin']}/disable", data={"csrf_token": token}
    )
    assert refused.status_code == 403


def test_an_admin_cannot_disable_their_own_account(admin_client: TestClient, world: World) -> None:
    token = csrf_from(admin_client.get("/staff/accounts").text)
    response = admin_client.post(
        f"/staff/accounts/{world.staff['admin']}/disable", data={"csrf_token": token}
    )
    assert response.status_code == 409 and "your own account" in response.text
    assert admin_client.get("/staff/accounts").status_code == 200
