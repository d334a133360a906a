"""Geboorte and the related persons of a persoonslijst: ouders, partners and kinderen."""

from __future__ import annotations

from trouwgraph.registries.brp.rvig.naam import naam
from trouwgraph.registries.brp.rvig.onderzoek import markeer
from trouwgraph.registries.brp.rvig.persoonslijst import Persoonslijst, Voorkomen
from trouwgraph.registries.brp.rvig.tabellen import GESLACHT, LANDEN, SOORT_VERBINTENIS
from trouwgraph.registries.brp.rvig.waarden import JsonObject, datum, plaats, prune_object, waarde


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
        markeer(ouder, voorkomen, categorie, elementen="ouder")
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
        markeer(partner, current, "05")
        if ontbinding:
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
    result = []
    for stapel in pl.stapels("09"):
        if _has_identity(stapel[0]):
            kind = gerelateerde(stapel[0])
            markeer(kind, stapel[0], "09")
            result.append(kind)
    return result
