"""The agenda port: resources, free slots, and the hold - confirm - cancel life of a slot.

Use cases depend on `Agenda`; implementations are the built-in agenda in the case store and
`adapters.qmatic.QmaticAgenda`. Every datetime crossing the port is timezone-aware and
expressed in Europe/Amsterdam; periods are local dates, both ends inclusive.

A reservation starts held (`VASTGEHOUDEN`), which keeps the slot from others for a while,
and becomes `BEVESTIGD` once confirmed. `annuleer` is idempotent so that a retried
cancellation never fails on the slot being gone already.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo

from trouwgraph.domain.beschikbaarheid import Middelsoort

__all__ = [
    "AMSTERDAM",
    "Agenda",
    "AgendaSlot",
    "Middel",
    "Middelsoort",
    "Reservering",
    "ReserveringNietGevonden",
    "Reserveringsstatus",
    "TijdslotNietBeschikbaar",
]

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _amsterdam(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return moment.astimezone(AMSTERDAM)


@dataclass(frozen=True, slots=True)
class Middel:
    """A bookable resource: a location or a BABS (officiant)."""

    soort: Middelsoort
    id: str
    naam: str
    adres: str | None = None


@dataclass(frozen=True, slots=True)
class AgendaSlot:
    """A period [start, eind) at a location for one ceremony type, possibly with a BABS.

    Construction converts both ends to Europe/Amsterdam and refuses naive datetimes.
    """

    start: datetime
    eind: datetime
    locatie_id: str
    ceremonietype: str
    ambtenaar_id: str | None = None

    def __post_init__(self) -> None:
        start = _amsterdam(self.start, "start")
        eind = _amsterdam(self.eind, "eind")
        if eind <= start:
            raise ValueError("eind must lie after start")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "eind", eind)


class Reserveringsstatus(StrEnum):
    """Where a reservation stands."""

    VASTGEHOUDEN = "VASTGEHOUDEN"
    BEVESTIGD = "BEVESTIGD"


@dataclass(frozen=True, slots=True)
class Reservering:
    """A held or confirmed slot, known to the agenda under `id`."""

    id: str
    slot: AgendaSlot
    status: Reserveringsstatus


class TijdslotNietBeschikbaar(Exception):
    """The slot cannot be held or confirmed: taken meanwhile, or the hold expired."""

    code = "TIJDSLOT_NIET_BESCHIKBAAR"


class ReserveringNietGevonden(Exception):
    """The agenda does not know this reservation (never made, or cancelled)."""

    code = "RESERVERING_NIET_GEVONDEN"


class Agenda(Protocol):
    """What the marriage use cases need from an agenda."""

    async def middelen(self) -> Sequence[Middel]:
        """The locations and officiants this agenda schedules."""
        ...

    async def vrije_tijdsloten(
        self,
        van: date,
        tot: date,
        *,
        ceremonietype: str,
        locatie_id: str | None = None,
        ambtenaar_id: str | None = None,
    ) -> list[AgendaSlot]:
        """Free slots from `van` to `tot` (local dates, inclusive), ordered by start."""
        ...

    async def houd_vast(self, slot: AgendaSlot, *, zaak_id: str) -> str:
        """Hold `slot` for case `zaak_id`; the reservation id.

        Raises `TijdslotNietBeschikbaar` when the slot is no longer free."""
        ...

    async def bevestig(self, reservering_id: str) -> Reservering:
        """Confirm a held reservation (confirming a confirmed one is a no-op).

        Raises `ReserveringNietGevonden` (unknown, or its hold expired and was dropped) or
        `TijdslotNietBeschikbaar` (the agenda refuses to confirm the slot)."""
        ...

    async def annuleer(self, reservering_id: str) -> None:
        """Release the slot; an unknown or already cancelled reservation is not an error."""
        ...

    async def haal(self, reservering_id: str) -> Reservering | None:
        """The reservation, or None when the agenda does not know it (anymore)."""
        ...
