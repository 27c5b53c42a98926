"""The audit log: the latest staff actions, for admins, and how long data is kept."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from bot.scheduling.retention import retention_rules
from bot.staff import web
from bot.staff.auth import services_of
from bot.staff.paging import page_query
from bot.staff.permissions import Permission
from bot.staff.views.audit import audit_query, audit_row

router = web.console_router()

AuditViewer = web.allowed(Permission.VIEW_AUDIT_LOG)


@router.get("/audit")
def audit_page(request: Request, staff: AuditViewer) -> Response:
    services = services_of(request)
    with services.sessions() as session:
        found, pager = page_query(request, session, audit_query())
        rows = [audit_row(row) for row in found]
    config = services.config
    context = {
        "rows": rows,
        "pager": pager,
        "retention": retention_rules(config),
        "last_session_ends": config.last_session_ends,
    }
    return web.render(request, "audit.html", context)
