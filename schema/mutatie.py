"""The Mutation root: every step of the marriage process.

Each change takes the case's `id` and the `versie` the client last read (a stale one gives
`VersieConflict`, never a lost update) and answers a result union: the changed case, or the
expected failure as a typed result.
"""

from __future__ import annotations

from datetime import datetime

import strawberry

from trouwgraph.domain.actor import Actor
from trouwgraph.domain.fouten import NietToegestaan
from trouwgraph.domain.huwelijk import Huwelijk as Aggregaat
from trouwgraph.domain.regels.uitkomst import Regeluitkomst
from trouwgraph.resolvers.betaalzaken import start_betaling
from trouwgraph.resolvers.herplaatsen import herplaats_berichten
from trouwgraph.resolvers.huwelijken import Actie
from trouwgraph.resolvers.toetsing import toets_huwelijk
from trouwgraph.schema.catalogus import Info
from trouwgraph.schema.enums import Naamgebruik, Partnerrol
from trouwgraph.schema.invoer import (
    AmbtenaarKeuzeInvoer,
    GetuigeInvoer,
    LocatieKeuzeInvoer,
    ReserveerInvoer,
    VerklaringInvoer,
)
from trouwgraph.schema.resultaten import (
    BetalingResultaat,
    HuwelijkResultaat,
    MeldingResultaat,
    betalingsresultaat,
    meldingsresultaat,
    resultaat,
)
from trouwgraph.schema.scalars import BSN
from trouwgraph.store.huwelijken import Dossier

Id = strawberry.ID


@strawberry.type
class Mutation:
    """Every change to a marriage case."""

    @strawberry.mutation(description="Reserveer een tijdslot voorlopig; u wordt partner 1.")
    async def reserveer(self, info: Info, invoer: ReserveerInvoer) -> HuwelijkResultaat:
        zaken = info.context.huwelijken

        async def werk() -> Dossier:
            return await zaken.reserveer(
                soort=invoer.soort,
                partner1_bsn=invoer.partner1,
                ceremonietype=invoer.ceremonietype,
                start=invoer.start,
                locatie=invoer.locatie.naar_domein(),
                ambtenaar=invoer.ambtenaar.naar_domein() if invoer.ambtenaar else None,
                extras=invoer.extras,
            )

        return await resultaat(info, werk(), pad=("invoer",))

    @strawberry.mutation(description="Nodig partner 2 uit; die stemt in met een eigen login.")
    async def nodig_partner_uit(
        self, info: Info, id: Id, versie: int, burgerservicenummer: BSN
    ) -> HuwelijkResultaat:
        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.nodig_partner_uit(burgerservicenummer, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(description="Partner 2 stemt in (met het eigen token).")
    async def stem_in(self, info: Info, id: Id, versie: int) -> HuwelijkResultaat:
        zaken = info.context.huwelijken

        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.stem_in(config=zaken.config, door=door, nu=nu)

        async def controle() -> None:
            # Partner 2 consents as themselves: not while spoken for in another case.
            bsn = info.context.vereist_actor().bsn
            if bsn is not None:
                await zaken.geen_lopende_zaak(bsn, behalve=str(id))

        return await resultaat(info, zaken.wijzig(str(id), versie, actie, controle=controle))

    @strawberry.mutation(description="Partner 2 weigert, of trekt de instemming in.")
    async def weiger_instemming(self, info: Info, id: Id, versie: int) -> HuwelijkResultaat:
        config = info.context.huwelijken.config

        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.weiger_instemming(config=config, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(description="Voeg een getuige toe (2 tot 4, vóór de getuigentermijn).")
    async def voeg_getuige_toe(
        self, info: Info, id: Id, versie: int, getuige: GetuigeInvoer
    ) -> HuwelijkResultaat:
        config = info.context.huwelijken.config

        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.voeg_getuige_toe(getuige.naar_domein(), config=config, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(description="Verwijder de getuige met dit volgnummer (vanaf 1).")
    async def verwijder_getuige(
        self, info: Info, id: Id, versie: int, volgnummer: int
    ) -> HuwelijkResultaat:
        config = info.context.huwelijken.config

        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.verwijder_getuige(volgnummer, config=config, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(description="Kies hoe de BABS gekozen wordt.")
    async def kies_ambtenaar(
        self, info: Info, id: Id, versie: int, ambtenaar: AmbtenaarKeuzeInvoer
    ) -> HuwelijkResultaat:
        config = info.context.huwelijken.config

        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.kies_ambtenaar(ambtenaar.naar_domein(), config=config, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(description="Kies een andere locatie (hetzelfde moment).")
    async def kies_locatie(
        self, info: Info, id: Id, versie: int, locatie: LocatieKeuzeInvoer
    ) -> HuwelijkResultaat:
        zaken = info.context.huwelijken

        async def werk() -> Dossier:
            keuze = locatie.naar_domein()

            def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
                h.kies_locatie(keuze, config=zaken.config, door=door, nu=nu)

            return await zaken.wijzig(
                str(id), versie, actie, controle=lambda: zaken.controleer_locatie(keuze)
            )

        return await resultaat(info, werk())

    @strawberry.mutation(description="Verplaats de ceremonie naar een ander tijdslot.")
    async def wijzig_moment(
        self, info: Info, id: Id, versie: int, start: datetime
    ) -> HuwelijkResultaat:
        config = info.context.huwelijken.config

        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.wijzig_moment(start, config=config, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(
        description="Leg uw eigen verklaringen voor de melding af (met uw eigen inlog). Tot "
        "de melding kunt u ze opnieuw afleggen om ze te verbeteren."
    )
    async def leg_verklaring_af(
        self, info: Info, id: Id, versie: int, verklaring: VerklaringInvoer
    ) -> HuwelijkResultaat:
        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            eigen = h.partner_met_bsn(door.bsn) if door.bsn else None
            rol = eigen.rol if eigen else Partnerrol.PARTNER1  # a stranger: the case refuses
            h.leg_verklaring_af(verklaring.naar_domein(rol), door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(
        description="Medewerker: leg de verklaringen vast die een partner aan de balie "
        "aflegde. De historie noemt de medewerker."
    )
    async def registreer_verklaring(
        self, info: Info, id: Id, versie: int, partner: Partnerrol, verklaring: VerklaringInvoer
    ) -> HuwelijkResultaat:
        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.registreer_verklaring(verklaring.naar_domein(partner), door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(
        description="Doe de melding voorgenomen huwelijk, zodra beide partners hun eigen "
        "verklaring hebben afgelegd; alle wettelijke toetsen lopen direct. Een beletsel "
        "weigert de melding."
    )
    async def doe_melding(self, info: Info, id: Id, versie: int) -> MeldingResultaat:
        context = info.context
        zaken = context.huwelijken

        async def toetser(h: Aggregaat) -> list[Regeluitkomst]:
            return await toets_huwelijk(h, context.personen, zaken.config)

        async def werk() -> Dossier:
            return await zaken.doe_melding(str(id), versie, toetser)

        return await meldingsresultaat(info, werk())

    @strawberry.mutation(description="Kies het naamgebruik van een partner na de ceremonie.")
    async def kies_naamgebruik(
        self, info: Info, id: Id, versie: int, partner: Partnerrol, naamgebruik: Naamgebruik
    ) -> HuwelijkResultaat:
        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.kies_naamgebruik(partner, naamgebruik, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(
        description="Medewerker: keur de melding goed of wijs haar af (met reden)."
    )
    async def beoordeel_melding(
        self, info: Info, id: Id, versie: int, goedgekeurd: bool, reden: str | None = None
    ) -> HuwelijkResultaat:
        config = info.context.huwelijken.config

        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            if h.melding is not None and h.melding.status.value == "ONTVANGEN":
                h.neem_melding_in_behandeling(door=door, nu=nu)
            h.beoordeel_melding(goedgekeurd, reden=reden, config=config, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(
        description="Medewerkers: registreer een ontvangen bedrag (aan de balie); het huwelijk "
        "is betaald zodra er niets meer openstaat. `geslaagd: false` legt een mislukte poging vast."
    )
    async def registreer_betaling(
        self,
        info: Info,
        id: Id,
        versie: int,
        bedrag_in_centen: int,
        referentie: str,
        geslaagd: bool = True,
    ) -> HuwelijkResultaat:
        config = info.context.huwelijken.config

        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            if not door.is_medewerker:
                raise NietToegestaan(
                    "Alleen een medewerker of de betaalprovider registreert betalingen."
                )
            h.registreer_betaling(
                bedrag_cents=bedrag_in_centen,
                referentie=referentie,
                geslaagd=geslaagd,
                config=config,
                door=door,
                nu=nu,
            )

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(
        description="Start de betaling van een goedgekeurd huwelijk bij de betaalprovider; "
        "geeft de URL waar de burger betaalt. De provider meldt de uitslag zelf."
    )
    async def start_betaling(self, info: Info, id: Id, versie: int) -> BetalingResultaat:
        context = info.context
        services = context.services
        werk = start_betaling(
            context.huwelijken, str(id), versie, services.betalingen, services.betaallinks
        )
        return await betalingsresultaat(info, werk)

    @strawberry.mutation(description="Bevestig: goedgekeurd, betaald en met 2 tot 4 getuigen.")
    async def bevestig(self, info: Info, id: Id, versie: int) -> HuwelijkResultaat:
        config = info.context.huwelijken.config

        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.bevestig(config=config, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(description="Annuleer (partner of medewerker), tot de ceremonie begint.")
    async def annuleer(
        self, info: Info, id: Id, versie: int, reden: str | None = None
    ) -> HuwelijkResultaat:
        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.annuleer(reden=reden, door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(description="Medewerker: de ceremonie is voltrokken.")
    async def markeer_voltrokken(self, info: Info, id: Id, versie: int) -> HuwelijkResultaat:
        def actie(h: Aggregaat, door: Actor, nu: datetime) -> None:
            h.markeer_voltrokken(door=door, nu=nu)

        return await _wijzig(info, id, versie, actie)

    @strawberry.mutation(
        description="Medewerker: bied de geparkeerde berichten van deze zaak (zie "
        "zaakregistratie.geparkeerd) opnieuw aan; de zaak zelf verandert niet."
    )
    async def herplaats_berichten(self, info: Info, id: Id, versie: int) -> HuwelijkResultaat:
        context = info.context
        werk = herplaats_berichten(context.huwelijken, context.services.outbox, str(id), versie)
        return await resultaat(info, werk)


async def _wijzig(info: Info, id: Id, versie: int, actie: Actie) -> HuwelijkResultaat:
    zaken = info.context.huwelijken
    return await resultaat(info, zaken.wijzig(str(id), versie, actie))
