"""Hand-written persons in the shape of Haal Centraal BRP Personen v2 ``Persoon``.

Used by the BRP registry tests; independent of the converted RvIG data set so the tests pin
the registry's behaviour, not the data.
"""

from __future__ import annotations

from datetime import date
from typing import Any

PEILDATUM = date(2024, 6, 15)


def _datum(iso: str, lang: str) -> dict[str, Any]:
    return {"type": "Datum", "datum": iso, "langFormaat": lang}


def _tabel(code: str, omschrijving: str) -> dict[str, str]:
    return {"code": code, "omschrijving": omschrijving}


SUZANNE: dict[str, Any] = {
    "burgerservicenummer": "999993653",
    "aNummer": "2953871713",
    "geslacht": _tabel("V", "vrouw"),
    "naam": {
        "voornamen": "Suzanne",
        "geslachtsnaam": "Moulin",
        "voorletters": "S.",
        "volledigeNaam": "Suzanne Moulin",
        "aanduidingNaamgebruik": _tabel("E", "eigen geslachtsnaam"),
    },
    "geboorte": {
        "datum": _datum("1985-08-21", "21 augustus 1985"),
        "plaats": _tabel("0599", "Rotterdam"),
        "land": _tabel("6030", "Nederland"),
    },
    "gemeenteVanInschrijving": _tabel("0599", "Rotterdam"),
    "nationaliteiten": [
        {
            "type": "Nationaliteit",
            "nationaliteit": _tabel("0001", "Nederlandse"),
            "redenOpname": _tabel("001", "Wet op het Nederlanderschap 1892, art. 1, lid 1a"),
        }
    ],
    "verblijfplaats": {
        "type": "Adres",
        "verblijfadres": {
            "officieleStraatnaam": "Coolsingel",
            "korteStraatnaam": "Coolsingel",
            "huisnummer": 40,
            "postcode": "3011AD",
            "woonplaats": "Rotterdam",
        },
        "functieAdres": _tabel("W", "woonadres"),
    },
    "partners": [
        {
            "burgerservicenummer": "999992806",
            "soortVerbintenis": _tabel("H", "huwelijk"),
            "naam": {"voornamen": "Pieter", "geslachtsnaam": "Maassen", "voorvoegsel": "van"},
            "aangaanHuwelijkPartnerschap": {
                "datum": _datum("2010-05-01", "1 mei 2010"),
                "plaats": _tabel("0599", "Rotterdam"),
            },
        },
        {
            "burgerservicenummer": "999990160",
            "soortVerbintenis": _tabel("P", "geregistreerd partnerschap"),
            "naam": {"voornamen": "Karel", "geslachtsnaam": "Bakker"},
            "aangaanHuwelijkPartnerschap": {"datum": _datum("2004-03-12", "12 maart 2004")},
            "ontbindingHuwelijkPartnerschap": {"datum": _datum("2008-09-30", "30 september 2008")},
        },
    ],
    "ouders": [
        {"ouderAanduiding": "1", "naam": {"voornamen": "Marie", "geslachtsnaam": "Moulin"}},
        {"ouderAanduiding": "2", "naam": {"voornamen": "Jean", "geslachtsnaam": "Moulin"}},
    ],
}

# Jan Peter van Maassen and Pieter Maassen share a birth date, for the name search.
JAN_VAN_MAASSEN: dict[str, Any] = {
    "burgerservicenummer": "999992806",
    "geslacht": _tabel("M", "man"),
    "naam": {
        "voornamen": "Jan Peter",
        "voorvoegsel": "van",
        "geslachtsnaam": "Maassen",
        "voorletters": "J.P.",
    },
    "geboorte": {"datum": _datum("1983-05-26", "26 mei 1983")},
    "gemeenteVanInschrijving": _tabel("0599", "Rotterdam"),
    "geheimhoudingPersoonsgegevens": True,
}
PIETER_MAASSEN: dict[str, Any] = {
    "burgerservicenummer": "999990019",
    "geslacht": _tabel("M", "man"),
    "naam": {"voornamen": "Pieter", "geslachtsnaam": "Maassen", "voorletters": "P."},
    "geboorte": {"datum": _datum("1983-05-26", "26 mei 1983")},
    "gemeenteVanInschrijving": _tabel("0518", "'s-Gravenhage"),
}
ALBERTUS_KASTER: dict[str, Any] = {
    "burgerservicenummer": "999990020",
    "naam": {"voornamen": "Albertus", "geslachtsnaam": "Käster"},
    "geboorte": {"datum": _datum("1983-05-26", "26 mei 1983")},
}
SASKIA_OVERLEDEN: dict[str, Any] = {
    "burgerservicenummer": "999990032",
    "naam": {"voornamen": "Saskia", "geslachtsnaam": "Maassen"},
    "geboorte": {"datum": _datum("1983-05-26", "26 mei 1983")},
    "overlijden": {"datum": _datum("2023-03-23", "23 maart 2023")},
    "opschortingBijhouding": {
        "reden": _tabel("O", "overlijden"),
        "datum": _datum("2023-03-23", "23 maart 2023"),
    },
}
# Birth dates with unknown parts, for leeftijd.
GEBOREN_IN_MAART: dict[str, Any] = {
    "burgerservicenummer": "999990044",
    "geboorte": {
        "datum": {"type": "JaarMaandDatum", "jaar": 1978, "maand": 3, "langFormaat": "maart 1978"}
    },
}
GEBOREN_IN_JUNI: dict[str, Any] = {
    "burgerservicenummer": "999990056",
    "geboorte": {
        "datum": {"type": "JaarMaandDatum", "jaar": 1978, "maand": 6, "langFormaat": "juni 1978"}
    },
}
GEBOREN_IN_1968: dict[str, Any] = {
    "burgerservicenummer": "999990068",
    "geboorte": {"datum": {"type": "JaarDatum", "jaar": 1968, "langFormaat": "1968"}},
}

PERSONEN: list[dict[str, Any]] = [
    SUZANNE,
    JAN_VAN_MAASSEN,
    PIETER_MAASSEN,
    ALBERTUS_KASTER,
    SASKIA_OVERLEDEN,
    GEBOREN_IN_MAART,
    GEBOREN_IN_JUNI,
    GEBOREN_IN_1968,
]
# Twenty distinct BSNs (9 digits); the first eight are known persons.
TWINTIG_BSNS = [p["burgerservicenummer"] for p in PERSONEN] + [
    f"99999{n:04d}" for n in range(1, 13)
]
