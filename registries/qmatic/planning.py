"""The state behind the embedded Qmatic registry: branches, services, appointments, free times.

Seeded from a municipality's process configuration: every location is a branch (publicId =
location id), every ceremony type a service (publicId = type code, duration = its duration).
A time is free at a branch when it lies in the opening hours on a start grid of
`startinterval_minuten`, is not a blocked date, and overlaps no confirmed appointment nor an
unexpired reservation there. Reservations expire after `reservering_geldig`.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from trouwgraph.adapters.qmatic_payloads import STATUS_CONFIRMED, STATUS_RESERVED, Customer
from trouwgraph.domain.configuratie import ProcesConfiguratie, Tijdvak, Weekdag

__all__ = ["Afspraak", "Dienst", "Planning", "Vestiging"]

_DEFAULT_OPENING = tuple(
    Tijdvak(Weekdag(d), time(9), time(17)) for d in range(5)
)  # used when the configuration names no opening hours


@dataclass(frozen=True, slots=True)
class Vestiging:
    """A Qmatic branch."""

    public_id: str
    naam: str
    adres: str
    created: int


@dataclass(frozen=True, slots=True)
class Dienst:
    """A Qmatic service: a ceremony type."""

    public_id: str
    naam: str
    duur_minuten: int
    extra_klant_minuten: int
    created: int
    vestiging_ids: frozenset[str] | None = None  # None: offered at every branch

    def op(self, vestiging: Vestiging) -> bool:
        """Whether this service is offered at `vestiging`."""
        return self.vestiging_ids is None or vestiging.public_id in self.vestiging_ids


@dataclass(slots=True)
class Afspraak:
    """An appointment: reserved (status 10) or confirmed (status 20)."""

    public_id: str
    vestiging: Vestiging
    diensten: list[Dienst]
    start: datetime
    eind: datetime
    status: int
    created: int
    updated: int
    title: str | None = None
    notes: str | None = None
    custom: str | None = None
    customers: list[Customer] = field(default_factory=list)


class Planning:
    """The registry's in-memory agenda; `now` is injectable for tests."""

    def __init__(
        self,
        config: ProcesConfiguratie,
        *,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        reservering_geldig: timedelta = timedelta(minutes=15),
        boekingsvenster_dagen: int = 366,
    ) -> None:
        self.zone = ZoneInfo(config.tijdzone)
        self._now = now
        self._geldig = reservering_geldig
        self._venster = boekingsvenster_dagen
        self._interval = timedelta(minutes=config.startinterval_minuten)
        self._opening = config.openingstijden or _DEFAULT_OPENING
        self._geblokkeerd = config.geblokkeerde_datums
        created = _millis(datetime(2024, 1, 1, tzinfo=UTC))
        self.vestigingen = {
            loc.id: Vestiging(loc.id, loc.naam, loc.adres, created) for loc in config.locaties
        }
        self.diensten = {
            soort.code: Dienst(
                soort.code, soort.naam, soort.duur_minuten, 0, created, soort.locatie_ids
            )
            for soort in config.ceremonietypen
        }
        self.afspraken: dict[str, Afspraak] = {}

    def nu(self) -> datetime:
        """The registry's clock (aware)."""
        return self._now()

    def duur(self, diensten: list[Dienst], klanten: int, eigen_lengte: int | None) -> timedelta:
        """Qmatic's appointment length: per service duration plus extra per added customer."""
        if eigen_lengte is not None:
            return timedelta(minutes=eigen_lengte)
        extra = max(klanten - 1, 0)
        return timedelta(
            minutes=sum(d.duur_minuten + d.extra_klant_minuten * extra for d in diensten)
        )

    def vrije_tijden(self, vestiging: Vestiging, dag: date, lengte: timedelta) -> list[time]:
        """Free local start times at `vestiging` on `dag` for an appointment of `lengte`."""
        if dag in self._geblokkeerd:
            return []
        grens = self.nu()
        bezet = [
            (a.start, a.eind)
            for a in self._levend()
            if a.vestiging.public_id == vestiging.public_id
        ]
        tijden: list[time] = []
        for vak in self._opening:
            if vak.weekdag != dag.weekday():
                continue
            start = datetime.combine(dag, vak.van, self.zone)
            sluit = datetime.combine(dag, vak.tot, self.zone)
            while start + lengte <= sluit:
                eind = start + lengte
                if start > grens and all(eind <= b or start >= e for b, e in bezet):
                    tijden.append(start.time())
                start += self._interval
        return sorted(set(tijden))

    def vrije_dagen(self, vestiging: Vestiging, lengte: timedelta) -> list[date]:
        """Local dates within the booking window with at least one free time."""
        vandaag = self.nu().astimezone(self.zone).date()
        return [
            dag
            for dag in (vandaag + timedelta(days=n) for n in range(self._venster))
            if self.vrije_tijden(vestiging, dag, lengte)
        ]

    def maak(
        self,
        vestiging: Vestiging,
        diensten: list[Dienst],
        start: datetime,
        lengte: timedelta,
        status: int,
    ) -> Afspraak | None:
        """A new appointment at a free start, or None when that time is not free."""
        lokaal = start.astimezone(self.zone)
        if lokaal.time() not in self.vrije_tijden(vestiging, lokaal.date(), lengte):
            return None
        moment = _millis(self.nu())
        afspraak = Afspraak(
            public_id=secrets.token_hex(16),
            vestiging=vestiging,
            diensten=diensten,
            start=lokaal,
            eind=lokaal + lengte,
            status=status,
            created=moment,
            updated=moment,
        )
        self.afspraken[afspraak.public_id] = afspraak
        return afspraak

    def zoek(self, public_id: str) -> Afspraak | None:
        """A living appointment (expired reservations are gone)."""
        afspraak = self.afspraken.get(public_id)
        if afspraak is None or not self._leeft(afspraak):
            self.afspraken.pop(public_id, None)
            return None
        return afspraak

    def bevestig(self, afspraak: Afspraak) -> None:
        """Mark a reservation confirmed."""
        afspraak.status = STATUS_CONFIRMED
        afspraak.updated = _millis(self.nu())

    def verwijder(self, public_id: str) -> bool:
        """Delete a living appointment; False when there was none."""
        return self.zoek(public_id) is not None and bool(self.afspraken.pop(public_id))

    def _levend(self) -> list[Afspraak]:
        return [a for a in self.afspraken.values() if self._leeft(a)]

    def _leeft(self, afspraak: Afspraak) -> bool:
        if afspraak.status != STATUS_RESERVED:
            return True
        gemaakt = datetime.fromtimestamp(afspraak.created / 1000, UTC)
        return self.nu() < gemaakt + self._geldig


def _millis(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)
