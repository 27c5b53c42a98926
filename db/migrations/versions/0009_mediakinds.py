"""everything members send: what a message carries besides text, and which message it answers

Revision ID: 0009_mediakinds
Revises: 0008_cases
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_mediakinds"
down_revision: str | None = "0008_cases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("details", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("chat_ref", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("reply_to", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("reply_to")
        batch_op.drop_column("chat_ref")
        batch_op.drop_column("details")
