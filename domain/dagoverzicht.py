"""The per-day summary of free slots, kept between requests.

A month's `beschikbaarheid` summarises ~1,800 candidate slots, each checked against the
bookings and every officiant. One day's summary is a pure function of the configuration, the
search, the bookings that touch that day or the next (a slot may end after midnight), the
officiants' ceremonies of that day's week (their day and week capacity) and, when the day has
begun, the moment "now". `Dagoverzichten` keeps each day's summary under exactly those inputs:
a booking changes the key of the days it touches, so nothing is invalidated by hand, and
workers that share a database need not tell each other anything. Bounded (least recently used
first out); the slot prices of a configuration are kept alongside.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Hashable, Sequence
from datetime import date, datetime, time, timedelta

from trouwgraph.domain.beschikbaarheid import (
    Bezetting,
    Dagaanbod,
    Middelsoort,
    Prijzen,
    Zoekvraag,
    per_dag,
    vrij_in,
    week,
)
from trouwgraph.domain.configuratie import ProcesConfiguratie

__all__ = ["Dagoverzichten"]

MAX_DAGEN_BEWAARD = 4096


class Dagoverzichten:
    """Day summaries of free slots, remembered per configuration, search, day and the
    bookings that decide that day (the built-in agenda only: an external agenda's free
    times are its own)."""

    def __init__(self, maximum: int = MAX_DAGEN_BEWAARD) -> None:
        self._maximum = maximum
        self._bekend: OrderedDict[Hashable, tuple[ProcesConfiguratie, Dagaanbod | None]] = (
            OrderedDict()
        )
        self._prijzen: dict[Hashable, tuple[ProcesConfiguratie, Prijzen]] = {}
        self.berekend = 0
        """Days computed rather than remembered (for tests and benchmarks)."""

    def per_dag(
        self,
        config: ProcesConfiguratie,
        vraag: Zoekvraag,
        van: date,
        tot: date,
        bezet: Sequence[Bezetting],
        na: datetime | None,
    ) -> list[Dagaanbod]:
        """`per_dag(vrij_in(config, vraag, van, tot, bezet, na))`, a day at a time: the days
        from `van` to `tot` with a free slot. `bezet` must hold every booking of the whole
        weeks `van` and `tot` lie in (as `Zaakopslag.bezetting` gives them)."""
        zone = config.zone
        # Indices into `bezet`: the same booking listed twice still counts once, and two
        # equal bookings (two ceremonies) still count twice.
        op_dag: dict[date, list[int]] = defaultdict(list)
        ceremonies_in_week: dict[date, list[int]] = defaultdict(list)
        for i, b in enumerate(bezet):
            dag, laatste = b.start.astimezone(zone).date(), b.eind.astimezone(zone).date()
            while dag <= laatste:
                op_dag[dag].append(i)
                dag += timedelta(days=1)
            if b.soort is Middelsoort.AMBTENAAR and b.ceremonie:
                ceremonies_in_week[week(b.start.astimezone(zone).date())].append(i)
        zoek = (
            id(config),
            vraag.soort.code,
            tuple(loc.id for loc in vraag.locaties),
            tuple(a.id for a in vraag.ambtenaren),
            vraag.keuze,
            vraag.eigen_babs,
        )
        prijzen = self._prijzen_voor(config, vraag)
        dagen: list[Dagaanbod] = []
        dag = van
        while dag <= tot:
            if dag not in config.geblokkeerde_datums:
                volgende = dag + timedelta(days=1)
                indices = {
                    *op_dag.get(dag, ()),
                    *op_dag.get(volgende, ()),
                    *ceremonies_in_week.get(week(dag), ()),
                }
                relevant = tuple(bezet[i] for i in sorted(indices))
                begonnen = na is not None and na >= datetime.combine(dag, time(0), tzinfo=zone)
                sleutel = (zoek, dag, relevant, na if begonnen else None)
                bekend = self._bekend.get(sleutel)
                if bekend is not None and bekend[0] is config:
                    self._bekend.move_to_end(sleutel)
                    aanbod = bekend[1]
                else:
                    slots = vrij_in(config, vraag, dag, dag, relevant, na, prijzen)
                    aanbod = next(iter(per_dag(slots, zone)), None)
                    self._onthoud(sleutel, (config, aanbod))
                if aanbod is not None:
                    dagen.append(aanbod)
            dag += timedelta(days=1)
        return dagen

    def _onthoud(
        self, sleutel: Hashable, waarde: tuple[ProcesConfiguratie, Dagaanbod | None]
    ) -> None:
        self.berekend += 1
        self._bekend[sleutel] = waarde
        while len(self._bekend) > self._maximum:
            self._bekend.popitem(last=False)

    def _prijzen_voor(self, config: ProcesConfiguratie, vraag: Zoekvraag) -> Prijzen:
        sleutel = (id(config), vraag.soort.code, vraag.keuze)
        bekend = self._prijzen.get(sleutel)
        if bekend is not None and bekend[0] is config:
            return bekend[1]
        if len(self._prijzen) >= 64:  # a reloaded configuration's prices are not asked again
            self._prijzen.clear()
        prijzen = Prijzen(config, vraag.soort, vraag.keuze)
        self._prijzen[sleutel] = (config, prijzen)
        return prijzen
