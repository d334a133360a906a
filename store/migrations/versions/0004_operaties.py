"""Operations at scale: parked outbox messages (dead letters) and idempotency keys.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_moment = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column("outbox", sa.Column("geparkeerd_op", _moment, nullable=True))
    op.create_table(
        "idempotentie",
        sa.Column("sleutel", sa.String(64), nullable=False),
        sa.Column("vingerafdruk", sa.String(64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("content_type", sa.String(100), nullable=True),
        sa.Column("antwoord", sa.LargeBinary(), nullable=True),
        sa.Column("aangemaakt_op", _moment, nullable=False),
        sa.Column("verloopt_op", _moment, nullable=False),
        sa.PrimaryKeyConstraint("sleutel", name=op.f("pk_idempotentie")),
    )
    op.create_index("ix_idempotentie_verloopt_op", "idempotentie", ["verloopt_op"])


def downgrade() -> None:
    op.drop_index("ix_idempotentie_verloopt_op", table_name="idempotentie")
    op.drop_table("idempotentie")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("geparkeerd_op")
