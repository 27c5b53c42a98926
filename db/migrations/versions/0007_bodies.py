"""turns happen once: the message behind each recorded answer, and when a message went to Rasa

Revision ID: 0007_bodies
Revises: 0006_sends
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "0007_bodies"
down_revision: str | None = "0006_sends"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sent_to_rasa_at", db.types.UTCDateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source_message_id", sa.Integer(), nullable=True))
    for table in ("consent_records", "expense_claims"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("source_message_id", sa.Integer(), nullable=True))
            batch_op.create_unique_constraint(
                batch_op.f(f"uq_{table}_source_message_id"), ["source_message_id"]
            )


def downgrade() -> None:
    for table in ("expense_claims", "consent_records"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_source_message_id"), type_="unique")
            batch_op.drop_column("source_message_id")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_column("source_message_id")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("sent_to_rasa_at")
