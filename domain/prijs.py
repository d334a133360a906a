"""Price calculation: one line per priced choice, and the total, in euro cents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from trouwgraph.domain.begrippen import Ambtenaarkeuze
from trouwgraph.domain.configuratie import Locatie, ProcesConfiguratie
from trouwgraph.domain.fouten import NietToegestaan
from trouwgraph.domain.onderdelen import LocatieKeuze
from trouwgraph.domain.status import Status

__all__ = ["Prijsopgave", "Prijsregel", "annuleringskosten", "bereken_prijs", "locatie_van"]

_AMBTENAAR_OMSCHRIJVING = {
    Ambtenaarkeuze.TOEGEWEZEN: "Trouwambtenaar toegewezen",
    Ambtenaarkeuze.KEUZE: "Keuze voor een trouwambtenaar",
    Ambtenaarkeuze.EIGEN: "Eigen trouwambtenaar",
}


@dataclass(frozen=True, slots=True)
class Prijsregel:
    """One line of a quote; `code` is stable (CEREMONIETYPE, LOCATIE, AMBTENAAR, EXTRA,
    GEMEENTELIJKE_GETUIGE, TOESLAG_BUITEN_KANTOORUREN)."""

    code: str
    omschrijving: str
    bedrag_cents: int


@dataclass(frozen=True, slots=True)
class Prijsopgave:
    """A quote: its lines and their total."""

    regels: tuple[Prijsregel, ...]

    @property
    def totaal_cents(self) -> int:
        """The sum of all lines."""
        return sum(r.bedrag_cents for r in self.regels)


def locatie_van(keuze: LocatieKeuze, config: ProcesConfiguratie) -> Locatie:
    """The configured location behind a choice (the location for one day for an own place)."""
    if not keuze.is_eigen:
        assert keuze.locatie_id is not None
        return config.locatie(keuze.locatie_id)
    if config.eigen_locatie is None:
        raise NietToegestaan("Deze gemeente biedt geen eigen locatie aan.", veld="locatie")
    return config.eigen_locatie


def bereken_prijs(
    config: ProcesConfiguratie,
    *,
    ceremonietype: str,
    locatie: LocatieKeuze | None,
    ambtenaar: Ambtenaarkeuze = Ambtenaarkeuze.TOEGEWEZEN,
    extras: Sequence[str] = (),
    gemeentelijke_getuigen: int = 0,
    start: datetime | None = None,
    eind: datetime | None = None,
) -> Prijsopgave:
    """The quote for a set of choices. A surcharge applies when `start`/`eind` are given and
    fall outside office hours (and the municipality configured one)."""
    soort = config.ceremonietype(ceremonietype)
    regels = [Prijsregel("CEREMONIETYPE", soort.naam, soort.prijs_cents)]
    if locatie is not None:
        plek = locatie_van(locatie, config)
        regels.append(Prijsregel("LOCATIE", plek.naam, plek.prijs_cents))
    regels.append(
        Prijsregel(
            "AMBTENAAR", _AMBTENAAR_OMSCHRIJVING[ambtenaar], config.ambtenaarprijzen.voor(ambtenaar)
        )
    )
    for code in extras:
        extra = config.extra_product(code)
        regels.append(Prijsregel("EXTRA", extra.naam, extra.prijs_cents))
    if gemeentelijke_getuigen:
        if config.gemeentelijke_getuige_prijs_cents is None:
            raise NietToegestaan("Deze gemeente biedt geen gemeentelijke getuigen.", veld="getuige")
        regels.append(
            Prijsregel(
                "GEMEENTELIJKE_GETUIGE",
                f"Gemeentelijke getuige ({gemeentelijke_getuigen}x)",
                gemeentelijke_getuigen * config.gemeentelijke_getuige_prijs_cents,
            )
        )
    if (
        start is not None
        and eind is not None
        and config.toeslag_buiten_kantooruren_cents
        and not config.binnen_kantooruren(start, eind)
    ):
        regels.append(
            Prijsregel(
                "TOESLAG_BUITEN_KANTOORUREN",
                "Toeslag buiten kantooruren",
                config.toeslag_buiten_kantooruren_cents,
            )
        )
    return Prijsopgave(tuple(regels))


def annuleringskosten(status: Status, config: ProcesConfiguratie) -> int:
    """What cancelling costs in `status`: free until the notice, the configured fee after."""
    if status in (Status.VOORLOPIG, Status.GERESERVEERD):
        return 0
    return config.annuleringskosten_cents
