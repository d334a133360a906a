"""Writing partner claims: the database-enforced rule that a person holds one case at a time.

Every add and save of a case rewrites its rows in `partner_claims` (primary key: the BSN) from
`StoredCase.claimed_bsns`: none once the case no longer leads to a ceremony, so the person is
free again. Two transactions claiming one person queue on that key (PostgreSQL) or on the
write lock (SQLite); the second finds it taken and gets `PartnerSpokenFor`, as `slot_claims`
keeps two cases off one slot. A lapsed hold's claim (`expires_at` passed) is removed first.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from trouwgraph.store.errors import PartnerSpokenFor
from trouwgraph.store.models import PartnerClaimRow
from trouwgraph.store.records import StoredCase

__all__ = ["release_partners", "write_partner_claims"]


async def write_partner_claims(session: AsyncSession, case: StoredCase, now: datetime) -> None:
    """Replace the case's partner claims by `case.claimed_bsns`; `PartnerSpokenFor` when
    another case holds one of them."""
    await release_partners(session, case.id)
    lapsed = case.verloopt_op is not None and case.verloopt_op <= now
    # A lapsed hold speaks for nobody, as `expires_at` below lets others take its place: a
    # late save of it (a payment outcome before the sweep) must not claim the person back.
    bsns = [] if lapsed else sorted(set(case.claimed_bsns))
    if not bsns:
        return
    await session.execute(
        delete(PartnerClaimRow).where(
            PartnerClaimRow.bsn.in_(bsns), PartnerClaimRow.expires_at <= now
        )
    )
    rows = [{"bsn": bsn, "case_id": case.id, "expires_at": case.verloopt_op} for bsn in bsns]
    try:
        await session.execute(insert(PartnerClaimRow), rows)
    except IntegrityError as exc:
        raise PartnerSpokenFor(case.id) from exc


async def release_partners(session: AsyncSession, case_id: str) -> None:
    """Free every person the case speaks for."""
    await session.execute(delete(PartnerClaimRow).where(PartnerClaimRow.case_id == case_id))
