"""Idempotency keys: the first answer to a mutation, kept so that a retry gets it again.

A request with an `Idempotency-Key` first `claim`s its key (an INSERT that only one replica can
win, the primary key decides), runs, and `bewaar`s its answer. A retry finds the key: with the
same request fingerprint it gets the stored answer (`Antwoord`), while the first is still running
`BEZIG`, with another body `ANDERS`. A claim whose replica died before answering is taken over
after its lease, so a key is never stuck. Keys expire after their retention (`verloopt_op`).
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from sqlalchemy import Index, Integer, LargeBinary, String, delete, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, mapped_column

from trouwgraph.store.database import unit_of_work
from trouwgraph.store.models import Base, UTCDateTime

__all__ = ["Antwoord", "Claim", "IdempotentieRepository", "IdempotentieRow"]


class IdempotentieRow(Base):
    """One idempotency key (hashed with its scope) and, once answered, the answer."""

    __tablename__ = "idempotentie"
    __table_args__ = (Index("ix_idempotentie_verloopt_op", "verloopt_op"),)

    sleutel: Mapped[str] = mapped_column(String(64), primary_key=True)
    vingerafdruk: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(100))
    antwoord: Mapped[bytes | None] = mapped_column(LargeBinary)
    aangemaakt_op: Mapped[datetime] = mapped_column(UTCDateTime)
    verloopt_op: Mapped[datetime] = mapped_column(UTCDateTime)


class Claim(Enum):
    """How a claim on a key turned out (when it did not find a stored answer)."""

    NIEUW = "nieuw"  # this request runs; store its answer afterwards
    BEZIG = "bezig"  # the first request with this key is still running
    ANDERS = "anders"  # the key was used for another request


@dataclass(frozen=True)
class Antwoord:
    """A stored answer."""

    status_code: int
    content_type: str
    body: bytes


class IdempotentieRepository:
    """Claims keys, stores and finds answers; one unit of work per call."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        bewaartijd: timedelta = timedelta(hours=24),
        lease: timedelta = timedelta(seconds=60),
    ) -> None:
        self._sessions = sessions
        self._bewaartijd = bewaartijd
        self._lease = lease

    def _unit_of_work(self, *, write: bool) -> AbstractAsyncContextManager[AsyncSession]:
        return unit_of_work(self._sessions, write=write, wat="idempotency keys")

    async def claim(self, sleutel: str, vingerafdruk: str, now: datetime) -> Claim | Antwoord:
        """Claim `sleutel` for a request with `vingerafdruk`, or what a claim before it left."""
        async with self._unit_of_work(write=True) as session:
            dialect = session.get_bind().dialect.name
            insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
            row = {
                "sleutel": sleutel,
                "vingerafdruk": vingerafdruk,
                "aangemaakt_op": now,
                "verloopt_op": now + self._bewaartijd,
            }
            statement = insert(IdempotentieRow).values(row).on_conflict_do_nothing()
            if (await session.execute(statement)).rowcount:  # type: ignore[attr-defined]
                return Claim.NIEUW
            bestaand = await session.get(IdempotentieRow, sleutel, with_for_update=True)
            if bestaand is None:  # expired and swept in between: rare; the client retries
                return Claim.BEZIG
            if bestaand.vingerafdruk != vingerafdruk:
                return Claim.ANDERS
            if bestaand.status_code is not None:
                return Antwoord(
                    bestaand.status_code, bestaand.content_type or "", bestaand.antwoord or b""
                )
            if bestaand.aangemaakt_op > now - self._lease:
                return Claim.BEZIG
            # The replica that claimed it died before answering: this request takes over.
            bestaand.aangemaakt_op = now
            return Claim.NIEUW

    async def bewaar(self, sleutel: str, antwoord: Antwoord) -> None:
        """Store the answer of the request that claimed `sleutel`."""
        async with self._unit_of_work(write=True) as session:
            await session.execute(
                update(IdempotentieRow)
                .where(IdempotentieRow.sleutel == sleutel)
                .values(
                    status_code=antwoord.status_code,
                    content_type=antwoord.content_type[:100],
                    antwoord=antwoord.body,
                )
            )

    async def geef_vrij(self, sleutel: str) -> None:
        """Release a claim whose request failed without an answer worth keeping (a retry runs)."""
        async with self._unit_of_work(write=True) as session:
            await session.execute(
                delete(IdempotentieRow).where(
                    IdempotentieRow.sleutel == sleutel, IdempotentieRow.status_code.is_(None)
                )
            )

    async def ruim_op(self, now: datetime) -> int:
        """Delete expired keys; how many."""
        async with self._unit_of_work(write=True) as session:
            result = await session.execute(
                delete(IdempotentieRow).where(IdempotentieRow.verloopt_op <= now)
            )
        return int(getattr(result, "rowcount", 0) or 0)

    async def aantal(self) -> int:
        """How many keys are kept (for tests and metrics)."""
        async with self._unit_of_work(write=False) as session:
            return len((await session.scalars(select(IdempotentieRow.sleutel))).all())
