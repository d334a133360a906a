"""The value objects a marriage case is made of: partners and consent, witnesses, officiant and
location choices, the moment, the notice with its declarations, the payment, the history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from trouwgraph.domain.begrippen import Ambtenaarkeuze, Naamgebruik, Partnerrol
from trouwgraph.domain.bsn import controleer_bsn
from trouwgraph.domain.fouten import OngeldigeInvoer
from trouwgraph.domain.status import Gebeurtenis, Status

__all__ = [
    "Adres",
    "AmbtenaarKeuze",
    "Betaalstatus",
    "Betaling",
    "EigenBabs",
    "Getuige",
    "Instemming",
    "Instemmingstatus",
    "LocatieKeuze",
    "Melding",
    "Meldingstatus",
    "Moment",
    "Partner",
    "Statuswijziging",
    "Verklaring",
    "vereis_tijdzone",
]


def vereis_tijdzone(moment: datetime, veld: str) -> datetime:
    """Return `moment` when it is timezone-aware, else raise `OngeldigeInvoer`."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise OngeldigeInvoer("Geef een tijdstip met tijdzone.", veld=veld)
    return moment


class Instemmingstatus(StrEnum):
    """The state of a partner's consent."""

    GEVRAAGD = "GEVRAAGD"
    VERLEEND = "VERLEEND"
    GEWEIGERD = "GEWEIGERD"
    INGETROKKEN = "INGETROKKEN"


@dataclass(frozen=True, slots=True)
class Instemming:
    """A consent status and when it was reached."""

    status: Instemmingstatus
    op: datetime


@dataclass(frozen=True, slots=True)
class Partner:
    """One of the two people marrying."""

    bsn: str
    rol: Partnerrol
    instemming: Instemming
    naamgebruik: Naamgebruik | None = None
    verklaring: Verklaring | None = None  # their own declaration, until the notice takes it


@dataclass(frozen=True, slots=True)
class Getuige:
    """A witness: a person with a BSN, or a municipal witness (named by the municipality)."""

    bsn: str | None = None
    gemeentelijk: bool = False

    def __post_init__(self) -> None:
        if self.gemeentelijk == (self.bsn is not None):
            raise OngeldigeInvoer(
                "Geef een burgerservicenummer, of kies een gemeentelijke getuige.",
                veld="getuige",
            )
        if self.bsn is not None:
            controleer_bsn(self.bsn, "getuige.bsn")

    @classmethod
    def persoon(cls, bsn: str) -> Getuige:
        """A witness the couple brings."""
        return cls(bsn=bsn)

    @classmethod
    def gemeentelijke(cls) -> Getuige:
        """A municipal witness."""
        return cls(gemeentelijk=True)


@dataclass(frozen=True, slots=True)
class EigenBabs:
    """The couple's own officiant (trouwambtenaar voor één dag)."""

    bsn: str
    naam: str

    def __post_init__(self) -> None:
        controleer_bsn(self.bsn, "eigenBabs.bsn")
        if not self.naam.strip():
            raise OngeldigeInvoer(
                "Vul de naam van de eigen BABS in.", veld="ambtenaar.eigenBabs.naam"
            )


@dataclass(frozen=True, slots=True)
class AmbtenaarKeuze:
    """How the officiant is chosen, with the chosen municipal BABS or the own BABS."""

    soort: Ambtenaarkeuze
    ambtenaar_id: str | None = None
    eigen: EigenBabs | None = None

    def __post_init__(self) -> None:
        nodig_id = self.soort is Ambtenaarkeuze.KEUZE
        nodig_eigen = self.soort is Ambtenaarkeuze.EIGEN
        if nodig_id != (self.ambtenaar_id is not None) or nodig_eigen != (self.eigen is not None):
            raise OngeldigeInvoer(
                "Deze keuze voor de BABS past niet bij de gegevens.", veld="ambtenaar"
            )

    @classmethod
    def toegewezen(cls) -> AmbtenaarKeuze:
        """No preference: the municipality assigns an officiant."""
        return cls(Ambtenaarkeuze.TOEGEWEZEN)

    @classmethod
    def keuze(cls, ambtenaar_id: str) -> AmbtenaarKeuze:
        """An officiant from the municipality's list."""
        return cls(Ambtenaarkeuze.KEUZE, ambtenaar_id=ambtenaar_id)

    @classmethod
    def eigen_babs(cls, bsn: str, naam: str) -> AmbtenaarKeuze:
        """The couple's own officiant."""
        return cls(Ambtenaarkeuze.EIGEN, eigen=EigenBabs(bsn, naam))


@dataclass(frozen=True, slots=True)
class Adres:
    """A Dutch address (checked against the BAG by the resolvers)."""

    straat: str
    huisnummer: int
    postcode: str
    woonplaats: str
    huisletter: str | None = None
    toevoeging: str | None = None


@dataclass(frozen=True, slots=True)
class LocatieKeuze:
    """A municipal/external location by id, or a location for one day: an address, or a
    description for an outdoor place without one."""

    locatie_id: str | None = None
    adres: Adres | None = None
    omschrijving: str | None = None

    def __post_init__(self) -> None:
        eigen = self.adres is not None or bool(self.omschrijving and self.omschrijving.strip())
        if (self.locatie_id is not None) == eigen:
            raise OngeldigeInvoer(
                "locatie: give either a location id, or an address or description"
            )

    @property
    def is_eigen(self) -> bool:
        """True for a location for one day."""
        return self.locatie_id is None


@dataclass(frozen=True, slots=True)
class Moment:
    """When the ceremony's slot starts and ends (aware datetimes)."""

    start: datetime
    eind: datetime

    def __post_init__(self) -> None:
        vereis_tijdzone(self.start, "moment.start")
        vereis_tijdzone(self.eind, "moment.eind")
        if self.eind <= self.start:
            raise OngeldigeInvoer("Het einde moet na het begin liggen.", veld="moment")


@dataclass(frozen=True, slots=True)
class Verklaring:
    """One partner's declarations for the notice, given by that partner (with their own
    login, or at the desk where staff record it). The first three must be true; the blood
    relationship answers feed the checks."""

    rol: Partnerrol
    gegevens_naar_waarheid: bool
    niet_elders_gehuwd: bool
    niet_uitsluitend_voor_verblijf: bool
    bloedverwant_derde_of_vierde_graad: bool = False
    beedigde_verklaring_bloedverwantschap: bool = False
    op: datetime | None = None  # when it was given (None in notices from before 0.2)
    aan_balie: bool = False  # given at the municipality's desk, recorded by staff

    @property
    def volledig(self) -> bool:
        """True when every required declaration is made."""
        return (
            self.gegevens_naar_waarheid
            and self.niet_elders_gehuwd
            and self.niet_uitsluitend_voor_verblijf
        )


class Meldingstatus(StrEnum):
    """The municipality's handling of the notice."""

    ONTVANGEN = "ONTVANGEN"
    IN_BEHANDELING = "IN_BEHANDELING"
    GOEDGEKEURD = "GOEDGEKEURD"
    AFGEWEZEN = "AFGEWEZEN"


@dataclass(frozen=True, slots=True)
class Melding:
    """The notice of intended marriage (melding voorgenomen huwelijk)."""

    verklaringen: tuple[Verklaring, ...]
    ingediend_op: datetime
    status: Meldingstatus = Meldingstatus.ONTVANGEN
    reden: str | None = None
    beoordeeld_op: datetime | None = None


class Betaalstatus(StrEnum):
    """Where the case's payment stands (`domain.betaling` moves it on)."""

    OPEN = "OPEN"  # started at the provider; the couple may still pay
    BETAALD = "BETAALD"  # nothing is open any more
    DEELS_BETAALD = "DEELS_BETAALD"  # something was paid (at the desk), something is open
    MISLUKT = "MISLUKT"
    GEANNULEERD = "GEANNULEERD"  # the couple cancelled at the provider
    VERLOPEN = "VERLOPEN"  # not paid within the provider's term
    TERUGBETAALD = "TERUGBETAALD"  # the case was cancelled; the refund is under way


@dataclass(frozen=True, slots=True)
class Betaling:
    """The case's payment: its status, what was paid so far (`bedrag_cents`) and the last
    attempt's reference."""

    status: Betaalstatus
    bedrag_cents: int
    referentie: str
    op: datetime
    # Through the payment provider (which can refund it), or recorded by staff (at the desk).
    via_provider: bool = False


@dataclass(frozen=True, slots=True)
class Statuswijziging:
    """One line of the history: every action, with who (a label, never a BSN) and why."""

    op: datetime
    door: str
    gebeurtenis: Gebeurtenis
    van: Status | None
    naar: Status
    reden: str | None = None
