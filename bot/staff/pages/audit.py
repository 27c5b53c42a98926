"""The audit log: the latest staff actions, for admins."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response

from bot.staff import web
from bot.staff.auth import services_of
from bot.staff.permissions import Permission
from bot.staff.views.audit import audit_rows

router = web.console_router()

AuditViewer = web.allowed(Permission.VIEW_AUDIT_LOG)


@router.get("/audit")
def audit_page(request: Request, staff: AuditViewer) -> Response:
    with services_of(request).sessions() as session:
        rows = audit_rows(session)
    return web.render(request, "audit.html", {"rows": rows})
