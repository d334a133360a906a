"""Gegevens in onderzoek (LO3 group 83) as Haal Centraal's ``inOnderzoek`` objects.

Element 83.10 names what is under investigation as ``ccggee``: a whole category (``cc0000``),
a group (``ccgg00``) or one element. Only the actual voorkomen counts, and only while the
investigation runs (83.30, datum einde onderzoek, empty). Each field filled from an element
under investigation gets ``true`` in the ``inOnderzoek`` of the group it is delivered in, with
that group's ``datumIngangOnderzoek`` (83.20); on the person itself the date is split into
``datumIngangOnderzoekPersoon`` (category 01), ``...Gemeente`` (08) and ``...Gezag`` (11), as
in the spec's PersoonInOnderzoek. Derived fields follow their source: voorletters and
volledigeNaam the names, leeftijd the birth date. The whole object is stored; the registry
delivers only the flags of the fields a request asks for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from trouwgraph.registries.brp.rvig.persoonslijst import Voorkomen
from trouwgraph.registries.brp.rvig.waarden import JsonObject, datum

Pad = tuple[str, ...]
"""Where a flag goes, relative to the resource: the group path, then the flag's name last."""

_AANDUIDING = re.compile(r"^(\d{2})(\d{2})(\d{2})$")

_NAAM: dict[tuple[str, str], tuple[Pad, ...]] = {
    ("02", "10"): (("naam", "voornamen"), ("naam", "voorletters"), ("naam", "volledigeNaam")),
    ("02", "20"): (("naam", "adellijkeTitelPredicaat"), ("naam", "volledigeNaam")),
    ("02", "30"): (("naam", "voorvoegsel"), ("naam", "volledigeNaam")),
    ("02", "40"): (("naam", "geslachtsnaam"), ("naam", "volledigeNaam")),
}
_GEBOORTE: dict[tuple[str, str], tuple[Pad, ...]] = {
    ("03", "10"): (("geboorte", "datum"),),
    ("03", "20"): (("geboorte", "plaats"),),
    ("03", "30"): (("geboorte", "land"),),
}
_GERELATEERDE: dict[tuple[str, str], tuple[Pad, ...]] = {
    ("01", "20"): (("burgerservicenummer",),),
    **{key: tuple(p for p in paden if p[-1] != "volledigeNaam") for key, paden in _NAAM.items()},
    **_GEBOORTE,
}

# Per category: (group, element) -> the flags it sets.
ELEMENTEN: Mapping[str, Mapping[tuple[str, str], tuple[Pad, ...]]] = {
    "01": {
        ("01", "20"): (("burgerservicenummer",),),
        **_NAAM,
        **_GEBOORTE,
        ("03", "10"): (("geboorte", "datum"), ("leeftijd",)),
        ("04", "10"): (("geslacht",),),
        ("61", "10"): (("naam", "aanduidingNaamgebruik"),),
    },
    "ouder": {
        **_GERELATEERDE,
        ("04", "10"): (("geslacht",),),
        ("62", "10"): (("datumIngangFamilierechtelijkeBetrekking",),),
    },
    "04": {
        ("05", "10"): (("nationaliteit",),),
        ("63", "10"): (("redenOpname",),),
        ("65", "10"): (("type",),),
    },
    "05": {
        **_GERELATEERDE,
        ("04", "10"): (("geslacht",),),
        ("06", "10"): (("aangaanHuwelijkPartnerschap", "datum"),),
        ("06", "20"): (("aangaanHuwelijkPartnerschap", "plaats"),),
        ("06", "30"): (("aangaanHuwelijkPartnerschap", "land"),),
        ("07", "10"): (("ontbindingHuwelijkPartnerschap", "datum"),),
        ("15", "10"): (("soortVerbintenis",),),
    },
    "06": {
        ("08", "10"): (("overlijden", "datum"),),
        ("08", "20"): (("overlijden", "plaats"),),
        ("08", "30"): (("overlijden", "land"),),
    },
    "08": {
        # The type follows from which groups are filled: only the whole category covers it.
        ("**", "**"): (("verblijfplaats", "type"),),
        ("09", "10"): (("gemeenteVanInschrijving",),),
        ("09", "20"): (("datumInschrijvingInGemeente",),),
        ("10", "10"): (("verblijfplaats", "functieAdres"),),
        ("10", "30"): (("verblijfplaats", "datumVan"),),
        ("11", "10"): (("verblijfplaats", "verblijfadres", "korteStraatnaam"),),
        ("11", "15"): (("verblijfplaats", "verblijfadres", "officieleStraatnaam"),),
        ("11", "20"): (("verblijfplaats", "verblijfadres", "huisnummer"),),
        ("11", "30"): (("verblijfplaats", "verblijfadres", "huisletter"),),
        ("11", "40"): (("verblijfplaats", "verblijfadres", "huisnummertoevoeging"),),
        ("11", "50"): (("verblijfplaats", "verblijfadres", "aanduidingBijHuisnummer"),),
        ("11", "60"): (("verblijfplaats", "verblijfadres", "postcode"),),
        ("11", "70"): (("verblijfplaats", "verblijfadres", "woonplaats"),),
        ("11", "80"): (("verblijfplaats", "adresseerbaarObjectIdentificatie"),),
        ("11", "90"): (("verblijfplaats", "nummeraanduidingIdentificatie"),),
        ("12", "10"): (("verblijfplaats", "verblijfadres", "locatiebeschrijving"),),
        ("13", "10"): (("verblijfplaats", "verblijfadres", "land"),),
        ("13", "20"): (("verblijfplaats", "datumVan"),),
        ("13", "30"): (("verblijfplaats", "verblijfadres", "regel1"),),
        ("13", "40"): (("verblijfplaats", "verblijfadres", "regel2"),),
        ("13", "50"): (("verblijfplaats", "verblijfadres", "regel3"),),
        ("14", "10"): (
            ("immigratie", "landVanwaarIngeschreven"),
            ("immigratie", "indicatieVestigingVanuitBuitenland"),
            ("immigratie", "vanuitVerblijfplaatsOnbekend"),
        ),
        ("14", "20"): (("immigratie", "datumVestigingInNederland"),),
        ("85", "10"): (("verblijfplaats", "datumIngangGeldigheid"),),
    },
    "09": _GERELATEERDE,
    "10": {
        ("39", "10"): (("verblijfstitel", "aanduiding"),),
        ("39", "20"): (("verblijfstitel", "datumEinde"),),
        ("39", "30"): (("verblijfstitel", "datumIngang"),),
    },
    "11": {
        ("32", "10"): (("indicatieGezagMinderjarige",),),
        ("33", "10"): (("indicatieCurateleRegister",),),
    },
}

# The flags each verblijfplaats type has (spec: AdresInOnderzoek, LocatieInOnderzoek, ...).
_VERBLIJFPLAATS_VELDEN: Mapping[str, frozenset[str]] = {
    "Adres": frozenset(
        {
            "type", "datumVan", "datumIngangGeldigheid", "functieAdres",
            "adresseerbaarObjectIdentificatie", "nummeraanduidingIdentificatie",
            "korteStraatnaam", "officieleStraatnaam", "huisnummer", "huisletter",
            "huisnummertoevoeging", "aanduidingBijHuisnummer", "postcode", "woonplaats",
        }
    ),
    "Locatie": frozenset(
        {"type", "datumVan", "datumIngangGeldigheid", "functieAdres", "locatiebeschrijving"}
    ),
    "VerblijfplaatsBuitenland": frozenset(
        {"type", "datumVan", "datumIngangGeldigheid", "regel1", "regel2", "regel3", "land"}
    ),
    "VerblijfplaatsOnbekend": frozenset({"type", "datumVan", "datumIngangGeldigheid"}),
}  # fmt: skip

# The date key on the person itself, per category (spec: PersoonInOnderzoek).
_PERSOON_DATUM = {
    "01": "datumIngangOnderzoekPersoon",
    "08": "datumIngangOnderzoekGemeente",
    "11": "datumIngangOnderzoekGezag",
}


def lopend_onderzoek(voorkomen: Voorkomen, categorie: str) -> tuple[str, str, str] | None:
    """The (category, group, element) under a running investigation, or None."""
    if voorkomen.get("83.30"):
        return None  # ended: Haal Centraal no longer delivers it
    match = _AANDUIDING.match(voorkomen.get("83.10", ""))
    if match is None or match[1] != categorie:
        return None  # absent, a historical category (5x) or not a valid aanduiding
    return match[1], match[2], match[3]


def markeer(
    doel: JsonObject,
    voorkomen: Voorkomen,
    categorie: str,
    *,
    elementen: str | None = None,
    persoon: bool = False,
) -> None:
    """Put the ``inOnderzoek`` flags of ``voorkomen`` (of LO3 ``categorie``) into ``doel``.

    ``doel`` is the resource the voorkomen fills: the person, a partner, an ouder, a kind or
    a nationaliteit. ``elementen`` names the element table when it is not the category's own
    (``"ouder"`` for categories 02 and 03). With ``persoon``, flags on the resource itself use
    the person's split dates.
    """
    onderzoek = lopend_onderzoek(voorkomen, categorie)
    if onderzoek is None:
        return
    _, groep, element = onderzoek
    ingang = datum(voorkomen.get("83.20"))
    tabel = ELEMENTEN[elementen or categorie]
    for (g, e), paden in tabel.items():
        if groep != "00" and (g != groep or (element != "00" and e != element)):
            continue
        for pad in paden:
            _zet(doel, pad, ingang, _PERSOON_DATUM.get(categorie) if persoon else None)


def _zet(doel: JsonObject, pad: Pad, ingang: JsonObject | None, persoonsdatum: str | None) -> None:
    *groepen, veld = pad
    if groepen and groepen[0] == "verblijfplaats":
        soort = str((doel.get("verblijfplaats") or {}).get("type"))
        if veld not in _VERBLIJFPLAATS_VELDEN.get(soort, frozenset()):
            return
    if groepen and groepen[0] == "verblijfstitel" and not doel.get("verblijfstitel"):
        return  # no verblijfstitel delivered (code 98 or none): nothing to flag
    node = doel
    for groep in [*groepen, "inOnderzoek"]:
        if not isinstance(node.get(groep), dict):
            node[groep] = {}
        node = node[groep]
    onderzoek = node
    onderzoek[veld] = True
    sleutel = persoonsdatum if not groepen and persoonsdatum else "datumIngangOnderzoek"
    if ingang is not None:
        onderzoek[sleutel] = ingang
