"""outbox rows by recipient: a member's next row waits while an earlier one is in hand

Revision ID: 0014_outbox_order
Revises: 0013_scale
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014_outbox_order"
down_revision: str | None = "0013_scale"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_recipient", ["address", "channel"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_recipient")
