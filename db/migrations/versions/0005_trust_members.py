"""trust for members' data: sandbox members for the try-it page, tracker scrubs for
anonymous feedback

Revision ID: 0005_trust_members
Revises: 0004_trust_rasa
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "0005_trust_members"
down_revision: str | None = "0004_trust_rasa"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SANDBOX_TABLES = ("members", "feedback_responses", "feedback_notes")


def upgrade() -> None:
    for table in SANDBOX_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("sandbox", sa.Boolean(), server_default=sa.false(), nullable=False)
            )
    op.create_table(
        "tracker_scrubs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("slots", sa.JSON(), nullable=False),
        sa.Column("until", sa.Double(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_tracker_scrubs_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tracker_scrubs")),
    )
    with op.batch_alter_table("tracker_scrubs") as batch:
        batch.create_index(
            batch.f("ix_tracker_scrubs_conversation_id"), ["conversation_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("tracker_scrubs")
    for table in SANDBOX_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sandbox")
