"""Reading Haal Centraal BRP Personen bevragen 2.7.0 JSON into `adapters.brp_model`.

The JSON arrives untyped; every value is checked before use, and the first value with the wrong
shape gives `UpstreamInvalidResponse` naming its path (`personen[2].geboorte.datum.jaar`), never
its value. Keys are read through the TypedDicts of `adapters.brp_payloads`, so mypy checks the
key names against the spec's schemas. Single values (dates, codes, flags, `inOnderzoek`) are read
by `adapters.brp_values`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import TypeVar, cast, get_args

from trouwgraph.adapters import brp_payloads as wire
from trouwgraph.adapters import brp_values as v
from trouwgraph.adapters.brp_model import (
    AangaanHuwelijkPartnerschap,
    Aanschrijfwijze,
    AdellijkeTitelPredicaat,
    Adressering,
    Geboorte,
    Kind,
    Naam,
    Nationaliteit,
    OntbindingHuwelijkPartnerschap,
    OpschortingBijhouding,
    Ouder,
    Overlijden,
    Partner,
    Persoon,
    Verblijfadres,
    Verblijfplaats,
    groepen,
)
from trouwgraph.adapters.errors import UpstreamInvalidResponse

__all__ = ["parse_personen", "parse_persoon"]

T = TypeVar("T")

REGISTRY = "BRP"
_BSN = re.compile(r"^\d{9}$")
_NATIONALITEIT_TYPES: frozenset[str] = frozenset(get_args(wire.NationaliteitType))
_VERBLIJFPLAATS_TYPES: frozenset[str] = frozenset(get_args(wire.VerblijfplaatsType))


def parse_personen(body: object, response_type: str, fields: Collection[str]) -> list[Persoon]:
    """The persons in a PersonenQueryResponse of `response_type`, requested with `fields`."""
    try:
        envelope = cast(wire.PersonenQueryResponse, v.json_object(body, "$"))
        if envelope.get("type") != response_type:
            raise v.Malformed("type")
        personen = v.lijst(envelope.get("personen"), "personen") or []
        gevraagd = groepen(fields)
        return [_persoon(raw, f"personen[{i}]", gevraagd) for i, raw in enumerate(personen)]
    except v.Malformed as error:
        raise UpstreamInvalidResponse(REGISTRY, f"unexpected value at {error.pad}") from None


def parse_persoon(raw: object, fields: Collection[str]) -> Persoon:
    """One Persoon (or PersoonBeperkt) requested with `fields`."""
    try:
        return _persoon(raw, "persoon", groepen(fields))
    except v.Malformed as error:
        raise UpstreamInvalidResponse(REGISTRY, f"unexpected value at {error.pad}") from None


def _persoon(value: object, pad: str, gevraagd: frozenset[str]) -> Persoon:
    """`gevraagd`: the requested top-level fields (see `groepen`)."""
    raw = cast(wire.Persoon, v.json_object(value, pad))
    bsn = v.string(raw.get("burgerservicenummer"), f"{pad}.burgerservicenummer")
    if bsn is None or not _BSN.fullmatch(bsn):
        raise v.Malformed(f"{pad}.burgerservicenummer")

    def reeks(veld: str, item: Callable[[object, str], T]) -> tuple[T, ...] | None:
        if veld not in gevraagd:
            return None
        items = v.lijst(raw.get(veld), f"{pad}.{veld}") or []
        return tuple(item(entry, f"{pad}.{veld}[{i}]") for i, entry in enumerate(items))

    curatele = v.vlag(raw.get("indicatieCurateleRegister"), f"{pad}.indicatieCurateleRegister")
    return Persoon(
        burgerservicenummer=bsn,
        naam=v.optional(raw.get("naam"), f"{pad}.naam", _naam),
        geboorte=v.optional(raw.get("geboorte"), f"{pad}.geboorte", _geboorte),
        leeftijd=v.geheel(raw.get("leeftijd"), f"{pad}.leeftijd"),
        geslacht=v.waardetabel(raw.get("geslacht"), f"{pad}.geslacht"),
        partners=reeks("partners", _partner),
        ouders=reeks("ouders", _ouder),
        kinderen=reeks("kinderen", _kind),
        nationaliteiten=reeks("nationaliteiten", _nationaliteit),
        verblijfplaats=v.optional(raw.get("verblijfplaats"), f"{pad}.verblijfplaats", _verblijf),
        overlijden=v.optional(raw.get("overlijden"), f"{pad}.overlijden", _overlijden),
        opschorting_bijhouding=v.optional(
            raw.get("opschortingBijhouding"), f"{pad}.opschortingBijhouding", _opschorting
        ),
        geheimhouding_persoonsgegevens=bool(
            v.vlag(raw.get("geheimhoudingPersoonsgegevens"), f"{pad}.geheimhoudingPersoonsgegevens")
        ),
        indicatie_curatele_register=(
            bool(curatele) if "indicatieCurateleRegister" in gevraagd else curatele
        ),
        gemeente_van_inschrijving=v.waardetabel(
            raw.get("gemeenteVanInschrijving"), f"{pad}.gemeenteVanInschrijving"
        ),
        adressering=v.optional(raw.get("adressering"), f"{pad}.adressering", _adressering),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


# --- groups --------------------------------------------------------------------------------------


def _naam(value: object, pad: str) -> Naam:
    raw = cast(wire.NaamPersoon, v.json_object(value, pad))
    titel = v.optional(raw.get("adellijkeTitelPredicaat"), f"{pad}.adellijkeTitelPredicaat", _titel)
    return Naam(
        voornamen=v.string(raw.get("voornamen"), f"{pad}.voornamen"),
        adellijke_titel_predicaat=titel,
        voorvoegsel=v.string(raw.get("voorvoegsel"), f"{pad}.voorvoegsel"),
        geslachtsnaam=v.string(raw.get("geslachtsnaam"), f"{pad}.geslachtsnaam"),
        voorletters=v.string(raw.get("voorletters"), f"{pad}.voorletters"),
        volledige_naam=v.string(raw.get("volledigeNaam"), f"{pad}.volledigeNaam"),
        aanduiding_naamgebruik=v.waardetabel(
            raw.get("aanduidingNaamgebruik"), f"{pad}.aanduidingNaamgebruik"
        ),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _titel(value: object, pad: str) -> AdellijkeTitelPredicaat:
    raw = cast(wire.AdellijkeTitelPredicaatType, v.json_object(value, pad))
    return AdellijkeTitelPredicaat(
        code=v.string(raw.get("code"), f"{pad}.code"),
        omschrijving=v.string(raw.get("omschrijving"), f"{pad}.omschrijving"),
        soort=v.string(raw.get("soort"), f"{pad}.soort"),
    )


def _geboorte(value: object, pad: str) -> Geboorte:
    raw = cast(wire.Geboorte, v.json_object(value, pad))
    return Geboorte(
        datum=v.abstract_datum(raw.get("datum"), f"{pad}.datum"),
        plaats=v.waardetabel(raw.get("plaats"), f"{pad}.plaats"),
        land=v.waardetabel(raw.get("land"), f"{pad}.land"),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _partner(value: object, pad: str) -> Partner:
    raw = cast(wire.Partner, v.json_object(value, pad))
    return Partner(
        burgerservicenummer=v.bsn(raw.get("burgerservicenummer"), f"{pad}.burgerservicenummer"),
        naam=v.optional(raw.get("naam"), f"{pad}.naam", _naam),
        geboorte=v.optional(raw.get("geboorte"), f"{pad}.geboorte", _geboorte),
        geslacht=v.waardetabel(raw.get("geslacht"), f"{pad}.geslacht"),
        soort_verbintenis=v.waardetabel(raw.get("soortVerbintenis"), f"{pad}.soortVerbintenis"),
        aangaan_huwelijk_partnerschap=v.optional(
            raw.get("aangaanHuwelijkPartnerschap"), f"{pad}.aangaanHuwelijkPartnerschap", _aangaan
        ),
        ontbinding_huwelijk_partnerschap=v.optional(
            raw.get("ontbindingHuwelijkPartnerschap"),
            f"{pad}.ontbindingHuwelijkPartnerschap",
            _ontbinding,
        ),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _aangaan(value: object, pad: str) -> AangaanHuwelijkPartnerschap:
    raw = cast(wire.AangaanHuwelijkPartnerschap, v.json_object(value, pad))
    return AangaanHuwelijkPartnerschap(
        datum=v.abstract_datum(raw.get("datum"), f"{pad}.datum"),
        plaats=v.waardetabel(raw.get("plaats"), f"{pad}.plaats"),
        land=v.waardetabel(raw.get("land"), f"{pad}.land"),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _ontbinding(value: object, pad: str) -> OntbindingHuwelijkPartnerschap:
    raw = cast(wire.OntbindingHuwelijkPartnerschap, v.json_object(value, pad))
    return OntbindingHuwelijkPartnerschap(
        datum=v.abstract_datum(raw.get("datum"), f"{pad}.datum"),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _ouder(value: object, pad: str) -> Ouder:
    raw = cast(wire.Ouder, v.json_object(value, pad))
    aanduiding = v.string(raw.get("ouderAanduiding"), f"{pad}.ouderAanduiding")
    if aanduiding not in (None, "1", "2"):
        raise v.Malformed(f"{pad}.ouderAanduiding")
    return Ouder(
        burgerservicenummer=v.bsn(raw.get("burgerservicenummer"), f"{pad}.burgerservicenummer"),
        naam=v.optional(raw.get("naam"), f"{pad}.naam", _naam),
        geboorte=v.optional(raw.get("geboorte"), f"{pad}.geboorte", _geboorte),
        geslacht=v.waardetabel(raw.get("geslacht"), f"{pad}.geslacht"),
        ouder_aanduiding=aanduiding,
        datum_ingang_familierechtelijke_betrekking=v.abstract_datum(
            raw.get("datumIngangFamilierechtelijkeBetrekking"),
            f"{pad}.datumIngangFamilierechtelijkeBetrekking",
        ),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _kind(value: object, pad: str) -> Kind:
    raw = cast(wire.Kind, v.json_object(value, pad))
    return Kind(
        burgerservicenummer=v.bsn(raw.get("burgerservicenummer"), f"{pad}.burgerservicenummer"),
        naam=v.optional(raw.get("naam"), f"{pad}.naam", _naam),
        geboorte=v.optional(raw.get("geboorte"), f"{pad}.geboorte", _geboorte),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _nationaliteit(value: object, pad: str) -> Nationaliteit:
    raw = cast(wire.AbstractNationaliteit, v.json_object(value, pad))
    soort = raw.get("type")
    if soort not in _NATIONALITEIT_TYPES:
        raise v.Malformed(f"{pad}.type")
    return Nationaliteit(
        type=soort,
        nationaliteit=v.waardetabel(raw.get("nationaliteit"), f"{pad}.nationaliteit"),
        reden_opname=v.waardetabel(raw.get("redenOpname"), f"{pad}.redenOpname"),
        datum_ingang_geldigheid=v.abstract_datum(
            raw.get("datumIngangGeldigheid"), f"{pad}.datumIngangGeldigheid"
        ),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _verblijf(value: object, pad: str) -> Verblijfplaats:
    raw = cast(wire.AbstractVerblijfplaats, v.json_object(value, pad))
    soort = raw.get("type")
    if soort not in _VERBLIJFPLAATS_TYPES:
        raise v.Malformed(f"{pad}.type")
    niet_op_adres = f"{pad}.indicatieVastgesteldVerblijftNietOpAdres"
    return Verblijfplaats(
        type=soort,
        verblijfadres=v.optional(raw.get("verblijfadres"), f"{pad}.verblijfadres", _adres),
        functie_adres=v.waardetabel(raw.get("functieAdres"), f"{pad}.functieAdres"),
        adresseerbaar_object_identificatie=v.string(
            raw.get("adresseerbaarObjectIdentificatie"), f"{pad}.adresseerbaarObjectIdentificatie"
        ),
        nummeraanduiding_identificatie=v.string(
            raw.get("nummeraanduidingIdentificatie"), f"{pad}.nummeraanduidingIdentificatie"
        ),
        datum_van=v.abstract_datum(raw.get("datumVan"), f"{pad}.datumVan"),
        datum_ingang_geldigheid=v.abstract_datum(
            raw.get("datumIngangGeldigheid"), f"{pad}.datumIngangGeldigheid"
        ),
        indicatie_vastgesteld_verblijft_niet_op_adres=bool(
            v.vlag(raw.get("indicatieVastgesteldVerblijftNietOpAdres"), niet_op_adres)
        ),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _adres(value: object, pad: str) -> Verblijfadres:
    raw = cast(wire.Verblijfadres, v.json_object(value, pad))
    return Verblijfadres(
        officiele_straatnaam=v.string(raw.get("officieleStraatnaam"), f"{pad}.officieleStraatnaam"),
        korte_straatnaam=v.string(raw.get("korteStraatnaam"), f"{pad}.korteStraatnaam"),
        huisnummer=v.geheel(raw.get("huisnummer"), f"{pad}.huisnummer"),
        huisletter=v.string(raw.get("huisletter"), f"{pad}.huisletter"),
        huisnummertoevoeging=v.string(
            raw.get("huisnummertoevoeging"), f"{pad}.huisnummertoevoeging"
        ),
        aanduiding_bij_huisnummer=v.waardetabel(
            raw.get("aanduidingBijHuisnummer"), f"{pad}.aanduidingBijHuisnummer"
        ),
        postcode=v.string(raw.get("postcode"), f"{pad}.postcode"),
        woonplaats=v.string(raw.get("woonplaats"), f"{pad}.woonplaats"),
        regel1=v.string(raw.get("regel1"), f"{pad}.regel1"),
        regel2=v.string(raw.get("regel2"), f"{pad}.regel2"),
        regel3=v.string(raw.get("regel3"), f"{pad}.regel3"),
        land=v.waardetabel(raw.get("land"), f"{pad}.land"),
        locatiebeschrijving=v.string(raw.get("locatiebeschrijving"), f"{pad}.locatiebeschrijving"),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _overlijden(value: object, pad: str) -> Overlijden:
    raw = cast(wire.Overlijden, v.json_object(value, pad))
    return Overlijden(
        datum=v.abstract_datum(raw.get("datum"), f"{pad}.datum"),
        plaats=v.waardetabel(raw.get("plaats"), f"{pad}.plaats"),
        land=v.waardetabel(raw.get("land"), f"{pad}.land"),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _opschorting(value: object, pad: str) -> OpschortingBijhouding:
    raw = cast(wire.OpschortingBijhouding, v.json_object(value, pad))
    return OpschortingBijhouding(
        reden=v.waardetabel(raw.get("reden"), f"{pad}.reden"),
        datum=v.abstract_datum(raw.get("datum"), f"{pad}.datum"),
    )


def _adressering(value: object, pad: str) -> Adressering:
    raw = cast(wire.Adressering, v.json_object(value, pad))
    niet_op_adres = f"{pad}.indicatieVastgesteldVerblijftNietOpAdres"
    return Adressering(
        aanhef=v.string(raw.get("aanhef"), f"{pad}.aanhef"),
        aanschrijfwijze=v.optional(
            raw.get("aanschrijfwijze"), f"{pad}.aanschrijfwijze", _aanschrijfwijze
        ),
        gebruik_in_lopende_tekst=v.string(
            raw.get("gebruikInLopendeTekst"), f"{pad}.gebruikInLopendeTekst"
        ),
        adresregel1=v.string(raw.get("adresregel1"), f"{pad}.adresregel1"),
        adresregel2=v.string(raw.get("adresregel2"), f"{pad}.adresregel2"),
        adresregel3=v.string(raw.get("adresregel3"), f"{pad}.adresregel3"),
        land=v.waardetabel(raw.get("land"), f"{pad}.land"),
        indicatie_vastgesteld_verblijft_niet_op_adres=bool(
            v.vlag(raw.get("indicatieVastgesteldVerblijftNietOpAdres"), niet_op_adres)
        ),
        in_onderzoek=v.in_onderzoek(raw.get("inOnderzoek"), f"{pad}.inOnderzoek"),
    )


def _aanschrijfwijze(value: object, pad: str) -> Aanschrijfwijze:
    raw = cast(wire.Aanschrijfwijze, v.json_object(value, pad))
    return Aanschrijfwijze(
        naam=v.string(raw.get("naam"), f"{pad}.naam"),
        aanspreekvorm=v.string(raw.get("aanspreekvorm"), f"{pad}.aanspreekvorm"),
    )
