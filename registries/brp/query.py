"""Validation of the ``PersonenQuery`` body of Haal Centraal BRP Personen bevragen 2.7.0.

Supported types: ``RaadpleegMetBurgerservicenummer`` and ``ZoekMetGeslachtsnaamEnGeboortedatum``.
Error codes and reasons follow the API's documented fout-cases: a missing required parameter
gives ``paramsCombination``; any other wrong value ``paramsValidation`` with one invalidParam
per error (``required``, ``array``, ``minItems``, ``maxItems``, ``pattern``, ``date``,
``boolean``, ``fields``, ``unknownParam``, ``value``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from trouwgraph.registries.brp.fields import ResponseType, validate_fields
from trouwgraph.registries.brp.problems import (
    PARAMS_COMBINATION,
    PARAMS_VALIDATION,
    InvalidParam,
    Problem,
    invalid_param,
)

RAADPLEEG_MET_BURGERSERVICENUMMER = "RaadpleegMetBurgerservicenummer"
ZOEK_MET_GESLACHTSNAAM_EN_GEBOORTEDATUM = "ZoekMetGeslachtsnaamEnGeboortedatum"
MAX_BURGERSERVICENUMMERS = 20

# Patterns exactly as in the spec (they are echoed in the reasons).
BURGERSERVICENUMMER_PATTERN = r"^[0-9]{9}$"
GEMEENTE_VAN_INSCHRIJVING_PATTERN = r"^[0-9]{4}$"
GESLACHTSNAAM_PATTERN = r"^[a-zA-Z0-9À-ž \.\-\']{1,200}$|^[a-zA-Z0-9À-ž \.\-\']{3,199}\*{1}$"
VOORNAMEN_PATTERN = r"^[a-zA-Z0-9À-ž \.\-\']{1,199}\*{0,1}$"
VOORVOEGSEL_PATTERN = r"^[a-zA-Z \']{1,10}$"
GESLACHT_PATTERN = r"^([Mm]|[Vv]|[Oo])$"
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_COMMON_PARAMS = frozenset({"type", "fields", "gemeenteVanInschrijving"})
_PARAMS: Mapping[str, frozenset[str]] = {
    RAADPLEEG_MET_BURGERSERVICENUMMER: _COMMON_PARAMS | {"burgerservicenummer"},
    ZOEK_MET_GESLACHTSNAAM_EN_GEBOORTEDATUM: _COMMON_PARAMS
    | {
        "geslachtsnaam",
        "geboortedatum",
        "voornamen",
        "voorvoegsel",
        "geslacht",
        "inclusiefOverledenPersonen",
    },
}


@dataclass(frozen=True)
class RaadpleegMetBurgerservicenummer:
    """A validated lookup of 1-20 persons by BSN."""

    burgerservicenummers: tuple[str, ...]
    fields: tuple[str, ...]
    gemeente_van_inschrijving: str | None = None
    response_type: ResponseType = "Persoon"


@dataclass(frozen=True)
class ZoekMetGeslachtsnaamEnGeboortedatum:
    """A validated search by family name (``*`` suffix allowed) and full birth date."""

    geslachtsnaam: str
    geboortedatum: date
    fields: tuple[str, ...]
    voornamen: str | None = None
    voorvoegsel: str | None = None
    geslacht: str | None = None
    inclusief_overleden_personen: bool = False
    gemeente_van_inschrijving: str | None = None
    response_type: ResponseType = "PersoonBeperkt"


PersonenQuery = RaadpleegMetBurgerservicenummer | ZoekMetGeslachtsnaamEnGeboortedatum


class PersonenQueryError(Exception):
    """The body is not a valid PersonenQuery; carries the problem and its invalidParams."""

    def __init__(self, problem: Problem, invalid_params: list[InvalidParam]) -> None:
        super().__init__(problem.code)
        self.problem = problem
        self.invalid_params = invalid_params


def parse_personen_query(body: object) -> PersonenQuery:
    """Validate a decoded JSON body; raise PersonenQueryError with the spec's invalidParams."""
    if not isinstance(body, Mapping):
        raise PersonenQueryError(PARAMS_VALIDATION, [_required("type")])
    soort = body.get("type")
    if soort is None or soort == "":
        raise PersonenQueryError(PARAMS_VALIDATION, [_required("type")])
    if not isinstance(soort, str) or soort not in _PARAMS:
        # The fake serves two of the spec's seven types; the rest are refused like unknown ones.
        reason = "Waarde is geen geldig zoek type."
        raise PersonenQueryError(PARAMS_VALIDATION, [invalid_param("type", "value", reason)])
    checker = _Checker(body)
    for name in body:
        if name not in _PARAMS[soort]:
            checker.errors.append(
                invalid_param(name, "unknownParam", "Parameter is niet verwacht.")
            )
    gemeente = checker.pattern("gemeenteVanInschrijving", GEMEENTE_VAN_INSCHRIJVING_PATTERN)
    if soort == RAADPLEEG_MET_BURGERSERVICENUMMER:
        bsns = checker.burgerservicenummers()
        fields = checker.fields("Persoon")
        checker.raise_if_invalid()
        return RaadpleegMetBurgerservicenummer(tuple(bsns), tuple(fields), gemeente)
    geslachtsnaam = checker.pattern("geslachtsnaam", GESLACHTSNAAM_PATTERN, required=True)
    geboortedatum = checker.date("geboortedatum")
    voornamen = checker.pattern("voornamen", VOORNAMEN_PATTERN)
    voorvoegsel = checker.pattern("voorvoegsel", VOORVOEGSEL_PATTERN)
    geslacht = checker.pattern("geslacht", GESLACHT_PATTERN)
    overleden = checker.boolean("inclusiefOverledenPersonen")
    fields = checker.fields("PersoonBeperkt")
    checker.raise_if_invalid()
    assert geslachtsnaam is not None and geboortedatum is not None  # guaranteed by the checker
    return ZoekMetGeslachtsnaamEnGeboortedatum(
        geslachtsnaam=geslachtsnaam,
        geboortedatum=geboortedatum,
        fields=tuple(fields),
        voornamen=voornamen,
        voorvoegsel=voorvoegsel,
        geslacht=geslacht,
        inclusief_overleden_personen=overleden,
        gemeente_van_inschrijving=gemeente,
    )


def _required(name: str) -> InvalidParam:
    return invalid_param(name, "required", "Parameter is verplicht.")


class _Checker:
    """Collects every error of one body, as HC reports all of them at once."""

    def __init__(self, body: Mapping[str, object]) -> None:
        self.body = body
        self.errors: list[InvalidParam] = []
        self.missing: list[InvalidParam] = []

    def _present(self, name: str, *, required: bool) -> object | None:
        value = self.body.get(name)
        if value is None or value == "":
            if required:
                self.missing.append(_required(name))
            return None
        return value

    def pattern(self, name: str, pattern: str, *, required: bool = False) -> str | None:
        value = self._present(name, required=required)
        if value is None:
            return None
        if isinstance(value, str) and re.fullmatch(pattern, value):
            return value
        reason = f"Waarde voldoet niet aan patroon {pattern}."
        self.errors.append(invalid_param(name, "pattern", reason))
        return None

    def date(self, name: str) -> date | None:
        value = self._present(name, required=True)
        if value is None:
            return None
        if isinstance(value, str) and _DATE_RE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        self.errors.append(invalid_param(name, "date", "Waarde is geen geldige datum."))
        return None

    def boolean(self, name: str) -> bool:
        value = self.body.get(name)
        if value is None or isinstance(value, bool):
            return bool(value)
        self.errors.append(invalid_param(name, "boolean", "Waarde is geen geldige boolean."))
        return False

    def burgerservicenummers(self) -> list[str]:
        name = "burgerservicenummer"
        value = self.body.get(name)
        if value is None:
            self.missing.append(_required(name))
            return []
        return self._list(name, value, MAX_BURGERSERVICENUMMERS, _item_pattern(name))

    def fields(self, response_type: ResponseType) -> list[str]:
        value = self.body.get("fields")
        errors = validate_fields(value, response_type)
        self.missing.extend(error for error in errors if error["code"] == "required")
        self.errors.extend(error for error in errors if error["code"] != "required")
        return (
            [field for field in value if isinstance(field, str)] if isinstance(value, list) else []
        )

    def _list(
        self,
        name: str,
        value: object,
        maximum: int,
        check: Callable[[int, object], InvalidParam | None],
    ) -> list[str]:
        if not isinstance(value, list):
            self.errors.append(invalid_param(name, "array", "Parameter is geen array."))
            return []
        if not value:
            self.errors.append(invalid_param(name, "minItems", "Array bevat minder dan 1 items."))
            return []
        if len(value) > maximum:
            reason = f"Array bevat meer dan {maximum} items."
            self.errors.append(invalid_param(name, "maxItems", reason))
            return []
        item_errors = [error for index, item in enumerate(value) if (error := check(index, item))]
        self.errors.extend(item_errors)
        return [item for item in value if isinstance(item, str)]

    def raise_if_invalid(self) -> None:
        if self.missing:
            raise PersonenQueryError(PARAMS_COMBINATION, self.missing + self.errors)
        if self.errors:
            raise PersonenQueryError(PARAMS_VALIDATION, self.errors)


def _item_pattern(name: str) -> Callable[[int, object], InvalidParam | None]:
    def check(index: int, item: object) -> InvalidParam | None:
        if isinstance(item, str) and re.fullmatch(BURGERSERVICENUMMER_PATTERN, item):
            return None
        reason = f"Waarde voldoet niet aan patroon {BURGERSERVICENUMMER_PATTERN}."
        return invalid_param(f"{name}[{index}]", "pattern", reason)

    return check
