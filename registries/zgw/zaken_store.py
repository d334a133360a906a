"""The embedded Zaken API's data: zaken and what hangs off them, kept in memory per app.

Statuses are kept in the order Open Zaak reads them: by `datumStatusGezet`, and among equal
moments by the order they were created, so `zaak.status` and `indicatieLaatstGezetteStatus`
always name the same status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = [
    "Resultaat",
    "Rol",
    "Status",
    "Zaak",
    "ZaakEigenschap",
    "ZakenStore",
    "is_rsin",
    "waarde_past",
]

_RSIN = re.compile(r"^\d{9}$")
_WAARDE_FORMATS = {"datum": "%Y%m%d", "datum_tijd": "%Y%m%d%H%M%S"}


@dataclass
class Zaak:
    uuid: str
    identificatie: str
    bronorganisatie: str
    verantwoordelijke_organisatie: str
    zaaktype: str
    zaaktype_uuid: str
    startdatum: str
    registratiedatum: str
    omschrijving: str
    toelichting: str
    einddatum: str | None = None
    rollen: list[str] = field(default_factory=list)
    eigenschappen: list[str] = field(default_factory=list)
    statussen: list[str] = field(default_factory=list)
    resultaat: str | None = None


@dataclass
class Resultaat:
    uuid: str
    zaak_uuid: str
    resultaattype: str
    toelichting: str


@dataclass
class Status:
    uuid: str
    zaak_uuid: str
    statustype: str
    datum_status_gezet: datetime
    statustoelichting: str
    volgnummer: int = 0  # creation order: breaks ties between equal moments


@dataclass
class Rol:
    uuid: str
    zaak_uuid: str
    betrokkene_type: str
    roltype: str
    roltype_uuid: str
    roltoelichting: str
    registratiedatum: datetime
    betrokkene_identificatie: dict[str, Any]


@dataclass
class ZaakEigenschap:
    uuid: str
    zaak_uuid: str
    eigenschap: str
    eigenschap_uuid: str
    waarde: str


def _volgorde(status: Status) -> tuple[datetime, int]:
    return status.datum_status_gezet, status.volgnummer


@dataclass
class ZakenStore:
    """The registry's data; kept per app instance."""

    zaken: dict[str, Zaak] = field(default_factory=dict)
    statussen: dict[str, Status] = field(default_factory=dict)
    rollen: dict[str, Rol] = field(default_factory=dict)
    zaakeigenschappen: dict[str, ZaakEigenschap] = field(default_factory=dict)
    resultaten: dict[str, Resultaat] = field(default_factory=dict)
    volgnummer: int = 0
    statusnummer: int = 0

    def voeg_status_toe(self, zaak: Zaak, status: Status) -> None:
        """Keep `status` of `zaak`, numbered after every status before it."""
        self.statusnummer += 1
        status.volgnummer = self.statusnummer
        self.statussen[status.uuid] = status
        zaak.statussen.append(status.uuid)

    def statussen_van(self, zaak: Zaak) -> list[Status]:
        """The statuses of `zaak`, oldest first."""
        return sorted((self.statussen[key] for key in zaak.statussen), key=_volgorde)

    def laatste_status(self, zaak: Zaak) -> Status | None:
        """The status `zaak` has now (the one set last), if any."""
        statussen = self.statussen_van(zaak)
        return statussen[-1] if statussen else None

    def geordende_statussen(self) -> list[Status]:
        """Every status, oldest first."""
        return sorted(self.statussen.values(), key=_volgorde)


def is_rsin(value: object) -> bool:
    """True for 9 digits passing the 11-proef (as BSN and RSIN do)."""
    if not isinstance(value, str) or not _RSIN.fullmatch(value):
        return False
    total = sum(int(d) * w for d, w in zip(value[:8], range(9, 1, -1), strict=True))
    return (total - int(value[8])) % 11 == 0


def waarde_past(waarde: str, formaat: str, lengte: str) -> bool:
    """True when a zaakeigenschap's `waarde` fits its eigenschap's `formaat` and `lengte`."""
    if formaat in _WAARDE_FORMATS:
        try:
            datetime.strptime(waarde, _WAARDE_FORMATS[formaat])
        except ValueError:
            return False
        return True
    if formaat == "getal":
        try:
            float(waarde)
        except ValueError:
            return False
    return len(waarde) <= int(lengte)
