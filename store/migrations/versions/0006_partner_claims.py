"""Partner claims: a person holds one case that leads to a ceremony, enforced by the key.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03

Existing cases are backfilled with their first partner's claim (the one who reserved), one
case per person, the oldest; the next save of a case writes its full set.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Migrations are frozen in time: they spell out their types and statuses.
_moment = sa.DateTime(timezone=True)
_LEADING_TO_A_CEREMONY = (
    "VOORLOPIG",
    "GERESERVEERD",
    "GEMELD",
    "AFGEWEZEN",
    "GOEDGEKEURD",
    "BEVESTIGD",
)


def upgrade() -> None:
    claims = op.create_table(
        "partner_claims",
        sa.Column("bsn", sa.String(9), nullable=False),
        sa.Column("case_id", sa.String(64), nullable=False),
        sa.Column("expires_at", _moment, nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_partner_claims_case_id_cases"),
            ondelete="CASCADE",
        ),
        # The primary key is the guarantee: one claiming case per person.
        sa.PrimaryKeyConstraint("bsn", name=op.f("pk_partner_claims")),
    )
    op.create_index("ix_partner_claims_case_id", "partner_claims", ["case_id"])
    cases = sa.table(
        "cases",
        sa.column("id", sa.String),
        sa.column("status", sa.String),
        sa.column("verloopt_op", _moment),
        sa.column("aangemaakt_op", _moment),
    )
    partners = sa.table(
        "case_partners",
        sa.column("case_id", sa.String),
        sa.column("volgnummer", sa.Integer),
        sa.column("bsn", sa.String),
    )
    rows = op.get_bind().execute(
        sa.select(partners.c.bsn, cases.c.id, cases.c.verloopt_op)
        .join(cases, cases.c.id == partners.c.case_id)
        .where(partners.c.volgnummer == 1, cases.c.status.in_(_LEADING_TO_A_CEREMONY))
        .order_by(cases.c.aangemaakt_op, cases.c.id)
    )
    first: dict[str, dict[str, object]] = {}
    for bsn, case_id, verloopt_op in rows:
        first.setdefault(bsn, {"bsn": bsn, "case_id": case_id, "expires_at": verloopt_op})
    if first:
        op.bulk_insert(claims, list(first.values()))


def downgrade() -> None:
    op.drop_index("ix_partner_claims_case_id", table_name="partner_claims")
    op.drop_table("partner_claims")
