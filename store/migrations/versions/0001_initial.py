"""Initial case store: cases, partners, history and slot claims.

Revision ID: 0001
Revises:
Create Date: 2025-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Migrations are frozen in time: they spell out their types instead of importing models.
_moment = sa.DateTime(timezone=True)
_document = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("gemeentecode", sa.String(10), nullable=False),
        sa.Column("soort", sa.String(40), nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("versie", sa.Integer(), nullable=False),
        sa.Column("moment_start", _moment, nullable=True),
        sa.Column("moment_eind", _moment, nullable=True),
        sa.Column("locatie_id", sa.String(100), nullable=True),
        sa.Column("ambtenaar_id", sa.String(100), nullable=True),
        sa.Column("verloopt_op", _moment, nullable=True),
        sa.Column("document", _document, nullable=False),
        sa.Column("aangemaakt_op", _moment, nullable=False),
        sa.Column("gewijzigd_op", _moment, nullable=False),
        sa.CheckConstraint("versie >= 1", name=op.f("ck_cases_versie_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    op.create_index(
        "ix_cases_gemeentecode_moment_start", "cases", ["gemeentecode", "moment_start", "id"]
    )
    op.create_index(
        "ix_cases_gemeentecode_aangemaakt_op", "cases", ["gemeentecode", "aangemaakt_op", "id"]
    )
    op.create_index("ix_cases_gemeentecode_status", "cases", ["gemeentecode", "status"])
    op.create_index("ix_cases_status_verloopt_op", "cases", ["status", "verloopt_op"])

    op.create_table(
        "case_partners",
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("volgnummer", sa.Integer(), nullable=False),
        sa.Column("gemeentecode", sa.String(10), nullable=False),
        sa.Column("bsn", sa.String(9), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_partners_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "volgnummer", name=op.f("pk_case_partners")),
    )
    op.create_index("ix_case_partners_gemeentecode_bsn", "case_partners", ["gemeentecode", "bsn"])

    op.create_table(
        "case_history",
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op", _moment, nullable=False),
        sa.Column("door", sa.String(100), nullable=False),
        sa.Column("van_status", sa.String(40), nullable=True),
        sa.Column("naar_status", sa.String(40), nullable=False),
        sa.Column("reden", sa.Text(), nullable=True),
        sa.Column("gebeurtenis", sa.String(40), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_history_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "seq", name=op.f("pk_case_history")),
    )

    op.create_table(
        "slot_claims",
        sa.Column("gemeentecode", sa.String(10), nullable=False),
        sa.Column("resource_kind", sa.String(20), nullable=False),
        sa.Column("resource_id", sa.String(100), nullable=False),
        sa.Column("block_start", _moment, nullable=False),
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("expires_at", _moment, nullable=True),
        sa.CheckConstraint(
            "resource_kind IN ('ambtenaar', 'locatie')",
            name=op.f("ck_slot_claims_resource_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_slot_claims_case_id_cases"),
            ondelete="CASCADE",
        ),
        # The primary key is the no-double-booking guarantee: one row per resource per block.
        sa.PrimaryKeyConstraint(
            "gemeentecode",
            "resource_kind",
            "resource_id",
            "block_start",
            name=op.f("pk_slot_claims"),
        ),
    )
    op.create_index("ix_slot_claims_case_id", "slot_claims", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_slot_claims_case_id", table_name="slot_claims")
    op.drop_table("slot_claims")
    op.drop_table("case_history")
    op.drop_index("ix_case_partners_gemeentecode_bsn", table_name="case_partners")
    op.drop_table("case_partners")
    op.drop_index("ix_cases_status_verloopt_op", table_name="cases")
    op.drop_index("ix_cases_gemeentecode_status", table_name="cases")
    op.drop_index("ix_cases_gemeentecode_aangemaakt_op", table_name="cases")
    op.drop_index("ix_cases_gemeentecode_moment_start", table_name="cases")
    op.drop_table("cases")
