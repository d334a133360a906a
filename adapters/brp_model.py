"""What the BRP delivers about a person, typed.

Haal Centraal BRP Personen bevragen 2.7.0. Classes are named after the spec's schemas, fields
are the spec's names in snake_case (Strawberry's auto camel-casing turns them back into the
Haal Centraal names). Only `burgerservicenummer` is always present: the BRP leaves out empty
values and delivers only the requested fields, so everything else may be None.

Where "absent" is ambiguous the model says which it is: `partners`, `ouders`, `kinderen`,
`nationaliteiten` and `indicatie_curatele_register` are None when they were not asked for, and
an empty tuple / False when they were asked for and the BRP left them out (it omits empty
lists and false booleans). A rule that needs one of them can so tell "none" from "not asked".
`geheimhouding_persoonsgegevens` is always delivered (when true) and is a plain bool.

Groups carry the BRP's `inOnderzoek` as `in_onderzoek`: which of their fields are under
investigation and since when (None: nothing asked is under investigation).

Parsing from the JSON lives in `adapters.brp_parsing`. Reprs leave out every
burgerservicenummer: they end up in logs and assertion messages.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from trouwgraph.adapters.brp_payloads import NationaliteitType, VerblijfplaatsType
from trouwgraph.domain.datum import OnvolledigeDatum

__all__ = [
    "AangaanHuwelijkPartnerschap",
    "Aanschrijfwijze",
    "AdellijkeTitelPredicaat",
    "Adressering",
    "BrpDatum",
    "Geboorte",
    "InOnderzoek",
    "Kind",
    "Naam",
    "Nationaliteit",
    "NationaliteitType",
    "OntbindingHuwelijkPartnerschap",
    "OpschortingBijhouding",
    "Ouder",
    "Overlijden",
    "Partner",
    "Persoon",
    "Verblijfadres",
    "Verblijfplaats",
    "VerblijfplaatsType",
    "Waardetabel",
    "groepen",
]

DatumType = Literal["Datum", "JaarMaandDatum", "JaarDatum", "DatumOnbekend"]


@dataclass(frozen=True, slots=True, eq=False)
class BrpDatum(OnvolledigeDatum):
    """An AbstractDatum: an `OnvolledigeDatum` that keeps the BRP's `langFormaat` for display.

    Equal to any `OnvolledigeDatum` with the same year, month and day; `lang_formaat` is only
    a rendering of those.
    """

    lang_formaat: str | None = None

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OnvolledigeDatum):
            return (self.jaar, self.maand, self.dag) == (other.jaar, other.maand, other.dag)
        return NotImplemented

    __hash__ = OnvolledigeDatum.__hash__

    @property
    def datum(self) -> date | None:
        """The date, when year, month and day are known (GraphQL's `Datum.datum`)."""
        return self.als_datum()

    @property
    def type(self) -> DatumType:
        """The BRP date form this date came in."""
        if self.dag is not None:
            return "Datum"
        if self.maand is not None:
            return "JaarMaandDatum"
        return "JaarDatum" if self.jaar is not None else "DatumOnbekend"


@dataclass(frozen=True, slots=True)
class InOnderzoek:
    """A group's `inOnderzoek`: the names of its fields under investigation, and since when.

    `datums` holds the spec's date keys: `datumIngangOnderzoek` on a group; on the person
    `datumIngangOnderzoekPersoon`, `...Gemeente` and `...Gezag`, each for its own fields.
    """

    velden: frozenset[str] = frozenset()
    datums: tuple[tuple[str, BrpDatum], ...] = ()

    def sinds(self, veld: str) -> BrpDatum | None:
        """Since when `veld` is under investigation, when the BRP said so."""
        sleutel = _PERSOON_ONDERZOEKSDATUM.get(veld, "datumIngangOnderzoek")
        gevonden = dict(self.datums)
        return gevonden.get(sleutel) or gevonden.get("datumIngangOnderzoek")


_PERSOON_ONDERZOEKSDATUM = {
    "burgerservicenummer": "datumIngangOnderzoekPersoon",
    "geslacht": "datumIngangOnderzoekPersoon",
    "leeftijd": "datumIngangOnderzoekPersoon",
    "gemeenteVanInschrijving": "datumIngangOnderzoekGemeente",
    "datumInschrijvingInGemeente": "datumIngangOnderzoekGemeente",
    "indicatieCurateleRegister": "datumIngangOnderzoekGezag",
    "indicatieGezagMinderjarige": "datumIngangOnderzoekGezag",
}


@dataclass(frozen=True, slots=True)
class Waardetabel:
    """A code from a national table with its description, e.g. geslacht {V, vrouw}."""

    code: str | None = None
    omschrijving: str | None = None


@dataclass(frozen=True, slots=True)
class AdellijkeTitelPredicaat(Waardetabel):
    """AdellijkeTitelPredicaatType: a Waardetabel plus `soort` ("titel" or "predicaat")."""

    soort: str | None = None


@dataclass(frozen=True, slots=True)
class Naam:
    """NaamPersoon; for partners, parents and children (NaamGerelateerde) the last two are None."""

    voornamen: str | None = None
    adellijke_titel_predicaat: AdellijkeTitelPredicaat | None = None
    voorvoegsel: str | None = None
    geslachtsnaam: str | None = None
    voorletters: str | None = None
    volledige_naam: str | None = None
    aanduiding_naamgebruik: Waardetabel | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class Geboorte:
    datum: BrpDatum | None = None
    plaats: Waardetabel | None = None
    land: Waardetabel | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class AangaanHuwelijkPartnerschap:
    datum: BrpDatum | None = None
    plaats: Waardetabel | None = None
    land: Waardetabel | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class OntbindingHuwelijkPartnerschap:
    datum: BrpDatum | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class Partner:
    """The current partner, or else the last dissolved one (the BRP delivers no others)."""

    burgerservicenummer: str | None = field(default=None, repr=False)
    naam: Naam | None = None
    geboorte: Geboorte | None = None
    geslacht: Waardetabel | None = None
    soort_verbintenis: Waardetabel | None = None
    aangaan_huwelijk_partnerschap: AangaanHuwelijkPartnerschap | None = None
    ontbinding_huwelijk_partnerschap: OntbindingHuwelijkPartnerschap | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class Ouder:
    burgerservicenummer: str | None = field(default=None, repr=False)
    naam: Naam | None = None
    geboorte: Geboorte | None = None
    geslacht: Waardetabel | None = None
    ouder_aanduiding: str | None = None
    datum_ingang_familierechtelijke_betrekking: BrpDatum | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class Kind:
    burgerservicenummer: str | None = field(default=None, repr=False)
    naam: Naam | None = None
    geboorte: Geboorte | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class Nationaliteit:
    """AbstractNationaliteit: `type` tells which; only type "Nationaliteit" has `nationaliteit`."""

    type: NationaliteitType
    nationaliteit: Waardetabel | None = None
    reden_opname: Waardetabel | None = None
    datum_ingang_geldigheid: BrpDatum | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class Verblijfadres:
    """VerblijfadresBinnenland (Adres), VerblijfadresBuitenland or VerblijfadresLocatie."""

    officiele_straatnaam: str | None = None
    korte_straatnaam: str | None = None
    huisnummer: int | None = None
    huisletter: str | None = None
    huisnummertoevoeging: str | None = None
    aanduiding_bij_huisnummer: Waardetabel | None = None
    postcode: str | None = None
    woonplaats: str | None = None
    regel1: str | None = None
    regel2: str | None = None
    regel3: str | None = None
    land: Waardetabel | None = None
    locatiebeschrijving: str | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class Verblijfplaats:
    """AbstractVerblijfplaats: Adres, VerblijfplaatsBuitenland, VerblijfplaatsOnbekend, Locatie."""

    type: VerblijfplaatsType
    verblijfadres: Verblijfadres | None = None
    functie_adres: Waardetabel | None = None
    adresseerbaar_object_identificatie: str | None = None
    nummeraanduiding_identificatie: str | None = None
    datum_van: BrpDatum | None = None
    datum_ingang_geldigheid: BrpDatum | None = None
    indicatie_vastgesteld_verblijft_niet_op_adres: bool = False
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class Overlijden:
    datum: BrpDatum | None = None
    plaats: Waardetabel | None = None
    land: Waardetabel | None = None
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class OpschortingBijhouding:
    """Why and since when the BRP stopped keeping the record (e.g. reden O: overlijden)."""

    reden: Waardetabel | None = None
    datum: BrpDatum | None = None


@dataclass(frozen=True, slots=True)
class Aanschrijfwijze:
    """The name to write on a letter, and for nobility the line above it."""

    naam: str | None = None
    aanspreekvorm: str | None = None


@dataclass(frozen=True, slots=True)
class Adressering:
    """How to address the person in a letter, as the BRP derives it (NEN 5825 lines)."""

    aanhef: str | None = None
    aanschrijfwijze: Aanschrijfwijze | None = None
    gebruik_in_lopende_tekst: str | None = None
    adresregel1: str | None = None
    adresregel2: str | None = None
    adresregel3: str | None = None
    land: Waardetabel | None = None
    indicatie_vastgesteld_verblijft_niet_op_adres: bool = False
    in_onderzoek: InOnderzoek | None = None


@dataclass(frozen=True, slots=True)
class Persoon:
    """A person as the BRP delivered them; see the module docstring for what None means."""

    burgerservicenummer: str = field(repr=False)
    naam: Naam | None = None
    geboorte: Geboorte | None = None
    leeftijd: int | None = None
    geslacht: Waardetabel | None = None
    partners: tuple[Partner, ...] | None = None
    ouders: tuple[Ouder, ...] | None = None
    kinderen: tuple[Kind, ...] | None = None
    nationaliteiten: tuple[Nationaliteit, ...] | None = None
    verblijfplaats: Verblijfplaats | None = None
    overlijden: Overlijden | None = None
    opschorting_bijhouding: OpschortingBijhouding | None = None
    geheimhouding_persoonsgegevens: bool = False
    indicatie_curatele_register: bool | None = None
    gemeente_van_inschrijving: Waardetabel | None = None
    adressering: Adressering | None = None
    in_onderzoek: InOnderzoek | None = None


def groepen(fields: Collection[str]) -> frozenset[str]:
    """The top-level fields of the requested `fields`: `naam` for `naam.volledigeNaam`."""
    return frozenset(field.partition(".")[0] for field in fields)
