"""`HuwelijkPartner`: one of the two partners of a case, and what the asking person may see of
them. A citizen sees their own BRP record (`persoon`); of the other partner only the name as the
BRP holds it (`naam`), once both take part: partner 2 sees partner 1's name from the
invitation, partner 1 sees partner 2's once they consented. Staff see both. What may not be
seen is empty, never an error: a couple's page carries no error entries."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import strawberry

from trouwgraph.domain import onderdelen
from trouwgraph.domain.begrippen import Partnerrol as Rol
from trouwgraph.resolvers.brp_fields import PERSOON, brp_fields
from trouwgraph.schema.catalogus import Info
from trouwgraph.schema.enums import Instemmingstatus, Naamgebruik, Partnerrol
from trouwgraph.schema.persoon import NaamType, PersoonType, laad_persoon
from trouwgraph.schema.scalars import BSN


@strawberry.type(description="De instemming van een partner met het huwelijk.")
class Instemming:
    status: Instemmingstatus = strawberry.field(description="Gevraagd, verleend, ...")
    op: datetime = strawberry.field(description="Wanneer de instemming deze status kreeg.")


@strawberry.type(description="De verklaringen van één partner voor de melding.")
class Verklaring:
    rol: Partnerrol
    gegevens_naar_waarheid: bool
    niet_elders_gehuwd: bool
    niet_uitsluitend_voor_verblijf: bool
    bloedverwant_derde_of_vierde_graad: bool
    beedigde_verklaring_bloedverwantschap: bool
    op: datetime | None
    aan_balie: bool


@strawberry.type(name="HuwelijkPartner", description="Een van de twee partners.")
class HuwelijkPartner:
    rol: Partnerrol = strawberry.field(
        description="Partner 1 reserveerde; partner 2 is uitgenodigd en stemt in."
    )
    instemming: Instemming = strawberry.field(description="De instemming van deze partner.")
    naamgebruik: Naamgebruik | None = strawberry.field(
        description="Hoe de partner na de ceremonie de naam gebruikt (leeg: nog niet gekozen)."
    )

    @strawberry.field(
        description="Wanneer deze partner de eigen verklaring voor de melding aflegde (ook aan "
        "de balie); leeg zolang die ontbreekt. Beide partners zien dit van elkaar."
    )
    @staticmethod
    def verklaard_op(root: strawberry.Parent[onderdelen.Partner]) -> datetime | None:
        return root.verklaring.op if root.verklaring else None

    @strawberry.field(
        description="De eigen verklaring van deze partner. De antwoorden zijn voor de partner "
        "zelf en medewerkers; voor de andere partner is dit leeg (zie `verklaardOp`)."
    )
    @staticmethod
    def verklaring(root: strawberry.Parent[onderdelen.Partner], info: Info) -> Verklaring | None:
        actor = info.context.vereist_actor()
        if root.verklaring is None or not (actor.is_medewerker or actor.bsn == root.bsn):
            return None
        return cast(Verklaring, root.verklaring)

    @strawberry.field(description="Het burgerservicenummer van de partner.")
    @staticmethod
    def burgerservicenummer(root: strawberry.Parent[onderdelen.Partner]) -> BSN:
        return BSN(root.bsn)

    @strawberry.field(description="Waar als dit de ingelogde persoon is.")
    @staticmethod
    def is_ik(root: strawberry.Parent[onderdelen.Partner], info: Info) -> bool:
        actor = info.context.actor
        return actor is not None and actor.bsn == root.bsn

    @strawberry.field(
        description="De naam zoals de BRP die voert (Haal Centraal `naam`). U ziet uw eigen "
        "naam, die van partner 1 zodra u bent uitgenodigd en die van partner 2 zodra die heeft "
        "ingestemd; medewerkers zien beide. Leeg zolang u de naam niet mag zien."
    )
    @staticmethod
    async def naam(root: strawberry.Parent[onderdelen.Partner], info: Info) -> NaamType | None:
        if not mag_naam_zien(info, root):
            return None
        velden = brp_fields(info.selected_fields, {"naam": PERSOON["naam"]})
        persoon = await info.context.personen.persoon(root.bsn, velden)
        return cast(NaamType | None, persoon.naam if persoon else None)

    @strawberry.field(
        description="De partner uit de BRP. Een burger ziet alleen zichzelf: voor de ander is "
        "dit leeg (gebruik `naam`)."
    )
    @staticmethod
    async def persoon(
        root: strawberry.Parent[onderdelen.Partner], info: Info
    ) -> PersoonType | None:
        actor = info.context.vereist_actor()
        if not actor.mag_persoon_zien(root.bsn):
            return None
        return await laad_persoon(info, root.bsn)


def mag_naam_zien(info: Info, partner: onderdelen.Partner) -> bool:
    """Whether the asking person may see `partner`'s name (they can see the case already)."""
    actor = info.context.vereist_actor()
    if actor.is_medewerker or actor.bsn == partner.bsn:
        return True
    if partner.rol is Rol.PARTNER1:
        return True  # they invited the asking partner 2
    return partner.instemming.status is Instemmingstatus.VERLEEND
