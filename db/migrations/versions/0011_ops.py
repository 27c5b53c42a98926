"""correlation ids: one id from a member's message through its replies' outbox rows

Revision ID: 0011_ops
Revises: 0010_people
Create Date: 2026-11-30 03:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_ops"
down_revision: str | None = "0010_people"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("messages", "outbox"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("correlation_id", sa.String(length=32), nullable=True))


def downgrade() -> None:
    for table in ("messages", "outbox"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("correlation_id")
