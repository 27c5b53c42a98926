"""The audit log of staff actions, newest first."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditLog, StaffUser


def audit_rows(session: Session, limit: int = 300) -> list[dict[str, Any]]:
    rows = session.execute(
        select(AuditLog, StaffUser.email)
        .outerjoin(StaffUser, StaffUser.id == AuditLog.staff_id)
        .order_by(AuditLog.id.desc())
        .limit(limit)
    ).all()
    return [
        {
            "created_at": entry.created_at,
            "staff": email,
            "action": entry.action,
            "target_type": entry.target_type,
            "target_id": entry.target_id,
            "detail": entry.detail,
        }
        for entry, email in rows
    ]
