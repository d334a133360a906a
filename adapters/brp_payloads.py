"""Wire shapes of Haal Centraal BRP Personen bevragen 2.7.0 (OAS 3.1), as TypedDicts.

Named after the spec's component schemas (tests/contracts/brp-personen-v2-openapi.resolved.json),
with the spec's own camelCase keys. Only what this gateway reads or sends is described; the BRP
leaves out empty values and delivers only requested fields, so almost every key is optional.
`inOnderzoek` is one shape for all groups (`InOnderzoek`: true flags and `datumIngangOnderzoek*`
dates); `gezag`, `verblijfstitel` and the like are not read (yet).
Import this module qualified (`from adapters import brp_payloads as wire`): several names equal
those of the parsed model in `adapters.brp_model`.
"""

from __future__ import annotations

from typing import Literal, Required, TypedDict

# --- building blocks --------------------------------------------------------------------------


class Waardetabel(TypedDict, total=False):
    code: str
    omschrijving: str


class AdellijkeTitelPredicaatType(Waardetabel, total=False):
    soort: Literal["titel", "predicaat"]


class VolledigeDatum(TypedDict):
    type: Literal["Datum"]
    langFormaat: str
    datum: str


class JaarMaandDatum(TypedDict):
    type: Literal["JaarMaandDatum"]
    langFormaat: str
    jaar: int
    maand: int


class JaarDatum(TypedDict):
    type: Literal["JaarDatum"]
    langFormaat: str
    jaar: int


class DatumOnbekend(TypedDict):
    type: Literal["DatumOnbekend"]
    langFormaat: str
    onbekend: bool


AbstractDatum = VolledigeDatum | JaarMaandDatum | JaarDatum | DatumOnbekend

InOnderzoek = dict[str, bool | AbstractDatum]
"""Every *InOnderzoek schema: a true flag per field under investigation, and the
``datumIngangOnderzoek`` (on the person ``...Persoon``, ``...Gemeente``, ``...Gezag``) dates."""


class NaamPersoon(TypedDict, total=False):
    voornamen: str
    adellijkeTitelPredicaat: AdellijkeTitelPredicaatType
    voorvoegsel: str
    geslachtsnaam: str
    voorletters: str
    volledigeNaam: str
    aanduidingNaamgebruik: Waardetabel
    inOnderzoek: InOnderzoek


class NaamGerelateerde(TypedDict, total=False):
    voornamen: str
    adellijkeTitelPredicaat: AdellijkeTitelPredicaatType
    voorvoegsel: str
    geslachtsnaam: str
    voorletters: str
    inOnderzoek: InOnderzoek


class Geboorte(TypedDict, total=False):
    datum: AbstractDatum
    plaats: Waardetabel
    land: Waardetabel
    inOnderzoek: InOnderzoek


# --- related persons --------------------------------------------------------------------------


class AangaanHuwelijkPartnerschap(TypedDict, total=False):
    datum: AbstractDatum
    plaats: Waardetabel
    land: Waardetabel
    inOnderzoek: InOnderzoek


class OntbindingHuwelijkPartnerschap(TypedDict, total=False):
    datum: AbstractDatum
    inOnderzoek: InOnderzoek


class Partner(TypedDict, total=False):
    burgerservicenummer: str
    geslacht: Waardetabel
    soortVerbintenis: Waardetabel
    naam: NaamGerelateerde
    geboorte: Geboorte
    aangaanHuwelijkPartnerschap: AangaanHuwelijkPartnerschap
    ontbindingHuwelijkPartnerschap: OntbindingHuwelijkPartnerschap
    inOnderzoek: InOnderzoek


class Ouder(TypedDict, total=False):
    burgerservicenummer: str
    geslacht: Waardetabel
    ouderAanduiding: Literal["1", "2"]
    datumIngangFamilierechtelijkeBetrekking: AbstractDatum
    naam: NaamGerelateerde
    geboorte: Geboorte
    inOnderzoek: InOnderzoek


class Kind(TypedDict, total=False):
    burgerservicenummer: str
    naam: NaamGerelateerde
    geboorte: Geboorte
    inOnderzoek: InOnderzoek


# --- nationality and residence (polymorphic on `type`) ---------------------------------------

NationaliteitType = Literal[
    "Nationaliteit",
    "BehandeldAlsNederlander",
    "VastgesteldNietNederlander",
    "Staatloos",
    "NationaliteitOnbekend",
]


class AbstractNationaliteit(TypedDict, total=False):
    """The five nationality schemas; only type `Nationaliteit` has `nationaliteit`."""

    type: Required[NationaliteitType]
    nationaliteit: Waardetabel
    redenOpname: Waardetabel
    datumIngangGeldigheid: AbstractDatum
    inOnderzoek: InOnderzoek


VerblijfplaatsType = Literal[
    "Adres", "VerblijfplaatsBuitenland", "VerblijfplaatsOnbekend", "Locatie"
]


class Verblijfadres(TypedDict, total=False):
    """VerblijfadresBinnenland, VerblijfadresBuitenland and VerblijfadresLocatie merged."""

    officieleStraatnaam: str
    korteStraatnaam: str
    huisnummer: int
    huisletter: str
    huisnummertoevoeging: str
    aanduidingBijHuisnummer: Waardetabel
    postcode: str
    woonplaats: str
    regel1: str
    regel2: str
    regel3: str
    land: Waardetabel
    locatiebeschrijving: str
    inOnderzoek: InOnderzoek


class AbstractVerblijfplaats(TypedDict, total=False):
    """Adres, VerblijfplaatsBuitenland, VerblijfplaatsOnbekend and Locatie merged."""

    type: Required[VerblijfplaatsType]
    verblijfadres: Verblijfadres
    functieAdres: Waardetabel
    adresseerbaarObjectIdentificatie: str
    nummeraanduidingIdentificatie: str
    datumVan: AbstractDatum
    datumIngangGeldigheid: AbstractDatum
    indicatieVastgesteldVerblijftNietOpAdres: bool
    inOnderzoek: InOnderzoek


class Aanschrijfwijze(TypedDict, total=False):
    naam: str
    aanspreekvorm: str


class Adressering(TypedDict, total=False):
    aanhef: str
    aanschrijfwijze: Aanschrijfwijze
    gebruikInLopendeTekst: str
    adresregel1: str
    adresregel2: str
    adresregel3: str
    land: Waardetabel
    indicatieVastgesteldVerblijftNietOpAdres: bool
    inOnderzoek: InOnderzoek


# --- the person --------------------------------------------------------------------------------


class Overlijden(TypedDict, total=False):
    datum: AbstractDatum
    plaats: Waardetabel
    land: Waardetabel
    inOnderzoek: InOnderzoek


class OpschortingBijhouding(TypedDict, total=False):
    reden: Waardetabel
    datum: AbstractDatum


class Persoon(TypedDict, total=False):
    """Persoon (raadplegen) and PersoonBeperkt (zoeken), which has a subset of the keys."""

    burgerservicenummer: str
    naam: NaamPersoon
    geboorte: Geboorte
    leeftijd: int
    geslacht: Waardetabel
    partners: list[Partner]
    ouders: list[Ouder]
    kinderen: list[Kind]
    nationaliteiten: list[AbstractNationaliteit]
    verblijfplaats: AbstractVerblijfplaats
    overlijden: Overlijden
    opschortingBijhouding: OpschortingBijhouding
    geheimhoudingPersoonsgegevens: bool
    indicatieCurateleRegister: bool
    gemeenteVanInschrijving: Waardetabel
    adressering: Adressering
    inOnderzoek: InOnderzoek


# --- requests, responses, errors --------------------------------------------------------------


class RaadpleegMetBurgerservicenummer(TypedDict):
    type: Literal["RaadpleegMetBurgerservicenummer"]
    fields: list[str]
    burgerservicenummer: list[str]


class ZoekMetGeslachtsnaamEnGeboortedatum(TypedDict, total=False):
    type: Required[Literal["ZoekMetGeslachtsnaamEnGeboortedatum"]]
    fields: Required[list[str]]
    geslachtsnaam: Required[str]
    geboortedatum: Required[str]
    geslacht: str
    voorvoegsel: str
    voornamen: str
    inclusiefOverledenPersonen: bool
    gemeenteVanInschrijving: str


class PersonenQueryResponse(TypedDict, total=False):
    """RaadpleegMetBurgerservicenummerResponse and the Zoek...Response schemas."""

    type: Required[str]
    personen: list[Persoon]


class InvalidParam(TypedDict, total=False):
    type: str
    name: str
    code: str
    reason: str


class BadRequestFoutbericht(TypedDict, total=False):
    """Foutbericht (problem+json, RFC 7807), plus `invalidParams` on a 400."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    code: str
    invalidParams: list[InvalidParam]
