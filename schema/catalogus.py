"""What a municipality offers: ceremony types, locations, officiants (BABS), extras, free slots.

The domain's configuration objects are handed on as they are; these classes declare the GraphQL
shape and resolve the few fields whose GraphQL form differs (amounts as `Bedrag`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

import strawberry

from trouwgraph.domain import beschikbaarheid, configuratie
from trouwgraph.resolvers.context import Context
from trouwgraph.schema.enums import Locatiesoort

Info = strawberry.Info[Context, None]


@strawberry.type(description="Een bedrag in euro.")
class Bedrag:
    centen: int = strawberry.field(description="Het bedrag in eurocenten.")

    @strawberry.field(description='Het bedrag zoals een mens het leest, bijvoorbeeld "€ 163,00".')
    def weergave(self) -> str:
        euro, cent = divmod(self.centen, 100)
        return f"€ {euro:,}".replace(",", ".") + f",{cent:02d}"


def bedrag(centen: int) -> Bedrag:
    """A `Bedrag` of `centen` eurocents."""
    return Bedrag(centen=centen)


@strawberry.type(description="Een soort ceremonie met haar prijs en boekingsregels.")
class Ceremonietype:
    code: str
    naam: str
    omschrijving: str
    duur_minuten: int
    max_gasten: int | None
    alleen_na_melding: bool = strawberry.field(
        description="Alleen te boeken voor een datum waarvoor de melding nu gedaan kan worden."
    )
    babs_keuze_toegestaan: bool
    eigen_locatie_toegestaan: bool

    @strawberry.field
    @staticmethod
    def prijs(root: strawberry.Parent[configuratie.Ceremonietype]) -> Bedrag:
        return bedrag(root.prijs_cents)


@strawberry.type(description="Een trouwlocatie van de gemeente.")
class Locatie:
    id: strawberry.ID
    naam: str
    adres: str
    capaciteit: int
    slotduur_minuten: int | None
    soort: Locatiesoort

    @strawberry.field
    @staticmethod
    def prijs(root: strawberry.Parent[configuratie.Locatie]) -> Bedrag:
        return bedrag(root.prijs_cents)

    @strawberry.field(
        description="Medewerkers: de iCalendar-URL van de bevestigde ceremonies op deze locatie."
    )
    @staticmethod
    def agendafeed(root: strawberry.Parent[configuratie.Locatie], info: Info) -> str | None:
        return _agendafeed(info, "locatie", root.id)


def _agendafeed(info: Info, soort: str, resource_id: str) -> str | None:
    info.context.huwelijken.vereist_medewerker()
    return info.context.services.agendafeed(soort, resource_id)


@strawberry.type(description="Een (buitengewoon) ambtenaar van de burgerlijke stand (BABS).")
class Ambtenaar:
    id: strawberry.ID
    naam: str
    beedigd_op: date | None

    @strawberry.field(
        description="Medewerkers: de iCalendar-URL (RFC 5545) van de bevestigde ceremonies van "
        "deze BABS, om in een agenda te abonneren. Geheim: wie de URL heeft, ziet de agenda."
    )
    @staticmethod
    def agendafeed(root: strawberry.Parent[configuratie.Ambtenaar], info: Info) -> str | None:
        return _agendafeed(info, "ambtenaar", root.id)


@strawberry.type(description="Een extra product, zoals een trouwboekje.")
class Extra:
    code: str
    naam: str

    @strawberry.field
    @staticmethod
    def prijs(root: strawberry.Parent[configuratie.Extra]) -> Bedrag:
        return bedrag(root.prijs_cents)


@strawberry.type(description="Een vrij tijdslot op een locatie, met de vrije BABS en de prijs.")
class Tijdslot:
    start: datetime
    eind: datetime

    @strawberry.field
    @staticmethod
    def locatie(root: strawberry.Parent[beschikbaarheid.Tijdslot], info: Info) -> Locatie:
        config = info.context.huwelijken.config
        return cast(Locatie, config.locatie(root.locatie_id))

    @strawberry.field(description="De BABS die op dit moment vrij zijn.")
    @staticmethod
    def ambtenaren(
        root: strawberry.Parent[beschikbaarheid.Tijdslot], info: Info
    ) -> list[Ambtenaar]:
        config = info.context.huwelijken.config
        return [cast(Ambtenaar, config.ambtenaar(i)) for i in root.ambtenaar_ids]

    @strawberry.field(description="De totaalprijs van een ceremonie in dit slot.")
    @staticmethod
    def prijs(root: strawberry.Parent[beschikbaarheid.Tijdslot]) -> Bedrag:
        return bedrag(root.prijs_cents)


@strawberry.type(description="Een dag met vrije tijdsloten: hoeveel, en de laagste prijs.")
class Beschikbaarheidsdag:
    datum: date

    @strawberry.field(description="Het aantal vrije tijdsloten op deze dag.")
    @staticmethod
    def aantal_tijdsloten(root: strawberry.Parent[beschikbaarheid.Dagaanbod]) -> int:
        return root.aantal

    @strawberry.field(description="De laagste totaalprijs van een vrij tijdslot op deze dag.")
    @staticmethod
    def laagste_prijs(root: strawberry.Parent[beschikbaarheid.Dagaanbod]) -> Bedrag:
        return bedrag(root.laagste_prijs_cents)
