"""What kind of one-on-one a pair has: a manager and their report, a mentor and mentee, or
another kind. The engine uses it for who answers first on the deep levels (the leader, for a
manager and their report) and for a script's ceiling between a manager and a report.

Pairs made before it are read from the roles they were given ("Manager", "Report",
"Mentor", "Mentee"), and are "other" when the roles say neither.

It also lets go of who said "too much?", who was ready to go deeper and who chose to stay:
earlier versions recorded the person, and nothing kept may tell who hesitated or stepped
back. Only the step itself stays.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_ROLES = """
(SELECT lower(person.role) FROM person WHERE person.id = pair.{column})
"""


def upgrade() -> None:
    """Add `pair.relationship`, filled in from the two people's roles."""
    with op.batch_alter_table("pair") as batch:
        batch.add_column(
            sa.Column("relationship", sa.String(), nullable=False, server_default="other")
        )
    owner, partner = _ROLES.format(column="owner_id"), _ROLES.format(column="partner_id")
    op.execute(
        f"UPDATE pair SET relationship = 'manager_report' WHERE {owner} LIKE '%manager%' "
        f"OR {partner} LIKE '%report%'"
    )
    op.execute(
        f"UPDATE pair SET relationship = 'mentor_mentee' WHERE relationship = 'other' AND "
        f"({owner} LIKE '%mentor%' OR {partner} LIKE '%mentee%')"
    )
    op.execute(
        "UPDATE conversation_event SET actor = NULL "
        "WHERE kind IN ('too_much', 'ready_deeper', 'stayed')"
    )


def downgrade() -> None:
    """Drop the relationship again (who said what stays unknown)."""
    with op.batch_alter_table("pair") as batch:
        batch.drop_column("relationship")
