"""An index of the conversations not yet ended, so finding one no longer reads them all.

Home asks at every showing whether a conversation is waiting to be continued, and the start
asks it before showing anything; on a history of 10,000 conversations that meant reading
every conversation's row (27 MB) each time, about 20 ms. The index is partial: it holds only
the few unfinished ones.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the partial index of unfinished conversations."""
    op.create_index(
        "ix_conversation_unfinished",
        "conversation",
        ["id"],
        sqlite_where=sa.text("ended_at IS NULL"),
    )


def downgrade() -> None:
    """Drop it again."""
    op.drop_index("ix_conversation_unfinished", table_name="conversation")
