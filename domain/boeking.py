"""What can be booked, and when: the one rule that `beschikbaarheid` and `reserveer` share.

Every deadline that limits a booking is a condition on the ceremony's local date `d`, seen
from today `t` (the municipality's calendar):

- the notice must still be possible: `t <= d - melding_min_dagen_voor`;
- the booking horizon: `d <= t + boekingshorizon_dagen`;
- a type booked only after the notice: the notice must be possible today,
  `t >= d - melding_max_dagen_voor`.

Together they make one contiguous period of dates (`boekingsperiode`). The free-slot search
only looks inside it, and `controleer_boeking` refuses a start outside it with the error that
names the deadline; so what is offered and what can be reserved cannot drift apart. Both
also drop a start at or before `nu`. Dates outside the calendar's range (year 1 to 9999)
never reach date arithmetic: `controleer_moment` refuses them first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from trouwgraph.domain.configuratie import Ceremonietype, ProcesConfiguratie
from trouwgraph.domain.fouten import (
    OngeldigeInvoer,
    TermijnNogNietOpen,
    TermijnVerstreken,
)

__all__ = [
    "MAX_AFSTAND_DAGEN",
    "Boekingsperiode",
    "boekingsperiode",
    "controleer_boeking",
    "controleer_datum",
    "controleer_moment",
    "zoekbereik",
]

# How far a date argument may lie from today before it is refused without further thought:
# far enough for any deadline of the process, near enough that no date arithmetic overflows.
MAX_AFSTAND_DAGEN = 100 * 366


@dataclass(frozen=True, slots=True)
class Boekingsperiode:
    """The local dates a ceremony of some type can be booked for today (inclusive); empty
    when `eerste > laatste`."""

    eerste: date
    laatste: date

    def bevat(self, dag: date) -> bool:
        """True when a ceremony on `dag` can be booked."""
        return self.eerste <= dag <= self.laatste


def boekingsperiode(
    config: ProcesConfiguratie, soort: Ceremonietype, nu: datetime
) -> Boekingsperiode:
    """The dates a ceremony of `soort` can be booked for at `nu`."""
    t = config.termijnen
    vandaag = nu.astimezone(config.zone).date()
    laatste_dagen = t.boekingshorizon_dagen
    if soort.alleen_na_melding:
        laatste_dagen = min(laatste_dagen, t.melding_max_dagen_voor)
    return Boekingsperiode(
        vandaag + timedelta(days=t.melding_min_dagen_voor),
        vandaag + timedelta(days=laatste_dagen),
    )


def controleer_moment(moment: datetime, veld: str, nu: datetime) -> datetime:
    """An aware `moment` within a century of `nu`; `OngeldigeInvoer` naming `veld` otherwise
    (also for a moment whose offset takes it outside the calendar)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise OngeldigeInvoer("Geef een tijdstip met tijdzone (bijvoorbeeld +01:00).", veld=veld)
    try:
        utc = moment.astimezone(UTC)
    except (OverflowError, ValueError):
        raise OngeldigeInvoer("Deze datum ligt buiten de kalender.", veld=veld) from None
    if abs((utc.date() - nu.astimezone(UTC).date()).days) > MAX_AFSTAND_DAGEN:
        raise OngeldigeInvoer("Kies een datum binnen honderd jaar van vandaag.", veld=veld)
    return moment


def controleer_datum(dag: date, veld: str, nu: datetime) -> date:
    """A date within a century of `nu`; `OngeldigeInvoer` naming `veld` otherwise."""
    if abs((dag - nu.date()).days) > MAX_AFSTAND_DAGEN:
        raise OngeldigeInvoer("Kies een datum binnen honderd jaar van vandaag.", veld=veld)
    return dag


def controleer_boeking(
    config: ProcesConfiguratie, soort: Ceremonietype, start: datetime, nu: datetime
) -> None:
    """Refuse a start that `boekingsperiode` leaves out, naming the deadline it misses."""
    controleer_moment(start, "start", nu)
    if start <= nu:
        raise OngeldigeInvoer("Kies een moment in de toekomst.", veld="start")
    periode = boekingsperiode(config, soort, nu)
    dag = start.astimezone(config.zone).date()
    if dag < periode.eerste:
        raise TermijnVerstreken("Voor deze datum kan de melding niet meer op tijd worden gedaan.")
    if dag > periode.laatste:
        horizon = config.termijnen.boekingshorizon_dagen
        vandaag = nu.astimezone(config.zone).date()
        if soort.alleen_na_melding and (dag - vandaag).days <= horizon:
            vroegst = dag - timedelta(days=config.termijnen.melding_max_dagen_voor)
            raise TermijnNogNietOpen(
                f"Deze soort ceremonie ({soort.code}) kunt u boeken zodra de melding kan, "
                f"vanaf {vroegst.strftime('%d-%m-%Y')}.",
                veld="start",
            )
        raise OngeldigeInvoer(f"Kies een datum binnen {horizon} dagen van vandaag.", veld="start")


def zoekbereik(
    config: ProcesConfiguratie, soort: Ceremonietype, van: date, tot: date, nu: datetime
) -> tuple[date, date] | None:
    """The part of the period `van`..`tot` that can be booked at `nu`; None when nothing."""
    periode = boekingsperiode(config, soort, nu)
    begin, eind = max(van, periode.eerste), min(tot, periode.laatste)
    return (begin, eind) if begin <= eind else None
