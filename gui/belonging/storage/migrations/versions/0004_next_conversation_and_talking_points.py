"""When a pair plans to talk next, and the topics either person wants to bring up then.

`pair.next_conversation_at` is the next one-on-one as the two planned it (at the wrap-up or
on their page); Home shows it and a calendar file can be written for it. `talking_point`
holds what either of them wants to bring up next time, carried from one set-up to the next
until it is used in a conversation or let go.

Pairs made before have no next conversation planned and nothing to bring up.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add `pair.next_conversation_at` and the `talking_point` table."""
    with op.batch_alter_table("pair") as batch:
        batch.add_column(sa.Column("next_conversation_at", sa.DateTime(), nullable=True))
    op.create_table(
        "talking_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("raised_by_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("used_in_conversation_id", sa.Integer(), nullable=True),
        sa.Column("let_go_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_talking_point"),
        sa.CheckConstraint(
            "used_at IS NULL OR let_go_at IS NULL", name="ck_talking_point_used_or_let_go"
        ),
        sa.ForeignKeyConstraint(
            ["pair_id"], ["pair.id"], name="fk_talking_point_pair_id_pair", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_id"],
            ["person.id"],
            name="fk_talking_point_raised_by_id_person",
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["used_in_conversation_id"],
            ["conversation.id"],
            name="fk_talking_point_used_in_conversation_id_conversation",
            ondelete="SET NULL",
        ),
    )
    op.create_index("ix_talking_point_pair_id", "talking_point", ["pair_id"])


def downgrade() -> None:
    """Drop both again (what the two planned and wanted to bring up is lost)."""
    op.drop_index("ix_talking_point_pair_id", table_name="talking_point")
    op.drop_table("talking_point")
    with op.batch_alter_table("pair") as batch:
        batch.drop_column("next_conversation_at")
