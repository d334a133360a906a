"""Capacity rules the database enforces: at most N ceremonies of one BABS a day or a week.

A rule of N per period is N seats (0..N-1) in `capacity_seats`; a claim takes the first free
one with INSERT ... ON CONFLICT DO NOTHING. Two transactions racing for one seat queue on its
primary key (PostgreSQL) or on the write lock (SQLite), so the N+1st reservation finds every
seat taken however many arrive at once, exactly as `slot_claims` keeps slots from overlapping.
Seats of provisional reservations lapse with them (`expires_at`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from trouwgraph.store.errors import SlotTaken
from trouwgraph.store.models import CapacitySeatRow
from trouwgraph.store.records import ResourceClaim

__all__ = ["CapacityFull", "CapacityRules", "CapacitySeat", "take_seats"]


@dataclass(frozen=True, slots=True)
class CapacitySeat:
    """One rule a claim counts against: its name, the period it counts in, and its limit."""

    rule: str  # e.g. "ambtenaar-dag"
    period: str  # e.g. "2027-03-26" (a day, or the Monday of a week)
    limit: int


CapacityRules = Callable[[ResourceClaim], Sequence[CapacitySeat]]
"""The rules a claim counts against (none for most)."""


class CapacityFull(SlotTaken):
    """Every seat of a capacity rule is taken in that period."""

    def __init__(self, rule: str, resource_id: str, period: str) -> None:
        super().__init__(rule, resource_id)
        self.rule, self.period = rule, period


async def take_seats(
    session: AsyncSession,
    gemeentecode: str,
    case_id: str,
    claims: Iterable[ResourceClaim],
    rules: CapacityRules,
    now: datetime,
) -> None:
    """Take a seat of every rule the claims count against; `CapacityFull` when one has none
    left. Lapsed seats on those rules are removed first."""
    wanted: dict[tuple[str, str, str], tuple[int, datetime | None]] = {}
    for claim in claims:
        for seat in rules(claim):
            wanted[(seat.rule, claim.resource_id, seat.period)] = (seat.limit, claim.expires_at)
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    for (rule, resource_id, period), (limit, expires_at) in sorted(wanted.items()):
        where = (
            CapacitySeatRow.gemeentecode == gemeentecode,
            CapacitySeatRow.rule == rule,
            CapacitySeatRow.resource_id == resource_id,
            CapacitySeatRow.period == period,
        )
        await session.execute(
            delete(CapacitySeatRow).where(*where, CapacitySeatRow.expires_at <= now)
        )
        for number in range(limit):
            result = await session.execute(
                insert(CapacitySeatRow)
                .values(
                    gemeentecode=gemeentecode,
                    rule=rule,
                    resource_id=resource_id,
                    period=period,
                    seat=number,
                    case_id=case_id,
                    expires_at=expires_at,
                )
                .on_conflict_do_nothing()
            )
            if cast(CursorResult[Any], result).rowcount == 1:
                break
        else:
            raise CapacityFull(rule, resource_id, period)
