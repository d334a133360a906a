"""Wire types of the ZGW APIs as the adapter reads and writes them.

Zaken API 1.5.1 (`Zaak`, `Status`, `Resultaat`, `Rol` with `RolNatuurlijkPersoon`,
`ZaakEigenschap`) and Catalogi API 1.3.1 (`ZaakType`, `StatusType`, `ResultaatType`, `RolType`,
`Eigenschap`), with the fields the
adapter uses; the servers send more. Lists are `Paginated...List` {count, next, previous,
results}, except the zaakeigenschappen of a zaak (a plain array).
"""

from __future__ import annotations

from typing import Generic, NotRequired, TypedDict, TypeVar

T = TypeVar("T")


class Paginated(TypedDict, Generic[T]):
    """`Paginated<Resource>List`."""

    count: int
    next: str | None
    previous: str | None
    results: list[T]


class Zaak(TypedDict):
    """Zaken API `Zaak` (request: without the read-only fields)."""

    url: NotRequired[str]
    identificatie: str
    bronorganisatie: str
    verantwoordelijkeOrganisatie: str
    zaaktype: str
    startdatum: str
    omschrijving: NotRequired[str]
    toelichting: NotRequired[str]


class Status(TypedDict):
    """Zaken API `Status`."""

    url: NotRequired[str]
    zaak: str
    statustype: str
    datumStatusGezet: str
    statustoelichting: NotRequired[str]


class Resultaat(TypedDict):
    """Zaken API `Resultaat`: at most one per zaak, needed before the eindstatus."""

    url: NotRequired[str]
    zaak: str
    resultaattype: str
    toelichting: NotRequired[str]


class RolNatuurlijkPersoon(TypedDict):
    """Zaken API `RolNatuurlijkPersoon` (the `betrokkeneIdentificatie` of a person)."""

    inpBsn: str


class Rol(TypedDict):
    """Zaken API `Rol` for `betrokkeneType` natuurlijk_persoon."""

    url: NotRequired[str]
    zaak: str
    betrokkeneType: str
    roltype: str
    roltoelichting: str
    betrokkeneIdentificatie: RolNatuurlijkPersoon


class ZaakEigenschap(TypedDict):
    """Zaken API `ZaakEigenschap`."""

    url: NotRequired[str]
    zaak: str
    eigenschap: str
    waarde: str


class ZaakType(TypedDict):
    """Catalogi API `ZaakType` (the fields used)."""

    url: str
    identificatie: str
    concept: NotRequired[bool]


class StatusType(TypedDict):
    """Catalogi API `StatusType`."""

    url: str
    omschrijving: str
    volgnummer: int


class ResultaatType(TypedDict):
    """Catalogi API `ResultaatType` (the fields used)."""

    url: str
    omschrijving: str


class RolType(TypedDict):
    """Catalogi API `RolType`."""

    url: str
    omschrijving: str
    omschrijvingGeneriek: str


class Eigenschap(TypedDict):
    """Catalogi API `Eigenschap`."""

    url: str
    naam: str
