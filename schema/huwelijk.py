"""The `Huwelijk` type family: a marriage or partnership case as front ends read it.

Resolvers receive the store's `Dossier` (the domain aggregate plus what only the store knows,
such as the BABS the municipality assigned) and the domain's value objects, and show each actor
only what they may see: the check results are redacted for a citizen, witnesses' BSNs are for
staff and the partners who consented, and a `persoon` behind a BSN follows the BRP's own
authorisation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import cast

import strawberry
from strawberry.scalars import JSON

from trouwgraph.domain import onderdelen
from trouwgraph.domain.huwelijk import Huwelijk as HuwelijkAggregaat
from trouwgraph.domain.regels import uitkomst as toets
from trouwgraph.domain.status import toegestane_gebeurtenissen
from trouwgraph.schema.acties import MogelijkeMutatie, mogelijke_mutaties_van
from trouwgraph.schema.catalogus import (
    Ambtenaar,
    Bedrag,
    Ceremonietype,
    Extra,
    Info,
    Locatie,
    bedrag,
)
from trouwgraph.schema.enums import (
    Ambtenaarkeuze,
    Betaalstatus,
    Betreft,
    Gebeurtenis,
    Instemmingstatus,
    Locatiesoort,
    Meldingstatus,
    Partnerrol,
    Regelcode,
    Status,
    Uitkomst,
    Verbintenissoort,
)
from trouwgraph.schema.partner import HuwelijkPartner, Verklaring
from trouwgraph.schema.scalars import BSN
from trouwgraph.schema.zaakregistratie import Zaakregistratie, registratie_van
from trouwgraph.store.huwelijken import Dossier


@strawberry.type(description="Een getuige: een persoon met een BSN, of een gemeentelijke getuige.")
class Getuige:
    volgnummer: int
    gemeentelijk: bool
    burgerservicenummer: BSN | None


@strawberry.type(description="De eigen BABS (trouwambtenaar voor één dag).")
class EigenBabs:
    naam: str


@strawberry.type(name="AmbtenaarKeuze", description="Hoe de BABS gekozen is, en wie het is.")
class AmbtenaarKeuzeType:
    keuze: Ambtenaarkeuze
    ambtenaar: Ambtenaar | None = strawberry.field(
        description="De gekozen of door de gemeente toegewezen BABS."
    )
    eigen_babs: EigenBabs | None


@strawberry.type(description="Een adres in Nederland.")
class Adres:
    straat: str
    huisnummer: int
    huisletter: str | None
    toevoeging: str | None
    postcode: str
    woonplaats: str


@strawberry.type(name="LocatieKeuze", description="Een locatie van de gemeente, of een eigen.")
class LocatieKeuzeType:
    soort: Locatiesoort
    locatie: Locatie | None
    adres: Adres | None
    omschrijving: str | None


@strawberry.type(description="Begin en einde van de ceremonie.")
class Moment:
    start: datetime
    eind: datetime


@strawberry.type(description="Een regel van de prijsopgave.")
class Prijsregel:
    code: str
    omschrijving: str
    bedrag: Bedrag


@strawberry.type(description="De prijsopgave: regels en totaal.")
class Prijs:
    regels: list[Prijsregel]
    totaal: Bedrag


@strawberry.type(description="De melding voorgenomen huwelijk en haar behandeling.")
class Melding:
    status: Meldingstatus
    ingediend_op: datetime
    beoordeeld_op: datetime | None
    reden: str | None
    verklaringen: list[Verklaring]


@strawberry.type(description="De uitkomst van één wettelijke toets, met de gebruikte gegevens.")
class Regeluitkomst:
    regel: Regelcode
    uitkomst: Uitkomst
    reden: str
    betreft: Betreft

    @strawberry.field(description="De gegevens die de toets gebruikte (nooit een BSN).")
    @staticmethod
    def gegevens(root: strawberry.Parent[toets.Regeluitkomst]) -> JSON:
        return cast(JSON, dict(root.gegevens))


@strawberry.type(description="De laatste betaling.")
class Betaling:
    status: Betaalstatus
    referentie: str
    op: datetime

    @strawberry.field
    @staticmethod
    def bedrag(root: strawberry.Parent[onderdelen.Betaling]) -> Bedrag:
        return bedrag(root.bedrag_cents)


@strawberry.type(
    description="Eén regel uit de historie: wat er gebeurde, wanneer, door wie, waarom."
)
class Statuswijziging:
    op: datetime
    door: str = strawberry.field(description="partner1, partner2, een medewerker of systeem.")
    gebeurtenis: Gebeurtenis | None
    van: Status | None
    naar: Status
    reden: str | None


@strawberry.type(description="Een huwelijk of geregistreerd partnerschap in voorbereiding.")
class Huwelijk:
    @strawberry.field
    @staticmethod
    def id(root: strawberry.Parent[Dossier]) -> strawberry.ID:
        return strawberry.ID(root.huwelijk.id)

    @strawberry.field
    @staticmethod
    def soort(root: strawberry.Parent[Dossier]) -> Verbintenissoort:
        return root.huwelijk.soort

    @strawberry.field
    @staticmethod
    def status(root: strawberry.Parent[Dossier]) -> Status:
        return root.huwelijk.status

    @strawberry.field(
        description="Voor optimistische gelijktijdigheid: geef mee bij elke wijziging."
    )
    @staticmethod
    def versie(root: strawberry.Parent[Dossier]) -> int:
        return root.huwelijk.versie

    @strawberry.field(
        description=(
            "Tot wanneer de zaak het slot vasthoudt: een reservering tot de melding, een"
            " goedgekeurde zaak met iets te betalen tot de betaaltermijn. Daarna verloopt de"
            " zaak (VERLOPEN). Leeg: er loopt geen termijn."
        )
    )
    @staticmethod
    def verloopt_op(root: strawberry.Parent[Dossier]) -> datetime | None:
        return root.huwelijk.verloopt_op

    @strawberry.field
    @staticmethod
    def aangemaakt_op(root: strawberry.Parent[Dossier]) -> datetime:
        return root.aangemaakt_op

    @strawberry.field
    @staticmethod
    def partners(root: strawberry.Parent[Dossier]) -> list[HuwelijkPartner]:
        return cast(list[HuwelijkPartner], list(root.huwelijk.partners))

    @strawberry.field
    @staticmethod
    def getuigen(root: strawberry.Parent[Dossier], info: Info) -> list[Getuige]:
        toon_bsn = info.context.actor is not None and mag_bsns_zien(info, root.huwelijk)
        return [
            Getuige(
                volgnummer=i,
                gemeentelijk=g.gemeentelijk,
                burgerservicenummer=BSN(g.bsn) if g.bsn and toon_bsn else None,
            )
            for i, g in enumerate(root.huwelijk.getuigen, start=1)
        ]

    @strawberry.field
    @staticmethod
    def ambtenaar(root: strawberry.Parent[Dossier], info: Info) -> AmbtenaarKeuzeType:
        keuze = root.huwelijk.ambtenaar
        config = info.context.huwelijken.config
        ambtenaar_id = keuze.ambtenaar_id or root.toegewezen_ambtenaar_id
        return AmbtenaarKeuzeType(
            keuze=keuze.soort,
            ambtenaar=cast(Ambtenaar, config.ambtenaar(ambtenaar_id)) if ambtenaar_id else None,
            eigen_babs=EigenBabs(naam=keuze.eigen.naam) if keuze.eigen else None,
        )

    @strawberry.field(
        description="De trouwambtenaren (BABS) die op het moment en de locatie van dit "
        "huwelijk vrij zijn: wie u nu kunt kiezen met `kiesAmbtenaar`. Leeg als het "
        "huwelijk geannuleerd of verlopen is, of het moment voorbij is."
    )
    @staticmethod
    async def beschikbare_ambtenaren(
        root: strawberry.Parent[Dossier], info: Info
    ) -> list[Ambtenaar]:
        zaken = info.context.huwelijken
        ids = await zaken.vrije_ambtenaren(root)
        return [cast(Ambtenaar, zaken.config.ambtenaar(i)) for i in ids]

    @strawberry.field
    @staticmethod
    def locatie(root: strawberry.Parent[Dossier], info: Info) -> LocatieKeuzeType:
        keuze = root.huwelijk.locatie
        config = info.context.huwelijken.config
        locatie = config.locatie(keuze.locatie_id) if keuze.locatie_id else None
        return LocatieKeuzeType(
            soort=locatie.soort if locatie else Locatiesoort.EIGEN,
            locatie=cast(Locatie, locatie),
            adres=cast(Adres, keuze.adres),
            omschrijving=keuze.omschrijving,
        )

    @strawberry.field
    @staticmethod
    def ceremonie(root: strawberry.Parent[Dossier], info: Info) -> Ceremonietype:
        config = info.context.huwelijken.config
        return cast(Ceremonietype, config.ceremonietype(root.huwelijk.ceremonietype))

    @strawberry.field
    @staticmethod
    def moment(root: strawberry.Parent[Dossier]) -> Moment:
        return Moment(start=root.huwelijk.moment.start, eind=root.huwelijk.moment.eind)

    @strawberry.field
    @staticmethod
    def extras(root: strawberry.Parent[Dossier], info: Info) -> list[Extra]:
        config = info.context.huwelijken.config
        return [cast(Extra, config.extra_product(code)) for code in root.huwelijk.extras]

    @strawberry.field
    @staticmethod
    def prijs(root: strawberry.Parent[Dossier], info: Info) -> Prijs:
        opgave = root.huwelijk.prijs(info.context.huwelijken.config)
        regels = [
            Prijsregel(code=r.code, omschrijving=r.omschrijving, bedrag=bedrag(r.bedrag_cents))
            for r in opgave.regels
        ]
        return Prijs(regels=regels, totaal=bedrag(opgave.totaal_cents))

    @strawberry.field
    @staticmethod
    def melding(root: strawberry.Parent[Dossier], info: Info) -> Melding | None:
        melding = root.huwelijk.melding
        if melding is None:
            return None
        zichtbaar = [v for v in melding.verklaringen if mag_verklaring_zien(info, root, v.rol)]
        return cast(Melding, replace(melding, verklaringen=tuple(zichtbaar)))

    @strawberry.field(
        description="De wettelijke toetsen; een burger ziet details alleen over zichzelf."
    )
    @staticmethod
    def toetsing(root: strawberry.Parent[Dossier], info: Info) -> list[Regeluitkomst]:
        zaken = info.context.huwelijken
        zichtbaar = zaken.zichtbare_uitkomsten(root.huwelijk, root.huwelijk.toetsing)
        return cast(list[Regeluitkomst], zichtbaar)

    @strawberry.field
    @staticmethod
    def betaling(root: strawberry.Parent[Dossier]) -> Betaling | None:
        return cast(Betaling | None, root.huwelijk.betaling)

    @strawberry.field(description="Elke wijziging: wanneer, door wie, wat en waarom.")
    @staticmethod
    async def historie(root: strawberry.Parent[Dossier], info: Info) -> list[Statuswijziging]:
        entries = await info.context.huwelijken.historie(root.huwelijk.id)
        return [
            Statuswijziging(
                op=e.op,
                door=e.door,
                gebeurtenis=Gebeurtenis(e.gebeurtenis) if e.gebeurtenis else None,
                van=Status(e.van_status) if e.van_status else None,
                naar=Status(e.naar_status),
                reden=e.reden,
            )
            for e in entries
        ]

    @strawberry.field(
        description="Medewerkers: de registratie in het zaaksysteem; leeg zolang er niets te "
        "registreren is."
    )
    @staticmethod
    async def zaakregistratie(
        root: strawberry.Parent[Dossier], info: Info
    ) -> Zaakregistratie | None:
        info.context.huwelijken.vereist_medewerker()
        return await registratie_van(info, root.huwelijk.id)

    @strawberry.field(
        description="Wat er in deze status met het huwelijk kan gebeuren, voor wie dan ook.",
        deprecation_reason="Gebruik `mogelijkeMutaties`: per vragende persoon, met de namen "
        "van de mutaties.",
    )
    @staticmethod
    def mogelijke_acties(root: strawberry.Parent[Dossier]) -> list[Gebeurtenis]:
        return list(toegestane_gebeurtenissen(root.huwelijk.status))

    mogelijke_mutaties: list[MogelijkeMutatie] = strawberry.field(
        resolver=mogelijke_mutaties_van,
        description="Wat u nu met dit huwelijk kunt doen: de mutaties die u mag aanroepen, "
        "met de argumenten die u nog moet vragen. Een aangeboden mutatie kan nog weigeren om "
        "wat u kiest (een bezet tijdslot, een adres buiten de gemeente).",
    )


def mag_verklaring_zien(info: Info, dossier: Dossier, rol: Partnerrol) -> bool:
    """A partner's answers in their declaration are theirs: staff see both, a citizen only
    their own (of the other partner only whether and when they declared)."""
    actor = info.context.actor
    if actor is None or actor.is_medewerker:
        return actor is not None
    partner = dossier.huwelijk.partner(rol)
    return partner is not None and actor.bsn == partner.bsn


def mag_bsns_zien(info: Info, huwelijk: HuwelijkAggregaat) -> bool:
    """Staff, and partners who consented (they name the witnesses), see witnesses' BSNs."""
    actor = info.context.actor
    if actor is None or actor.is_medewerker:
        return actor is not None
    partner = huwelijk.partner_met_bsn(actor.bsn) if actor.bsn else None
    return partner is not None and partner.instemming.status is Instemmingstatus.VERLEEND
