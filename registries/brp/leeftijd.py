"""``leeftijd`` as Haal Centraal BRP Personen bevragen 2.7.0 derives it from the birth date.

Rules (features/bevragen/persoon/leeftijd/overzicht.feature): delivered for a complete birth
date (``Datum``); for a ``JaarMaandDatum`` only when the birth month is not the current month
(before or after it the age is certain); never for ``JaarDatum`` or ``DatumOnbekend``. Whether
the person has died is the caller's concern.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

# Spec schema Leeftijd: integer 0..150.
_MAXIMUM = 150


def bereken_leeftijd(geboortedatum: Mapping[str, object] | None, today: date) -> int | None:
    """Return the age in years on ``today``, or None when HC would not deliver one."""
    if not geboortedatum:
        return None
    soort = geboortedatum.get("type")
    if soort == "Datum":
        datum = geboortedatum.get("datum")
        if not isinstance(datum, str):
            return None
        born = date.fromisoformat(datum)
        # Someone born on 29 February turns a year older on 1 March in common years.
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    elif soort == "JaarMaandDatum":
        jaar, maand = geboortedatum.get("jaar"), geboortedatum.get("maand")
        if not isinstance(jaar, int) or not isinstance(maand, int) or maand == today.month:
            return None
        age = today.year - jaar - (today.month < maand)
    else:
        return None
    return age if 0 <= age <= _MAXIMUM else None
