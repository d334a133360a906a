"""Where a person lives and may stay: verblijfplaats, immigratie, verblijfstitel (cat. 08, 10)."""

from __future__ import annotations

from trouwgraph.registries.brp.rvig.persoonslijst import Voorkomen
from trouwgraph.registries.brp.rvig.tabellen import (
    AANDUIDING_BIJ_HUISNUMMER,
    FUNCTIE_ADRES,
    LANDEN,
    VERBLIJFSTITELS,
)
from trouwgraph.registries.brp.rvig.waarden import JsonObject, datum, waarde


def verblijfplaats(voorkomen: Voorkomen) -> JsonObject | None:
    """Category 08 as Adres, Locatie, VerblijfplaatsBuitenland or VerblijfplaatsOnbekend."""
    ingang = datum(voorkomen.get("85.10"))
    land = voorkomen.get("13.10")
    if land == "0000":
        return {
            "type": "VerblijfplaatsOnbekend",
            "datumVan": datum(voorkomen.get("13.20")),
            "datumIngangGeldigheid": ingang,
        }
    if land:
        return {
            "type": "VerblijfplaatsBuitenland",
            "verblijfadres": {
                "regel1": voorkomen.get("13.30"),
                "regel2": voorkomen.get("13.40"),
                "regel3": voorkomen.get("13.50"),
                "land": waarde(land, LANDEN),
            },
            "datumVan": datum(voorkomen.get("13.20")),
            "datumIngangGeldigheid": ingang,
        }
    functie = waarde(voorkomen.get("10.10"), FUNCTIE_ADRES)
    if voorkomen.get("12.10"):
        return {
            "type": "Locatie",
            "verblijfadres": {"locatiebeschrijving": voorkomen["12.10"]},
            "functieAdres": functie,
            "datumVan": datum(voorkomen.get("10.30")),
            "datumIngangGeldigheid": ingang,
        }
    if not (voorkomen.get("11.10") or voorkomen.get("11.20") or voorkomen.get("11.60")):
        return None
    huisnummer = voorkomen.get("11.20", "")
    return {
        "type": "Adres",
        "verblijfadres": {
            "officieleStraatnaam": voorkomen.get("11.15"),
            "korteStraatnaam": voorkomen.get("11.10"),
            "huisnummer": int(huisnummer) if huisnummer.isdigit() else None,
            "huisletter": voorkomen.get("11.30"),
            "huisnummertoevoeging": voorkomen.get("11.40"),
            "aanduidingBijHuisnummer": waarde(voorkomen.get("11.50"), AANDUIDING_BIJ_HUISNUMMER),
            "postcode": voorkomen.get("11.60"),
            "woonplaats": voorkomen.get("11.70"),
        },
        "functieAdres": functie,
        "adresseerbaarObjectIdentificatie": voorkomen.get("11.80"),
        "nummeraanduidingIdentificatie": voorkomen.get("11.90"),
        "datumVan": datum(voorkomen.get("10.30")),
        "datumIngangGeldigheid": ingang,
    }


def immigratie(voorkomen: Voorkomen) -> JsonObject | None:
    """Immigratie from elements 08.14.10 and 08.14.20."""
    land = voorkomen.get("14.10")
    if not land and not voorkomen.get("14.20"):
        return None
    return {
        "landVanwaarIngeschreven": waarde(land, LANDEN),
        "datumVestigingInNederland": datum(voorkomen.get("14.20")),
        "vanuitVerblijfplaatsOnbekend": True if land == "0000" else None,
        "indicatieVestigingVanuitBuitenland": True if land and land != "0000" else None,
    }


def verblijfstitel(voorkomen: Voorkomen) -> JsonObject | None:
    """Verblijfstitel (category 10); code 98 means 'geen verblijfstitel (meer)'."""
    code = voorkomen.get("39.10")
    if not code or code == "98":
        return None
    return {
        "aanduiding": waarde(code, VERBLIJFSTITELS),
        "datumEinde": datum(voorkomen.get("39.20")),
        "datumIngang": datum(voorkomen.get("39.30")),
    }
