"""The ``fields`` parameter of Haal Centraal BRP Personen bevragen 2.7.0.

The catalogue of valid paths per response type (``Persoon`` for RaadpleegMetBurgerservicenummer,
``PersoonBeperkt`` for the searches) is generated from the spec by
``generate_fields_catalogue.py`` into ``fields_catalogue.json``. Rules implemented (from
features/bevragen/fields*.feature of BRP-API/Haal-Centraal-BRP-bevragen):

- a path to a group delivers the whole group; a path into a list applies to every item;
- asking any part of a Waardetabel or a date delivers all of it;
- polymorphic groups (verblijfplaats, nationaliteiten) always keep their ``type``;
- inOnderzoek, geheimhoudingPersoonsgegevens, opschortingBijhouding, rni and verificatie may not
  be asked for: they are delivered automatically when applicable;
- a group's ``inOnderzoek`` holds only the flags of asked fields (even without a value), and
  a date only with a flag it covers;
- ``leeftijd`` is derived from the birth date, only when asked and only for the living;
- empty values are left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal, cast

from trouwgraph.registries.brp.leeftijd import bereken_leeftijd
from trouwgraph.registries.brp.problems import InvalidParam, invalid_param

ResponseType = Literal["Persoon", "PersoonBeperkt"]

FIELD_PATTERN = r"^[a-zA-Z0-9\._]{1,200}$"
MAX_FIELDS = 130
_FIELD_RE = re.compile(FIELD_PATTERN)
_CATALOGUE_PATH = Path(__file__).with_name("fields_catalogue.json")
_TYPED_KINDS = frozenset({"typed-object", "typed-collection"})
# The dates of the person's own inOnderzoek and the flags each covers (spec: PersoonInOnderzoek).
_PERSON_IN_ONDERZOEK_DATES: Mapping[str, frozenset[str]] = {
    "datumIngangOnderzoekPersoon": frozenset({"burgerservicenummer", "geslacht", "leeftijd"}),
    "datumIngangOnderzoekGemeente": frozenset(
        {"gemeenteVanInschrijving", "datumInschrijvingInGemeente"}
    ),
    "datumIngangOnderzoekGezag": frozenset(
        {"indicatieCurateleRegister", "indicatieGezagMinderjarige"}
    ),
}
_ADRESSERING_IN_ONDERZOEK_DATES: Mapping[str, frozenset[str]] = {
    "datumIngangOnderzoekPersoon": frozenset(
        {"aanhef", "aanschrijfwijze", "gebruikInLopendeTekst"}
    ),
    "datumIngangOnderzoekPartner": frozenset(
        {"aanhef", "aanschrijfwijze", "gebruikInLopendeTekst"}
    ),
    "datumIngangOnderzoekVerblijfplaats": frozenset(
        {"adresregel1", "adresregel2", "adresregel3", "land"}
    ),
}
"""Elsewhere a group's own ``datumIngangOnderzoek`` covers every flag of the group."""

# A selection maps a key to its sub-selection, or to None for "the whole value".
Selection = dict[str, "Selection | None"]


@cache
def _catalogue() -> Mapping[str, object]:
    with _CATALOGUE_PATH.open(encoding="utf-8") as handle:
        return cast(Mapping[str, object], json.load(handle))


def field_paths(response_type: ResponseType) -> Mapping[str, str]:
    """Return every valid ``fields`` path of a response type with its kind."""
    response_types = cast(Mapping[str, Mapping[str, str]], _catalogue()["responseTypes"])
    return response_types[response_type]


def always_delivered() -> frozenset[str]:
    """Return the field names that are delivered automatically and may not be asked for."""
    return frozenset(cast(list[str], _catalogue()["automatischGeleverd"]))


def validate_fields(fields: object, response_type: ResponseType) -> list[InvalidParam]:
    """Return the spec's invalidParams for a ``fields`` value (empty when it is valid)."""
    if fields is None:
        return [invalid_param("fields", "required", "Parameter is verplicht.")]
    if not isinstance(fields, list):
        return [invalid_param("fields", "array", "Parameter is geen array.")]
    if not fields:
        return [invalid_param("fields", "minItems", "Array bevat minder dan 1 items.")]
    if len(fields) > MAX_FIELDS:
        return [invalid_param("fields", "maxItems", f"Array bevat meer dan {MAX_FIELDS} items.")]
    paths = field_paths(response_type)
    forbidden = always_delivered()
    errors: list[InvalidParam] = []
    for index, field in enumerate(fields):
        name = f"fields[{index}]"
        if not isinstance(field, str) or not _FIELD_RE.fullmatch(field):
            reason = f"Waarde voldoet niet aan patroon {FIELD_PATTERN}."
            errors.append(invalid_param(name, "pattern", reason))
        elif forbidden.intersection(field.split(".")):
            reason = "Parameter bevat een niet toegestane veldnaam."
            errors.append(invalid_param(name, "fields", reason))
        elif field not in paths:
            reason = "Parameter bevat een niet bestaande veldnaam."
            errors.append(invalid_param(name, "fields", reason))
    return errors


def select(fields: Sequence[str], response_type: ResponseType) -> Selection:
    """Turn validated ``fields`` into a selection tree, widening to whole values as HC does."""
    paths = field_paths(response_type)
    root: Selection = {}
    for field in fields:
        segments = field.split(".")
        for depth in range(1, len(segments) + 1):
            kind = paths[".".join(segments[:depth])]
            if kind == "whole":
                segments = segments[:depth]
                break
        node: Selection | None = root
        for segment in segments[:-1]:
            if node is None:
                break
            node = node.setdefault(segment, {})
        if node is not None:
            node[segments[-1]] = None
    return root


def filter_persoon(
    persoon: Mapping[str, object],
    fields: Sequence[str],
    response_type: ResponseType,
    *,
    today: date,
) -> dict[str, object]:
    """Return the person reduced to the requested (validated) fields plus automatic ones."""
    selection = select(fields, response_type)
    paths = field_paths(response_type)
    result: dict[str, object] = {}
    for key, sub in selection.items():
        if key == "leeftijd" or key not in persoon:
            continue
        value = _apply(persoon[key], sub, key, paths)
        if not _is_empty(value):
            result[key] = value
    if "leeftijd" in selection and not is_overleden(persoon):
        geboorte = persoon.get("geboorte")
        datum = geboorte.get("datum") if isinstance(geboorte, Mapping) else None
        age = bereken_leeftijd(datum if isinstance(datum, Mapping) else None, today)
        if age is not None:
            result["leeftijd"] = age
    onderzoek = _in_onderzoek(persoon.get("inOnderzoek"), selection, _PERSON_IN_ONDERZOEK_DATES)
    if onderzoek:
        result["inOnderzoek"] = onderzoek
    if persoon.get("geheimhoudingPersoonsgegevens") is True:
        result["geheimhoudingPersoonsgegevens"] = True
    for key in ("opschortingBijhouding", "rni", "verificatie"):
        _add_pruned(result, persoon, key)
    return result


def _apply(
    value: object, selection: Selection | None, path: str, paths: Mapping[str, str]
) -> object:
    if selection is None:
        return _prune(value)
    if isinstance(value, list):
        items = [_apply(item, selection, path, paths) for item in value]
        return [item for item in items if not _is_empty(item)]
    if not isinstance(value, Mapping):
        return _prune(value)
    result: dict[str, object] = {}
    for key, sub in selection.items():
        if key in value:
            filtered = _apply(value[key], sub, f"{path}.{key}", paths)
            if not _is_empty(filtered):
                result[key] = filtered
    dates = _ADRESSERING_IN_ONDERZOEK_DATES if path == "adressering" else {}
    onderzoek = _in_onderzoek(value.get("inOnderzoek"), selection, dates)
    if onderzoek:
        result["inOnderzoek"] = onderzoek
    if result and paths.get(path) in _TYPED_KINDS and "type" in value:
        result = {"type": value["type"], **result}
    return result


def _in_onderzoek(
    value: object, selection: Selection, dates: Mapping[str, frozenset[str]]
) -> dict[str, object]:
    """The ``inOnderzoek`` of a group cut to the asked fields, as Haal Centraal delivers it.

    A flag is delivered only when its field is asked for (also when the field itself has no
    value); a date only with at least one of the flags it covers (for a group: any flag).
    """
    if not isinstance(value, Mapping):
        return {}
    flags = {key: flag for key, flag in value.items() if flag is True and key in selection}
    if not flags:
        return {}
    result: dict[str, object] = dict(flags)
    for key, date_value in value.items():
        if not key.startswith("datumIngangOnderzoek") or _is_empty(date_value):
            continue
        covered = dates.get(key)
        if covered is None or covered.intersection(flags):
            result[key] = _prune(date_value)
    return result


def _add_pruned(target: dict[str, object], source: Mapping[str, object], key: str) -> None:
    value = _prune(source.get(key))
    if not _is_empty(value):
        target[key] = value


def _prune(value: object) -> object:
    """Drop empty values (None, "", [], {}) at every depth."""
    if isinstance(value, Mapping):
        pruned = {key: _prune(item) for key, item in value.items()}
        return {key: item for key, item in pruned.items() if not _is_empty(item)}
    if isinstance(value, list):
        items = [_prune(item) for item in value]
        return [item for item in items if not _is_empty(item)]
    return value


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == [] or value == {}


def is_overleden(persoon: Mapping[str, object]) -> bool:
    """Tell whether the person has died (overlijden, or bijhouding suspended for death)."""
    if persoon.get("overlijden"):
        return True
    opschorting = persoon.get("opschortingBijhouding")
    reden = opschorting.get("reden") if isinstance(opschorting, Mapping) else None
    return isinstance(reden, Mapping) and reden.get("code") == "O"
