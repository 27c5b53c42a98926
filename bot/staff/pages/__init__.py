"""The staff console: server-rendered pages under /staff that work without JavaScript, one
router per area of work.

Every form carries the session's CSRF token; every change goes through `bot.staff.actions`, which
writes the audit log. Scripts only add auto-refresh (inbox, try-it) on top of plain pages.
`bot.app` includes every router in `ROUTERS`.
"""

from __future__ import annotations

from fastapi import APIRouter

from bot.staff.pages import (
    accounts,
    audit,
    broadcasts,
    claims,
    failed_sends,
    feedback,
    inbox,
    login,
    member,
    member_admin,
    members,
    password,
    payments,
    register,
    reserves,
    sessions,
    static,
    try_it,
)

ROUTERS: tuple[APIRouter, ...] = (
    static.router,
    login.router,
    inbox.router,
    members.router,
    member_admin.router,
    member.router,
    sessions.router,
    claims.router,
    feedback.router,
    broadcasts.router,
    failed_sends.router,
    try_it.router,
    audit.router,
    accounts.router,
    password.router,
    register.router,
    reserves.router,
    payments.router,
)
