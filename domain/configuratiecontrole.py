"""The checks a municipality's process configuration passes when it is built.

`ProcesConfiguratie.__post_init__` calls `valideer`; the first broken rule raises
`ConfiguratieFout` with the key (as the TOML file spells it: `locaties[trouwzaal].capaciteit`),
the value and what is wrong, so an operator can fix the file from the message alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from trouwgraph.domain.begrippen import Locatiesoort
from trouwgraph.domain.fouten import ConfiguratieFout

if TYPE_CHECKING:
    from trouwgraph.domain.configuratie import Locatie, ProcesConfiguratie, Termijnen

__all__ = ["valideer"]


def valideer(config: ProcesConfiguratie) -> None:
    """Raise `ConfiguratieFout` for the first key of `config` that breaks a rule."""
    if not (len(config.gemeentecode) == 4 and config.gemeentecode.isdigit()):
        raise ConfiguratieFout("gemeentecode", config.gemeentecode, "must be 4 digits")
    try:
        ZoneInfo(config.tijdzone)
    except (ZoneInfoNotFoundError, ValueError) as fout:
        raise ConfiguratieFout("tijdzone", config.tijdzone, "unknown time zone") from fout
    _uniek("ceremonietypen", (t.code for t in config.ceremonietypen))
    _uniek("locaties", (loc.id for loc in config.locaties))
    _uniek("ambtenaren", (a.id for a in config.ambtenaren))
    _uniek("extras", (e.code for e in config.extras))
    if not config.ceremonietypen:
        raise ConfiguratieFout("ceremonietypen", (), "at least one ceremony type is needed")
    locatie_ids = {loc.id for loc in config.locaties}
    for t in config.ceremonietypen:
        sleutel = f"ceremonietypen[{t.code}]"
        _niet_negatief(f"{sleutel}.prijs_cents", t.prijs_cents)
        _positief(f"{sleutel}.duur_minuten", t.duur_minuten)
        if t.max_gasten is not None:
            _niet_negatief(f"{sleutel}.max_gasten", t.max_gasten)
        if t.locatie_ids is not None and not t.locatie_ids <= locatie_ids:
            onbekend = sorted(t.locatie_ids - locatie_ids)
            raise ConfiguratieFout(f"{sleutel}.locatie_ids", onbekend, "unknown location")
    for loc in config.locaties:
        sleutel = f"locaties[{loc.id}]"
        if loc.soort is Locatiesoort.EIGEN:
            raise ConfiguratieFout(
                f"{sleutel}.soort",
                loc.soort.value,
                "the location for one day belongs in eigen_locatie",
            )
        _locatie_getallen(sleutel, loc)
    if config.eigen_locatie is not None:
        if config.eigen_locatie.soort is not Locatiesoort.EIGEN:
            raise ConfiguratieFout(
                "eigen_locatie.soort", config.eigen_locatie.soort.value, "must be EIGEN"
            )
        _locatie_getallen("eigen_locatie", config.eigen_locatie)
    for a in config.ambtenaren:
        sleutel = f"ambtenaren[{a.id}]"
        _positief(f"{sleutel}.max_per_dag", a.max_per_dag)
        if a.max_per_week < a.max_per_dag:
            raise ConfiguratieFout(
                f"{sleutel}.max_per_week", a.max_per_week, "must be at least max_per_dag"
            )
        if not a.weekdagen:
            raise ConfiguratieFout(f"{sleutel}.weekdagen", (), "needs at least one weekday")
    for e in config.extras:
        _niet_negatief(f"extras[{e.code}].prijs_cents", e.prijs_cents)
    prijzen = config.ambtenaarprijzen
    for naam in ("toegewezen_cents", "keuze_cents", "eigen_cents"):
        _niet_negatief(f"ambtenaarprijzen.{naam}", getattr(prijzen, naam))
    if config.gemeentelijke_getuige_prijs_cents is not None:
        _niet_negatief(
            "gemeentelijke_getuige_prijs_cents", config.gemeentelijke_getuige_prijs_cents
        )
    for naam, vakken in (
        ("openingstijden", config.openingstijden),
        ("kantooruren", config.kantooruren),
    ):
        for i, vak in enumerate(vakken):
            if vak.van >= vak.tot:
                raise ConfiguratieFout(f"{naam}[{i}].tot", vak.tot.isoformat(), "must be after van")
    if not 1 <= config.startinterval_minuten <= 24 * 60:
        raise ConfiguratieFout(
            "startinterval_minuten", config.startinterval_minuten, "must be between 1 and 1440"
        )
    _niet_negatief("toeslag_buiten_kantooruren_cents", config.toeslag_buiten_kantooruren_cents)
    _niet_negatief("annuleringskosten_cents", config.annuleringskosten_cents)
    _valideer_termijnen(config.termijnen)


def _valideer_termijnen(t: Termijnen) -> None:
    _positief("termijnen.voorlopige_reservering_minuten", t.voorlopige_reservering_minuten)
    _niet_negatief("termijnen.getuigen_dagen_voor", t.getuigen_dagen_voor)
    _niet_negatief("termijnen.melding_min_dagen_voor", t.melding_min_dagen_voor)
    if t.melding_max_dagen_voor <= t.melding_min_dagen_voor:
        raise ConfiguratieFout(
            "termijnen.melding_max_dagen_voor",
            t.melding_max_dagen_voor,
            "must be more than melding_min_dagen_voor",
        )
    _positief("termijnen.melding_geldig_dagen", t.melding_geldig_dagen)
    _positief("termijnen.betaling_dagen", t.betaling_dagen)


def _locatie_getallen(sleutel: str, loc: Locatie) -> None:
    _niet_negatief(f"{sleutel}.capaciteit", loc.capaciteit)
    _niet_negatief(f"{sleutel}.prijs_cents", loc.prijs_cents)
    if loc.slotduur_minuten is not None:
        _positief(f"{sleutel}.slotduur_minuten", loc.slotduur_minuten)


def _uniek(sleutel: str, waarden: Iterable[str]) -> None:
    gezien: set[str] = set()
    for waarde in waarden:
        if not waarde:
            raise ConfiguratieFout(sleutel, waarde, "ids and codes must not be empty")
        if waarde in gezien:
            raise ConfiguratieFout(sleutel, waarde, "duplicate id or code")
        gezien.add(waarde)


def _niet_negatief(sleutel: str, waarde: int) -> None:
    if waarde < 0:
        raise ConfiguratieFout(sleutel, waarde, "must not be negative")


def _positief(sleutel: str, waarde: int) -> None:
    if waarde <= 0:
        raise ConfiguratieFout(sleutel, waarde, "must be positive")
