"""The shared vocabulary of the process: kinds of union, partner roles, name use, choices."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "Ambtenaarkeuze",
    "Locatiesoort",
    "Naamgebruik",
    "Partnerrol",
    "Verbintenissoort",
]


class Verbintenissoort(StrEnum):
    """The kind of union: marriage, registered partnership, or converting one into the other."""

    HUWELIJK = "HUWELIJK"
    GEREGISTREERD_PARTNERSCHAP = "GEREGISTREERD_PARTNERSCHAP"
    OMZETTING = "OMZETTING"


class Partnerrol(StrEnum):
    """PARTNER1 starts the reservation; PARTNER2 is invited and consents."""

    PARTNER1 = "PARTNER1"
    PARTNER2 = "PARTNER2"


class Naamgebruik(StrEnum):
    """The BRP's `aanduidingNaamgebruik` codes."""

    E = "E"  # eigen
    P = "P"  # partner
    V = "V"  # partner + eigen
    N = "N"  # eigen + partner


class Ambtenaarkeuze(StrEnum):
    """How the officiant (BABS) is chosen: assigned, picked from the list, or the couple's own."""

    TOEGEWEZEN = "TOEGEWEZEN"
    KEUZE = "KEUZE"
    EIGEN = "EIGEN"


class Locatiesoort(StrEnum):
    """Municipal room, permanently designated external location, or a location for one day."""

    GEMEENTELIJK = "GEMEENTELIJK"
    EXTERN = "EXTERN"
    EIGEN = "EIGEN"
