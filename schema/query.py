"""The Query root."""

from __future__ import annotations

from datetime import date
from typing import cast

import strawberry

from trouwgraph.domain.boeking import controleer_datum, controleer_moment
from trouwgraph.domain.regels.uitkomst import Regeluitkomst as Uitkomst
from trouwgraph.resolvers.toetsing import toets_personen
from trouwgraph.schema.catalogus import (
    Ambtenaar,
    Beschikbaarheidsdag,
    Ceremonietype,
    Extra,
    Info,
    Locatie,
    Tijdslot,
)
from trouwgraph.schema.enums import Verbintenissoort
from trouwgraph.schema.huwelijk import Huwelijk, Regeluitkomst
from trouwgraph.schema.invoer import HuwelijkenFilter
from trouwgraph.schema.persoon import MAX_PERSONEN, PersoonType, laad_personen, laad_persoon
from trouwgraph.schema.scalars import BSN
from trouwgraph.store.huwelijken import cursor
from trouwgraph.store.records import CaseFilter

MAX_PAGINA = 100


@strawberry.type
class HuwelijkEdge:
    cursor: str
    node: Huwelijk


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type(description="Een pagina huwelijken (Relay-stijl).")
class HuwelijkConnection:
    edges: list[HuwelijkEdge]
    page_info: PageInfo
    total_count: int


@strawberry.type
class Query:
    """Everything a client can read."""

    @strawberry.field(description="Een persoon uit de BRP. Een burger mag alleen zichzelf zien.")
    async def persoon(self, info: Info, burgerservicenummer: BSN) -> PersoonType | None:
        return await laad_persoon(info, burgerservicenummer)

    @strawberry.field(
        description=f"Personen uit de BRP in één opvraging (hoogstens {MAX_PERSONEN}), in de "
        "volgorde van de burgerservicenummers; null voor een nummer dat de BRP niet kent. "
        "Een burger mag alleen zichzelf zien."
    )
    async def personen(
        self, info: Info, burgerservicenummers: list[BSN]
    ) -> list[PersoonType | None]:
        return await laad_personen(info, burgerservicenummers)

    @strawberry.field(description="De ingelogde persoon zelf, uit de BRP.")
    async def ik(self, info: Info) -> PersoonType | None:
        actor = info.context.vereist_actor()
        if actor.bsn is None:
            return None
        return await laad_persoon(info, actor.bsn)

    @strawberry.field(description="De soorten ceremonie die de gemeente aanbiedt.")
    def ceremonietypen(self, info: Info) -> list[Ceremonietype]:
        return cast(list[Ceremonietype], list(info.context.huwelijken.config.ceremonietypen))

    @strawberry.field(description="De trouwlocaties van de gemeente.")
    def locaties(self, info: Info) -> list[Locatie]:
        return cast(list[Locatie], list(info.context.huwelijken.config.locaties))

    @strawberry.field(description="De BABS van de gemeente.")
    def ambtenaren(self, info: Info) -> list[Ambtenaar]:
        return cast(list[Ambtenaar], list(info.context.huwelijken.config.ambtenaren))

    @strawberry.field(description="De extra producten, zoals een trouwboekje.")
    def extras(self, info: Info) -> list[Extra]:
        return cast(list[Extra], list(info.context.huwelijken.config.extras))

    @strawberry.field(
        description="De dagen met vrije tijdsloten, van `van` tot en met `tot` (hoogstens 31 "
        "dagen), met het aantal vrije tijdsloten en de laagste prijs; `tijdsloten` geeft de "
        "tijdsloten van één dag. Alleen data die nu te reserveren zijn; locatie en ambtenaar "
        "beperken de zoektocht."
    )
    async def beschikbaarheid(
        self,
        info: Info,
        van: date,
        tot: date,
        ceremonietype: str,
        locatie: strawberry.ID | None = None,
        ambtenaar: strawberry.ID | None = None,
    ) -> list[Beschikbaarheidsdag]:
        await info.context.vereis_zoekbeurt()
        dagen = await info.context.huwelijken.beschikbare_dagen(
            van=van,
            tot=tot,
            ceremonietype=ceremonietype,
            locatie_id=str(locatie) if locatie else None,
            ambtenaar_id=str(ambtenaar) if ambtenaar else None,
        )
        return cast(list[Beschikbaarheidsdag], dagen)

    @strawberry.field(
        description="De vrije tijdsloten van één dag, met hun prijs en de vrije BABS: precies "
        "wat `reserveer` nu aanneemt. Locatie en ambtenaar beperken de zoektocht."
    )
    async def tijdsloten(
        self,
        info: Info,
        datum: date,
        ceremonietype: str,
        locatie: strawberry.ID | None = None,
        ambtenaar: strawberry.ID | None = None,
    ) -> list[Tijdslot]:
        await info.context.vereis_zoekbeurt()
        slots = await info.context.huwelijken.beschikbaarheid(
            van=datum,
            tot=datum,
            ceremonietype=ceremonietype,
            locatie_id=str(locatie) if locatie else None,
            ambtenaar_id=str(ambtenaar) if ambtenaar else None,
            datumveld="datum",
        )
        return cast(list[Tijdslot], slots)

    @strawberry.field(description="Een huwelijk, als u het mag zien.")
    async def huwelijk(self, info: Info, id: strawberry.ID) -> Huwelijk:
        return cast(Huwelijk, await info.context.huwelijken.dossier(str(id)))

    @strawberry.field(description="De huwelijken waarin u partner bent.")
    async def mijn_huwelijken(self, info: Info) -> list[Huwelijk]:
        return cast(list[Huwelijk], await info.context.huwelijken.mijn_dossiers())

    @strawberry.field(description="Medewerkers: huwelijken, gefilterd, op volgorde van moment.")
    async def huwelijken(
        self,
        info: Info,
        filter: HuwelijkenFilter | None = None,
        first: int = 20,
        after: str | None = None,
    ) -> HuwelijkConnection:
        selectie = filter or HuwelijkenFilter()
        zaken = info.context.huwelijken
        zaken.vereist_medewerker()  # who asks, before what they ask
        for veld, moment in (("filter.van", selectie.van), ("filter.tot", selectie.tot)):
            if moment is not None:
                controleer_moment(moment, veld, zaken.nu())
        dossiers, page = await info.context.huwelijken.zoek(
            CaseFilter(
                statuses=frozenset(s.value for s in selectie.status or ()),
                van=selectie.van,
                tot=selectie.tot,
                locatie_id=str(selectie.locatie_id) if selectie.locatie_id else None,
            ),
            first=max(1, min(first, MAX_PAGINA)),
            after=after,
        )
        return HuwelijkConnection(
            edges=[HuwelijkEdge(cursor=cursor(d), node=cast(Huwelijk, d)) for d in dossiers],
            page_info=PageInfo(has_next_page=page.has_next_page, end_cursor=page.end_cursor),
            total_count=page.total_count,
        )

    @strawberry.field(
        description="Medewerkers: toets twee personen op huwelijksbeletselen voor een datum."
    )
    async def toets(
        self,
        info: Info,
        partner1: BSN,
        partner2: BSN,
        datum: date,
        soort: Verbintenissoort = Verbintenissoort.HUWELIJK,
    ) -> list[Regeluitkomst]:
        context = info.context
        context.huwelijken.vereist_medewerker()
        controleer_datum(datum, "datum", context.huwelijken.nu())
        uitkomsten: list[Uitkomst] = await toets_personen(
            partner1, partner2, datum, soort, context.personen, context.huwelijken.config
        )
        return cast(list[Regeluitkomst], uitkomsten)
