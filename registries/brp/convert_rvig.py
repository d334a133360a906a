"""Convert RvIG's GBA-V test set (LO3 rubrieken) into Haal Centraal BRP Personen v2 persons.

Input: ``20220502_Testset_persoonslijsten_proefomgeving_GBA-V.csv`` (RvIG, via the
BRP-API/Haal-Centraal-BRP-bevragen repository, EUPL-1.2). Output: the ``Persoon`` objects of
Haal Centraal BRP Personen bevragen 2.7.0 (OpenAPI 3.1) as ``RaadpleegMetBurgerservicenummer``
delivers them with all fields requested, except ``leeftijd`` (computed per request) and the
derived ``adressering`` and ``inOnderzoek`` groups.

CSV layout: one column per LO3 rubriek (``cc.gg.ee``), a first column with the persoonslijst id
(only on the first row of a persoonslijst) and per category a marker column ``cc.H``. Further
rows of a persoonslijst carry more voorkomens: the marker on a row tells what the next row of
that category is, ``5x`` a historical voorkomen of the same stapel, ``0x`` a new stapel.

Usage: ``python -m trouwgraph.registries.brp.convert_rvig [SRC_CSV] [OUT_JSON]``. Standard library
only.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

JsonObject = dict[str, Any]
Voorkomen = dict[str, str]
"""One voorkomen of one category: element (``gg.ee``) to value, empty values left out."""

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE / "source" / "20220502_Testset_persoonslijsten_proefomgeving_GBA-V.csv"
DEFAULT_TARGET = HERE / "data" / "personen.json"
SPEC_VERSION = "2.7.0"

REPEATING_CATEGORIES = frozenset({"04", "05", "09", "11", "12"})
MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

GESLACHT = {"M": "man", "V": "vrouw", "O": "onbekend"}
NAAMGEBRUIK = {"E": "eigen geslachtsnaam"}
"""Only E: the official omschrijvingen of N, P and V contain a '/', which the spec's
Waardetabel.omschrijving pattern does not allow, so those are delivered as code only."""
SOORT_VERBINTENIS = {"H": "huwelijk", "P": "geregistreerd partnerschap", ".": "onbekend"}
REDEN_OPSCHORTING = {
    "O": "overlijden",
    "E": "emigratie",
    "M": "ministerieel besluit",
    "R": "pl is aangelegd in de rni",
    "F": "fout",
    ".": "onbekend",
}
FUNCTIE_ADRES = {"W": "woonadres", "B": "briefadres"}
AANDUIDING_BIJ_HUISNUMMER = {"to": "tegenover", "by": "bij"}
EUROPEES_KIESRECHT = {"1": "persoon is uitgesloten", "2": "persoon ontvangt oproep"}
GEZAG_MINDERJARIGE: dict[str, str] = {}
"""Code only: no reliable text source for table 61 at hand."""


def omschrijving(table: dict[str, str], code: str) -> str | None:
    """The omschrijving of ``code`` in ``table``, None when the table does not hold it."""
    return table.get(code)


# --- reading -------------------------------------------------------------------------------


class Persoonslijst:
    """The rows of one persoonslijst, split per category into stapels of voorkomens."""

    def __init__(self, pl_id: str, rows: list[dict[str, str]]) -> None:
        self.pl_id = pl_id
        self._rows = rows

    def stapels(self, categorie: str) -> list[list[Voorkomen]]:
        """All stapels of ``categorie``; each stapel lists its actual voorkomen first."""
        stapels: list[list[Voorkomen]] = []
        next_is_history: bool | None = None
        for row in self._rows:
            voorkomen = {
                key[3:]: value
                for key, value in row.items()
                if key.startswith(categorie + ".") and key != categorie + ".H"
            }
            marker = row.get(categorie + ".H", "")
            if not voorkomen:
                continue
            if not stapels:
                stapels.append([voorkomen])
            elif next_is_history is None:
                # No marker on the previous row: decide by the identity of the related person.
                if categorie in REPEATING_CATEGORIES and not _same_identity(
                    stapels[-1][0], voorkomen
                ):
                    stapels.append([voorkomen])
                else:
                    stapels[-1].append(voorkomen)
            elif next_is_history:
                stapels[-1].append(voorkomen)
            else:
                stapels.append([voorkomen])
            next_is_history = marker.startswith("5") if marker else None
        return stapels

    def actueel(self, categorie: str) -> Voorkomen:
        """The actual voorkomen of a non-repeating category (empty when absent)."""
        stapels = self.stapels(categorie)
        return stapels[0][0] if stapels else {}


def _same_identity(actual: Voorkomen, other: Voorkomen) -> bool:
    for element in ("01.10", "01.20", "05.10"):
        if actual.get(element) and other.get(element):
            return actual[element] == other[element]
    return True


def read_persoonslijsten(source: Path) -> list[Persoonslijst]:
    """Read the CSV and group its rows into persoonslijsten."""
    with source.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader)
        grouped: list[tuple[str, list[dict[str, str]]]] = []
        for raw in reader:
            row = {header[i]: v.strip() for i, v in enumerate(raw) if header[i] and v.strip()}
            if raw and raw[0].strip():
                grouped.append((raw[0].strip(), [row]))
            elif grouped:
                grouped[-1][1].append(row)
    return [Persoonslijst(pl_id, rows) for pl_id, rows in grouped]


# --- value conversions ---------------------------------------------------------------------


def datum(value: str | None) -> JsonObject | None:
    """An LO3 date (YYYYMMDD, 00 for unknown parts) as one of the spec's four date forms."""
    if not value or len(value) != 8 or not value.isdigit():
        return None
    jaar, maand, dag = int(value[:4]), int(value[4:6]), int(value[6:])
    if jaar == 0:
        return {"type": "DatumOnbekend", "onbekend": True, "langFormaat": "onbekend"}
    if maand == 0 or maand > 12:
        return {"type": "JaarDatum", "jaar": jaar, "langFormaat": str(jaar)}
    if dag == 0:
        lang = f"{MAANDEN[maand - 1]} {jaar}"
        return {"type": "JaarMaandDatum", "jaar": jaar, "maand": maand, "langFormaat": lang}
    return {
        "type": "Datum",
        "datum": f"{value[:4]}-{value[4:6]}-{value[6:]}",
        "langFormaat": f"{dag} {MAANDEN[maand - 1]} {jaar}",
    }


def waarde(code: str | None, table: dict[str, str]) -> JsonObject | None:
    """A Waardetabel {code, omschrijving}; omschrijving only when the table knows the code."""
    if not code:
        return None
    return prune_object({"code": code, "omschrijving": omschrijving(table, code)})


def plaats(value: str | None) -> JsonObject | None:
    """A place: a known gemeentecode becomes {code, omschrijving}, anything else free text."""
    if not value:
        return None
    if value in GEMEENTEN:
        return {"code": value, "omschrijving": GEMEENTEN[value]}
    return {"omschrijving": value}


def voorletters(voornamen: str) -> str:
    """One letter and a dot per voornaam; the standard value '.' stays '.'."""
    if voornamen == ".":
        return "."
    return "".join(f"{naam[0]}." for naam in voornamen.split())


def prune(value: Any) -> Any:
    """Drop None, empty strings, empty lists and empty objects, recursively."""
    if isinstance(value, dict):
        pruned = {k: prune(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [v for v in (prune(item) for item in value) if v not in (None, "", [], {})]
    return value


def prune_object(value: JsonObject) -> JsonObject:
    """``prune`` for an object, typed as one."""
    pruned: JsonObject = prune(value)
    return pruned


# --- groups --------------------------------------------------------------------------------


def naam(voorkomen: Voorkomen, geslacht: str | None, *, persoon: bool) -> JsonObject:
    """NaamPersoon (``persoon``) or NaamGerelateerde from elements 02.xx."""
    voornamen = voorkomen.get("02.10")
    titel_code = voorkomen.get("02.20")
    titel = None
    if titel_code:
        titel = prune(
            {
                "code": titel_code,
                "omschrijving": omschrijving(ADELLIJKE_TITELS, titel_code),
                "soort": "predicaat" if titel_code in ("JH", "JV") else "titel",
            }
        )
    result: JsonObject = {
        "voornamen": voornamen,
        "adellijkeTitelPredicaat": titel,
        "voorvoegsel": voorkomen.get("02.30"),
        "geslachtsnaam": voorkomen.get("02.40"),
        "voorletters": voorletters(voornamen) if voornamen else None,
    }
    if persoon:
        result["volledigeNaam"] = volledige_naam(voorkomen, geslacht)
        result["aanduidingNaamgebruik"] = waarde(voorkomen.get("61.10"), NAAMGEBRUIK)
    return prune_object(result)


def volledige_naam(voorkomen: Voorkomen, geslacht: str | None) -> str | None:
    """Voornamen, titel, voorvoegsel and geslachtsnaam; a predicaat goes in front."""
    titel_code = voorkomen.get("02.20", "")
    parts: list[str] = []
    if titel_code in ("JH", "JV"):
        parts.append("jonkvrouw" if geslacht == "V" else "jonkheer")
    parts.append(voorkomen.get("02.10", ""))
    if titel_code and titel_code not in ("JH", "JV"):
        parts.append(ADELLIJKE_TITELS.get(titel_code, ""))
    parts.append(voorkomen.get("02.30", ""))
    geslachtsnaam = voorkomen.get("02.40", "")
    parts.append("" if geslachtsnaam == "." else geslachtsnaam)
    result = " ".join(part for part in parts if part and part != ".")
    return result or None


def geboorte(voorkomen: Voorkomen) -> JsonObject:
    """Geboorte from elements 03.10-03.30."""
    return prune_object(
        {
            "datum": datum(voorkomen.get("03.10")),
            "plaats": plaats(voorkomen.get("03.20")),
            "land": waarde(voorkomen.get("03.30"), LANDEN),
        }
    )


def gerelateerde(voorkomen: Voorkomen) -> JsonObject:
    """The fields a partner, ouder and kind share: bsn, naam, geboorte."""
    geslacht = voorkomen.get("04.10")
    return {
        "burgerservicenummer": voorkomen.get("01.20"),
        "naam": naam(voorkomen, geslacht, persoon=False),
        "geboorte": geboorte(voorkomen),
    }


def _has_identity(voorkomen: Voorkomen) -> bool:
    return any(voorkomen.get(e) for e in ("01.10", "01.20", "02.10", "02.40", "03.10"))


def ouders(pl: Persoonslijst) -> list[JsonObject]:
    """Ouder 1 (category 02) and ouder 2 (03), actual voorkomens only."""
    result = []
    for categorie, aanduiding in (("02", "1"), ("03", "2")):
        voorkomen = pl.actueel(categorie)
        if not _has_identity(voorkomen):
            continue
        ouder = gerelateerde(voorkomen)
        ouder["geslacht"] = waarde(voorkomen.get("04.10"), GESLACHT)
        ouder["ouderAanduiding"] = aanduiding
        ouder["datumIngangFamilierechtelijkeBetrekking"] = datum(voorkomen.get("62.10"))
        result.append(ouder)
    return result


def partners(pl: Persoonslijst) -> list[JsonObject]:
    """Actual partners; without any, only the most recently dissolved one (as Haal Centraal)."""
    actueel: list[JsonObject] = []
    ontbonden: list[tuple[str, JsonObject]] = []
    for stapel in pl.stapels("05"):
        current = stapel[0]
        if not _has_identity(current) and not current.get("15.10"):
            continue  # an emptied stapel: the relation was recorded in error
        # After a dissolution the actual voorkomen no longer holds the aangaan data (LO3).
        aangaan = next((v for v in stapel if v.get("06.10") or v.get("06.20")), {})
        partner = gerelateerde(current)
        partner["geslacht"] = waarde(current.get("04.10"), GESLACHT)
        partner["soortVerbintenis"] = waarde(current.get("15.10"), SOORT_VERBINTENIS)
        partner["aangaanHuwelijkPartnerschap"] = {
            "datum": datum(aangaan.get("06.10")),
            "plaats": plaats(aangaan.get("06.20")),
            "land": waarde(aangaan.get("06.30"), LANDEN),
        }
        ontbinding = current.get("07.10")
        if ontbinding:
            partner["ontbindingHuwelijkPartnerschap"] = {"datum": datum(ontbinding)}
            ontbonden.append((ontbinding, partner))
        else:
            actueel.append(partner)
    if actueel:
        return actueel
    if ontbonden:
        return [max(ontbonden, key=lambda item: item[0])[1]]
    return []


def kinderen(pl: Persoonslijst) -> list[JsonObject]:
    """The actual voorkomen of every kind stapel."""
    return [gerelateerde(s[0]) for s in pl.stapels("09") if _has_identity(s[0])]


def nationaliteiten(pl: Persoonslijst) -> list[JsonObject]:
    """Actual, not ended nationaliteiten, typed as the spec's AbstractNationaliteit."""
    result: list[JsonObject] = []
    for stapel in pl.stapels("04"):
        current = stapel[0]
        if current.get("64.10"):
            continue  # ended (reden beëindigen): not actual
        code = current.get("05.10")
        bijzonder = current.get("65.10")
        item: JsonObject
        if bijzonder == "B":
            item = {"type": "BehandeldAlsNederlander"}
        elif bijzonder == "V":
            item = {"type": "VastgesteldNietNederlander"}
        elif code == "0499":
            item = {"type": "Staatloos"}
        elif code == "0000":
            item = {"type": "NationaliteitOnbekend"}
        elif code:
            item = {"type": "Nationaliteit", "nationaliteit": waarde(code, NATIONALITEITEN)}
        else:
            continue
        item["redenOpname"] = waarde(current.get("63.10"), REDENEN_NATIONALITEIT)
        item["datumIngangGeldigheid"] = datum(current.get("85.10"))
        result.append(item)
    return result


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


def persoon(pl: Persoonslijst) -> JsonObject | None:
    """The Haal Centraal Persoon of one persoonslijst, or None when it has no BSN."""
    p = pl.actueel("01")
    bsn = p.get("01.20")
    if not bsn:
        return None
    geslacht = p.get("04.10")
    overlijden = pl.actueel("06")
    inschrijving = pl.actueel("07")
    adres = pl.actueel("08")
    gezag = pl.actueel("11")
    kiesrecht = pl.actueel("13")
    opschorting = inschrijving.get("67.20")
    geheim = inschrijving.get("70.10", "0")
    return prune_object(
        {
            "aNummer": p.get("01.10"),
            "burgerservicenummer": bsn,
            "naam": naam(p, geslacht, persoon=True),
            "geslacht": waarde(geslacht, GESLACHT),
            "geboorte": geboorte(p),
            "partners": partners(pl),
            "ouders": ouders(pl),
            "kinderen": kinderen(pl),
            "nationaliteiten": nationaliteiten(pl),
            "overlijden": {
                "datum": datum(overlijden.get("08.10")),
                "plaats": plaats(overlijden.get("08.20")),
                "land": waarde(overlijden.get("08.30"), LANDEN),
            },
            "datumEersteInschrijvingGBA": datum(inschrijving.get("68.10")),
            "geheimhoudingPersoonsgegevens": True if geheim not in ("", "0") else None,
            "opschortingBijhouding": {
                "reden": waarde(opschorting, REDEN_OPSCHORTING),
                "datum": datum(inschrijving.get("67.10")),
            },
            "verificatie": {
                "datum": datum(inschrijving.get("71.10")),
                "omschrijving": inschrijving.get("71.20"),
            },
            "gemeenteVanInschrijving": waarde(adres.get("09.10"), GEMEENTEN),
            "datumInschrijvingInGemeente": datum(adres.get("09.20")),
            "verblijfplaats": verblijfplaats(adres),
            "immigratie": immigratie(adres),
            "verblijfstitel": verblijfstitel(pl.actueel("10")),
            "indicatieCurateleRegister": True if gezag.get("33.10") == "1" else None,
            "indicatieGezagMinderjarige": waarde(gezag.get("32.10"), GEZAG_MINDERJARIGE),
            "europeesKiesrecht": {
                "aanduiding": waarde(kiesrecht.get("31.10"), EUROPEES_KIESRECHT),
                "einddatumUitsluiting": datum(kiesrecht.get("31.30")),
            },
            "uitsluitingKiesrecht": {
                "uitgeslotenVanKiesrecht": True if kiesrecht.get("38.10") == "A" else None,
                "einddatum": datum(kiesrecht.get("38.20")),
            },
        }
    )


# --- whole conversion ----------------------------------------------------------------------


def _sort_key(p: JsonObject) -> tuple[str, str]:
    return (str(p["burgerservicenummer"]), str(p.get("aNummer", "")))


def convert(source: Path) -> JsonObject:
    """The full converted document: provenance plus the sorted persons."""
    persons = [p for p in (persoon(pl) for pl in read_persoonslijsten(source)) if p]
    persons.sort(key=_sort_key)
    return {
        "bron": {
            "bestand": source.name,
            "uitgever": "RvIG (Rijksdienst voor Identiteitsgegevens)",
            "via": "https://github.com/BRP-API/Haal-Centraal-BRP-bevragen (scripts/)",
            "licentie": "EUPL-1.2",
            "specificatie": f"Haal Centraal BRP Personen bevragen {SPEC_VERSION}",
            "conversie": "registries/brp/convert_rvig.py; see registries/brp/data/PROVENANCE.md",
            "aantalPersonen": len(persons),
        },
        "personen": persons,
    }


def dumps(document: JsonObject) -> str:
    """Stable serialisation: sorted keys, two-space indent, UTF-8 text, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point: ``[SRC_CSV] [OUT_JSON]``."""
    args: Iterable[str] = sys.argv[1:] if argv is None else argv
    arg_list = list(args)
    source = Path(arg_list[0]) if len(arg_list) > 0 else DEFAULT_SOURCE
    target = Path(arg_list[1]) if len(arg_list) > 1 else DEFAULT_TARGET
    document = convert(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dumps(document), encoding="utf-8")
    print(f"wrote {document['bron']['aantalPersonen']} persons to {target}")
    return 0


# --- code tables ---------------------------------------------------------------------------
# Only the codes that occur in the converted (actual) data. Omschrijvingen as in RvIG's
# landelijke tabellen 32, 33, 34, 37 and 38 (published with BRP-API/Haal-Centraal-BRP-bevragen,
# scripts/Tabel*.csv). An omschrijving the spec's Waardetabel pattern would reject (a '/') is
# left out, so that code is delivered without omschrijving.

ADELLIJKE_TITELS = {
    "B": "baron", "BS": "barones", "G": "graaf", "GI": "gravin", "H": "hertog",
    "HI": "hertogin", "JH": "jonkheer", "JV": "jonkvrouw", "M": "markies", "MI": "markiezin",
    "P": "prins", "PS": "prinses", "R": "ridder",
}  # fmt: skip

GEMEENTEN = {
    "0000": "Onbekend", "0003": "Appingedam", "0012": "Ezinge", "0014": "Groningen",
    "0034": "Almere", "0058": "Dongeradeel", "0063": "het Bildt", "0066": "Dokkum",
    "0068": "Ferwerderadeel", "0070": "Franekeradeel", "0077": "Hindeloopen",
    "0079": "Kollumerland en Nieuwkruisland", "0080": "Leeuwarden", "0085": "Ooststellingwerf",
    "0093": "Terschelling", "0109": "Coevorden", "0114": "Emmen", "0122": "Odoorn",
    "0141": "Almelo", "0149": "Denekamp", "0150": "Deventer", "0153": "Enschede",
    "0160": "Hardenberg", "0165": "Holten", "0186": "Vriezenveen", "0193": "Zwolle",
    "0197": "Aalten", "0199": "Angerlo", "0200": "Apeldoorn", "0202": "Arnhem",
    "0207": "Bergh", "0218": "Didam", "0221": "Doesburg", "0225": "Druten", "0226": "Duiven",
    "0228": "Ede", "0229": "Eibergen", "0237": "Gendringen", "0243": "Harderwijk",
    "0248": "Hengelo (Gld)", "0251": "Heteren", "0262": "Lochem", "0268": "Nijmegen",
    "0275": "Rheden", "0281": "Tiel", "0283": "Valburg", "0289": "Wageningen", "0290": "Wamel",
    "0294": "Winterswijk", "0297": "Zaltbommel", "0298": "Zelhem", "0299": "Zevenaar",
    "0300": "Zoelen", "0301": "Zutphen", "0303": "Dronten", "0310": "De Bilt",
    "0338": "Polsbroek", "0344": "Utrecht", "0346": "Vinkeveen en Waverveen", "0355": "Zeist",
    "0361": "Alkmaar", "0363": "Amsterdam", "0364": "Andijk", "0383": "Castricum",
    "0391": "Grootebroek", "0392": "Haarlem", "0394": "Haarlemmermeer",
    "0398": "Heerhugowaard", "0399": "Heiloo", "0400": "Den Helder", "0402": "Hilversum",
    "0405": "Hoorn", "0415": "Landsmeer", "0416": "Langedijk", "0433": "Opperdoes",
    "0459": "Wervershoof", "0471": "Zaandam", "0500": "Brandwijk",
    "0502": "Capelle aan den IJssel", "0512": "Gorinchem", "0513": "Gouda",
    "0518": "'s-Gravenhage", "0519": "'s-Gravenzande", "0530": "Hellevoetsluis",
    "0531": "Hendrik-Ido-Ambacht", "0543": "Langerak", "0545": "Leerdam", "0546": "Leiden",
    "0547": "Leiderdorp", "0548": "Leidschendam", "0551": "Lexmond", "0561": "Molenaarsgraaf",
    "0577": "Nootdorp", "0584": "Oud-Beijerland", "0595": "Reeuwijk", "0599": "Rotterdam",
    "0603": "Rijswijk", "0610": "Sliedrecht", "0619": "Valkenburg (ZH)", "0620": "Vianen",
    "0625": "Voorhout", "0626": "Voorschoten", "0629": "Wassenaar", "0632": "Woerden",
    "0637": "Zoetermeer", "0638": "Zoeterwoude", "0642": "Zwijndrecht",
    "0653": "Gaasterlân-Sleat", "0656": "Brouwershaven", "0663": "Ellewoutsdijk",
    "0664": "Goes", "0684": "Krabbendijke", "0687": "Middelburg", "0693": "Graafstroom",
    "0713": "Sluis (oud)", "0716": "Tholen", "0718": "Vlissingen", "0732": "Zierikzee",
    "0748": "Bergen op Zoom", "0762": "Deurne", "0771": "Eethen", "0772": "Eindhoven",
    "0789": "Halsteren", "0794": "Helmond", "0796": "'s-Hertogenbosch", "0797": "Heusden",
    "0835": "Ravenstein", "0844": "Schijndel", "0855": "Tilburg", "0896": "Borgharen",
    "0901": "Cadier en Keer", "0906": "Geleen", "0909": "Grathem", "0914": "Haelen",
    "0928": "Kerkrade", "0935": "Maastricht", "0939": "Melick en Herkenbosch", "0947": "Neer",
    "0957": "Roermond", "0958": "Roggel", "0959": "Roosteren", "0964": "Sevenum",
    "0968": "Sittard", "0974": "Susteren", "0983": "Venlo", "0988": "Weert", "0990": "Wittem",
    "1000": "Aagtekerke", "1009": "Ambt-Almelo", "1032": "Broeksittard", "1033": "Buggenum",
    "1060": "Genderen", "1088": "Huisseling en Neerloon", "1100": "Laag-Nieuwkoop",
    "1104": "Lithoijen", "1111": "Meeuwen", "1144": "Oudenrijn", "1157": "Ransdorp",
    "1171": "Schin op Geul", "1181": "Sloten (NH)", "1191": "Stad-Hardenberg",
    "1195": "Stellendam", "1202": "Tienhoven (U)", "1210": "Vlaardinger-Ambacht",
    "1221": "Weesperkarspel", "1231": "IJzendoorn", "1235": "Zesgehuchten",
    "1254": "Borssele", "1265": "Meeuwen, Hill en Babyloniënbroek", "1315": "Edam",
    "1676": "Schouwen-Duiveland", "1681": "Borger-Odoorn", "1695": "Noord-Beveland",
    "1700": "Twenterand", "1731": "Midden-Drenthe", "1774": "Dinkelland", "1783": "Westland",
    "1900": "Súdwest-Fryslân", "1901": "Bodegraven-Reeuwijk", "1904": "Stichtse Vecht",
    "1916": "Leidschendam-Voorburg", "1926": "Pijnacker-Nootdorp",
    "1970": "Noardeast-Fryslân", "1999": "Registratie Niet Ingezetenen (RNI)",
}  # fmt: skip

LANDEN = {
    "0000": "Onbekend", "5001": "Canada", "5002": "Frankrijk", "5003": "Zwitserland",
    "5006": "Cuba", "5007": "Suriname", "5010": "België", "5012": "Iran",
    "5013": "Nieuw-Zeeland", "5014": "Zuid-Afrika", "5015": "Denemarken", "5017": "Hongarije",
    "5018": "Saoedi-Arabië", "5020": "Ethiopië", "5022": "Marokko", "5024": "Ghana",
    "5033": "Colombia", "5034": "Albanië", "5039": "Zweden", "5043": "Irak", "5048": "Jemen",
    "5053": "Rusland", "5054": "Armenië", "5056": "Azoren", "5061": "Falklandeilanden",
    "5071": "Pitcairneilanden", "5095": "Aruba", "5100": "Macedonië", "5103": "Servië",
    "5104": "Montenegro", "5106": "Bonaire", "5108": "Saba", "5109": "Sint Eustatius",
    "5112": "Gazastrook en Westelijke Jordaanoever", "5113": "Republiek Noord-Macedonië",
    "6000": "Moldavië", "6003": "Griekenland", "6005": "Nigeria", "6011": "IJsland",
    "6013": "Somalië", "6014": "Verenigde Staten van Amerika", "6015": "Bolivia",
    "6016": "Australië", "6022": "China", "6023": "Afghanistan", "6024": "Indonesië",
    "6027": "Noorwegen", "6029": "Duitsland", "6030": "Nederland", "6037": "Spanje",
    "6038": "Oekraïne", "6039": "Groot-Brittannië", "6042": "Jordanië", "6043": "Turkije",
    "6045": "Joegoslavië", "6047": "Algerije", "6050": "Oezbekistan",
    "6054": "Frans-Polynesië", "6067": "Slowakije", "7002": "Kenya", "7003": "Malta",
    "7009": "Syrië", "7011": "Nederlandse Antillen", "7014": "Egypte", "7015": "Argentinië",
    "7020": "Pakistan", "7024": "Bulgarije", "7028": "Polen", "7034": "Soedan",
    "7035": "Japan", "7036": "Hongkong", "7042": "Thailand", "7044": "Italië", "7046": "India",
    "7047": "Roemenië", "7048": "Tsjecho-Slowakije", "7049": "Peru",
    "7054": "Verenigde Arabische Emiraten", "7064": "Letland", "7070": "Brits-Indië",
    "7088": "Amerikaanse Maagdeneilanden", "8027": "Kiribati", "8031": "Zimbabwe",
    "9003": "Eritrea", "9023": "Namibië", "9027": "Brits-Somaliland",
    "9030": "Nederlands-Indië", "9049": "Sovjet-Unie", "9056": "Marshalleilanden",
    "9071": "Oostenrijk-Hongarije", "9089": "Bondsrepubliek Duitsland",
    "9999": "Internationaal gebied",
}  # fmt: skip

NATIONALITEITEN = {
    "0001": "Nederlandse", "0027": "Slowaakse", "0030": "Georgische", "0034": "Oekraïense",
    "0036": "Moldavische", "0038": "Belarussische", "0041": "Russische", "0042": "Sloveense",
    "0044": "Letse", "0050": "Albanese", "0051": "Andorrese", "0052": "Belgische",
    "0053": "Bulgaarse", "0054": "Deense", "0055": "Burger van de Bondsrepubliek Duitsland",
    "0056": "Finse", "0057": "Franse", "0059": "Griekse", "0060": "Brits burger",
    "0063": "IJslandse", "0067": "Luxemburgse", "0068": "Maltese", "0070": "Noorse",
    "0071": "Oostenrijkse", "0072": "Poolse", "0073": "Portugese", "0074": "Roemeense",
    "0077": "Spaanse", "0080": "Zweedse", "0100": "Algerijnse", "0112": "Egyptische",
    "0114": "Ethiopische", "0131": "Marokkaanse", "0140": "Zuid-Afrikaanse",
    "0149": "Somalische", "0205": "Costa Ricaanse", "0206": "Cubaanse", "0250": "Argentijnse",
    "0263": "Surinaamse", "0307": "Chinese", "0312": "Indiase", "0313": "Indonesische",
    "0315": "Iraanse", "0317": "Japanse", "0324": "Maldivische", "0334": "Saoedi-Arabische",
    "0337": "Thaise", "0339": "Turkse", "0445": "Kiribatische", "0446": "Tuvaluaanse",
}  # fmt: skip

REDENEN_NATIONALITEIT = {
    "000": "Onbekend",
    "001": "Wet op het Nederlanderschap 1892, art. 1, onder a",
    "002": "Wet op het Nederlanderschap 1892, art. 1, onder b",
    "009": "Wet op het Nederlanderschap 1892, art. 3",
    "012": "Wet op het Nederlanderschap 1892, art. 6",
    "013": "Wet op het Nederlanderschap 1892 i.v.m. wijziging 1963, art. 8",
    "014": "Wet op het Nederlanderschap 1892 i.v.m. wijziging 1963, art. 8b",
    "017": "Rijkswet op het Nederlanderschap 1984, art. 3, lid 1",
    "018": "Rijkswet op het Nederlanderschap 1984, art. 3, lid 2",
    "025": "Rijkswet op het Nederlanderschap 1984, art. 6, lid 1, onder a",
    "027": "Rijkswet op het Nederlanderschap 1984, art. 7",
    "030": "Rijkswet op het Nederlanderschap 1984, art. 11",
    "162": "Rijkswet Nederlanderschap 1984 i.v.m. wijziging 2003, art. 5b, lid 2",
    "301": "Vaststelling bezit vreemde nationaliteit",
    "310": "Vaststelling bijzonder Nederlanderschap",
    "311": "Vaststelling onbekende nationaliteit",
    "312": "Vaststelling staatloosheid",
}

VERBLIJFSTITELS: dict[str, str] = {}
"""Left empty: table 56 was not available as text, so verblijfstitels carry their code only."""


if __name__ == "__main__":
    raise SystemExit(main())
