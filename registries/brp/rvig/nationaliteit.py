"""Nationaliteiten (LO3 category 04) as the spec's typed AbstractNationaliteit."""

from __future__ import annotations

from trouwgraph.registries.brp.rvig.onderzoek import markeer
from trouwgraph.registries.brp.rvig.persoonslijst import Persoonslijst
from trouwgraph.registries.brp.rvig.tabellen import NATIONALITEITEN, REDENEN_NATIONALITEIT
from trouwgraph.registries.brp.rvig.waarden import JsonObject, datum, waarde


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
        markeer(item, current, "04")
        onderzoek = item.get("inOnderzoek", {})
        if item["type"] != "Nationaliteit" and onderzoek.pop("nationaliteit", False):
            onderzoek["type"] = True  # without a nationaliteit field, 05.10 decides the type
        result.append(item)
    return result
