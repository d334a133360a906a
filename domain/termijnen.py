"""Deadlines of the process, computed from the configuration and a given moment.

All dates are local calendar dates in the municipality's time zone; a deadline date is the
last day on which the action is still allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from trouwgraph.domain.configuratie import ProcesConfiguratie

__all__ = [
    "Meldingsvenster",
    "betaling_uiterlijk",
    "betaling_verloopt_op",
    "einde_van_dag",
    "getuigen_uiterlijk",
    "lokale_datum",
    "melding_geldig_tot",
    "meldingsvenster",
    "reservering_verloopt_op",
    "voorlopig_verloopt_op",
]


@dataclass(frozen=True, slots=True)
class Meldingsvenster:
    """The days on which the notice for a ceremony on some date may be given (inclusive)."""

    vroegst: date
    uiterlijk: date

    def bevat(self, dag: date) -> bool:
        """True when a notice on `dag` is in time and not too early."""
        return self.vroegst <= dag <= self.uiterlijk


def lokale_datum(moment: datetime, config: ProcesConfiguratie) -> date:
    """The municipality's calendar date of an aware `moment`."""
    if moment.tzinfo is None:
        raise ValueError("an aware datetime is needed")
    return moment.astimezone(config.zone).date()


def einde_van_dag(dag: date, config: ProcesConfiguratie) -> datetime:
    """The first instant after local day `dag`: the moment a deadline on `dag` has passed."""
    return datetime.combine(dag + timedelta(days=1), time(0, 0), tzinfo=config.zone)


def meldingsvenster(ceremoniedatum: date, config: ProcesConfiguratie) -> Meldingsvenster:
    """The notice window: at most `melding_max_dagen_voor`, at least `melding_min_dagen_voor`
    days before the ceremony (law: one year and two weeks)."""
    t = config.termijnen
    return Meldingsvenster(
        vroegst=ceremoniedatum - timedelta(days=t.melding_max_dagen_voor),
        uiterlijk=ceremoniedatum - timedelta(days=t.melding_min_dagen_voor),
    )


def melding_geldig_tot(ingediend_op: date, config: ProcesConfiguratie) -> date:
    """The last ceremony date a notice given on `ingediend_op` is valid for."""
    return ingediend_op + timedelta(days=config.termijnen.melding_geldig_dagen)


def getuigen_uiterlijk(ceremoniedatum: date, config: ProcesConfiguratie) -> date:
    """The last day on which witnesses can be named or changed."""
    return ceremoniedatum - timedelta(days=config.termijnen.getuigen_dagen_voor)


def voorlopig_verloopt_op(nu: datetime, config: ProcesConfiguratie) -> datetime:
    """When a provisional reservation made or put back on hold at `nu` lapses."""
    return nu + timedelta(minutes=config.termijnen.voorlopige_reservering_minuten)


def reservering_verloopt_op(ceremoniedatum: date, config: ProcesConfiguratie) -> datetime:
    """When a consented reservation lapses without a notice: after the last notice day."""
    return einde_van_dag(meldingsvenster(ceremoniedatum, config).uiterlijk, config)


def betaling_uiterlijk(vanaf: date, ceremoniedatum: date, config: ProcesConfiguratie) -> date:
    """The last day to pay when payment became due on `vanaf` (the approval): `betaling_dagen`
    later, but at the latest the day before the ceremony - and never before `vanaf` itself."""
    uiterlijk = min(
        vanaf + timedelta(days=config.termijnen.betaling_dagen),
        ceremoniedatum - timedelta(days=1),
    )
    return max(uiterlijk, vanaf)


def betaling_verloopt_op(vanaf: date, ceremoniedatum: date, config: ProcesConfiguratie) -> datetime:
    """When an approved case that is not paid lapses: after its last payment day."""
    return einde_van_dag(betaling_uiterlijk(vanaf, ceremoniedatum, config), config)
