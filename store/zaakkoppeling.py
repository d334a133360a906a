"""Which case a zaak belongs to, and which outbox messages a case has, read from the outbox.

The outbox records the zaak URL when a case's registration is delivered, so it is the link
from a zaak in the municipality's case system back to the case (the webhook needs it), and its
`sleutel`s say which statuses the gateway set itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from trouwgraph.store.database import unit_of_work
from trouwgraph.store.outbox import OutboxRow

__all__ = ["Zaakkoppeling", "ZaakkoppelingRepository"]


@dataclass(frozen=True, slots=True)
class Zaakkoppeling:
    """The case (and its municipality) a zaak was registered for."""

    case_id: str
    gemeentecode: str


class ZaakkoppelingRepository:
    """Read-only queries on the outbox."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], gemeentecode: str | None = None
    ) -> None:
        self._sessions = sessions
        self._gemeentecode = gemeentecode  # None: every municipality

    async def voor_zaak(self, zaak_url: str) -> Zaakkoppeling | None:
        """The case whose registration made the zaak `zaak_url`; None for another's zaak (or
        one of another municipality)."""
        query = select(OutboxRow.case_id, OutboxRow.gemeentecode).where(
            OutboxRow.zaak_url == zaak_url
        )
        if self._gemeentecode is not None:
            query = query.where(OutboxRow.gemeentecode == self._gemeentecode)
        query = query.limit(1)
        async with unit_of_work(self._sessions, write=False, wat="zaak lookup") as session:
            row = (await session.execute(query)).first()
        return Zaakkoppeling(row.case_id, row.gemeentecode) if row is not None else None

    async def sleutels(self, case_id: str, soort: str) -> list[str]:
        """The `sleutel` of every message of `soort` placed for the case (delivered or not)."""
        query = select(OutboxRow.sleutel).where(
            OutboxRow.case_id == case_id, OutboxRow.soort == soort
        )
        async with unit_of_work(self._sessions, write=False, wat="outbox lookup") as session:
            return list((await session.scalars(query)).all())
