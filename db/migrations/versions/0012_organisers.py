"""the organisers' side: reserves promoted to a place, the day's register, thank-you payments

Revision ID: 0012_organisers
Revises: 0011_ops
Create Date: 2026-11-30 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import db.types

revision: str = "0012_organisers"
down_revision: str | None = "0011_ops"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("strata", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("promoted_at", db.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch.add_column(sa.Column("replaces_member_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_members_replaces_member_id_members",
            "members",
            ["replaces_member_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "register_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(length=40), nullable=False),
        sa.Column("arrived_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("via", sa.String(length=10), nullable=False),
        sa.Column("marked_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_register_entries_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["marked_by_id"],
            ["staff_users.id"],
            name=op.f("fk_register_entries_marked_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_entries")),
        sa.UniqueConstraint(
            "member_id", "session_id", name=op.f("uq_register_entries_member_id_session_id")
        ),
    )
    op.create_index(
        op.f("ix_register_entries_session_id"), "register_entries", ["session_id"], unique=False
    )
    op.create_table(
        "thank_you_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=True),
        sa.Column("reference", sa.String(length=100), nullable=True),
        sa.Column("approved_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("paid_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_thank_you_payments_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["staff_users.id"],
            name=op.f("fk_thank_you_payments_decided_by_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thank_you_payments")),
        sa.UniqueConstraint(
            "member_id", "period", name=op.f("uq_thank_you_payments_member_id_period")
        ),
    )
    op.create_index(
        op.f("ix_thank_you_payments_status"), "thank_you_payments", ["status"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_thank_you_payments_status"), table_name="thank_you_payments")
    op.drop_table("thank_you_payments")
    op.drop_index(op.f("ix_register_entries_session_id"), table_name="register_entries")
    op.drop_table("register_entries")
    with op.batch_alter_table("members") as batch:
        batch.drop_constraint("fk_members_replaces_member_id_members", type_="foreignkey")
        batch.drop_column("replaces_member_id")
        batch.drop_column("promoted_at")
        batch.drop_column("strata")
