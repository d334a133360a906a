"""Mutation results: the changed case, or one of the expected failures as a typed result.

Every expected failure is a `Fout` (`domain.fouten`) somewhere below; here each kind becomes a
result type implementing `Probleem` (a `code` from `Probleemcode`, a Dutch `melding` fit to show
a citizen, the argument `pad` it concerns). The failures every change can meet are declared once
(`Problemen`); each result union is its success type plus `Problemen` (plus what only that
mutation can meet). `... on Probleem { code melding pad }` covers them all.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, ClassVar, TypeAlias, cast

import strawberry

from trouwgraph.domain import fouten
from trouwgraph.resolvers import zaakfouten
from trouwgraph.resolvers.errors import NietGevonden as NietGevondenFout
from trouwgraph.schema.catalogus import Bedrag, Info, bedrag
from trouwgraph.schema.enums import Partnerrol, Status
from trouwgraph.schema.foutcodes import Probleemcode
from trouwgraph.schema.huwelijk import Huwelijk, Regeluitkomst
from trouwgraph.store.errors import PartnerSpokenFor, SlotTaken
from trouwgraph.store.huwelijken import Dossier


@strawberry.interface(
    description="Een verwachte fout van een wijziging: een vaste code, een uitleg voor de "
    "burger en het argument waar het om gaat."
)
class Probleem:
    code: enum.Enum = strawberry.field(
        graphql_type=Probleemcode, description="Waarom het niet lukte (vaste code)."
    )
    melding: str = strawberry.field(
        description="Uitleg in het Nederlands, geschikt om aan de burger te tonen."
    )
    pad: list[str] = strawberry.field(
        description="Het argument waar het om gaat, als pad (bijvoorbeeld `invoer`, `start`); "
        "leeg als het om de wijziging als geheel gaat."
    )

    soorten: ClassVar[tuple[type[Exception], ...]] = ()

    @classmethod
    def uit(cls, fout: fouten.Fout, info: Info) -> Probleem:
        """This result for `fout`: what every `Probleem` says, plus the type's `eigen_velden`."""
        return cls(
            code=Probleemcode(fout.code),
            melding=fout.melding,
            pad=list(fout.veld),
            **cls.eigen_velden(fout, info),
        )

    @classmethod
    def eigen_velden(cls, fout: fouten.Fout, info: Info) -> dict[str, Any]:
        """The fields only this type has (by their Python names); types with more to say
        override it."""
        return {}


@strawberry.type(description="Gelukt: het huwelijk zoals het nu is.")
class HuwelijkGewijzigd:
    huwelijk: Huwelijk = strawberry.field(description="Het huwelijk na de wijziging.")


@strawberry.type(description="Het tijdslot, de locatie of elke passende BABS is al bezet.")
class SlotBezet(Probleem):
    soorten = (zaakfouten.SlotBezet,)


@strawberry.type(description="Deze actie kan niet in de huidige status.")
class OngeldigeStatus(Probleem):
    huidige_status: Status = strawberry.field(description="De status van het huwelijk nu.")
    soorten = (fouten.OngeldigeStatusovergang,)

    @classmethod
    def eigen_velden(cls, fout: fouten.Fout, info: Info) -> dict[str, Any]:
        assert isinstance(fout, fouten.OngeldigeStatusovergang)
        return {"huidige_status": Status(fout.status)}


@strawberry.type(description="Een termijn is verstreken of nog niet begonnen.")
class TermijnVerstreken(Probleem):
    soorten = (fouten.TermijnVerstreken, fouten.TermijnNogNietOpen)


@strawberry.type(description="De toetsing vond een huwelijksbeletsel; de melding is geweigerd.")
class BeletselGevonden(Probleem):
    toetsing: list[Regeluitkomst] = strawberry.field(
        description="De uitkomsten van de toetsen, zoals u ze mag zien."
    )
    soorten = (zaakfouten.BeletselGevonden,)

    @classmethod
    def eigen_velden(cls, fout: fouten.Fout, info: Info) -> dict[str, Any]:
        assert isinstance(fout, zaakfouten.BeletselGevonden)
        zichtbaar = info.context.huwelijken.zichtbare_uitkomsten(fout.huwelijk, fout.uitkomsten)
        return {"toetsing": cast(list[Regeluitkomst], zichtbaar)}


@strawberry.type(description="Het huwelijk is intussen gewijzigd: lees het opnieuw.")
class VersieConflict(Probleem):
    huidige_versie: int = strawberry.field(description="De versie van het huwelijk nu.")
    soorten = (zaakfouten.VersieConflict,)

    @classmethod
    def eigen_velden(cls, fout: fouten.Fout, info: Info) -> dict[str, Any]:
        assert isinstance(fout, zaakfouten.VersieConflict)
        return {"huidige_versie": fout.huidige_versie}


@strawberry.type(description="De invoer voldoet niet aan een regel; `code` zegt welke, `pad` waar.")
class OngeldigeInvoer(Probleem):
    soorten = (
        fouten.OngeldigeInvoer,
        fouten.DubbelePersoon,
        fouten.GetuigenMaximum,
        fouten.OnbekendGegeven,
    )


@strawberry.type(description="Deze persoon mag dit niet, of nog niet; de melding zegt waarom.")
class NietToegestaan(Probleem):
    soorten = (fouten.NietToegestaan,)


@strawberry.type(
    description="De eigen locatie is afgewezen: het adres staat niet in de BAG "
    "(ONBEKEND_ADRES) of ligt buiten de gemeente (BUITEN_GEMEENTE, de melding noemt welke)."
)
class EigenLocatieAfgewezen(Probleem):
    soorten = (zaakfouten.EigenLocatieAfgewezen,)


@strawberry.type(
    description="Deze persoon is partner in een ander huwelijksdossier dat nog tot een "
    "ceremonie leidt; medewerkers lezen in `melding` welk."
)
class LopendeZaak(Probleem):
    soorten = (zaakfouten.LopendeZaak,)


@strawberry.type(
    description="Dit kan pas als het huwelijk helemaal betaald is; `openBedrag` moet nog "
    "betaald worden."
)
class NietBetaald(Probleem):
    open_bedrag: Bedrag = strawberry.field(description="Wat nog betaald moet worden.")
    soorten = (fouten.NietBetaald,)

    @classmethod
    def eigen_velden(cls, fout: fouten.Fout, info: Info) -> dict[str, Any]:
        assert isinstance(fout, fouten.NietBetaald)
        return {"open_bedrag": bedrag(fout.open_cents)}


@strawberry.type(
    description="De melding kan pas als beide partners hun eigen verklaring hebben afgelegd; "
    "`partners` zegt van wie die nog ontbreekt."
)
class VerklaringOntbreekt(Probleem):
    partners: list[Partnerrol] = strawberry.field(
        description="De partners van wie de verklaring nog ontbreekt."
    )
    soorten = (fouten.VerklaringOntbreekt,)

    @classmethod
    def uit(cls, fout: fouten.Fout, info: Info) -> Probleem:
        assert isinstance(fout, fouten.VerklaringOntbreekt)
        return cls(
            code=Probleemcode(fout.code),
            melding=fout.melding,
            pad=[],
            partners=[Partnerrol(rol) for rol in fout.rollen],
        )


@strawberry.type(description="Er is geen huwelijk met dit id (dat u mag zien).")
class NietGevonden(Probleem):
    soorten = (NietGevondenFout,)


@strawberry.type(description="De betaling is gestart: stuur de burger naar `checkoutUrl`.")
class BetalingGestart:
    checkout_url: str = strawberry.field(description="De betaalpagina van de betaalprovider.")
    huwelijk: Huwelijk = strawberry.field(description="Het huwelijk met de open betaling.")


Problemen: TypeAlias = (
    SlotBezet
    | OngeldigeStatus
    | TermijnVerstreken
    | VersieConflict
    | OngeldigeInvoer
    | EigenLocatieAfgewezen
    | LopendeZaak
    | NietBetaald
    | NietToegestaan
    | NietGevonden
)
"""The failures every change of a case can meet; each result union adds its success."""

HuwelijkResultaat: TypeAlias = Annotated[
    HuwelijkGewijzigd | Problemen,
    strawberry.union(
        "HuwelijkResultaat", description="Het gewijzigde huwelijk, of waarom het niet lukte."
    ),
]
MeldingResultaat: TypeAlias = Annotated[
    HuwelijkGewijzigd | BeletselGevonden | VerklaringOntbreekt | Problemen,
    strawberry.union(
        "MeldingResultaat",
        description="Het gemelde huwelijk, een gevonden beletsel, een ontbrekende verklaring, "
        "of waarom het niet lukte.",
    ),
]
BetalingResultaat: TypeAlias = Annotated[
    BetalingGestart | Problemen,
    strawberry.union(
        "BetalingResultaat", description="De gestarte betaling, of waarom het niet lukte."
    ),
]

PROBLEEMTYPEN: tuple[type[Probleem], ...] = (
    SlotBezet,
    OngeldigeStatus,
    TermijnVerstreken,
    BeletselGevonden,
    VerklaringOntbreekt,
    VersieConflict,
    OngeldigeInvoer,
    NietBetaald,
    NietToegestaan,
    EigenLocatieAfgewezen,
    LopendeZaak,
    NietGevonden,
)


def als_probleem(fout: Exception, info: Info, pad: tuple[str, ...] = ()) -> Probleem | None:
    """The result type for an expected failure (its `veld` placed under `pad`), else None."""
    if isinstance(fout, SlotTaken):  # the database's slot constraint: the same refusal
        fout = zaakfouten.SlotBezet("Dit tijdslot is niet (meer) beschikbaar.")
    if isinstance(fout, PartnerSpokenFor):  # the database's one-case rule: the same refusal
        fout = zaakfouten.LopendeZaak(
            "Een partner heeft al een ander lopend huwelijksdossier."
            if info.context.vereist_actor().is_medewerker
            else "U bent al partner in een ander lopend huwelijksdossier. Annuleer dat eerst."
        )
    if not isinstance(fout, fouten.Fout):
        return None
    for soort in PROBLEEMTYPEN:
        if isinstance(fout, soort.soorten):
            return soort.uit(fout.onder(*pad) if fout.veld else fout, info)
    return None


async def uitkomst(
    info: Info,
    werk: Awaitable[Any],
    gelukt: Callable[[Any], Any],
    pad: tuple[str, ...] = (),
) -> Any:
    """Run a change: `gelukt(its outcome)`, or the expected failure as its result type.
    `pad` is the argument the mutation's input sits under (`("invoer",)`)."""
    try:
        klaar = await werk
    except (fouten.Fout, SlotTaken, PartnerSpokenFor) as fout:
        probleem = als_probleem(fout, info, pad)
        if probleem is None:
            raise
        return probleem
    return gelukt(klaar)


def _gewijzigd(dossier: Dossier) -> HuwelijkGewijzigd:
    return HuwelijkGewijzigd(huwelijk=cast(Huwelijk, dossier))


async def resultaat(
    info: Info, werk: Awaitable[Dossier], pad: tuple[str, ...] = ()
) -> HuwelijkResultaat:
    """Run a change; the changed case, or the expected failure as a result type."""
    return cast(HuwelijkResultaat, await uitkomst(info, werk, _gewijzigd, pad))


async def meldingsresultaat(info: Info, werk: Awaitable[Dossier]) -> MeldingResultaat:
    """As `resultaat`, and an impediment the checks found as `BeletselGevonden`."""
    return cast(MeldingResultaat, await uitkomst(info, werk, _gewijzigd))


async def betalingsresultaat(info: Info, werk: Awaitable[tuple[Dossier, str]]) -> BetalingResultaat:
    """Start a payment; the checkout URL, or the expected failure as a result type."""

    def gestart(uitslag: tuple[Dossier, str]) -> BetalingGestart:
        dossier, checkout_url = uitslag
        return BetalingGestart(checkout_url=checkout_url, huwelijk=cast(Huwelijk, dossier))

    return cast(BetalingResultaat, await uitkomst(info, werk, gestart))
