"""Mutation results: the changed case, or one of the expected failures as a typed result.

Expected failures are part of the schema (a slot taken, an action not allowed in the current
status, a deadline passed, an impediment found, a stale `versie`, invalid input); clients
select what they handle with `... on SlotBezet { melding }`. Every failure type implements
`Probleem`, so `... on Probleem { code melding }` covers them all.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated, TypeAlias, cast

import strawberry

from trouwgraph.domain import fouten
from trouwgraph.resolvers.errors import NietGevonden as NietGevondenFout
from trouwgraph.resolvers.errors import OngeldigeInvoer as OngeldigeInvoerFout
from trouwgraph.resolvers.zaakfouten import BeletselGevonden as BeletselFout
from trouwgraph.resolvers.zaakfouten import EigenLocatieAfgewezen as EigenLocatieFout
from trouwgraph.resolvers.zaakfouten import LopendeZaak as LopendeZaakFout
from trouwgraph.resolvers.zaakfouten import SlotBezet as SlotBezetFout
from trouwgraph.resolvers.zaakfouten import VersieConflict as VersieConflictFout
from trouwgraph.schema.catalogus import Bedrag, Info, bedrag
from trouwgraph.schema.enums import Status
from trouwgraph.schema.huwelijk import Huwelijk, Regeluitkomst
from trouwgraph.store.errors import SlotTaken
from trouwgraph.store.huwelijken import Dossier


@strawberry.interface(description="Een verwachte fout, met een vaste code en een uitleg.")
class Probleem:
    code: str
    melding: str


@strawberry.type(description="Gelukt: het huwelijk zoals het nu is.")
class HuwelijkGewijzigd:
    huwelijk: Huwelijk


@strawberry.type(description="Het tijdslot, de locatie of elke passende BABS is al bezet.")
class SlotBezet(Probleem):
    pass


@strawberry.type(description="Deze actie kan niet in de huidige status.")
class OngeldigeStatus(Probleem):
    huidige_status: Status


@strawberry.type(description="Een termijn is verstreken of nog niet begonnen.")
class TermijnVerstreken(Probleem):
    pass


@strawberry.type(description="De toetsing vond een huwelijksbeletsel; de melding is geweigerd.")
class BeletselGevonden(Probleem):
    toetsing: list[Regeluitkomst]


@strawberry.type(description="Het huwelijk is intussen gewijzigd: lees het opnieuw.")
class VersieConflict(Probleem):
    huidige_versie: int


@strawberry.type(description="De invoer voldoet niet aan een regel; `code` zegt welke.")
class OngeldigeInvoer(Probleem):
    pass


@strawberry.type(description="Deze persoon mag dit niet doen.")
class NietToegestaan(Probleem):
    pass


@strawberry.type(
    description="De eigen locatie is afgewezen: het adres staat niet in de BAG "
    "(ONBEKEND_ADRES) of ligt buiten de gemeente (BUITEN_GEMEENTE, de melding noemt welke)."
)
class EigenLocatieAfgewezen(Probleem):
    pass


@strawberry.type(
    description="Deze persoon is partner in een ander huwelijksdossier dat nog tot een "
    "ceremonie leidt; medewerkers lezen in `melding` welk."
)
class LopendeZaak(Probleem):
    pass


@strawberry.type(
    description="Dit kan pas als het huwelijk helemaal betaald is; `openBedrag` moet nog "
    "betaald worden."
)
class NietBetaald(Probleem):
    open_bedrag: Bedrag


@strawberry.type(description="Er is geen huwelijk met dit id (dat u mag zien).")
class NietGevonden(Probleem):
    pass


@strawberry.type(description="De betaling is gestart: stuur de burger naar `checkoutUrl`.")
class BetalingGestart:
    checkout_url: str
    huwelijk: Huwelijk


HuwelijkResultaat: TypeAlias = Annotated[
    HuwelijkGewijzigd
    | SlotBezet
    | OngeldigeStatus
    | TermijnVerstreken
    | VersieConflict
    | OngeldigeInvoer
    | EigenLocatieAfgewezen
    | LopendeZaak
    | NietBetaald
    | NietToegestaan
    | NietGevonden,
    strawberry.union("HuwelijkResultaat"),
]

MeldingResultaat: TypeAlias = Annotated[
    HuwelijkGewijzigd
    | BeletselGevonden
    | SlotBezet
    | OngeldigeStatus
    | TermijnVerstreken
    | VersieConflict
    | OngeldigeInvoer
    | EigenLocatieAfgewezen
    | LopendeZaak
    | NietBetaald
    | NietToegestaan
    | NietGevonden,
    strawberry.union("MeldingResultaat"),
]

BetalingResultaat: TypeAlias = Annotated[
    BetalingGestart
    | OngeldigeStatus
    | TermijnVerstreken
    | VersieConflict
    | OngeldigeInvoer
    | NietToegestaan
    | NietGevonden,
    strawberry.union("BetalingResultaat"),
]

_INVOER = (
    OngeldigeInvoerFout,
    fouten.OngeldigeInvoer,
    fouten.DubbelePersoon,
    fouten.GetuigenMaximum,
    fouten.OnbekendGegeven,
)


async def resultaat(info: Info, werk: Awaitable[Dossier]) -> HuwelijkResultaat:
    """Run a change; the changed case, or the expected failure as a result type."""
    uitkomst = await meldingsresultaat(info, werk)
    # Only the notice runs the checks, so only it can find an impediment.
    assert not isinstance(uitkomst, BeletselGevonden)
    return uitkomst


async def meldingsresultaat(info: Info, werk: Awaitable[Dossier]) -> MeldingResultaat:
    """As `resultaat`, and an impediment the checks found as `BeletselGevonden`."""
    try:
        return HuwelijkGewijzigd(huwelijk=cast(Huwelijk, await werk))
    except (SlotTaken, SlotBezetFout):
        return SlotBezet(code="SLOT_BEZET", melding="Dit tijdslot is niet (meer) beschikbaar.")
    except fouten.OngeldigeStatusovergang as fout:
        return OngeldigeStatus(
            code=fout.code, melding=str(fout), huidige_status=Status(fout.status)
        )
    except (fouten.TermijnVerstreken, fouten.TermijnNogNietOpen) as fout:
        return TermijnVerstreken(code=fout.code, melding=str(fout))
    except VersieConflictFout as fout:
        return VersieConflict(code=fout.code, melding=str(fout), huidige_versie=fout.huidige_versie)
    except BeletselFout as fout:
        zichtbaar = info.context.huwelijken.zichtbare_uitkomsten(fout.huwelijk, fout.uitkomsten)
        return BeletselGevonden(
            code=fout.code, melding=str(fout), toetsing=cast(list[Regeluitkomst], zichtbaar)
        )
    except EigenLocatieFout as fout:
        return EigenLocatieAfgewezen(code=fout.code, melding=str(fout))
    except LopendeZaakFout as fout:
        return LopendeZaak(code=fout.code, melding=str(fout))
    except fouten.NietBetaald as fout:
        return NietBetaald(code=fout.code, melding=str(fout), open_bedrag=bedrag(fout.open_cents))
    except _INVOER as fout:
        return OngeldigeInvoer(code=fout.code, melding=str(fout))
    except fouten.NietToegestaan as fout:
        return NietToegestaan(code=fout.code, melding=str(fout))
    except NietGevondenFout as fout:
        return NietGevonden(code=fout.code, melding=str(fout))


async def betalingsresultaat(info: Info, werk: Awaitable[tuple[Dossier, str]]) -> BetalingResultaat:
    """Start a payment; the checkout URL, or the expected failure as a result type."""
    checkout_url = ""

    async def dossier() -> Dossier:
        nonlocal checkout_url
        gestart, checkout_url = await werk
        return gestart

    uitkomst = await resultaat(info, dossier())
    if isinstance(uitkomst, HuwelijkGewijzigd):
        return BetalingGestart(checkout_url=checkout_url, huwelijk=uitkomst.huwelijk)
    assert not isinstance(uitkomst, SlotBezet | EigenLocatieAfgewezen | LopendeZaak | NietBetaald)
    return uitkomst
