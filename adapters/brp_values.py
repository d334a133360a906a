"""Reading single values of a Haal Centraal BRP answer: dates, code values, texts, flags and
the `inOnderzoek` of a group. A value of the wrong shape raises `Malformed` with its path;
`adapters.brp_parsing` turns that into `UpstreamInvalidResponse`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TypeVar, cast

from trouwgraph.adapters import brp_payloads as wire
from trouwgraph.adapters.brp_model import BrpDatum, InOnderzoek, Waardetabel

T = TypeVar("T")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BSN = re.compile(r"^\d{9}$")


class Malformed(Exception):
    """A value of the wrong shape at `pad` (never the value itself)."""

    def __init__(self, pad: str) -> None:
        super().__init__(pad)
        self.pad = pad


def in_onderzoek(value: object, pad: str) -> InOnderzoek | None:
    """Any *InOnderzoek schema: true flags per field, and its datumIngangOnderzoek* dates."""
    if value is None:
        return None
    raw = json_object(value, pad)
    velden: set[str] = set()
    datums: list[tuple[str, BrpDatum]] = []
    for sleutel, waarde in raw.items():
        if sleutel.startswith("datumIngangOnderzoek"):
            datum = abstract_datum(waarde, f"{pad}.{sleutel}")
            if datum is not None:
                datums.append((sleutel, datum))
        elif vlag(waarde, f"{pad}.{sleutel}"):
            velden.add(sleutel)
    if not velden:
        return None
    return InOnderzoek(frozenset(velden), tuple(sorted(datums, key=lambda d: d[0])))


def abstract_datum(value: object, pad: str) -> BrpDatum | None:
    """One of the four AbstractDatum forms, with its langFormaat."""
    if value is None:
        return None
    raw = json_object(value, pad)
    lang = string(raw.get("langFormaat"), f"{pad}.langFormaat")
    soort = raw.get("type")
    try:
        if soort == "Datum":
            datum = cast(wire.VolledigeDatum, raw)
            tekst = string(datum.get("datum"), f"{pad}.datum")
            if tekst is None or not _ISO_DATE.fullmatch(tekst):
                raise Malformed(f"{pad}.datum")
            dag = date.fromisoformat(tekst)
            return BrpDatum(dag.year, dag.month, dag.day, lang_formaat=lang)
        if soort == "JaarMaandDatum":
            jaar_maand = cast(wire.JaarMaandDatum, raw)
            maand = verplicht(geheel(jaar_maand.get("maand"), f"{pad}.maand"), f"{pad}.maand")
            if not 1 <= maand <= 12:
                raise Malformed(f"{pad}.maand")
            return BrpDatum(jaar(raw.get("jaar"), f"{pad}.jaar"), maand, lang_formaat=lang)
        if soort == "JaarDatum":
            return BrpDatum(jaar(raw.get("jaar"), f"{pad}.jaar"), lang_formaat=lang)
        if soort == "DatumOnbekend":
            return BrpDatum(lang_formaat=lang)
    except ValueError:
        raise Malformed(pad) from None
    raise Malformed(f"{pad}.type")


def jaar(value: object, pad: str) -> int:
    jaar = verplicht(geheel(value, pad), pad)
    if not 1 <= jaar <= 9999:
        raise Malformed(pad)
    return jaar


def waardetabel(value: object, pad: str) -> Waardetabel | None:
    if value is None:
        return None
    raw = cast(wire.Waardetabel, json_object(value, pad))
    return Waardetabel(
        code=string(raw.get("code"), f"{pad}.code"),
        omschrijving=string(raw.get("omschrijving"), f"{pad}.omschrijving"),
    )


def optional(value: object, pad: str, parse: Callable[[object, str], T]) -> T | None:
    return None if value is None else parse(value, pad)


def json_object(value: object, pad: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise Malformed(pad)
    return cast(dict[str, object], value)


def lijst(value: object, pad: str) -> list[object] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        raise Malformed(pad)
    return cast(list[object], value)


def string(value: object, pad: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise Malformed(pad)


def bsn(value: object, pad: str) -> str | None:
    gevonden = string(value, pad)
    if gevonden is not None and not _BSN.fullmatch(gevonden):
        raise Malformed(pad)
    return gevonden


def geheel(value: object, pad: str) -> int | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise Malformed(pad)


def vlag(value: object, pad: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise Malformed(pad)


def verplicht(value: T | None, pad: str) -> T:
    if value is None:
        raise Malformed(pad)
    return value
