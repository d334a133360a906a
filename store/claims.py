"""Writing slot claims: the database-enforced guard against double booking.

Claims are written per resource in one global order (kind, resource id, block), so two
transactions that want the same resources on PostgreSQL queue behind each other instead
of deadlocking; on SQLite a write transaction holds the database write lock. A clash on
the `slot_claims` primary key is reported as `SlotTaken`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from trouwgraph.store.errors import SlotTaken
from trouwgraph.store.models import SlotClaimRow
from trouwgraph.store.records import ResourceClaim
from trouwgraph.store.slots import blocks

__all__ = ["write_claims"]


async def write_claims(
    session: AsyncSession,
    gemeentecode: str,
    case_id: str,
    claims: Iterable[ResourceClaim],
    now: datetime,
) -> None:
    """Insert the claims' blocks; expired claims on those blocks are removed first."""
    wanted: dict[tuple[str, str], dict[datetime, datetime | None]] = defaultdict(dict)
    for claim in claims:
        resource_blocks = wanted[(claim.kind, claim.resource_id)]
        for block_start in blocks(claim.start, claim.end):
            resource_blocks[block_start] = _longest(
                resource_blocks.get(block_start, claim.expires_at), claim.expires_at
            )
    for (kind, resource_id), by_block in sorted(wanted.items()):
        starts = sorted(by_block)
        await session.execute(
            delete(SlotClaimRow).where(
                SlotClaimRow.gemeentecode == gemeentecode,
                SlotClaimRow.resource_kind == kind,
                SlotClaimRow.resource_id == resource_id,
                SlotClaimRow.block_start >= starts[0],
                SlotClaimRow.block_start <= starts[-1],
                SlotClaimRow.expires_at <= now,
            )
        )
        rows = [
            {
                "gemeentecode": gemeentecode,
                "resource_kind": kind,
                "resource_id": resource_id,
                "block_start": block_start,
                "case_id": case_id,
                "expires_at": by_block[block_start],
            }
            for block_start in starts
        ]
        try:
            await session.execute(insert(SlotClaimRow), rows)
        except IntegrityError as exc:
            raise SlotTaken(kind, resource_id) from exc


def _longest(first: datetime | None, second: datetime | None) -> datetime | None:
    """The later expiry of two claims on one block; None (no expiry) wins."""
    if first is None or second is None:
        return None
    return max(first, second)
