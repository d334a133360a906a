"""``adressering``: how to address a letter to the person, derived as Haal Centraal derives it.

A line longer than the spec allows (RvIG's test set has such edge cases) is left out.
Address lines follow NEN 5825:2002 as in the spec's features
(features/bevragen/persoon/adressering/adresregels/*.feature): for a Dutch address
``korteStraatnaam [t/o|bij] huisnummer[ |-]huisletter+toevoeging`` and
``1234 AB  WOONPLAATS`` (the municipality when there is no woonplaats), only with a street and
a house number; abroad the three regels and the land; a location its description.

The name parts (aanhef, aanschrijfwijze, gebruikInLopendeTekst) follow the naamgebruik
(aanduidingNaamgebruik E, P, V, N: own name, partner's, partner's-own, own-partner's) with the
current partner's name, else the last one's, as the features ``aanhef``, ``aanschrijfwijze``
and ``gebruikinlopendetekst`` describe for persons without a noble title or predicate. For a
person or partner with one (their forms of address need the title tables) and for a name with
the standard value ``.`` the name parts are left out rather than guessed.

``inOnderzoek`` follows the sources: the name parts when the person's or the partner's name
is under investigation, the address lines when the address is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from trouwgraph.registries.brp.rvig.waarden import JsonObject

_AANDUIDING = {"to": "t/o", "by": "bij"}
# The spec's maxLength per line; a longer registry value (RvIG's edge cases) is left out.
_MAX_LENGTE = {"adresregel1": 40, "adresregel2": 50, "adresregel3": 35}
_Naamdeel = tuple[str | None, str]  # voorvoegsel, geslachtsnaam
_AANHEF = {"M": "Geachte heer", "V": "Geachte mevrouw"}
_LOPENDE_TEKST = {"M": "de heer", "V": "mevrouw"}
_NAAM_VELDEN = ("aanhef", "aanschrijfwijze", "gebruikInLopendeTekst")


def adressering(persoon: Mapping[str, Any]) -> JsonObject:
    """The ``adressering`` group of a converted person (empty when nothing can be derived)."""
    result: JsonObject = {}
    result.update(_naamdelen(persoon))
    result.update(_adresregels(persoon))
    onderzoek = _in_onderzoek(persoon, result)
    if onderzoek:
        result["inOnderzoek"] = onderzoek
    return result


# --- address lines -------------------------------------------------------------------------


def _adresregels(persoon: Mapping[str, Any]) -> JsonObject:
    verblijfplaats = persoon.get("verblijfplaats") or {}
    adres = verblijfplaats.get("verblijfadres") or {}
    soort = verblijfplaats.get("type")
    result: JsonObject = {}
    if soort == "Adres":
        straat, huisnummer = adres.get("korteStraatnaam"), adres.get("huisnummer")
        if not straat or straat == "." or not huisnummer:
            return {}
        result["adresregel1"] = _regel1(straat, huisnummer, adres)
        woonplaats = adres.get("woonplaats") or (
            (persoon.get("gemeenteVanInschrijving") or {}).get("omschrijving")
        )
        result["adresregel2"] = _regel2(adres.get("postcode"), woonplaats)
    elif soort == "VerblijfplaatsBuitenland":
        for bron, doel in (("regel1", "adresregel1"), ("regel2", "adresregel2")):
            result[doel] = adres.get(bron)
        result["adresregel3"] = adres.get("regel3")
        result["land"] = adres.get("land")
    elif soort == "Locatie":
        result["adresregel1"] = adres.get("locatiebeschrijving")
    else:
        return {}
    if verblijfplaats.get("indicatieVastgesteldVerblijftNietOpAdres"):
        result["indicatieVastgesteldVerblijftNietOpAdres"] = True
    return {
        key: value
        for key, value in result.items()
        if value and not (isinstance(value, str) and len(value) > _MAX_LENGTE.get(key, len(value)))
    }


def _regel1(straat: str, huisnummer: int, adres: Mapping[str, Any]) -> str:
    delen = [straat]
    aanduiding = (adres.get("aanduidingBijHuisnummer") or {}).get("code")
    if aanduiding in _AANDUIDING:
        delen.append(_AANDUIDING[aanduiding])
    nummer = str(huisnummer)
    toevoeging = f"{adres.get('huisletter', '')}{adres.get('huisnummertoevoeging', '')}"
    if toevoeging:
        nummer += ("-" if toevoeging[0].isdigit() else " ") + toevoeging
    delen.append(nummer)
    return " ".join(delen)


def _regel2(postcode: str | None, woonplaats: str | None) -> str | None:
    if not woonplaats:
        return None
    plaats = woonplaats.upper()
    if postcode and len(postcode) == 6:
        return f"{postcode[:4]} {postcode[4:]}  {plaats}"
    return plaats


# --- name parts ----------------------------------------------------------------------------


def _naamdelen(persoon: Mapping[str, Any]) -> JsonObject:
    naam = persoon.get("naam") or {}
    if naam.get("adellijkeTitelPredicaat") or not _bruikbaar(naam):
        return {}
    code = (naam.get("aanduidingNaamgebruik") or {}).get("code", "E")
    partner_naam = _partnernaam(persoon)
    if code in ("P", "V", "N") and partner_naam is None:
        code = "E"  # no usable partner name: the own name, as Haal Centraal does
    if partner_naam is not None and partner_naam.get("adellijkeTitelPredicaat") and code != "E":
        return {}
    eigen: _Naamdeel = (naam.get("voorvoegsel"), naam["geslachtsnaam"])
    delen: list[_Naamdeel] = [eigen]
    if partner_naam is not None and code in ("P", "V", "N"):
        ander: _Naamdeel = (partner_naam.get("voorvoegsel"), partner_naam["geslachtsnaam"])
        delen = {"P": [ander], "V": [ander, eigen], "N": [eigen, ander]}[code]
    klein = "-".join(_naamdeel(vv, gn, hoofdletter=False) for vv, gn in delen)
    groot = "-".join(
        _naamdeel(vv, gn, hoofdletter=index == 0) for index, (vv, gn) in enumerate(delen)
    )
    voorletters = naam.get("voorletters")
    aanschrijf = f"{voorletters} {klein}" if voorletters and voorletters != "." else klein
    geslacht = (persoon.get("geslacht") or {}).get("code")
    return {
        "aanhef": f"{_AANHEF[geslacht]} {groot}"
        if geslacht in _AANHEF
        else f"Geachte {aanschrijf}",
        "aanschrijfwijze": {"naam": aanschrijf},
        "gebruikInLopendeTekst": (
            f"{_LOPENDE_TEKST[geslacht]} {groot}" if geslacht in _LOPENDE_TEKST else aanschrijf
        ),
    }


def _bruikbaar(naam: Mapping[str, Any]) -> bool:
    geslachtsnaam = naam.get("geslachtsnaam")
    return bool(geslachtsnaam) and geslachtsnaam != "."


def _partnernaam(persoon: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The name of the current partner (the first), else of the one delivered as the last."""
    for partner in persoon.get("partners") or ():
        naam = partner.get("naam") or {}
        if _bruikbaar(naam):
            return naam
    return None


def _naamdeel(voorvoegsel: str | None, geslachtsnaam: str, *, hoofdletter: bool) -> str:
    if not voorvoegsel:
        return geslachtsnaam
    if hoofdletter:
        voorvoegsel = voorvoegsel[0].upper() + voorvoegsel[1:]
    return f"{voorvoegsel} {geslachtsnaam}"


# --- in onderzoek --------------------------------------------------------------------------


def _in_onderzoek(persoon: Mapping[str, Any], result: Mapping[str, Any]) -> JsonObject:
    onderzoek: JsonObject = {}
    naam_onderzoek = (persoon.get("naam") or {}).get("inOnderzoek")
    if naam_onderzoek and any(veld in result for veld in _NAAM_VELDEN):
        for veld in _NAAM_VELDEN:
            onderzoek[veld] = True
        if naam_onderzoek.get("datumIngangOnderzoek"):
            onderzoek["datumIngangOnderzoekPersoon"] = naam_onderzoek["datumIngangOnderzoek"]
    verblijfplaats = persoon.get("verblijfplaats") or {}
    adres_onderzoek = [
        bron
        for bron in (
            verblijfplaats.get("inOnderzoek"),
            (verblijfplaats.get("verblijfadres") or {}).get("inOnderzoek"),
        )
        if bron
    ]
    regels = [
        veld for veld in ("adresregel1", "adresregel2", "adresregel3", "land") if veld in result
    ]
    if adres_onderzoek and regels:
        for veld in regels:
            onderzoek[veld] = True
        datum = next(
            (b["datumIngangOnderzoek"] for b in adres_onderzoek if "datumIngangOnderzoek" in b),
            None,
        )
        if datum is not None:
            onderzoek["datumIngangOnderzoekVerblijfplaats"] = datum
    return onderzoek
