"""Per-municipality configuration of the marriage process.

Everything a municipality decides for itself lives here: ceremony types, locations, officiants,
extras, prices (in euro cents), opening hours and slot rules, and the deadlines. The legal
constants (2-4 witnesses, 18 years) are not configurable and live with the rules.
`ProcesConfiguratie.standaard()` gives defaults drawn from real examples (Utrecht, Hoorn and the
Common Gateway HuwelijksplannerBundle test data). A configuration validates itself when built
(`domain.configuratiecontrole`) and raises `ConfiguratieFout` naming the offending key and value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import IntEnum
from zoneinfo import ZoneInfo

from trouwgraph.domain.begrippen import Ambtenaarkeuze, Locatiesoort
from trouwgraph.domain.configuratiecontrole import valideer
from trouwgraph.domain.fouten import OnbekendGegeven

__all__ = [
    "Ambtenaar",
    "Ambtenaarprijzen",
    "Ceremonietype",
    "Extra",
    "Locatie",
    "ProcesConfiguratie",
    "Starttijd",
    "Termijnen",
    "Tijdvak",
    "Weekdag",
]


class Weekdag(IntEnum):
    """Days of the week, numbered as `date.weekday()` does."""

    MAANDAG = 0
    DINSDAG = 1
    WOENSDAG = 2
    DONDERDAG = 3
    VRIJDAG = 4
    ZATERDAG = 5
    ZONDAG = 6


WERKDAGEN = frozenset(Weekdag(d) for d in range(5))


@dataclass(frozen=True, slots=True)
class Tijdvak:
    """A window on one weekday, e.g. opening hours: [van, tot)."""

    weekdag: Weekdag
    van: time
    tot: time

    def omvat(self, start: datetime, eind: datetime) -> bool:
        """True when the local interval [start, eind] falls inside this window (same day)."""
        return (
            start.weekday() == self.weekdag
            and start.date() == eind.date()
            and self.van <= start.time()
            and eind.time() <= self.tot
        )


@dataclass(frozen=True, slots=True)
class Starttijd:
    """A fixed start time on a weekday (e.g. free ceremonies: Monday 10:00 and 10:30)."""

    weekdag: Weekdag
    tijd: time


@dataclass(frozen=True, slots=True)
class Ceremonietype:
    """A kind of ceremony the municipality offers, with its price and booking rules."""

    code: str
    naam: str
    omschrijving: str
    prijs_cents: int
    duur_minuten: int
    max_gasten: int | None = None  # None: bounded by the location's capacity only
    alleen_na_melding: bool = False
    starttijden: tuple[Starttijd, ...] = ()  # empty: any start within opening hours
    babs_keuze_toegestaan: bool = True
    locatie_ids: frozenset[str] | None = None  # None: every municipal/external location
    eigen_locatie_toegestaan: bool = True


@dataclass(frozen=True, slots=True)
class Locatie:
    """A place to marry; `slotduur_minuten` overrides the type's duration when longer."""

    id: str
    naam: str
    adres: str
    capaciteit: int
    prijs_cents: int
    soort: Locatiesoort
    slotduur_minuten: int | None = None


@dataclass(frozen=True, slots=True)
class Ambtenaar:
    """A municipal officiant (BABS) with the limits of their availability."""

    id: str
    naam: str
    beedigd_op: date | None
    max_per_dag: int
    max_per_week: int
    weekdagen: frozenset[Weekdag] = WERKDAGEN
    afwezig: frozenset[date] = frozenset()


@dataclass(frozen=True, slots=True)
class Extra:
    """An optional product: trouwboekje, interpreter, ..."""

    code: str
    naam: str
    prijs_cents: int


@dataclass(frozen=True, slots=True)
class Ambtenaarprijzen:
    """The price of each way of choosing the officiant."""

    toegewezen_cents: int = 0
    keuze_cents: int = 25200
    eigen_cents: int = 36200

    def voor(self, keuze: Ambtenaarkeuze) -> int:
        """The price of `keuze`."""
        return {
            Ambtenaarkeuze.TOEGEWEZEN: self.toegewezen_cents,
            Ambtenaarkeuze.KEUZE: self.keuze_cents,
            Ambtenaarkeuze.EIGEN: self.eigen_cents,
        }[keuze]


@dataclass(frozen=True, slots=True)
class Termijnen:
    """Deadlines, in minutes or days.

    `voorlopige_reservering_minuten`: how long a provisional reservation holds its slot while
    partner 2 has not consented. `getuigen_dagen_voor`: witnesses are named at the latest this
    many days before the ceremony (Utrecht: 6 weeks). The notice is allowed between
    `melding_max_dagen_voor` and `melding_min_dagen_voor` days before the ceremony, and stays
    valid for `melding_geldig_dagen`. An approved case with something to pay is paid within
    `betaling_dagen` (and at the latest the day before the ceremony), or it lapses.
    """

    voorlopige_reservering_minuten: int = 3 * 24 * 60
    getuigen_dagen_voor: int = 42
    melding_min_dagen_voor: int = 14
    melding_max_dagen_voor: int = 365
    melding_geldig_dagen: int = 365
    betaling_dagen: int = 14


@dataclass(frozen=True, slots=True)
class ProcesConfiguratie:
    """All of one municipality's settings for the process; validated on construction."""

    gemeentecode: str
    ceremonietypen: tuple[Ceremonietype, ...]
    locaties: tuple[Locatie, ...]
    ambtenaren: tuple[Ambtenaar, ...]
    extras: tuple[Extra, ...] = ()
    eigen_locatie: Locatie | None = None  # None: no location for one day offered
    ambtenaarprijzen: Ambtenaarprijzen = field(default_factory=Ambtenaarprijzen)
    eigen_babs_toegestaan: bool = True
    gemeentelijke_getuige_prijs_cents: int | None = 5000  # None: not offered
    openingstijden: tuple[Tijdvak, ...] = ()
    startinterval_minuten: int = 30
    kantooruren: tuple[Tijdvak, ...] = ()
    toeslag_buiten_kantooruren_cents: int = 0
    geblokkeerde_datums: frozenset[date] = frozenset()
    termijnen: Termijnen = field(default_factory=Termijnen)
    annuleringskosten_cents: int = 0
    tijdzone: str = "Europe/Amsterdam"

    def __post_init__(self) -> None:
        valideer(self)

    @property
    def zone(self) -> ZoneInfo:
        """The municipality's time zone."""
        return ZoneInfo(self.tijdzone)

    def ceremonietype(self, code: str) -> Ceremonietype:
        """The ceremony type `code`, or `OnbekendGegeven`."""
        for ceremonietype in self.ceremonietypen:
            if ceremonietype.code == code:
                return ceremonietype
        raise OnbekendGegeven("ceremonietype", code)

    def locatie(self, locatie_id: str) -> Locatie:
        """The municipal or external location `locatie_id`, or `OnbekendGegeven`."""
        for locatie in self.locaties:
            if locatie.id == locatie_id:
                return locatie
        raise OnbekendGegeven("locatie", locatie_id)

    def ambtenaar(self, ambtenaar_id: str) -> Ambtenaar:
        """The officiant `ambtenaar_id`, or `OnbekendGegeven`."""
        for ambtenaar in self.ambtenaren:
            if ambtenaar.id == ambtenaar_id:
                return ambtenaar
        raise OnbekendGegeven("ambtenaar", ambtenaar_id)

    def extra_product(self, code: str) -> Extra:
        """The extra `code`, or `OnbekendGegeven`."""
        for extra in self.extras:
            if extra.code == code:
                return extra
        raise OnbekendGegeven("extra", code)

    def locaties_voor(self, ceremonietype: Ceremonietype) -> tuple[Locatie, ...]:
        """The locations where `ceremonietype` can take place (not the location for one day)."""
        if ceremonietype.locatie_ids is None:
            return self.locaties
        return tuple(loc for loc in self.locaties if loc.id in ceremonietype.locatie_ids)

    def slotduur_minuten(self, ceremonietype: Ceremonietype, locatie: Locatie | None) -> int:
        """How long a slot lasts: the type's duration, or the location's slot when longer."""
        if locatie is None or locatie.slotduur_minuten is None:
            return ceremonietype.duur_minuten
        return max(ceremonietype.duur_minuten, locatie.slotduur_minuten)

    def binnen_kantooruren(self, start: datetime, eind: datetime) -> bool:
        """True when the (aware) interval lies within office hours, in local time."""
        lokaal_start, lokaal_eind = start.astimezone(self.zone), eind.astimezone(self.zone)
        return any(vak.omvat(lokaal_start, lokaal_eind) for vak in self.kantooruren)

    @classmethod
    def standaard(cls, gemeentecode: str = "0344") -> ProcesConfiguratie:
        """Defaults drawn from Utrecht (types, trouwboekje, witness deadline), Hoorn
        (cancellation fee) and Common Gateway's test data (locations and BABS prices)."""
        werkdagen = tuple(Tijdvak(dag, time(9, 0), time(17, 0)) for dag in sorted(WERKDAGEN))
        return cls(
            gemeentecode=gemeentecode,
            ceremonietypen=(
                Ceremonietype(
                    code="GRATIS",
                    naam="Gratis trouwen",
                    omschrijving="Alleen het paar en de getuigen, op maandagochtend.",
                    prijs_cents=0,
                    duur_minuten=10,
                    max_gasten=0,
                    alleen_na_melding=True,
                    starttijden=(
                        Starttijd(Weekdag.MAANDAG, time(10, 0)),
                        Starttijd(Weekdag.MAANDAG, time(10, 30)),
                    ),
                    babs_keuze_toegestaan=False,
                    locatie_ids=frozenset({"stadsloket"}),
                    eigen_locatie_toegestaan=False,
                ),
                Ceremonietype(
                    code="EENVOUDIG",
                    naam="Eenvoudig trouwen",
                    omschrijving="Korte ceremonie van 5 tot 10 minuten, hooguit 10 gasten.",
                    prijs_cents=16300,
                    duur_minuten=10,
                    max_gasten=10,
                    alleen_na_melding=True,
                    starttijden=tuple(
                        Starttijd(dag, time(uur, minuut))
                        for dag in (Weekdag.DINSDAG, Weekdag.DONDERDAG)
                        for uur in (9, 10, 11)
                        for minuut in (0, 30)
                    ),
                    babs_keuze_toegestaan=False,
                    locatie_ids=frozenset({"stadsloket"}),
                    eigen_locatie_toegestaan=False,
                ),
                Ceremonietype(
                    code="UITGEBREID",
                    naam="Uitgebreid trouwen",
                    omschrijving="Ceremonie naar eigen wens; de locatie wordt apart berekend.",
                    prijs_cents=26800,
                    duur_minuten=45,
                ),
            ),
            locaties=(
                Locatie(
                    "stadsloket",
                    "Stadsloket",
                    "Stadsplateau 1, Utrecht",
                    14,
                    0,
                    Locatiesoort.GEMEENTELIJK,
                    30,
                ),
                Locatie(
                    "trouwzaal",
                    "Trouwzaal",
                    "Korte Minrebroederstraat 2, Utrecht",
                    60,
                    22200,
                    Locatiesoort.GEMEENTELIJK,
                    60,
                ),
                Locatie(
                    "loge",
                    "Loge",
                    "Korte Minrebroederstraat 2, Utrecht",
                    20,
                    67000,
                    Locatiesoort.GEMEENTELIJK,
                    60,
                ),
            ),
            eigen_locatie=Locatie("eigen", "Eigen locatie", "", 0, 88400, Locatiesoort.EIGEN, 120),
            ambtenaren=(
                Ambtenaar("babs-anna-conijn", "Anna Conijn", date(2010, 4, 18), 4, 12),
                Ambtenaar(
                    "babs-bas-de-boer",
                    "Bas de Boer",
                    date(2012, 4, 16),
                    3,
                    8,
                    frozenset({Weekdag.VRIJDAG, Weekdag.ZATERDAG}),
                ),
                Ambtenaar("babs-carla-broekhoff", "Carla Broekhoff", date(2004, 12, 13), 4, 10),
                Ambtenaar(
                    "babs-daphne-de-bruijn",
                    "Daphne de Bruijn",
                    date(2006, 3, 3),
                    2,
                    6,
                    frozenset({Weekdag.MAANDAG, Weekdag.WOENSDAG, Weekdag.ZATERDAG}),
                ),
            ),
            extras=(
                Extra("TROUWBOEKJE", "Trouwboekje", 3020),
                Extra("TROUWBOEKJE_LEER", "Trouwboekje met lederen omslag", 3250),
                Extra("CEREMONIETAAL", "Ceremonie in een andere taal (eigen tolk)", 0),
            ),
            gemeentelijke_getuige_prijs_cents=5000,
            openingstijden=(*werkdagen, Tijdvak(Weekdag.ZATERDAG, time(10, 0), time(16, 0))),
            startinterval_minuten=30,
            kantooruren=werkdagen,
            toeslag_buiten_kantooruren_cents=0,
            annuleringskosten_cents=6500,
        )
