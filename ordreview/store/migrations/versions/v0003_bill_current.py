"""Add bill_currents: the ordinance in force (現行) chosen for each amendment bill.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the table (one row per bill path)."""
    op.create_table(
        "bill_currents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bill_path", sa.Text(), nullable=False),
        sa.Column("current_path", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bill_currents"),
        sa.UniqueConstraint("bill_path", name="uq_bill_currents_bill_path"),
    )


def downgrade() -> None:
    """Drop the table."""
    op.drop_table("bill_currents")
