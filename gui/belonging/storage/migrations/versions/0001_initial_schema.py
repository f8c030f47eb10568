"""The first schema: people, pairs, conversations and their events, notes, follow-ups,
check-ins, prompt marks, and full-text search over notes and shown prompts.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from belonging.storage.migrations import search_schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def upgrade() -> None:
    """Create every table, index, search table and trigger of schema version 1."""
    op.create_table(
        "person",
        _id(),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
    )
    op.create_table(
        "pair",
        _id(),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("comfortable_depth", sa.Integer(), nullable=True),
        sa.Column("off_limits_topics", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_pair"),
        sa.CheckConstraint("owner_id <> partner_id", name="ck_pair_two_people"),
        sa.ForeignKeyConstraint(["owner_id"], ["person.id"], name="fk_pair_owner_id_person"),
        sa.ForeignKeyConstraint(["partner_id"], ["person.id"], name="fk_pair_partner_id_person"),
    )
    op.create_table(
        "conversation",
        _id(),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.String(), nullable=False),
        sa.Column("script_sha256", sa.String(), nullable=False),
        sa.Column("script_title", sa.String(), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        sa.Column("setup", sa.JSON(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=True),
        sa.Column("depth_reached", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_conversation"),
        sa.ForeignKeyConstraint(
            ["pair_id"], ["pair.id"], name="fk_conversation_pair_id_pair", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_conversation_pair_id", "conversation", ["pair_id"])
    _conversation_children()
    _pair_children()
    for statement in search_schema.create_tables_sql() + search_schema.create_triggers_sql():
        op.execute(statement)


def _to_conversation(table: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["conversation_id"],
        ["conversation.id"],
        name=f"fk_{table}_conversation_id_conversation",
        ondelete=ondelete,
    )


def _conversation_children() -> None:
    op.create_table(
        "conversation_event",
        _id(),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=True),
        sa.Column("prompt_id", sa.String(), nullable=True),
        sa.Column("actor", sa.String(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_conversation_event"),
        sa.UniqueConstraint(
            "conversation_id", "seq", name="uq_conversation_event_conversation_id_seq"
        ),
        _to_conversation("conversation_event"),
    )
    op.create_table(
        "shown_prompt",
        _id(),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("prompt_id", sa.String(), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("shown_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_shown_prompt"),
        sa.UniqueConstraint(
            "conversation_id", "prompt_id", name="uq_shown_prompt_conversation_id_prompt_id"
        ),
        _to_conversation("shown_prompt"),
    )
    op.create_table(
        "note",
        _id(),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("prompt_id", sa.String(), nullable=True),
        sa.Column("visibility", sa.String(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_note"),
        sa.CheckConstraint("visibility IN ('shared', 'private')", name="ck_note_visibility"),
        _to_conversation("note"),
    )
    op.create_index("ix_note_conversation_id", "note", ["conversation_id"])
    op.create_table(
        "check_in",
        _id(),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("moment", sa.String(), nullable=False),
        sa.Column("closeness", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_check_in"),
        sa.UniqueConstraint(
            "conversation_id",
            "person_id",
            "moment",
            name="uq_check_in_conversation_id_person_id_moment",
        ),
        sa.CheckConstraint("closeness BETWEEN 1 AND 7", name="ck_check_in_closeness_range"),
        sa.CheckConstraint("moment IN ('before', 'after')", name="ck_check_in_moment"),
        _to_conversation("check_in"),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name="fk_check_in_person_id_person", ondelete="CASCADE"
        ),
    )


def _pair_children() -> None:
    op.create_table(
        "follow_up",
        _id(),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_follow_up"),
        sa.CheckConstraint(
            "(done = 0 AND done_at IS NULL) OR (done = 1 AND done_at IS NOT NULL)",
            name="ck_follow_up_done_at_when_done",
        ),
        sa.ForeignKeyConstraint(
            ["pair_id"], ["pair.id"], name="fk_follow_up_pair_id_pair", ondelete="CASCADE"
        ),
        _to_conversation("follow_up", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name="fk_follow_up_owner_id_person", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_follow_up_pair_id", "follow_up", ["pair_id"])
    op.create_table(
        "pair_prompt_mark",
        _id(),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.String(), nullable=False),
        sa.Column("prompt_id", sa.String(), nullable=False),
        sa.Column("mark", sa.String(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_pair_prompt_mark"),
        sa.CheckConstraint(
            "mark IN ('too_much', 'parked', 'never_again')", name="ck_pair_prompt_mark_mark"
        ),
        sa.ForeignKeyConstraint(
            ["pair_id"], ["pair.id"], name="fk_pair_prompt_mark_pair_id_pair", ondelete="CASCADE"
        ),
        _to_conversation("pair_prompt_mark", ondelete="SET NULL"),
    )
    op.create_index(
        "ix_pair_prompt_mark_pair_id_script_id", "pair_prompt_mark", ["pair_id", "script_id"]
    )


def downgrade() -> None:
    """Drop everything schema version 1 created."""
    for statement in search_schema.drop_sql():
        op.execute(statement)
    for table in (
        "pair_prompt_mark",
        "follow_up",
        "check_in",
        "note",
        "shown_prompt",
        "conversation_event",
        "conversation",
        "pair",
        "person",
    ):
        op.drop_table(table)
