"""Names: NaamPersoon and NaamGerelateerde from LO3 group 02, with voorletters and the full name."""

from __future__ import annotations

from trouwgraph.registries.brp.rvig.persoonslijst import Voorkomen
from trouwgraph.registries.brp.rvig.tabellen import ADELLIJKE_TITELS, NAAMGEBRUIK, omschrijving
from trouwgraph.registries.brp.rvig.waarden import JsonObject, prune, prune_object, waarde


def voorletters(voornamen: str) -> str:
    """One letter and a dot per voornaam; the standard value '.' stays '.'."""
    if voornamen == ".":
        return "."
    return "".join(f"{naam[0]}." for naam in voornamen.split())


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
