"""The domain-facing repository: `Huwelijk` aggregates in, `Huwelijk` aggregates out.

It maps the aggregate onto the case store's records: the aggregate becomes the JSON document
(pydantic's TypeAdapter serialises the domain's plain dataclasses, enums and aware datetimes
without the domain knowing about it), the indexed columns are taken from it, and every entry
the aggregate appended to its history becomes a history row. The history table is the one
record of what happened: the document does not repeat it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter

from trouwgraph.domain.beschikbaarheid import Bezetting, Middelsoort
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.onderdelen import Instemmingstatus, Statuswijziging
from trouwgraph.domain.status import OVERGANGEN, VERLOOPREDENEN, Gebeurtenis, Status
from trouwgraph.store.cursor import CursorKey, encode_cursor
from trouwgraph.store.outbox import Bericht
from trouwgraph.store.records import (
    CaseFilter,
    CaseOrder,
    HistoryEntry,
    Page,
    ReservationChange,
    ResourceClaim,
    ResourceKind,
    StoredCase,
)
from trouwgraph.store.repository import CaseRepository, Release

_HUWELIJK = TypeAdapter(Huwelijk)
# Statuses whose hold lapses at `verloopt_op` (the store expires them in bulk): those with a
# `verloop` in the transition table (a reservation; an approved case not paid in time).
# The statuses of a case that still leads to a ceremony: its partners are spoken for.
LOPENDE_STATUSSEN = (
    Status.VOORLOPIG,
    Status.GERESERVEERD,
    Status.GEMELD,
    Status.AFGEWEZEN,
    Status.GOEDGEKEURD,
    Status.BEVESTIGD,
)
VERLOPENDE_STATUSSEN: tuple[Status, ...] = tuple(
    o.van for o in OVERGANGEN if o.gebeurtenis is Gebeurtenis.VERLOOP and o.van is not None
)


@dataclass(frozen=True)
class Dossier:
    """A stored case: the aggregate, plus what only the store knows about it."""

    huwelijk: Huwelijk
    toegewezen_ambtenaar_id: str | None
    aangemaakt_op: datetime
    gewijzigd_op: datetime
    agenda_reservering_id: str | None = None  # its live reservation in an external agenda


class HuwelijkRepository:
    """Loads and saves `Huwelijk` aggregates through the case store."""

    def __init__(self, cases: CaseRepository) -> None:
        self._cases = cases

    async def voeg_toe(
        self,
        huwelijk: Huwelijk,
        *,
        claims: Sequence[ResourceClaim],
        toegewezen_ambtenaar_id: str | None,
        nu: datetime,
        agenda_reservering_id: str | None = None,
    ) -> Dossier:
        """Store a new case; raises `SlotTaken` when a claimed resource is taken."""
        stored = _to_stored(huwelijk, toegewezen_ambtenaar_id, versie=1, aangemaakt_op=nu, nu=nu)
        stored = replace(stored, agenda_reservering_id=agenda_reservering_id)
        await self._cases.add(stored, claims, _history(huwelijk.historie), nu)
        huwelijk.versie = 1
        huwelijk.historie = ()  # written now; the history table is its record
        return Dossier(huwelijk, toegewezen_ambtenaar_id, nu, nu, agenda_reservering_id)

    async def haal(self, huwelijk_id: str, gemeentecode: str) -> Dossier | None:
        """The case, or None."""
        stored = await self._cases.get(huwelijk_id, gemeentecode)
        return None if stored is None else _from_stored(stored)

    async def bewaar(
        self,
        dossier: Dossier,
        *,
        verwachte_versie: int,
        claims: Sequence[ResourceClaim] | None,
        toegewezen_ambtenaar_id: str | None,
        nu: datetime,
        outbox: Sequence[Bericht] = (),
        agenda_reservering: ReservationChange | None = None,
    ) -> Dossier:
        """Save the changed aggregate if nobody saved it since `verwachte_versie`.

        Raises `StaleVersion` otherwise (also when `agenda_reservering` does not find the
        reservation it expects), and `SlotTaken` when new claims clash; in both cases nothing
        is written.
        """
        huwelijk = dossier.huwelijk
        stored = _to_stored(
            huwelijk,
            toegewezen_ambtenaar_id,
            versie=verwachte_versie,
            aangemaakt_op=dossier.aangemaakt_op,
            nu=nu,
        )
        saved = await self._cases.save(
            stored,
            expected_versie=verwachte_versie,
            claims=claims,
            history=_history(huwelijk.historie),
            now=nu,
            outbox=outbox,
            reservation=agenda_reservering,
        )
        return _from_stored(saved)

    async def van_partner(self, gemeentecode: str, bsn: str) -> list[Dossier]:
        """The cases in which `bsn` is a partner."""
        return [_from_stored(s) for s in await self._cases.for_partner(gemeentecode, bsn)]

    async def lopende_zaken(
        self, bsn: str, nu: datetime, *, behalve: str | None = None
    ) -> list[tuple[str, str]]:
        """(case id, municipality) of the cases, in any municipality, in which `bsn` is a
        partner and that still lead to a ceremony (`LOPENDE_STATUSSEN`), `behalve` aside."""
        lopend = await self._cases.active_for_partner(bsn, [s.value for s in LOPENDE_STATUSSEN], nu)
        return [(id_, gemeente) for id_, gemeente in lopend if id_ != behalve]

    async def lijst(
        self, gemeentecode: str, filter: CaseFilter, first: int, after: str | None
    ) -> tuple[list[Dossier], Page]:
        """A page of cases."""
        page = await self._cases.list(gemeentecode, filter, first, after)
        return [_from_stored(s) for s in page.items], page

    async def historie(self, huwelijk_id: str) -> list[HistoryEntry]:
        """Every recorded change of the case, oldest first."""
        return await self._cases.history(huwelijk_id)

    async def bezetting(
        self, gemeentecode: str, van: datetime, tot: datetime, nu: datetime
    ) -> list[Bezetting]:
        """What is booked of every location and BABS within [van, tot)."""
        bezet: list[Bezetting] = []
        soorten: tuple[tuple[ResourceKind, Middelsoort], ...] = (
            ("locatie", Middelsoort.LOCATIE),
            ("ambtenaar", Middelsoort.AMBTENAAR),
        )
        for kind, soort in soorten:
            intervals = await self._cases.busy(gemeentecode, kind, None, van, tot, nu)
            bezet += [Bezetting(soort, i.resource_id, i.start, i.end) for i in intervals]
        return bezet

    async def laat_verlopen(
        self, gemeentecode: str, nu: datetime, *, vrijgave: Release | None = None
    ) -> list[str]:
        """Expire every lapsed case, freeing its claims; returns their ids. `vrijgave` makes
        the outbox message releasing an expired case's external agenda reservation.

        No zaak messages: no `verloop` has a zaak step (`domain.zaakstatus`) and an expired
        case was never paid (a payment ends the hold).
        """
        verlopen: list[str] = []
        for status in VERLOPENDE_STATUSSEN:
            verlopen += await self._cases.expire(
                gemeentecode,
                nu,
                provisional_status=status.value,
                expired_status=Status.VERLOPEN.value,
                reden=VERLOOPREDENEN[status],
                gebeurtenis=Gebeurtenis.VERLOOP.value,
                release=vrijgave,
            )
        return verlopen

    async def plaats(self, berichten: Sequence[Bericht], nu: datetime) -> None:
        """Place outbox messages that go with no change of a case (a `sleutel` placed before
        is skipped)."""
        await self._cases.place(berichten, nu)

    async def vervang_agenda_reservering(self, huwelijk_id: str, oud: str, nieuw: str) -> bool:
        """Record that `nieuw` replaces the lapsed `oud`; False when the case moved on."""
        return await self._cases.replace_agenda_reservation(huwelijk_id, oud, nieuw)


def cursor(dossier: Dossier, order: CaseOrder = "moment_start") -> str:
    """The opaque cursor that pages on after `dossier` (as `Page.end_cursor` does)."""
    waarde = dossier.huwelijk.moment.start if order == "moment_start" else dossier.aangemaakt_op
    return encode_cursor(CursorKey(order, waarde, dossier.huwelijk.id))


def _history(entries: Sequence[Statuswijziging]) -> list[HistoryEntry]:
    return [
        HistoryEntry(
            op=e.op,
            door=e.door,
            van_status=e.van.value if e.van else None,
            naar_status=e.naar.value,
            reden=e.reden,
            gebeurtenis=e.gebeurtenis.value,
        )
        for e in entries
    ]


def _to_stored(
    huwelijk: Huwelijk,
    toegewezen_ambtenaar_id: str | None,
    *,
    versie: int,
    aangemaakt_op: datetime,
    nu: datetime,
) -> StoredCase:
    document: dict[str, Any] = _HUWELIJK.dump_python(huwelijk, mode="json")
    for column_owned in ("historie", "status", "versie"):
        document.pop(column_owned)
    return StoredCase(
        id=huwelijk.id,
        gemeentecode=huwelijk.gemeentecode,
        soort=huwelijk.soort.value,
        status=huwelijk.status.value,
        versie=versie,
        partner_bsns=tuple(p.bsn for p in huwelijk.partners),
        moment_start=huwelijk.moment.start,
        moment_eind=huwelijk.moment.eind,
        locatie_id=huwelijk.locatie.locatie_id,
        ambtenaar_id=huwelijk.ambtenaar.ambtenaar_id or toegewezen_ambtenaar_id,
        verloopt_op=huwelijk.verloopt_op,
        document=document,
        aangemaakt_op=aangemaakt_op,
        gewijzigd_op=nu,
        claimed_bsns=_spoken_for(huwelijk),
    )


def _spoken_for(huwelijk: Huwelijk) -> tuple[str, ...]:
    """The partners a case holds (`partner_claims`): those who committed to it (partner 1 by
    reserving, partner 2 by consenting), while it still leads to a ceremony. An invited
    partner 2 is not held: the invitation alone does not speak for them."""
    if huwelijk.status not in LOPENDE_STATUSSEN:
        return ()
    return tuple(
        p.bsn for p in huwelijk.partners if p.instemming.status is Instemmingstatus.VERLEEND
    )


def _from_stored(stored: StoredCase) -> Dossier:
    # Status and versie are the columns': the store changes them without the document.
    document = {**stored.document, "historie": [], "status": stored.status, "versie": stored.versie}
    huwelijk = _HUWELIJK.validate_python(document)
    keuze_id = huwelijk.ambtenaar.ambtenaar_id
    toegewezen = stored.ambtenaar_id if keuze_id is None else None
    return Dossier(
        huwelijk,
        toegewezen,
        stored.aangemaakt_op,
        stored.gewijzigd_op,
        stored.agenda_reservering_id,
    )
