"""The facts the legal checks need about people, as the resolvers read them from the BRP.

Field meanings follow Haal Centraal BRP Personen bevragen 2.x (geboorte.datum, overlijden,
indicatieCurateleRegister, partners[].soortVerbintenis / aangaanHuwelijkPartnerschap /
ontbindingHuwelijkPartnerschap, ouders, kinderen, opschortingBijhouding,
geheimhoudingPersoonsgegevens, nationaliteiten, verblijfplaats) and its `inOnderzoek`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from trouwgraph.domain.begrippen import Verbintenissoort
from trouwgraph.domain.datum import OnvolledigeDatum

__all__ = [
    "NEDERLANDSE_NATIONALITEIT",
    "Onderzoeksgegeven",
    "PersoonsFeiten",
    "SoortVerbintenis",
    "Stamboom",
    "Toetsingsgegevens",
    "Verbintenis",
]

NEDERLANDSE_NATIONALITEIT = "0001"  # BRP Tabel 32

# bsn -> the BSNs of that person's parents as the BRP records them (adoptive parents included).
# A person whose record was fetched but lists no parents maps to an empty sequence.
Stamboom = Mapping[str, Sequence[str]]


class SoortVerbintenis(StrEnum):
    """BRP soortVerbintenis: H = huwelijk, P = geregistreerd partnerschap."""

    H = "H"
    P = "P"


class Onderzoeksgegeven(StrEnum):
    """BRP data a rule uses that can be under investigation (`inOnderzoek`); the value is the
    Haal Centraal name, shown to staff."""

    GEBOORTEDATUM = "geboorte.datum"
    OVERLIJDEN = "overlijden"
    CURATELE = "indicatieCurateleRegister"
    PARTNERS = "partners"
    OUDERS = "ouders"
    KINDEREN = "kinderen"
    NATIONALITEIT = "nationaliteiten"
    VERBLIJFPLAATS = "verblijfplaats"


@dataclass(frozen=True, slots=True)
class Verbintenis:
    """A marriage or partnership in the BRP; without `ontbonden` it is current."""

    bsn: str | None
    soort: SoortVerbintenis
    aangegaan: OnvolledigeDatum | None = None
    ontbonden: OnvolledigeDatum | None = None

    @property
    def actueel(self) -> bool:
        """True when not dissolved (a dissolution with an unknown date still dissolves)."""
        return self.ontbonden is None


@dataclass(frozen=True, slots=True)
class PersoonsFeiten:
    """What the checks need to know about one person."""

    bsn: str
    geboortedatum: OnvolledigeDatum | None = None
    overleden: bool = False
    overlijdensdatum: OnvolledigeDatum | None = None
    curatele: bool = False
    partners: tuple[Verbintenis, ...] = ()
    ouders: tuple[str, ...] = ()
    kinderen: tuple[str, ...] = ()
    opschorting: str | None = None  # opschortingBijhouding.reden code: O, E, M, R, F
    geheimhouding: bool = False
    nationaliteiten: tuple[str, ...] = ()
    verblijfstitel_geldig: bool | None = None
    woont_in_nl: bool | None = None
    # What of the above the BRP has under investigation, with the start date when known.
    in_onderzoek: Mapping[Onderzoeksgegeven, OnvolledigeDatum | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Toetsingsgegevens:
    """Everything `toets` looks at for one case.

    `getuigen` holds a witness's facts, or None for a municipal witness (no BRP person).
    `melding_op` is the notice date, or None before the notice (no term check then).
    `verklaring_bloedverwantschap`: the sworn declaration for 3rd/4th degree relatives is
    present. `stamboom_in_onderzoek`: the parents of someone in the walked family tree (beyond
    the partners themselves) are under investigation in the BRP.
    """

    soort: Verbintenissoort
    trouwdatum: date
    partner1: PersoonsFeiten
    partner2: PersoonsFeiten
    getuigen: tuple[PersoonsFeiten | None, ...] = ()
    eigen_babs: PersoonsFeiten | None = None
    stamboom: Stamboom = field(default_factory=dict)
    verklaring_bloedverwantschap: bool = False
    melding_op: date | None = None
    stamboom_in_onderzoek: bool = False
