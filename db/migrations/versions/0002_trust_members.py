"""trust for members' data: sandbox members for the try-it page

Revision ID: 0002_trust_members
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_trust_members"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SANDBOX_TABLES = ("members", "feedback_responses", "feedback_notes")


def upgrade() -> None:
    for table in SANDBOX_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("sandbox", sa.Boolean(), server_default=sa.false(), nullable=False)
            )


def downgrade() -> None:
    for table in SANDBOX_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sandbox")
