"""conversations get a Rasa sender id that is never reused

Every existing conversation gets a fresh random id, so none continues a Rasa conversation kept
under a number that an erased conversation may have had before.

Revision ID: 0004_trust_rasa
Revises: 0003_roster_truths
Create Date: 2026-11-30 02:00:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_trust_rasa"
down_revision: str | None = "0003_roster_truths"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rasa_sender_id", sa.String(length=36), nullable=True))
    conversations = sa.table(
        "conversations", sa.column("id", sa.Integer), sa.column("rasa_sender_id", sa.String)
    )
    connection = op.get_bind()
    for (conversation_id,) in connection.execute(sa.select(conversations.c.id)).all():
        connection.execute(
            conversations.update()
            .where(conversations.c.id == conversation_id)
            .values(rasa_sender_id=str(uuid.uuid4()))
        )
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.alter_column("rasa_sender_id", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_conversations_rasa_sender_id"), ["rasa_sender_id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_conversations_rasa_sender_id"), type_="unique")
        batch_op.drop_column("rasa_sender_id")
