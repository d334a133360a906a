"""Results of the legal checks, the overall verdict, and the redacted view for a citizen."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

__all__ = [
    "Betreft",
    "Gegevenswaarde",
    "Regelcode",
    "Regeluitkomst",
    "Uitkomst",
    "eindoordeel",
    "voor_burger",
]

Gegevenswaarde = str | int | bool | None


class Uitkomst(StrEnum):
    """Met, not met, or a human at the municipality must decide."""

    VOLDAAN = "VOLDAAN"
    NIET_VOLDAAN = "NIET_VOLDAAN"
    HANDMATIGE_BEOORDELING = "HANDMATIGE_BEOORDELING"


class Regelcode(StrEnum):
    """Stable codes of the checks (front ends translate and explain them)."""

    MEERDERJARIG = "MEERDERJARIG"
    IN_LEVEN = "IN_LEVEN"
    BURGERLIJKE_STAAT = "BURGERLIJKE_STAAT"
    CURATELE = "CURATELE"
    BIJHOUDING = "BIJHOUDING"
    NATIONALITEIT = "NATIONALITEIT"
    VERBLIJF = "VERBLIJF"
    BLOEDVERWANTSCHAP = "BLOEDVERWANTSCHAP"
    BSN_GELDIG = "BSN_GELDIG"
    PERSONEN_UNIEK = "PERSONEN_UNIEK"
    GETUIGEN_AANTAL = "GETUIGEN_AANTAL"
    GETUIGE_MEERDERJARIG = "GETUIGE_MEERDERJARIG"
    EIGEN_BABS_MEERDERJARIG = "EIGEN_BABS_MEERDERJARIG"
    EIGEN_BABS_CURATELE = "EIGEN_BABS_CURATELE"
    MELDINGSTERMIJN = "MELDINGSTERMIJN"
    LOPENDE_ZAAK = "LOPENDE_ZAAK"


class Betreft(StrEnum):
    """Whom a result is about; HUWELIJK for checks on the case or on both partners together."""

    PARTNER1 = "PARTNER1"
    PARTNER2 = "PARTNER2"
    GETUIGE_1 = "GETUIGE_1"
    GETUIGE_2 = "GETUIGE_2"
    GETUIGE_3 = "GETUIGE_3"
    GETUIGE_4 = "GETUIGE_4"
    AMBTENAAR = "AMBTENAAR"
    HUWELIJK = "HUWELIJK"

    @classmethod
    def getuige(cls, volgnummer: int) -> Betreft:
        """The witness with 1-based `volgnummer` (1..4)."""
        return cls(f"GETUIGE_{volgnummer}")

    @property
    def is_partner(self) -> bool:
        """True for PARTNER1 and PARTNER2."""
        return self in (Betreft.PARTNER1, Betreft.PARTNER2)


@dataclass(frozen=True, slots=True)
class Regeluitkomst:
    """The outcome of one check, with a Dutch reason and the data it used (never a BSN)."""

    regel: Regelcode
    uitkomst: Uitkomst
    reden: str
    betreft: Betreft
    gegevens: Mapping[str, Gegevenswaarde] = field(default_factory=dict)


def eindoordeel(uitkomsten: Iterable[Regeluitkomst]) -> Uitkomst:
    """NIET_VOLDAAN if any check fails, else HANDMATIGE_BEOORDELING if any needs a human,
    else VOLDAAN. No results at all is not a pass: it needs a human."""
    gezien = {u.uitkomst for u in uitkomsten}
    if Uitkomst.NIET_VOLDAAN in gezien:
        return Uitkomst.NIET_VOLDAAN
    if Uitkomst.HANDMATIGE_BEOORDELING in gezien or not gezien:
        return Uitkomst.HANDMATIGE_BEOORDELING
    return Uitkomst.VOLDAAN


OVER_ANDERE_PARTNER = "De gemeente moet dit beoordelen"
OVER_ANDERE_PARTNER_VOLDAAN = "Voldaan"


def voor_burger(uitkomsten: Iterable[Regeluitkomst], eigen_rol: Betreft) -> list[Regeluitkomst]:
    """What a partner may see: everything about themselves and about the case; about the other
    partner only whether it is in order (a problem shows as "De gemeente moet dit beoordelen",
    without reason or data); about witnesses and the officiant the outcome and reason, not
    their data."""
    if not eigen_rol.is_partner:
        raise ValueError("only a partner has a citizen's view")
    zichtbaar: list[Regeluitkomst] = []
    for u in uitkomsten:
        if u.betreft is eigen_rol or u.betreft is Betreft.HUWELIJK:
            zichtbaar.append(u)
        elif u.betreft.is_partner:
            if u.uitkomst is Uitkomst.VOLDAAN:
                zichtbaar.append(replace(u, reden=OVER_ANDERE_PARTNER_VOLDAAN, gegevens={}))
            else:
                zichtbaar.append(
                    replace(
                        u,
                        uitkomst=Uitkomst.HANDMATIGE_BEOORDELING,
                        reden=OVER_ANDERE_PARTNER,
                        gegevens={},
                    )
                )
        else:
            zichtbaar.append(replace(u, gegevens={}))
    return zichtbaar
