"""Finding persons in the embedded BRP, indexed once at creation.

Matching follows Haal Centraal BRP Personen bevragen 2.7.0
(features/zoeken/met-geslachtsnaam-en-geboortedatum/overzicht.feature): names compare
case-insensitively and without diacritics; a trailing ``*`` on geslachtsnaam or voornamen
matches any continuation; the deceased are found only with ``inclusiefOverledenPersonen``
(except when asked for by BSN); ``gemeenteVanInschrijving`` limits results to one municipality.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence

from trouwgraph.registries.brp.fields import is_overleden
from trouwgraph.registries.brp.query import (
    RaadpleegMetBurgerservicenummer,
    ZoekMetGeslachtsnaamEnGeboortedatum,
)

Persoon = Mapping[str, object]


class PersonenIndex:
    """Persons by BSN and by complete birth date."""

    def __init__(self, personen: Sequence[Persoon]) -> None:
        self._by_bsn: dict[str, Persoon] = {}
        self._by_geboortedatum: dict[str, list[Persoon]] = defaultdict(list)
        for persoon in personen:
            bsn = persoon.get("burgerservicenummer")
            if isinstance(bsn, str):
                self._by_bsn[bsn] = persoon
            datum = _get(persoon, "geboorte", "datum")
            if isinstance(datum, Mapping) and datum.get("type") == "Datum":
                self._by_geboortedatum[str(datum.get("datum"))].append(persoon)

    def raadpleeg(self, query: RaadpleegMetBurgerservicenummer) -> list[Persoon]:
        """Return the known persons among the BSNs, in request order, each once."""
        found: list[Persoon] = []
        for bsn in dict.fromkeys(query.burgerservicenummers):
            persoon = self._by_bsn.get(bsn)
            if persoon is not None and _in_gemeente(persoon, query.gemeente_van_inschrijving):
                found.append(persoon)
        return found

    def zoek(self, query: ZoekMetGeslachtsnaamEnGeboortedatum) -> list[Persoon]:
        """Return the persons matching a name and birth date search."""
        candidates = self._by_geboortedatum.get(query.geboortedatum.isoformat(), [])
        return [persoon for persoon in candidates if _matches(persoon, query)]


def _matches(persoon: Persoon, query: ZoekMetGeslachtsnaamEnGeboortedatum) -> bool:
    if not query.inclusief_overleden_personen and is_overleden(persoon):
        return False
    if not _in_gemeente(persoon, query.gemeente_van_inschrijving):
        return False
    if not _name_matches(_get(persoon, "naam", "geslachtsnaam"), query.geslachtsnaam):
        return False
    if query.voornamen is not None and not _name_matches(
        _get(persoon, "naam", "voornamen"), query.voornamen
    ):
        return False
    if query.voorvoegsel is not None and _normalise(
        _get(persoon, "naam", "voorvoegsel")
    ) != _normalise(query.voorvoegsel):
        return False
    return query.geslacht is None or _normalise(_get(persoon, "geslacht", "code")) == _normalise(
        query.geslacht
    )


def _name_matches(value: object, wanted: str) -> bool:
    if not isinstance(value, str):
        return False
    if wanted.endswith("*"):
        return _normalise(value).startswith(_normalise(wanted[:-1]))
    return _normalise(value) == _normalise(wanted)


def _normalise(value: object) -> str:
    """Case- and diacritic-insensitive form of a name."""
    if not isinstance(value, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def _in_gemeente(persoon: Persoon, gemeente: str | None) -> bool:
    return gemeente is None or _get(persoon, "gemeenteVanInschrijving", "code") == gemeente


def _get(persoon: Persoon, *keys: str) -> object:
    value: object = persoon
    for key in keys:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value
