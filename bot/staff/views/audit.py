"""The audit log of staff actions, newest first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, Select, select

from db.models import AuditLog, StaffUser


def audit_query() -> Select[tuple[AuditLog, str | None]]:
    """Every entry with the email of who did it, newest first."""
    return (
        select(AuditLog, StaffUser.email)
        .outerjoin(StaffUser, StaffUser.id == AuditLog.staff_id)
        .order_by(AuditLog.id.desc())
    )


def audit_row(row: Row[tuple[AuditLog, str | None]]) -> dict[str, Any]:
    entry, email = row
    return {
        "created_at": entry.created_at,
        "staff": email,
        "action": entry.action,
        "target_type": entry.target_type,
        "target_id": entry.target_id,
        "detail": entry.detail,
    }
