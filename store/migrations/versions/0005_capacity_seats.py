"""Capacity seats: a BABS's ceremonies per day and per week, enforced by the primary key.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Migrations are frozen in time: they spell out their types instead of importing models.
_moment = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "capacity_seats",
        sa.Column("gemeentecode", sa.String(10), nullable=False),
        sa.Column("rule", sa.String(40), nullable=False),
        sa.Column("resource_id", sa.String(100), nullable=False),
        sa.Column("period", sa.String(10), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("expires_at", _moment, nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_capacity_seats_case_id_cases"),
            ondelete="CASCADE",
        ),
        # The primary key is the capacity guarantee: each seat of a rule is taken once.
        sa.PrimaryKeyConstraint(
            "gemeentecode",
            "rule",
            "resource_id",
            "period",
            "seat",
            name=op.f("pk_capacity_seats"),
        ),
    )
    op.create_index("ix_capacity_seats_case_id", "capacity_seats", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_capacity_seats_case_id", table_name="capacity_seats")
    op.drop_table("capacity_seats")
