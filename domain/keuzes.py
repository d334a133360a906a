"""Checks of the couple's choices against the municipality's configuration."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from trouwgraph.domain.begrippen import Ambtenaarkeuze
from trouwgraph.domain.configuratie import Ceremonietype, Locatie, ProcesConfiguratie
from trouwgraph.domain.fouten import DubbelePersoon, NietToegestaan, OngeldigeInvoer
from trouwgraph.domain.onderdelen import AmbtenaarKeuze, LocatieKeuze, Moment, vereis_tijdzone
from trouwgraph.domain.prijs import locatie_van

__all__ = [
    "controleer_ambtenaar",
    "controleer_extras",
    "controleer_locatie",
    "controleer_starttijd",
    "moment_voor",
]


def controleer_locatie(
    config: ProcesConfiguratie, soort: Ceremonietype, keuze: LocatieKeuze
) -> Locatie:
    """The configured location for `keuze`, if `soort` may take place there."""
    locatie = locatie_van(keuze, config)
    if keuze.is_eigen:
        if not soort.eigen_locatie_toegestaan:
            raise NietToegestaan(
                "Deze soort ceremonie kan niet op een eigen locatie.", veld="locatie"
            )
    elif locatie not in config.locaties_voor(soort):
        raise NietToegestaan("Deze soort ceremonie kan niet op deze locatie.", veld="locatie")
    return locatie


def controleer_ambtenaar(
    config: ProcesConfiguratie,
    soort: Ceremonietype,
    keuze: AmbtenaarKeuze,
    partner_bsns: Iterable[str],
) -> None:
    """A chosen or own officiant must be allowed for this type and municipality."""
    if keuze.soort is Ambtenaarkeuze.TOEGEWEZEN:
        return
    if not soort.babs_keuze_toegestaan:
        raise NietToegestaan(
            "Bij deze soort ceremonie kiest u de BABS niet zelf.", veld="ambtenaar"
        )
    if keuze.soort is Ambtenaarkeuze.KEUZE:
        assert keuze.ambtenaar_id is not None
        config.ambtenaar(keuze.ambtenaar_id)  # raises OnbekendGegeven
        return
    if not config.eigen_babs_toegestaan:
        raise NietToegestaan("Deze gemeente staat geen eigen BABS toe.", veld="ambtenaar")
    assert keuze.eigen is not None
    if keuze.eigen.bsn in set(partner_bsns):
        raise DubbelePersoon("Een partner kan niet de BABS zijn.", veld="ambtenaar")


def controleer_starttijd(config: ProcesConfiguratie, soort: Ceremonietype, start: datetime) -> None:
    """A type with fixed start times can only start at one of them (local time)."""
    vereis_tijdzone(start, "start")
    if not soort.starttijden:
        return
    lokaal = start.astimezone(config.zone)
    for starttijd in soort.starttijden:
        if lokaal.weekday() == starttijd.weekdag and lokaal.time() == starttijd.tijd:
            return
    raise NietToegestaan("Deze soort ceremonie kan niet op dit tijdstip beginnen.", veld="start")


def controleer_extras(config: ProcesConfiguratie, extras: Sequence[str]) -> tuple[str, ...]:
    """Known, distinct extra codes."""
    if len(set(extras)) != len(extras):
        raise OngeldigeInvoer("Elk extra product kiest u maar één keer.", veld="extras")
    for code in extras:
        config.extra_product(code)  # raises OnbekendGegeven
    return tuple(extras)


def moment_voor(
    config: ProcesConfiguratie, soort: Ceremonietype, locatie: Locatie, start: datetime
) -> Moment:
    """The slot starting at `start` for this type at this location."""
    duur = config.slotduur_minuten(soort, locatie)
    return Moment(start, start + timedelta(minutes=duur))
