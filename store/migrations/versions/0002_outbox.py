"""Durable outbox: messages to upstream registries, written with the case change.

Revision ID: 0002
Revises: 0001
Create Date: 2025-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Migrations are frozen in time: they spell out their types instead of importing models.
_moment = sa.DateTime(timezone=True)
_document = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("gemeentecode", sa.String(10), nullable=False),
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("soort", sa.String(40), nullable=False),
        sa.Column("payload", _document, nullable=False),
        sa.Column("sleutel", sa.String(200), nullable=False),
        sa.Column("pogingen", sa.Integer(), nullable=False),
        sa.Column("volgende_poging_op", _moment, nullable=False),
        sa.Column("afgeleverd_op", _moment, nullable=True),
        sa.Column("laatste_fout", sa.String(300), nullable=True),
        sa.Column("zaak_url", sa.String(1000), nullable=True),
        sa.Column("aangemaakt_op", _moment, nullable=False),
        sa.CheckConstraint("pogingen >= 0", name=op.f("ck_outbox_pogingen_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("sleutel", name=op.f("uq_outbox_sleutel")),
    )
    op.create_index("ix_outbox_case_id", "outbox", ["case_id", "id"])
    op.create_index("ix_outbox_te_bezorgen", "outbox", ["afgeleverd_op", "volgende_poging_op"])


def downgrade() -> None:
    op.drop_index("ix_outbox_te_bezorgen", table_name="outbox")
    op.drop_index("ix_outbox_case_id", table_name="outbox")
    op.drop_table("outbox")
