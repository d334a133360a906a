# size: one repository for the case aggregate: reads, writes and the partner lookup
# share its unit of work and row mapping
"""The case repository: marriage cases, their history and their slot claims.

Every public method is one unit of work with its own `AsyncSession`, so concurrent
GraphQL resolvers can call one repository safely. Writes are all-or-nothing.
SQLAlchemy and driver exceptions never leave this module; see `store.errors`.

Slot claims are written by `store.claims`, the history by `store.history`, rows mapped by
`store.mapping`.
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    and_,
    case,
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import selectinload

from trouwgraph.store.capacity import CapacityRules, take_seats
from trouwgraph.store.claims import write_claims
from trouwgraph.store.cursor import CursorKey, decode_cursor, encode_cursor
from trouwgraph.store.database import unit_of_work
from trouwgraph.store.errors import StaleVersion
from trouwgraph.store.history import append_history, read_history
from trouwgraph.store.mapping import mutable_columns, partner_rows, to_record, to_row
from trouwgraph.store.models import CapacitySeatRow, CasePartnerRow, CaseRow, SlotClaimRow
from trouwgraph.store.outbox import Bericht, voeg_berichten_toe
from trouwgraph.store.partnerclaims import release_partners, write_partner_claims
from trouwgraph.store.records import (
    BusyInterval,
    CaseFilter,
    HistoryEntry,
    Page,
    ReservationChange,
    ResourceClaim,
    ResourceKind,
    StoredCase,
)
from trouwgraph.store.slots import block_floor, merge_blocks

__all__ = ["MAX_PAGE_SIZE", "CaseRepository", "Release"]

MAX_PAGE_SIZE = 500

Release = Callable[[str, str, str], Bericht]
"""The outbox message that releases an external agenda reservation:
(gemeentecode, case id, reservation id) -> message."""


class CaseRepository:
    """Stores cases for all municipalities; every query is scoped by `gemeentecode`."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        capacity: CapacityRules | None = None,
    ) -> None:
        self._sessions = sessions
        self._capacity = capacity  # the rules claims count against (BABS per day and week)

    def _unit_of_work(self, *, write: bool) -> AbstractAsyncContextManager[AsyncSession]:
        return unit_of_work(self._sessions, write=write, wat="case store")

    async def add(
        self,
        case: StoredCase,
        claims: Sequence[ResourceClaim],
        history: Sequence[HistoryEntry],
        now: datetime,
    ) -> None:
        """Store a new case with its claims and history; raise `SlotTaken` on a clash of
        slots, `PartnerSpokenFor` when a partner holds another case."""
        async with self._unit_of_work(write=True) as session:
            session.add(to_row(case))
            await session.flush()
            await write_partner_claims(session, case, now)
            await self._claim(session, case, claims, now)
            await append_history(session, case.id, history)

    async def _claim(
        self,
        session: AsyncSession,
        case: StoredCase,
        claims: Sequence[ResourceClaim],
        now: datetime,
    ) -> None:
        await write_claims(session, case.gemeentecode, case.id, claims, now)
        if self._capacity is not None:
            await take_seats(session, case.gemeentecode, case.id, claims, self._capacity, now)

    async def get(self, case_id: str, gemeentecode: str) -> StoredCase | None:
        """The case with `case_id` in municipality `gemeentecode`, or None."""
        async with self._unit_of_work(write=False) as session:
            return await _load(session, case_id, gemeentecode)

    async def save(
        self,
        case: StoredCase,
        *,
        expected_versie: int,
        claims: Sequence[ResourceClaim] | None,
        history: Sequence[HistoryEntry],
        now: datetime,
        outbox: Sequence[Bericht] = (),
        reservation: ReservationChange | None = None,
    ) -> StoredCase:
        """Overwrite a case read at `expected_versie`; the stored case gets versie + 1.

        `claims=None` keeps the case's claims, a sequence replaces them; `reservation=None`
        keeps its external agenda reservation. `outbox` messages are written in the same
        transaction, so a change and its messages exist together. Raises `StaleVersion` when
        the case (or its reservation) changed meanwhile, `SlotTaken` on a clash, and
        `PartnerSpokenFor` when a partner holds another case; either way nothing is written.
        """
        conditions = [
            CaseRow.id == case.id,
            CaseRow.gemeentecode == case.gemeentecode,
            CaseRow.versie == expected_versie,
        ]
        values = {**mutable_columns(case), "versie": expected_versie + 1, "gewijzigd_op": now}
        if reservation is not None:
            conditions.append(_reservation_is(reservation.expected))
            values["agenda_reservering_id"] = reservation.new
        async with self._unit_of_work(write=True) as session:
            result = await session.execute(
                update(CaseRow)
                .where(*conditions)
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            if cast(CursorResult[Any], result).rowcount != 1:
                raise StaleVersion(case.id, expected_versie)
            await session.execute(delete(CasePartnerRow).where(CasePartnerRow.case_id == case.id))
            session.add_all(partner_rows(case))
            await session.flush()
            await write_partner_claims(session, case, now)
            if claims is not None:
                await _release(session, case.id)
                await self._claim(session, case, claims, now)
            await append_history(session, case.id, history)
            await voeg_berichten_toe(session, outbox, now)
            stored = await _load(session, case.id, case.gemeentecode)
        assert stored is not None  # updated above in this very transaction
        return stored

    async def place(self, outbox: Sequence[Bericht], now: datetime) -> None:
        """Write outbox messages on their own (a `sleutel` already stored is skipped)."""
        if not outbox:
            return
        async with self._unit_of_work(write=True) as session:
            await voeg_berichten_toe(session, outbox, now)

    async def list(
        self, gemeentecode: str, filter: CaseFilter, first: int, after: str | None = None
    ) -> Page:
        """A page of at most `first` cases after cursor `after`, in `filter.order_by` order.

        Cases without a `moment_start` come last when ordering by it. Raises
        `InvalidCursor` for a cursor this store did not issue for this ordering.
        """
        if not 1 <= first <= MAX_PAGE_SIZE:
            raise ValueError(f"first must be between 1 and {MAX_PAGE_SIZE}")
        key = decode_cursor(after, filter.order_by) if after is not None else None
        conditions = _filter_conditions(gemeentecode, filter)
        column = (
            CaseRow.moment_start if filter.order_by == "moment_start" else CaseRow.aangemaakt_op
        )
        # A portable NULLS LAST: SQLite and PostgreSQL sort NULL differently by default.
        nulls_last = case((column.is_(None), 1), else_=0)
        query = (
            select(CaseRow)
            .options(selectinload(CaseRow.partners))
            .where(*conditions)
            .order_by(nulls_last, column, CaseRow.id)
            .limit(first + 1)
        )
        if key is not None:
            query = query.where(_after_key(column, key))
        async with self._unit_of_work(write=False) as session:
            total = await session.scalar(
                select(func.count()).select_from(CaseRow).where(*conditions)
            )
            rows = (await session.scalars(query)).all()
        items = tuple(to_record(row) for row in rows[:first])
        end_cursor = None
        if items:
            last = items[-1]
            value = last.moment_start if filter.order_by == "moment_start" else last.aangemaakt_op
            end_cursor = encode_cursor(CursorKey(filter.order_by, value, last.id))
        return Page(
            items=items,
            end_cursor=end_cursor,
            has_next_page=len(rows) > first,
            total_count=total or 0,
        )

    async def for_partner(self, gemeentecode: str, bsn: str) -> builtins.list[StoredCase]:
        """All cases in `gemeentecode` in which `bsn` is a partner, oldest first."""
        partner_cases = select(CasePartnerRow.case_id).where(
            CasePartnerRow.gemeentecode == gemeentecode, CasePartnerRow.bsn == bsn
        )
        query = (
            select(CaseRow)
            .options(selectinload(CaseRow.partners))
            .where(CaseRow.gemeentecode == gemeentecode, CaseRow.id.in_(partner_cases))
            .order_by(CaseRow.aangemaakt_op, CaseRow.id)
        )
        async with self._unit_of_work(write=False) as session:
            rows = (await session.scalars(query)).all()
        return [to_record(row) for row in rows]

    async def active_for_partner(
        self, bsn: str, statuses: Collection[str], now: datetime
    ) -> builtins.list[tuple[str, str]]:
        """(case id, municipality) of every case, in any municipality, in which `bsn` is a
        partner, whose status is one of `statuses` and whose hold has not lapsed at `now`."""
        partner_cases = select(CasePartnerRow.case_id).where(CasePartnerRow.bsn == bsn)
        query = (
            select(CaseRow.id, CaseRow.gemeentecode)
            .where(
                CaseRow.id.in_(partner_cases),
                CaseRow.status.in_(list(statuses)),
                or_(CaseRow.verloopt_op.is_(None), CaseRow.verloopt_op > now),
            )
            .order_by(CaseRow.aangemaakt_op, CaseRow.id)
        )
        async with self._unit_of_work(write=False) as session:
            rows = (await session.execute(query)).all()
        return [(row[0], row[1]) for row in rows]

    async def history(self, case_id: str) -> builtins.list[HistoryEntry]:
        """The status history of a case, oldest first."""
        async with self._unit_of_work(write=False) as session:
            return await read_history(session, case_id)

    async def busy(
        self,
        gemeentecode: str,
        kind: ResourceKind,
        resource_ids: Sequence[str] | None,
        van: datetime,
        tot: datetime,
        now: datetime,
    ) -> builtins.list[BusyInterval]:
        """Claimed intervals of `kind` resources within [van, tot), per case.

        `resource_ids=None` means every resource of that kind. Expired provisional
        claims are not busy. Intervals are clipped to the window at 5-minute resolution.
        """
        if resource_ids is not None and not resource_ids:
            return []
        conditions = [
            SlotClaimRow.gemeentecode == gemeentecode,
            SlotClaimRow.resource_kind == kind,
            SlotClaimRow.block_start >= block_floor(van),
            SlotClaimRow.block_start < tot,
            or_(SlotClaimRow.expires_at.is_(None), SlotClaimRow.expires_at > now),
        ]
        if resource_ids is not None:
            conditions.append(SlotClaimRow.resource_id.in_(sorted(set(resource_ids))))
        query = select(
            SlotClaimRow.case_id, SlotClaimRow.resource_id, SlotClaimRow.block_start
        ).where(*conditions)
        async with self._unit_of_work(write=False) as session:
            rows = (await session.execute(query)).all()
        per_case: dict[tuple[str, str], builtins.list[datetime]] = defaultdict(builtins.list)
        for case_id, resource_id, block_start in rows:
            per_case[(resource_id, case_id)].append(block_start)
        intervals = [
            BusyInterval(kind, resource_id, start, end)
            for (resource_id, _case_id), block_starts in per_case.items()
            for start, end in merge_blocks(block_starts)
        ]
        return sorted(intervals, key=lambda interval: (interval.resource_id, interval.start))

    async def expire(
        self,
        gemeentecode: str | None,
        now: datetime,
        *,
        provisional_status: str = "VOORLOPIG",
        expired_status: str = "VERLOPEN",
        door: str = "systeem",
        reden: str = "reservering verlopen",
        gebeurtenis: str = "verloop",
        limit: int = 1000,
        release: Release | None = None,
    ) -> builtins.list[str]:
        """Expire provisional cases whose `verloopt_op` has passed; return their ids.

        Each gets `expired_status`, a history entry and versie + 1, and loses its claims and
        its external agenda reservation, whose `release` message is placed in the same
        transaction. `gemeentecode=None` covers every municipality. At most `limit` cases
        per call, oldest deadline first.
        """
        query = (
            select(CaseRow.id, CaseRow.versie, CaseRow.gemeentecode, CaseRow.agenda_reservering_id)
            .where(CaseRow.status == provisional_status, CaseRow.verloopt_op <= now)
            .order_by(CaseRow.verloopt_op, CaseRow.id)
            .limit(limit)
        )
        if gemeentecode is not None:
            query = query.where(CaseRow.gemeentecode == gemeentecode)
        expired: builtins.list[str] = []
        async with self._unit_of_work(write=True) as session:
            rows = (await session.execute(query)).all()
            for case_id, versie, case_gemeentecode, reservering in rows:
                result = await session.execute(
                    update(CaseRow)
                    .where(
                        CaseRow.id == case_id,
                        CaseRow.versie == versie,
                        CaseRow.status == provisional_status,
                    )
                    .values(
                        status=expired_status,
                        versie=versie + 1,
                        gewijzigd_op=now,
                        agenda_reservering_id=None,
                    )
                    .execution_options(synchronize_session=False)
                )
                if cast(CursorResult[Any], result).rowcount != 1:
                    continue  # changed concurrently; the next run sees its new state
                await _release(session, case_id)
                await release_partners(session, case_id)
                if reservering is not None and release is not None:
                    bericht = release(case_gemeentecode, case_id, reservering)
                    await voeg_berichten_toe(session, [bericht], now)
                entry = HistoryEntry(
                    now, door, provisional_status, expired_status, reden, gebeurtenis
                )
                await append_history(session, case_id, [entry])
                expired.append(case_id)
        return expired

    async def replace_agenda_reservation(self, case_id: str, expected: str, new: str) -> bool:
        """Replace the case's reservation `expected` by `new` (a lapsed hold taken again);
        False, changing nothing, when the case no longer holds `expected`. The case's
        `versie` stays: its content did not change."""
        async with self._unit_of_work(write=True) as session:
            result = await session.execute(
                update(CaseRow)
                .where(CaseRow.id == case_id, CaseRow.agenda_reservering_id == expected)
                .values(agenda_reservering_id=new)
                .execution_options(synchronize_session=False)
            )
        return cast(CursorResult[Any], result).rowcount == 1


def _reservation_is(expected: str | None) -> ColumnElement[bool]:
    if expected is None:
        return CaseRow.agenda_reservering_id.is_(None)
    return CaseRow.agenda_reservering_id == expected


def _filter_conditions(gemeentecode: str, filter: CaseFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [CaseRow.gemeentecode == gemeentecode]
    if filter.statuses:
        conditions.append(CaseRow.status.in_(sorted(filter.statuses)))
    if filter.van is not None:
        conditions.append(CaseRow.moment_start >= filter.van)
    if filter.tot is not None:
        conditions.append(CaseRow.moment_start < filter.tot)
    if filter.locatie_id is not None:
        conditions.append(CaseRow.locatie_id == filter.locatie_id)
    if filter.ambtenaar_id is not None:
        conditions.append(CaseRow.ambtenaar_id == filter.ambtenaar_id)
    return conditions


def _after_key(column: Any, key: CursorKey) -> ColumnElement[bool]:
    if key.value is None:
        return and_(column.is_(None), CaseRow.id > key.case_id)
    return or_(
        column > key.value,
        and_(column == key.value, CaseRow.id > key.case_id),
        column.is_(None),
    )


async def _load(session: AsyncSession, case_id: str, gemeentecode: str) -> StoredCase | None:
    row = await session.scalar(
        select(CaseRow)
        .options(selectinload(CaseRow.partners))
        .where(CaseRow.id == case_id, CaseRow.gemeentecode == gemeentecode)
        .execution_options(populate_existing=True)
    )
    return to_record(row) if row is not None else None


async def _release(session: AsyncSession, case_id: str) -> None:
    """Free the case's slot claims and capacity seats."""
    await session.execute(delete(SlotClaimRow).where(SlotClaimRow.case_id == case_id))
    await session.execute(delete(CapacitySeatRow).where(CapacitySeatRow.case_id == case_id))
