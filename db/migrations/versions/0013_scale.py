"""several gateway replicas: a claim per conversation, so each message is processed once, in order

Revision ID: 0013_scale
Revises: 0012_organisers
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "0013_scale"
down_revision: str | None = "0012_organisers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conversation_claims",
        sa.Column("conversation_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("holder", sa.String(length=80), nullable=False),
        sa.Column("expires_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("conversation_id", name=op.f("pk_conversation_claims")),
    )
    with op.batch_alter_table("conversation_claims", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conversation_claims_expires_at"), ["expires_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("conversation_claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_claims_expires_at"))
    op.drop_table("conversation_claims")
