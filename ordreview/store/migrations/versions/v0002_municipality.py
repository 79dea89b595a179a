"""Add reviews.municipality (for the report heading) and index history by review.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the column (existing reviews get ``""``) and the audit-trail index."""
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(
            sa.Column("municipality", sa.String(200), nullable=False, server_default="")
        )
    op.create_index("ix_history_review_id_finding_id", "history", ["review_id", "finding_id"])


def downgrade() -> None:
    """Drop the index and the column."""
    op.drop_index("ix_history_review_id_finding_id", table_name="history")
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("municipality")
