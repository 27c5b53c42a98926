"""Staff accounts, for admins: who can get in and with what; adding an account, changing its
role, giving it a one-time password, and taking access back (disable, enable, revoke API
tokens, sign out everywhere). Every change is audited; the last active admin stays one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import Response

from bot.staff import web
from bot.staff.actions.accounts import (
    add_account,
    change_role,
    disable_account,
    enable_account,
    end_account_sessions,
    get_account,
    reset_password,
    revoke_account_tokens,
)
from bot.staff.actions.checks import StaffActionError
from bot.staff.auth import services_of
from bot.staff.paging import page_rows
from bot.staff.permissions import ROLES, Permission
from bot.staff.views.accounts import staff_accounts
from db.session import transaction

router = web.console_router()

AccountsViewer = web.allowed(Permission.MANAGE_STAFF)
AccountsForm = web.allowed_form(Permission.MANAGE_STAFF)

# action in the URL: (what it does, its button, the DONE_MESSAGES key afterwards)
ACCOUNT_ACTIONS: dict[str, tuple[Callable[..., object], str, str]] = {
    "disable": (disable_account, "Disable", "account_disabled"),
    "enable": (enable_account, "Enable", "account_enabled"),
    "revoke-tokens": (revoke_account_tokens, "Revoke API tokens", "tokens_revoked"),
    "end-sessions": (end_account_sessions, "Sign out everywhere", "sessions_ended"),
}


def offered_actions(account: dict[str, Any], admin_id: int) -> list[tuple[str, str]]:
    """The buttons that make sense for this account: (action, label)."""
    wanted = {
        "disable": account["active"] and account["id"] != admin_id,
        "enable": not account["active"],
        "revoke-tokens": account["tokens"] > 0,
        "end-sessions": account["open_sessions"] > 0,
    }
    return [(action, ACCOUNT_ACTIONS[action][1]) for action, shown in wanted.items() if shown]


def accounts_page(
    request: Request, admin_id: int, one_time: tuple[str, str] | None = None
) -> Response:
    """The list of accounts; `one_time` is (email, password) just made, shown this once."""
    settings = services_of(request).settings
    with services_of(request).sessions() as session:
        accounts = staff_accounts(
            session,
            idle_minutes=settings.STAFF_SESSION_IDLE_MINUTES,
            token_lifetime_days=settings.API_TOKEN_LIFETIME_DAYS,
        )
    accounts, pager = page_rows(request, accounts)
    for account in accounts:
        account["actions"] = offered_actions(account, admin_id)
    context = {
        "accounts": accounts,
        "pager": pager,
        "roles": ROLES,
        "me": admin_id,
        "one_time": one_time,
        "token_lifetime_days": settings.API_TOKEN_LIFETIME_DAYS,
    }
    return web.render(request, "accounts.html", context)


def refused(request: Request, error: StaffActionError) -> Response:
    if error.status_code == 404:
        raise HTTPException(404, detail=error.message)
    return web.error_page(
        request,
        "That did not work",
        error.message,
        back="/staff/accounts",
        status_code=error.status_code,
    )


@router.get("/accounts")
def accounts_view(request: Request, staff: AccountsViewer) -> Response:
    return accounts_page(request, staff.id)


@router.post("/accounts")
def account_add(request: Request, form_data: AccountsForm) -> Response:
    """A new account; its one-time password is on this response only (not after a reload)."""
    admin, form = form_data
    email, role = web.form_text(form, "email"), web.form_text(form, "role")
    try:
        with transaction(services_of(request).sessions) as session:
            user, password = add_account(session, admin.id, email, role)
            address = user.email
    except StaffActionError as error:
        return refused(request, error)
    return accounts_page(request, admin.id, one_time=(address, password))


@router.post("/accounts/{staff_id}/reset-password")
def account_reset_password(request: Request, staff_id: int, form: AccountsForm) -> Response:
    """A one-time password for the account, shown once; its sessions end."""
    admin, _form = form
    try:
        with transaction(services_of(request).sessions) as session:
            password = reset_password(session, admin.id, staff_id)
            address = get_account(session, staff_id).email
    except StaffActionError as error:
        return refused(request, error)
    return accounts_page(request, admin.id, one_time=(address, password))


@router.post("/accounts/{staff_id}/role")
def account_role(request: Request, staff_id: int, form_data: AccountsForm) -> Response:
    admin, form = form_data
    try:
        with transaction(services_of(request).sessions) as session:
            change_role(session, admin.id, staff_id, web.form_text(form, "role"))
    except StaffActionError as error:
        return refused(request, error)
    return web.redirect("/staff/accounts?done=role_changed")


@router.post("/accounts/{staff_id}/{action}")
def change_account(request: Request, staff_id: int, action: str, form: AccountsForm) -> Response:
    if action not in ACCOUNT_ACTIONS:
        raise HTTPException(404, detail="no such action")
    admin, _form = form
    change, _label, done = ACCOUNT_ACTIONS[action]
    try:
        with transaction(services_of(request).sessions) as session:
            change(session, admin.id, staff_id)
    except StaffActionError as error:
        return refused(request, error)
    return web.redirect(f"/staff/accounts?done={done}")
