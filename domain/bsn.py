"""The burgerservicenummer: format and 11-proef, and a guard that keeps BSNs out of text."""

from __future__ import annotations

import re

from trouwgraph.domain.fouten import OngeldigBsn

__all__ = [
    "BSN_MASKER",
    "BSN_REGEL",
    "bevat_mogelijk_bsn",
    "controleer_bsn",
    "is_geldig_bsn",
    "maskeer_bsns",
]

BSN_REGEL = "een BSN bestaat uit 9 cijfers en voldoet aan de 11-proef"

_NEGEN_CIJFERS = re.compile(r"(?<!\d)\d{9}(?!\d)")


_MOGELIJK_BSN = re.compile(r"(?<!\d)\d{9}(?!\d)")
BSN_MASKER = "<bsn>"


def maskeer_bsns(tekst: str) -> str:
    """`tekst` with every 9-digit number that passes the 11-proef replaced by <bsn>."""
    return _MOGELIJK_BSN.sub(lambda m: BSN_MASKER if is_geldig_bsn(m.group()) else m.group(), tekst)


def is_geldig_bsn(waarde: str) -> bool:
    """True when `waarde` is nine digits that pass the 11-proef."""
    if len(waarde) != 9 or not waarde.isascii() or not waarde.isdigit():
        return False
    # Unrolled: this runs for every BSN argument of every request.
    a, b, c, d, e, f, g, h, i = map(int, waarde)
    som = 9 * a + 8 * b + 7 * c + 6 * d + 5 * e + 4 * f + 3 * g + 2 * h - i
    return som % 11 == 0 and waarde != "000000000"


def controleer_bsn(waarde: str, veld: str) -> str:
    """Return `waarde` when it is a valid BSN, else raise `OngeldigBsn` naming only `veld`."""
    if not is_geldig_bsn(waarde):
        raise OngeldigBsn(veld)
    return waarde


def bevat_mogelijk_bsn(tekst: str) -> bool:
    """True when `tekst` holds a run of exactly nine digits (a BSN could leak through it)."""
    return _NEGEN_CIJFERS.search(tekst) is not None
