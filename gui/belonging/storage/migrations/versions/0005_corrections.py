"""Correcting what was written: when a note was edited after its conversation, and when a
pair was archived (it leaves Home and set-up, and can be brought back).

Both are new, empty columns: notes written before were never edited afterwards, and no pair
was archived. Adding a column keeps the note table (and the search index's triggers on it)
as it was.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add `note.edited_at` and `pair.archived_at`, empty."""
    op.add_column("note", sa.Column("edited_at", sa.DateTime(), nullable=True))
    op.add_column("pair", sa.Column("archived_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Drop them again (archived pairs come back to Home; "edited" marks are forgotten)."""
    with op.batch_alter_table("pair") as batch:
        batch.drop_column("archived_at")
    # The note table carries the search index's triggers, which a copy would lose: drop the
    # column in place (SQLite 3.35 and later).
    op.execute("ALTER TABLE note DROP COLUMN edited_at")
