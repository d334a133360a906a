"""Value conversions: LO3 dates, code values, places, and leaving out empty values."""

from __future__ import annotations

from typing import Any

from trouwgraph.registries.brp.rvig.tabellen import GEMEENTEN, omschrijving

JsonObject = dict[str, Any]

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


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
