"""Wire shapes of BAG API Individuele Bevragingen 2.0.0 (LVBAG), as far as the gateway reads them.

Named after the spec's schemas (`tests/contracts/bag-individuele-bevragingen-v2-openapi.resolved
.yaml`); shared by the adapter and the embedded registry. Only the operations GET /adressen,
GET /adressen/{nummeraanduidingIdentificatie} and GET /woonplaatsen/{identificatie} are covered.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

__all__ = [
    "Adres",
    "AdresIOHal",
    "AdresIOHalCollection",
    "Bronhouder",
    "Error",
    "HalLink",
    "InvalidParams",
    "Voorkomen",
    "Woonplaats",
    "WoonplaatsIOHal",
]


class HalLink(TypedDict):
    """Spec schema `HalLink`."""

    href: str
    templated: NotRequired[bool]
    title: NotRequired[str]


class Adres(TypedDict):
    """Spec schema `Adres` (a current address: nummeraanduiding + openbare ruimte + woonplaats).

    The spec lists `kortNaam` as required but names the property `korteNaam`; the real API
    sends `korteNaam`, and so do we.
    """

    openbareRuimteNaam: str
    korteNaam: NotRequired[str]
    huisnummer: int
    huisletter: NotRequired[str]
    huisnummertoevoeging: NotRequired[str]
    postcode: NotRequired[str]
    woonplaatsNaam: str
    nummeraanduidingIdentificatie: str
    openbareRuimteIdentificatie: str
    woonplaatsIdentificatie: str
    adresseerbaarObjectIdentificatie: NotRequired[str]
    pandIdentificaties: NotRequired[list[str]]
    indicatieNevenadres: NotRequired[bool]


class AdresLinks(TypedDict, total=False):
    """Spec schema `AdresIO_links`."""

    self: HalLink
    openbareRuimte: HalLink
    nummeraanduiding: HalLink
    woonplaats: HalLink
    adresseerbaarObject: HalLink
    panden: list[HalLink]


class AdresIOHal(Adres):
    """Spec schema `AdresIOHal` (without the expanded resources, which we never ask for)."""

    _links: NotRequired[AdresLinks]


class AdresCollectionEmbedded(TypedDict, total=False):
    """The `_embedded` of `AdresIOHalCollection`."""

    adressen: list[AdresIOHal]


class AdresIOHalCollection(TypedDict, total=False):
    """Spec schema `AdresIOHalCollection`."""

    _links: dict[str, HalLink]
    _embedded: AdresCollectionEmbedded


class Voorkomen(TypedDict):
    """Spec schema `Voorkomen` (the required part)."""

    tijdstipRegistratie: str
    versie: int
    beginGeldigheid: str
    tijdstipRegistratieLV: str


class Woonplaats(TypedDict):
    """Spec schema `Woonplaats`."""

    identificatie: str
    domein: str
    naam: str
    status: str
    geconstateerd: str
    documentdatum: str
    documentnummer: str
    voorkomen: Voorkomen


class Bronhouder(TypedDict):
    """Spec schema `Bronhouder`: a municipality, with its code from table 33."""

    code: str
    naam: str
    beginGeldigheid: NotRequired[str]
    eindGeldigheid: NotRequired[str]


class WoonplaatsEmbedded(TypedDict, total=False):
    """Spec schema `Woonplaats_embedded` (without geometry)."""

    bronhouders: list[Bronhouder]


class WoonplaatsLinks(TypedDict):
    """Spec schema `Woonplaats_links`."""

    self: HalLink
    bronhouders: NotRequired[list[HalLink]]


class WoonplaatsIOHal(TypedDict):
    """Spec schema `WoonplaatsIOHal`."""

    woonplaats: Woonplaats
    _embedded: NotRequired[WoonplaatsEmbedded]
    _links: NotRequired[WoonplaatsLinks]


class InvalidParams(TypedDict):
    """Spec schema `InvalidParams`."""

    type: NotRequired[str]
    name: str
    code: str
    reason: str


Error = TypedDict(
    "Error",
    {
        "status": int,
        "title": str,
        "type": str,
        "detail": str,
        "instance": str,
        "code": NotRequired[str],
        "invalid-params": NotRequired[list[InvalidParams]],
    },
)
"""Spec schema `Error` (problem+json); `invalid-params` is spelled with a hyphen in this API."""
