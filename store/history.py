"""A case's status history: appended in the transaction that changes the case, read in order.

Each entry gets the next sequence number of its case (`seq`), so the history reads back in the
order it was written whatever the clock said.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from trouwgraph.store.models import CaseHistoryRow
from trouwgraph.store.records import HistoryEntry

__all__ = ["append_history", "read_history"]


async def append_history(
    session: AsyncSession, case_id: str, entries: Sequence[HistoryEntry]
) -> None:
    """Add `entries` after the case's last one, within the caller's transaction."""
    if not entries:
        return
    last_seq = await session.scalar(
        select(func.coalesce(func.max(CaseHistoryRow.seq), 0)).where(
            CaseHistoryRow.case_id == case_id
        )
    )
    session.add_all(
        CaseHistoryRow(
            case_id=case_id,
            seq=(last_seq or 0) + offset,
            op=entry.op,
            door=entry.door,
            van_status=entry.van_status,
            naar_status=entry.naar_status,
            reden=entry.reden,
            gebeurtenis=entry.gebeurtenis,
        )
        for offset, entry in enumerate(entries, start=1)
    )
    await session.flush()


async def read_history(session: AsyncSession, case_id: str) -> list[HistoryEntry]:
    """The case's history, oldest first."""
    query = (
        select(CaseHistoryRow).where(CaseHistoryRow.case_id == case_id).order_by(CaseHistoryRow.seq)
    )
    rows = (await session.scalars(query)).all()
    return [
        HistoryEntry(
            op=row.op,
            door=row.door,
            van_status=row.van_status,
            naar_status=row.naar_status,
            reden=row.reden,
            gebeurtenis=row.gebeurtenis,
        )
        for row in rows
    ]
