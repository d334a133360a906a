"""The `Persoon` type family: a person as Haal Centraal BRP Personen v2 delivers them.

Field names are Haal Centraal's (API-04). The resolvers hand on the BRP adapter's model
objects (`adapters.brp_model`) as they are: Strawberry reads their attributes by name, so these
classes only declare the GraphQL shape. Related persons resolve to a full `Persoon` through the
request's DataLoader, asking the BRP only for what that sub-selection needs.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from datetime import date
from typing import cast

import strawberry

from trouwgraph.resolvers.brp_fields import brp_fields
from trouwgraph.resolvers.context import Context
from trouwgraph.resolvers.errors import NietToegestaan, OngeldigeInvoer
from trouwgraph.schema.scalars import BSN

Info = strawberry.Info[Context, None]

MAX_PERSONEN = 20
"""`Query.personen` asks at most this many persons at once: one BRP call."""

_SELECTIES: OrderedDict[tuple[int, ...], tuple[tuple[object, ...], frozenset[str]]] = OrderedDict()
MAX_SELECTIES = 512


@strawberry.type(name="Waardetabel", description="Een code uit een landelijke tabel.")
class WaardetabelType:
    code: str | None
    omschrijving: str | None


@strawberry.type(
    name="Datum",
    description="Een datum zoals de BRP die levert: volledig, of met een onbekend deel. `type` "
    "zegt welke vorm (Datum, JaarMaandDatum, JaarDatum, DatumOnbekend); `datum` is er alleen "
    "als de datum volledig is.",
)
class DatumType:
    type: str
    jaar: int | None
    maand: int | None
    dag: int | None
    lang_formaat: str | None
    # Read from `BrpDatum`'s properties: a field without a resolver skips Strawberry's
    # per-field resolver chain, and a persons query has one date per person.
    datum: date | None = strawberry.field(
        description="De datum, alleen als jaar, maand en dag bekend zijn."
    )
    onbekend: bool = strawberry.field(description="Waar als niets van de datum bekend is.")


@strawberry.type(name="AdellijkeTitelPredicaat")
class AdellijkeTitelPredicaatType:
    code: str | None
    omschrijving: str | None
    soort: str | None


@strawberry.type(name="Naam")
class NaamType:
    voornamen: str | None
    voorvoegsel: str | None
    geslachtsnaam: str | None
    voorletters: str | None
    volledige_naam: str | None
    adellijke_titel_predicaat: AdellijkeTitelPredicaatType | None
    aanduiding_naamgebruik: WaardetabelType | None


@strawberry.type(name="Geboorte")
class GeboorteType:
    datum: DatumType | None
    plaats: WaardetabelType | None
    land: WaardetabelType | None


@strawberry.type(name="AangaanHuwelijkPartnerschap")
class AangaanHuwelijkPartnerschapType:
    datum: DatumType | None
    plaats: WaardetabelType | None
    land: WaardetabelType | None


@strawberry.type(name="OntbindingHuwelijkPartnerschap")
class OntbindingHuwelijkPartnerschapType:
    datum: DatumType | None


async def _gerelateerde(root: object, info: Info) -> PersoonType | None:
    bsn = getattr(root, "burgerservicenummer", None)
    if bsn is None:
        return None
    return await laad_persoon(info, bsn)


@strawberry.type(name="Partner", description="De huidige partner, of anders de laatste ex-partner.")
class PartnerType:
    burgerservicenummer: BSN | None
    naam: NaamType | None
    geboorte: GeboorteType | None
    geslacht: WaardetabelType | None
    soort_verbintenis: WaardetabelType | None
    aangaan_huwelijk_partnerschap: AangaanHuwelijkPartnerschapType | None
    ontbinding_huwelijk_partnerschap: OntbindingHuwelijkPartnerschapType | None
    persoon: PersoonType | None = strawberry.field(
        resolver=_gerelateerde, description="De partner als persoon, als het BSN bekend is."
    )


@strawberry.type(name="Ouder")
class OuderType:
    burgerservicenummer: BSN | None
    naam: NaamType | None
    geboorte: GeboorteType | None
    geslacht: WaardetabelType | None
    ouder_aanduiding: str | None
    datum_ingang_familierechtelijke_betrekking: DatumType | None
    persoon: PersoonType | None = strawberry.field(
        resolver=_gerelateerde, description="De ouder als persoon, als het BSN bekend is."
    )


@strawberry.type(name="Kind")
class KindType:
    burgerservicenummer: BSN | None
    naam: NaamType | None
    geboorte: GeboorteType | None
    persoon: PersoonType | None = strawberry.field(
        resolver=_gerelateerde, description="Het kind als persoon, als het BSN bekend is."
    )


@strawberry.type(
    name="Nationaliteit",
    description="`type`: Nationaliteit, BehandeldAlsNederlander, VastgesteldNietNederlander, "
    "Staatloos of NationaliteitOnbekend.",
)
class NationaliteitType:
    type: str
    nationaliteit: WaardetabelType | None
    reden_opname: WaardetabelType | None
    datum_ingang_geldigheid: DatumType | None


@strawberry.type(name="Verblijfadres")
class VerblijfadresType:
    officiele_straatnaam: str | None
    korte_straatnaam: str | None
    huisnummer: int | None
    huisletter: str | None
    huisnummertoevoeging: str | None
    aanduiding_bij_huisnummer: WaardetabelType | None
    postcode: str | None
    woonplaats: str | None
    regel1: str | None
    regel2: str | None
    regel3: str | None
    land: WaardetabelType | None
    locatiebeschrijving: str | None


@strawberry.type(
    name="Verblijfplaats",
    description="`type`: Adres, VerblijfplaatsBuitenland, VerblijfplaatsOnbekend of Locatie.",
)
class VerblijfplaatsType:
    type: str
    verblijfadres: VerblijfadresType | None
    functie_adres: WaardetabelType | None
    adresseerbaar_object_identificatie: str | None
    nummeraanduiding_identificatie: str | None
    datum_van: DatumType | None
    datum_ingang_geldigheid: DatumType | None
    indicatie_vastgesteld_verblijft_niet_op_adres: bool


@strawberry.type(name="Overlijden")
class OverlijdenType:
    datum: DatumType | None
    plaats: WaardetabelType | None
    land: WaardetabelType | None


@strawberry.type(name="OpschortingBijhouding")
class OpschortingBijhoudingType:
    reden: WaardetabelType | None
    datum: DatumType | None


@strawberry.type(name="Aanschrijfwijze")
class AanschrijfwijzeType:
    naam: str | None
    aanspreekvorm: str | None


@strawberry.type(name="Adressering")
class AdresseringType:
    aanhef: str | None
    aanschrijfwijze: AanschrijfwijzeType | None
    gebruik_in_lopende_tekst: str | None
    adresregel1: str | None
    adresregel2: str | None
    adresregel3: str | None
    land: WaardetabelType | None
    indicatie_vastgesteld_verblijft_niet_op_adres: bool


@strawberry.type(name="Persoon", description="Een persoon uit de BRP (Haal Centraal BRP v2).")
class PersoonType:
    burgerservicenummer: BSN
    naam: NaamType | None
    geboorte: GeboorteType | None
    leeftijd: int | None = strawberry.field(description="Leeftijd vandaag, volgens de BRP.")
    geslacht: WaardetabelType | None
    partners: list[PartnerType] | None
    ouders: list[OuderType] | None
    kinderen: list[KindType] | None
    nationaliteiten: list[NationaliteitType] | None
    verblijfplaats: VerblijfplaatsType | None
    overlijden: OverlijdenType | None
    opschorting_bijhouding: OpschortingBijhoudingType | None
    geheimhouding_persoonsgegevens: bool
    indicatie_curatele_register: bool | None
    gemeente_van_inschrijving: WaardetabelType | None
    adressering: AdresseringType | None


async def laad_persoon(info: Info, bsn: str) -> PersoonType | None:
    """The person `bsn` with what this field's selection needs, if the actor may see them."""
    context = info.context
    actor = context.vereist_actor()
    if not actor.mag_persoon_zien(bsn):
        raise NietToegestaan("U mag alleen uw eigen persoonsgegevens inzien.")
    fields = selectievelden(info)
    persoon = await context.personen.persoon(bsn, fields)
    # The model has exactly this type's attributes; Strawberry reads them by name.
    return cast(PersoonType | None, persoon)


async def laad_personen(info: Info, bsns: Sequence[str]) -> list[PersoonType | None]:
    """The persons `bsns`, in that order, in one lookup (`laad_persoon` for a list)."""
    if len(bsns) > MAX_PERSONEN:
        raise OngeldigeInvoer(
            f"Vraag hoogstens {MAX_PERSONEN} personen tegelijk.", veld="burgerservicenummers"
        )
    context = info.context
    actor = context.vereist_actor()
    if not all(actor.mag_persoon_zien(bsn) for bsn in bsns):
        raise NietToegestaan("U mag alleen uw eigen persoonsgegevens inzien.")
    fields = selectievelden(info)
    personen = await context.personen.personen(bsns, fields)
    return cast(list[PersoonType | None], personen)


def selectievelden(info: Info) -> frozenset[str]:
    """`brp_fields` of this field's selection, remembered per field node.

    The BRP fields follow from the selection's syntax alone (not from variables or
    directives), and a document the document cache keeps arrives as the same node objects on
    every request: its selection is converted once. The nodes are held with the answer, so
    an id is never taken for another node's while remembered."""
    nodes = tuple(info._raw_info.field_nodes)
    sleutel = tuple(map(id, nodes))
    bekend = _SELECTIES.get(sleutel)
    if bekend is not None and all(a is b for a, b in zip(bekend[0], nodes, strict=True)):
        return bekend[1]
    fields = brp_fields(info.selected_fields[0].selections)
    _SELECTIES[sleutel] = (nodes, fields)
    if len(_SELECTIES) > MAX_SELECTIES:
        _SELECTIES.popitem(last=False)
    return fields
