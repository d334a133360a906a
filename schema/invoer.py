"""Input types of the marriage mutations, and their conversion into domain values.

Conversions run inside the mutation's result handling, so a value the domain refuses (an
address without a street, an inconsistent choice) becomes an `OngeldigeInvoer` result.
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from trouwgraph.domain import onderdelen
from trouwgraph.schema.enums import Partnerrol, Status, Verbintenissoort
from trouwgraph.schema.scalars import BSN


@strawberry.input(description="Een adres in Nederland.")
class AdresInvoer:
    straat: str
    huisnummer: int
    postcode: str
    woonplaats: str
    huisletter: str | None = None
    toevoeging: str | None = None


@strawberry.input(
    one_of=True,
    description="Precies één van: een locatie van de gemeente, een eigen adres, of een "
    "omschrijving (eigen locatie zonder adres, bijvoorbeeld buiten).",
)
class LocatieKeuzeInvoer:
    locatie_id: strawberry.Maybe[strawberry.ID]
    adres: strawberry.Maybe[AdresInvoer]
    omschrijving: strawberry.Maybe[str]

    def naar_domein(self) -> onderdelen.LocatieKeuze:
        """The domain's choice."""
        if self.locatie_id:
            return onderdelen.LocatieKeuze(locatie_id=str(self.locatie_id.value))
        if self.adres:
            a = self.adres.value
            adres = onderdelen.Adres(
                a.straat, a.huisnummer, a.postcode, a.woonplaats, a.huisletter, a.toevoeging
            )
            return onderdelen.LocatieKeuze(adres=adres)
        return onderdelen.LocatieKeuze(
            omschrijving=self.omschrijving.value if self.omschrijving else None
        )


@strawberry.input(description="Een eigen BABS (trouwambtenaar voor één dag).")
class EigenBabsInvoer:
    burgerservicenummer: BSN
    naam: str


@strawberry.input(
    one_of=True,
    description="Precies één van: geen voorkeur (de gemeente wijst toe), een BABS uit de "
    "lijst, of een eigen BABS.",
)
class AmbtenaarKeuzeInvoer:
    toegewezen: strawberry.Maybe[bool]
    ambtenaar_id: strawberry.Maybe[strawberry.ID]
    eigen_babs: strawberry.Maybe[EigenBabsInvoer]

    def naar_domein(self) -> onderdelen.AmbtenaarKeuze:
        """The domain's choice."""
        if self.ambtenaar_id:
            return onderdelen.AmbtenaarKeuze.keuze(str(self.ambtenaar_id.value))
        if self.eigen_babs:
            eigen = self.eigen_babs.value
            return onderdelen.AmbtenaarKeuze.eigen_babs(eigen.burgerservicenummer, eigen.naam)
        return onderdelen.AmbtenaarKeuze.toegewezen()


@strawberry.input(one_of=True, description="Een getuige met BSN, of een gemeentelijke getuige.")
class GetuigeInvoer:
    burgerservicenummer: strawberry.Maybe[BSN]
    gemeentelijk: strawberry.Maybe[bool]

    def naar_domein(self) -> onderdelen.Getuige:
        """The domain's witness."""
        if self.burgerservicenummer:
            return onderdelen.Getuige.persoon(self.burgerservicenummer.value)
        return onderdelen.Getuige.gemeentelijke()


@strawberry.input(description="De verklaringen van één partner voor de melding.")
class VerklaringInvoer:
    gegevens_naar_waarheid: bool
    niet_elders_gehuwd: bool
    niet_uitsluitend_voor_verblijf: bool
    bloedverwant_derde_of_vierde_graad: bool = False
    beedigde_verklaring_bloedverwantschap: bool = False

    def naar_domein(self, rol: Partnerrol) -> onderdelen.Verklaring:
        """The domain's declaration of the partner with `rol`."""
        return onderdelen.Verklaring(
            rol,
            self.gegevens_naar_waarheid,
            self.niet_elders_gehuwd,
            self.niet_uitsluitend_voor_verblijf,
            self.bloedverwant_derde_of_vierde_graad,
            self.beedigde_verklaring_bloedverwantschap,
        )


@strawberry.input(description="Een nieuwe (voorlopige) reservering.")
class ReserveerInvoer:
    soort: Verbintenissoort
    ceremonietype: str
    start: datetime = strawberry.field(description="Begin van het tijdslot, met tijdzone.")
    locatie: LocatieKeuzeInvoer
    ambtenaar: AmbtenaarKeuzeInvoer | None = None
    extras: list[str] = strawberry.field(default_factory=list)
    partner1: BSN | None = strawberry.field(
        default=None,
        description="Alleen voor medewerkers: voor wie zij reserveren. Een burger reserveert "
        "altijd voor zichzelf (het BSN komt uit het token).",
    )


@strawberry.input(description="Selectie van huwelijken voor medewerkers.")
class HuwelijkenFilter:
    status: list[Status] | None = None
    van: datetime | None = strawberry.field(default=None, description="Start vanaf (inclusief).")
    tot: datetime | None = strawberry.field(default=None, description="Start voor (exclusief).")
    locatie_id: strawberry.ID | None = None
