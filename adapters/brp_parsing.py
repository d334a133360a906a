"""Reading Haal Centraal BRP Personen bevragen 2.7.0 JSON into `adapters.brp_model`.

The JSON arrives untyped; every value is checked before use, and the first value with the wrong
shape gives `UpstreamInvalidResponse` naming its path (`personen[2].geboorte.datum.jaar`), never
its value. Keys are read through the TypedDicts of `adapters.brp_payloads`, so mypy checks the
key names against the spec's schemas.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date
from typing import TypeVar, cast, get_args

from trouwgraph.adapters import brp_payloads as wire
from trouwgraph.adapters.brp_model import (
    AangaanHuwelijkPartnerschap,
    AdellijkeTitelPredicaat,
    BrpDatum,
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
    Waardetabel,
    gevraagd,
)
from trouwgraph.adapters.errors import UpstreamInvalidResponse

__all__ = ["parse_personen", "parse_persoon"]

T = TypeVar("T")

REGISTRY = "BRP"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BSN = re.compile(r"^\d{9}$")
_NATIONALITEIT_TYPES: frozenset[str] = frozenset(get_args(wire.NationaliteitType))
_VERBLIJFPLAATS_TYPES: frozenset[str] = frozenset(get_args(wire.VerblijfplaatsType))


class _Malformed(Exception):
    def __init__(self, pad: str) -> None:
        super().__init__(pad)
        self.pad = pad


def parse_personen(body: object, response_type: str, fields: Collection[str]) -> list[Persoon]:
    """The persons in a PersonenQueryResponse of `response_type`, requested with `fields`."""
    try:
        envelope = cast(wire.PersonenQueryResponse, _object(body, "$"))
        if envelope.get("type") != response_type:
            raise _Malformed("type")
        personen = _lijst(envelope.get("personen"), "personen") or []
        return [_persoon(raw, f"personen[{i}]", fields) for i, raw in enumerate(personen)]
    except _Malformed as error:
        raise UpstreamInvalidResponse(REGISTRY, f"unexpected value at {error.pad}") from None


def parse_persoon(raw: object, fields: Collection[str]) -> Persoon:
    """One Persoon (or PersoonBeperkt) requested with `fields`."""
    try:
        return _persoon(raw, "persoon", fields)
    except _Malformed as error:
        raise UpstreamInvalidResponse(REGISTRY, f"unexpected value at {error.pad}") from None


def _persoon(value: object, pad: str, fields: Collection[str]) -> Persoon:
    raw = cast(wire.Persoon, _object(value, pad))
    bsn = _tekst(raw.get("burgerservicenummer"), f"{pad}.burgerservicenummer")
    if bsn is None or not _BSN.fullmatch(bsn):
        raise _Malformed(f"{pad}.burgerservicenummer")

    def reeks(veld: str, item: Callable[[object, str], T]) -> tuple[T, ...] | None:
        if not gevraagd(fields, veld):
            return None
        items = _lijst(raw.get(veld), f"{pad}.{veld}") or []
        return tuple(item(entry, f"{pad}.{veld}[{i}]") for i, entry in enumerate(items))

    curatele = _vlag(raw.get("indicatieCurateleRegister"), f"{pad}.indicatieCurateleRegister")
    return Persoon(
        burgerservicenummer=bsn,
        naam=_optional(raw.get("naam"), f"{pad}.naam", _naam),
        geboorte=_optional(raw.get("geboorte"), f"{pad}.geboorte", _geboorte),
        leeftijd=_geheel(raw.get("leeftijd"), f"{pad}.leeftijd"),
        geslacht=_waardetabel(raw.get("geslacht"), f"{pad}.geslacht"),
        partners=reeks("partners", _partner),
        ouders=reeks("ouders", _ouder),
        kinderen=reeks("kinderen", _kind),
        nationaliteiten=reeks("nationaliteiten", _nationaliteit),
        verblijfplaats=_optional(raw.get("verblijfplaats"), f"{pad}.verblijfplaats", _verblijf),
        overlijden=_optional(raw.get("overlijden"), f"{pad}.overlijden", _overlijden),
        opschorting_bijhouding=_optional(
            raw.get("opschortingBijhouding"), f"{pad}.opschortingBijhouding", _opschorting
        ),
        geheimhouding_persoonsgegevens=bool(
            _vlag(raw.get("geheimhoudingPersoonsgegevens"), f"{pad}.geheimhoudingPersoonsgegevens")
        ),
        indicatie_curatele_register=(
            bool(curatele) if gevraagd(fields, "indicatieCurateleRegister") else curatele
        ),
        gemeente_van_inschrijving=_waardetabel(
            raw.get("gemeenteVanInschrijving"), f"{pad}.gemeenteVanInschrijving"
        ),
    )


# --- groups --------------------------------------------------------------------------------------


def _naam(value: object, pad: str) -> Naam:
    raw = cast(wire.NaamPersoon, _object(value, pad))
    titel = _optional(raw.get("adellijkeTitelPredicaat"), f"{pad}.adellijkeTitelPredicaat", _titel)
    return Naam(
        voornamen=_tekst(raw.get("voornamen"), f"{pad}.voornamen"),
        adellijke_titel_predicaat=titel,
        voorvoegsel=_tekst(raw.get("voorvoegsel"), f"{pad}.voorvoegsel"),
        geslachtsnaam=_tekst(raw.get("geslachtsnaam"), f"{pad}.geslachtsnaam"),
        voorletters=_tekst(raw.get("voorletters"), f"{pad}.voorletters"),
        volledige_naam=_tekst(raw.get("volledigeNaam"), f"{pad}.volledigeNaam"),
        aanduiding_naamgebruik=_waardetabel(
            raw.get("aanduidingNaamgebruik"), f"{pad}.aanduidingNaamgebruik"
        ),
    )


def _titel(value: object, pad: str) -> AdellijkeTitelPredicaat:
    raw = cast(wire.AdellijkeTitelPredicaatType, _object(value, pad))
    return AdellijkeTitelPredicaat(
        code=_tekst(raw.get("code"), f"{pad}.code"),
        omschrijving=_tekst(raw.get("omschrijving"), f"{pad}.omschrijving"),
        soort=_tekst(raw.get("soort"), f"{pad}.soort"),
    )


def _geboorte(value: object, pad: str) -> Geboorte:
    raw = cast(wire.Geboorte, _object(value, pad))
    return Geboorte(
        datum=_datum(raw.get("datum"), f"{pad}.datum"),
        plaats=_waardetabel(raw.get("plaats"), f"{pad}.plaats"),
        land=_waardetabel(raw.get("land"), f"{pad}.land"),
    )


def _partner(value: object, pad: str) -> Partner:
    raw = cast(wire.Partner, _object(value, pad))
    return Partner(
        burgerservicenummer=_bsn(raw.get("burgerservicenummer"), f"{pad}.burgerservicenummer"),
        naam=_optional(raw.get("naam"), f"{pad}.naam", _naam),
        geboorte=_optional(raw.get("geboorte"), f"{pad}.geboorte", _geboorte),
        geslacht=_waardetabel(raw.get("geslacht"), f"{pad}.geslacht"),
        soort_verbintenis=_waardetabel(raw.get("soortVerbintenis"), f"{pad}.soortVerbintenis"),
        aangaan_huwelijk_partnerschap=_optional(
            raw.get("aangaanHuwelijkPartnerschap"), f"{pad}.aangaanHuwelijkPartnerschap", _aangaan
        ),
        ontbinding_huwelijk_partnerschap=_optional(
            raw.get("ontbindingHuwelijkPartnerschap"),
            f"{pad}.ontbindingHuwelijkPartnerschap",
            _ontbinding,
        ),
    )


def _aangaan(value: object, pad: str) -> AangaanHuwelijkPartnerschap:
    raw = cast(wire.AangaanHuwelijkPartnerschap, _object(value, pad))
    return AangaanHuwelijkPartnerschap(
        datum=_datum(raw.get("datum"), f"{pad}.datum"),
        plaats=_waardetabel(raw.get("plaats"), f"{pad}.plaats"),
        land=_waardetabel(raw.get("land"), f"{pad}.land"),
    )


def _ontbinding(value: object, pad: str) -> OntbindingHuwelijkPartnerschap:
    raw = cast(wire.OntbindingHuwelijkPartnerschap, _object(value, pad))
    return OntbindingHuwelijkPartnerschap(datum=_datum(raw.get("datum"), f"{pad}.datum"))


def _ouder(value: object, pad: str) -> Ouder:
    raw = cast(wire.Ouder, _object(value, pad))
    aanduiding = _tekst(raw.get("ouderAanduiding"), f"{pad}.ouderAanduiding")
    if aanduiding not in (None, "1", "2"):
        raise _Malformed(f"{pad}.ouderAanduiding")
    return Ouder(
        burgerservicenummer=_bsn(raw.get("burgerservicenummer"), f"{pad}.burgerservicenummer"),
        naam=_optional(raw.get("naam"), f"{pad}.naam", _naam),
        geboorte=_optional(raw.get("geboorte"), f"{pad}.geboorte", _geboorte),
        geslacht=_waardetabel(raw.get("geslacht"), f"{pad}.geslacht"),
        ouder_aanduiding=aanduiding,
        datum_ingang_familierechtelijke_betrekking=_datum(
            raw.get("datumIngangFamilierechtelijkeBetrekking"),
            f"{pad}.datumIngangFamilierechtelijkeBetrekking",
        ),
    )


def _kind(value: object, pad: str) -> Kind:
    raw = cast(wire.Kind, _object(value, pad))
    return Kind(
        burgerservicenummer=_bsn(raw.get("burgerservicenummer"), f"{pad}.burgerservicenummer"),
        naam=_optional(raw.get("naam"), f"{pad}.naam", _naam),
        geboorte=_optional(raw.get("geboorte"), f"{pad}.geboorte", _geboorte),
    )


def _nationaliteit(value: object, pad: str) -> Nationaliteit:
    raw = cast(wire.AbstractNationaliteit, _object(value, pad))
    soort = raw.get("type")
    if soort not in _NATIONALITEIT_TYPES:
        raise _Malformed(f"{pad}.type")
    return Nationaliteit(
        type=soort,
        nationaliteit=_waardetabel(raw.get("nationaliteit"), f"{pad}.nationaliteit"),
        reden_opname=_waardetabel(raw.get("redenOpname"), f"{pad}.redenOpname"),
        datum_ingang_geldigheid=_datum(
            raw.get("datumIngangGeldigheid"), f"{pad}.datumIngangGeldigheid"
        ),
    )


def _verblijf(value: object, pad: str) -> Verblijfplaats:
    raw = cast(wire.AbstractVerblijfplaats, _object(value, pad))
    soort = raw.get("type")
    if soort not in _VERBLIJFPLAATS_TYPES:
        raise _Malformed(f"{pad}.type")
    niet_op_adres = f"{pad}.indicatieVastgesteldVerblijftNietOpAdres"
    return Verblijfplaats(
        type=soort,
        verblijfadres=_optional(raw.get("verblijfadres"), f"{pad}.verblijfadres", _adres),
        functie_adres=_waardetabel(raw.get("functieAdres"), f"{pad}.functieAdres"),
        adresseerbaar_object_identificatie=_tekst(
            raw.get("adresseerbaarObjectIdentificatie"), f"{pad}.adresseerbaarObjectIdentificatie"
        ),
        nummeraanduiding_identificatie=_tekst(
            raw.get("nummeraanduidingIdentificatie"), f"{pad}.nummeraanduidingIdentificatie"
        ),
        datum_van=_datum(raw.get("datumVan"), f"{pad}.datumVan"),
        datum_ingang_geldigheid=_datum(
            raw.get("datumIngangGeldigheid"), f"{pad}.datumIngangGeldigheid"
        ),
        indicatie_vastgesteld_verblijft_niet_op_adres=bool(
            _vlag(raw.get("indicatieVastgesteldVerblijftNietOpAdres"), niet_op_adres)
        ),
    )


def _adres(value: object, pad: str) -> Verblijfadres:
    raw = cast(wire.Verblijfadres, _object(value, pad))
    return Verblijfadres(
        officiele_straatnaam=_tekst(raw.get("officieleStraatnaam"), f"{pad}.officieleStraatnaam"),
        korte_straatnaam=_tekst(raw.get("korteStraatnaam"), f"{pad}.korteStraatnaam"),
        huisnummer=_geheel(raw.get("huisnummer"), f"{pad}.huisnummer"),
        huisletter=_tekst(raw.get("huisletter"), f"{pad}.huisletter"),
        huisnummertoevoeging=_tekst(raw.get("huisnummertoevoeging"), f"{pad}.huisnummertoevoeging"),
        aanduiding_bij_huisnummer=_waardetabel(
            raw.get("aanduidingBijHuisnummer"), f"{pad}.aanduidingBijHuisnummer"
        ),
        postcode=_tekst(raw.get("postcode"), f"{pad}.postcode"),
        woonplaats=_tekst(raw.get("woonplaats"), f"{pad}.woonplaats"),
        regel1=_tekst(raw.get("regel1"), f"{pad}.regel1"),
        regel2=_tekst(raw.get("regel2"), f"{pad}.regel2"),
        regel3=_tekst(raw.get("regel3"), f"{pad}.regel3"),
        land=_waardetabel(raw.get("land"), f"{pad}.land"),
        locatiebeschrijving=_tekst(raw.get("locatiebeschrijving"), f"{pad}.locatiebeschrijving"),
    )


def _overlijden(value: object, pad: str) -> Overlijden:
    raw = cast(wire.Overlijden, _object(value, pad))
    return Overlijden(
        datum=_datum(raw.get("datum"), f"{pad}.datum"),
        plaats=_waardetabel(raw.get("plaats"), f"{pad}.plaats"),
        land=_waardetabel(raw.get("land"), f"{pad}.land"),
    )


def _opschorting(value: object, pad: str) -> OpschortingBijhouding:
    raw = cast(wire.OpschortingBijhouding, _object(value, pad))
    return OpschortingBijhouding(
        reden=_waardetabel(raw.get("reden"), f"{pad}.reden"),
        datum=_datum(raw.get("datum"), f"{pad}.datum"),
    )


# --- values -------------------------------------------------------------------------------------


def _datum(value: object, pad: str) -> BrpDatum | None:
    """One of the four AbstractDatum forms, with its langFormaat."""
    if value is None:
        return None
    raw = _object(value, pad)
    lang = _tekst(raw.get("langFormaat"), f"{pad}.langFormaat")
    soort = raw.get("type")
    try:
        if soort == "Datum":
            datum = cast(wire.VolledigeDatum, raw)
            tekst = _tekst(datum.get("datum"), f"{pad}.datum")
            if tekst is None or not _ISO_DATE.fullmatch(tekst):
                raise _Malformed(f"{pad}.datum")
            dag = date.fromisoformat(tekst)
            return BrpDatum(dag.year, dag.month, dag.day, lang_formaat=lang)
        if soort == "JaarMaandDatum":
            jaar_maand = cast(wire.JaarMaandDatum, raw)
            maand = _verplicht(_geheel(jaar_maand.get("maand"), f"{pad}.maand"), f"{pad}.maand")
            if not 1 <= maand <= 12:
                raise _Malformed(f"{pad}.maand")
            return BrpDatum(_jaar(raw.get("jaar"), f"{pad}.jaar"), maand, lang_formaat=lang)
        if soort == "JaarDatum":
            return BrpDatum(_jaar(raw.get("jaar"), f"{pad}.jaar"), lang_formaat=lang)
        if soort == "DatumOnbekend":
            return BrpDatum(lang_formaat=lang)
    except ValueError:
        raise _Malformed(pad) from None
    raise _Malformed(f"{pad}.type")


def _jaar(value: object, pad: str) -> int:
    jaar = _verplicht(_geheel(value, pad), pad)
    if not 1 <= jaar <= 9999:
        raise _Malformed(pad)
    return jaar


def _waardetabel(value: object, pad: str) -> Waardetabel | None:
    if value is None:
        return None
    raw = cast(wire.Waardetabel, _object(value, pad))
    return Waardetabel(
        code=_tekst(raw.get("code"), f"{pad}.code"),
        omschrijving=_tekst(raw.get("omschrijving"), f"{pad}.omschrijving"),
    )


def _optional(value: object, pad: str, parse: Callable[[object, str], T]) -> T | None:
    return None if value is None else parse(value, pad)


def _object(value: object, pad: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _Malformed(pad)
    return cast(dict[str, object], value)


def _lijst(value: object, pad: str) -> list[object] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise _Malformed(pad)
    return cast(list[object], value)


def _tekst(value: object, pad: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise _Malformed(pad)


def _bsn(value: object, pad: str) -> str | None:
    bsn = _tekst(value, pad)
    if bsn is not None and not _BSN.fullmatch(bsn):
        raise _Malformed(pad)
    return bsn


def _geheel(value: object, pad: str) -> int | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise _Malformed(pad)


def _vlag(value: object, pad: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise _Malformed(pad)


def _verplicht(value: T | None, pad: str) -> T:
    if value is None:
        raise _Malformed(pad)
    return value
