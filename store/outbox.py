"""The durable outbox: messages for upstream registries, stored with the case change itself.

A use case writes its outbox messages in the same transaction as the case (`plaats(...,
session=...)`), so a message exists exactly when the change does. A `Bezorger` later claims due
messages (`te_bezorgen`), delivers them and marks them `afgeleverd` or `mislukt` (with the next
attempt's time: exponential backoff is the caller's policy). Nothing is lost: a message stays
until it is delivered; nothing is sent twice by the outbox: `sleutel` is unique (placing a
message again is a no-op), and a claim leases a message so concurrent workers skip it
(PostgreSQL: `FOR UPDATE SKIP LOCKED`; SQLite has one writer at a time anyway). Messages of one
case are delivered in order where order matters: within an ordered family (`GEORDEND`: a zaak's
statuses follow its registration and each other; an agenda cancellation follows its
confirmation; status changes announced by the case system are applied in the order received) a
message waits while an older one of its case is undelivered. Published notifications and
refunds carry all they need and go on regardless.

A message that can never be delivered is parked (`parkeer`: a dead letter, `geparkeerd_op` set)
after a bounded number of attempts; it holds back only the later messages of its own family.
Staff see it (`status_van`, `geparkeerd`) and requeue it (`herplaats`).

`laatste_fout` holds an error code and message that never contain a BSN; the payload (which may
hold BSNs) is cleared once delivered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import (
    CheckConstraint,
    Index,
    Integer,
    String,
    and_,
    exists,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, aliased, mapped_column

from trouwgraph.store.database import unit_of_work
from trouwgraph.store.models import ID_LENGTH, STATUS_LENGTH, Base, JSONDocument, UTCDateTime

__all__ = [
    "DEFAULT_LEASE",
    "GEORDEND",
    "Bericht",
    "Geparkeerd",
    "OutboxRepository",
    "OutboxRow",
    "Registratiestatus",
    "Uitgaand",
    "voeg_berichten_toe",
]

DEFAULT_LEASE = timedelta(minutes=5)
FOUT_LENGTH = 300
GEORDEND = ("zaak.", "agenda.", "notificatie.ontvangen")
"""Families (prefixes of `soort`) whose messages must be handled in order, per case."""


class OutboxRow(Base):
    """One message to deliver; `sleutel` is its idempotency key."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("pogingen >= 0", name="pogingen_not_negative"),
        Index("ix_outbox_case_id", "case_id", "id"),
        Index("ix_outbox_te_bezorgen", "afgeleverd_op", "volgende_poging_op"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    gemeentecode: Mapped[str] = mapped_column(String(10))
    case_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    soort: Mapped[str] = mapped_column(String(STATUS_LENGTH))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    sleutel: Mapped[str] = mapped_column(String(200), unique=True)
    pogingen: Mapped[int] = mapped_column(Integer)
    volgende_poging_op: Mapped[datetime] = mapped_column(UTCDateTime)
    afgeleverd_op: Mapped[datetime | None] = mapped_column(UTCDateTime)
    laatste_fout: Mapped[str | None] = mapped_column(String(FOUT_LENGTH))
    zaak_url: Mapped[str | None] = mapped_column(String(1000))
    aangemaakt_op: Mapped[datetime] = mapped_column(UTCDateTime)
    geparkeerd_op: Mapped[datetime | None] = mapped_column(UTCDateTime)


@dataclass(frozen=True)
class Bericht:
    """A message to place: what (`soort`, `payload`) for which case, under which `sleutel`."""

    gemeentecode: str
    case_id: str
    soort: str
    sleutel: str
    payload: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Uitgaand:
    """A claimed message, ready to deliver."""

    id: int
    gemeentecode: str
    case_id: str
    soort: str
    sleutel: str
    payload: Mapping[str, Any]
    pogingen: int


@dataclass(frozen=True)
class Geparkeerd:
    """A parked message (a dead letter), as staff see it: no payload."""

    id: int
    soort: str
    pogingen: int
    laatste_fout: str | None
    geparkeerd_op: datetime


Registratietoestand = Literal["GEREGISTREERD", "IN_WACHTRIJ", "VERTRAAGD", "GEPARKEERD"]


@dataclass(frozen=True)
class Registratiestatus:
    """Where a case's registration stands.

    GEREGISTREERD: every message delivered; IN_WACHTRIJ: waiting for its first attempt;
    VERTRAAGD: an attempt failed and the next is planned at `volgende_poging_op`;
    GEPARKEERD: a message was parked after its last attempt (`laatste_fout` says why) and waits
    for staff to requeue it.
    """

    status: Registratietoestand
    zaak_url: str | None
    pogingen: int
    openstaand: int
    laatste_fout: str | None
    volgende_poging_op: datetime | None


class OutboxRepository:
    """Places, claims and settles outbox messages; one unit of work per call."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    def _unit_of_work(self, *, write: bool) -> AbstractAsyncContextManager[AsyncSession]:
        return unit_of_work(self._sessions, write=write, wat="outbox")

    async def plaats(
        self, berichten: Sequence[Bericht], now: datetime, session: AsyncSession | None = None
    ) -> None:
        """Store `berichten`, due at once; a `sleutel` already stored is skipped.

        With `session`, the messages join that session's transaction (the case save), and
        the caller commits; errors are the caller's to translate then.
        """
        if not berichten:
            return
        if session is not None:
            await voeg_berichten_toe(session, berichten, now)
            return
        async with self._unit_of_work(write=True) as own:
            await voeg_berichten_toe(own, berichten, now)

    async def te_bezorgen(
        self,
        now: datetime,
        limit: int = 20,
        *,
        lease: timedelta = DEFAULT_LEASE,
        gemeentecode: str | None = None,
    ) -> list[Uitgaand]:
        """Claim up to `limit` due messages for `lease` (oldest first, in order per case), of
        one municipality or (None) of all."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        earlier = aliased(OutboxRow)
        same_ordered_family = [
            and_(earlier.soort.startswith(f), OutboxRow.soort.startswith(f)) for f in GEORDEND
        ]
        waits = exists().where(
            earlier.case_id == OutboxRow.case_id,
            earlier.id < OutboxRow.id,
            earlier.afgeleverd_op.is_(None),
            or_(*same_ordered_family),
        )
        query = (
            select(OutboxRow)
            .where(
                OutboxRow.afgeleverd_op.is_(None),
                OutboxRow.geparkeerd_op.is_(None),
                OutboxRow.volgende_poging_op <= now,
                ~waits,
            )
            .order_by(OutboxRow.volgende_poging_op, OutboxRow.id)
            .limit(limit)
        )
        if gemeentecode is not None:
            query = query.where(OutboxRow.gemeentecode == gemeentecode)
        async with self._unit_of_work(write=True) as session:
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True, of=OutboxRow)
            rows = (await session.scalars(query)).all()
            for row in rows:
                row.volgende_poging_op = now + lease
            claimed = [
                Uitgaand(
                    row.id,
                    row.gemeentecode,
                    row.case_id,
                    row.soort,
                    row.sleutel,
                    dict(row.payload),
                    row.pogingen,
                )
                for row in rows
            ]
        return claimed

    async def afgeleverd(self, id: int, now: datetime, *, zaak_url: str | None = None) -> None:
        """Mark message `id` delivered (and clear its payload: it may hold BSNs)."""
        values: dict[str, Any] = {"afgeleverd_op": now, "laatste_fout": None, "payload": {}}
        if zaak_url is not None:
            values["zaak_url"] = zaak_url
        async with self._unit_of_work(write=True) as session:
            await session.execute(update(OutboxRow).where(OutboxRow.id == id).values(**values))

    async def mislukt(self, id: int, fout: str, volgende_poging_op: datetime) -> None:
        """Record a failed attempt of message `id` and when to try again."""
        async with self._unit_of_work(write=True) as session:
            await session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == id, OutboxRow.afgeleverd_op.is_(None))
                .values(
                    pogingen=OutboxRow.pogingen + 1,
                    laatste_fout=fout[:FOUT_LENGTH],
                    volgende_poging_op=volgende_poging_op,
                )
            )

    async def parkeer(self, id: int, fout: str, now: datetime) -> None:
        """Park message `id` after its last failed attempt: no more attempts until requeued."""
        async with self._unit_of_work(write=True) as session:
            await session.execute(
                update(OutboxRow)
                .where(OutboxRow.id == id, OutboxRow.afgeleverd_op.is_(None))
                .values(
                    pogingen=OutboxRow.pogingen + 1,
                    laatste_fout=fout[:FOUT_LENGTH],
                    geparkeerd_op=now,
                )
            )

    async def geparkeerd(self, case_id: str) -> list[Geparkeerd]:
        """The case's parked messages, oldest first."""
        async with self._unit_of_work(write=False) as session:
            rows = (
                await session.scalars(
                    select(OutboxRow)
                    .where(OutboxRow.case_id == case_id, OutboxRow.geparkeerd_op.is_not(None))
                    .order_by(OutboxRow.id)
                )
            ).all()
        return [
            Geparkeerd(r.id, r.soort, r.pogingen, r.laatste_fout, r.geparkeerd_op)
            for r in rows
            if r.geparkeerd_op is not None
        ]

    async def herplaats(self, case_id: str, now: datetime) -> int:
        """Requeue the case's parked messages (due now, attempts counted afresh); how many."""
        async with self._unit_of_work(write=True) as session:
            result = await session.execute(
                update(OutboxRow)
                .where(OutboxRow.case_id == case_id, OutboxRow.geparkeerd_op.is_not(None))
                .values(geparkeerd_op=None, pogingen=0, volgende_poging_op=now)
            )
        return int(getattr(result, "rowcount", 0) or 0)

    async def backlog(self) -> dict[str, int]:
        """Undelivered messages by state (`wachtend`, `geparkeerd`), for /metrics."""
        async with self._unit_of_work(write=False) as session:
            rows = (
                await session.execute(
                    select(OutboxRow.geparkeerd_op.is_(None), func.count())
                    .where(OutboxRow.afgeleverd_op.is_(None))
                    .group_by(OutboxRow.geparkeerd_op.is_(None))
                )
            ).all()
        counts = {"wachtend": 0, "geparkeerd": 0}
        for wachtend, aantal in rows:
            counts["wachtend" if wachtend else "geparkeerd"] += int(aantal)
        return counts

    async def zaak_url(self, case_id: str) -> str | None:
        """The zaak URL recorded when the case's registration was delivered."""
        async with self._unit_of_work(write=False) as session:
            return await session.scalar(
                select(OutboxRow.zaak_url)
                .where(OutboxRow.case_id == case_id, OutboxRow.zaak_url.is_not(None))
                .order_by(OutboxRow.id.desc())
                .limit(1)
            )

    async def status_van(self, case_id: str) -> Registratiestatus | None:
        """Where the case's registration stands; None when it has no messages."""
        async with self._unit_of_work(write=False) as session:
            rows = (
                await session.scalars(
                    select(OutboxRow).where(OutboxRow.case_id == case_id).order_by(OutboxRow.id)
                )
            ).all()
        if not rows:
            return None
        open_rows = [row for row in rows if row.afgeleverd_op is None]
        zaak_url = next((row.zaak_url for row in reversed(rows) if row.zaak_url), None)
        pogingen = sum(row.pogingen for row in open_rows)
        if not open_rows:
            return Registratiestatus("GEREGISTREERD", zaak_url, 0, 0, None, None)
        parked = [row for row in open_rows if row.geparkeerd_op is not None]
        if parked:
            return Registratiestatus(
                "GEPARKEERD", zaak_url, pogingen, len(open_rows), parked[0].laatste_fout, None
            )
        first = open_rows[0]
        return Registratiestatus(
            "VERTRAAGD" if pogingen else "IN_WACHTRIJ",
            zaak_url,
            pogingen,
            len(open_rows),
            first.laatste_fout,
            first.volgende_poging_op,
        )


async def voeg_berichten_toe(
    session: AsyncSession, berichten: Sequence[Bericht], now: datetime
) -> None:
    """Add `berichten` in the caller's transaction (the case save); known keys are skipped."""
    if not berichten:
        return
    rows = [
        {
            "gemeentecode": b.gemeentecode,
            "case_id": b.case_id,
            "soort": b.soort,
            "sleutel": b.sleutel,
            "payload": dict(b.payload),
            "pogingen": 0,
            "volgende_poging_op": now,
            "afgeleverd_op": None,
            "laatste_fout": None,
            "zaak_url": None,
            "aangemaakt_op": now,
            "geparkeerd_op": None,
        }
        for b in berichten
    ]
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    # Placing a message again (a retried save) must not fail nor duplicate it.
    statement = insert(OutboxRow).values(rows).on_conflict_do_nothing(index_elements=["sleutel"])
    await session.execute(statement)
