"""The address port and its BAG API Individuele Bevragingen 2.0.0 (LVBAG) HTTP adapter.

`Adresregister` is what the use cases depend on; `BagIndividueleBevragingen` implements it with
an injected, long-lived `httpx.AsyncClient` (base URL, the `X-Api-Key` auth and timeouts come
from the municipality's configuration, see `trouwgraph.server.gemeenten.upstreams.registry_client`).

The BAG gives no municipality on an address. The spec's way is: address ->
`woonplaatsIdentificatie` -> `GET /woonplaatsen/{identificatie}?expand=bronhouders` ->
`_embedded.bronhouders[].code` (the municipality code of CBS table 33). Which municipality a
woonplaats belongs to changes only with a municipal reorganisation (on 1 January), so it is
cached per woonplaats for `woonplaats_ttl` seconds; addresses themselves are never cached.

Failures come out as `adapters.errors.UpstreamError`s with registry "BAG".
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

import httpx

from trouwgraph.adapters import bag_payloads as wire
from trouwgraph.adapters.errors import UpstreamInvalidResponse
from trouwgraph.adapters.responses import decode_json, send
from trouwgraph.domain.adrescontrole import BagFeit

__all__ = ["REGISTRY", "Adresregister", "BagAdres", "BagIndividueleBevragingen"]

logger = logging.getLogger(__name__)

REGISTRY = "BAG"
HAL_JSON = "application/hal+json"
MAX_PAGES = 5
_POSTCODE = re.compile(r"^[1-9][0-9]{3}[A-Z]{2}$")
_HUISLETTER = re.compile(r"^[a-zA-Z]$")
_TOEVOEGING = re.compile(r"^[0-9a-zA-Z]{1,4}$")
_NUMMERAANDUIDING = re.compile(r"^[0-9]{4}20[0-9]{10}$")
_WOONPLAATS = re.compile(r"^[0-9]{4}$")


@dataclass(frozen=True, slots=True)
class BagAdres:
    """A current BAG address with the municipality its woonplaats belongs to."""

    nummeraanduiding_identificatie: str
    straat: str
    huisnummer: int
    postcode: str | None
    woonplaats: str
    woonplaats_identificatie: str
    gemeentecode: str
    gemeentenaam: str
    huisletter: str | None = None
    toevoeging: str | None = None
    adresseerbaar_object_identificatie: str | None = None

    def feit(self) -> BagFeit:
        """The facts the domain's address check needs."""
        return BagFeit(
            nummeraanduiding_identificatie=self.nummeraanduiding_identificatie,
            straat=self.straat,
            huisnummer=self.huisnummer,
            postcode=self.postcode,
            woonplaats=self.woonplaats,
            gemeentecode=self.gemeentecode,
            gemeentenaam=self.gemeentenaam,
            huisletter=self.huisletter,
            toevoeging=self.toevoeging,
        )

    def als_tekst(self) -> str:
        """The address on one line: `Straat 1A-2, 1234 AB Woonplaats`."""
        nummer = f"{self.huisnummer}{self.huisletter or ''}"
        if self.toevoeging:
            nummer = f"{nummer}-{self.toevoeging}"
        postcode = f"{self.postcode[:4]} {self.postcode[4:]} " if self.postcode else ""
        return f"{self.straat} {nummer}, {postcode}{self.woonplaats}"


class Adresregister(Protocol):
    """The BAG as the use cases need it."""

    async def zoek(
        self,
        postcode: str,
        huisnummer: int,
        huisletter: str | None = None,
        toevoeging: str | None = None,
    ) -> list[BagAdres]:
        """The current addresses with exactly this postcode, number, letter and addition."""
        ...

    async def raadpleeg(self, nummeraanduiding_identificatie: str) -> BagAdres | None:
        """The current address with this nummeraanduiding, or None when there is none."""
        ...


@dataclass(frozen=True, slots=True)
class _Gemeente:
    code: str
    naam: str
    opgehaald: float


class BagIndividueleBevragingen:
    """`Adresregister` over BAG API Individuele Bevragingen 2.0.0."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        timeout: httpx.Timeout,
        woonplaats_ttl: float = 24 * 3600,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._timeout = timeout
        self._ttl = woonplaats_ttl
        self._clock = clock
        self._gemeenten: dict[str, _Gemeente] = {}

    async def zoek(
        self,
        postcode: str,
        huisnummer: int,
        huisletter: str | None = None,
        toevoeging: str | None = None,
    ) -> list[BagAdres]:
        """Exact-match search; input that no BAG address can have finds nothing, unasked."""
        postcode = postcode.replace(" ", "").upper()
        if (
            not _POSTCODE.fullmatch(postcode)
            or not 1 <= huisnummer <= 99999
            or (huisletter is not None and not _HUISLETTER.fullmatch(huisletter))
            or (toevoeging is not None and not _TOEVOEGING.fullmatch(toevoeging))
        ):
            return []
        params: dict[str, str | int] = {
            "postcode": postcode,
            "huisnummer": huisnummer,
            "exacteMatch": "true",
        }
        if huisletter is not None:
            params["huisletter"] = huisletter
        if toevoeging is not None:
            params["huisnummertoevoeging"] = toevoeging
        adressen: list[wire.AdresIOHal] = []
        for page in range(1, MAX_PAGES + 1):
            params["page"] = page
            body = await self._get("adressen", params)
            collection = cast(wire.AdresIOHalCollection, _object(body, "$"))
            embedded = _object(collection.get("_embedded", {}), "_embedded")
            found = embedded.get("adressen", [])
            if not isinstance(found, list):
                raise _invalid("_embedded.adressen")
            adressen.extend(cast(list[wire.AdresIOHal], found))
            if "next" not in _object(collection.get("_links", {}), "_links"):
                break
        return [await self._adres(raw, f"adressen[{i}]") for i, raw in enumerate(adressen)]

    async def raadpleeg(self, nummeraanduiding_identificatie: str) -> BagAdres | None:
        """GET /adressen/{nummeraanduidingIdentificatie}; 404 means no current address."""
        if not _NUMMERAANDUIDING.fullmatch(nummeraanduiding_identificatie):
            return None
        response = await send(
            REGISTRY,
            self._client.get(
                f"adressen/{nummeraanduiding_identificatie}",
                headers={"Accept": HAL_JSON},
                timeout=self._timeout,
            ),
        )
        if response.status_code == 404:
            return None
        body = decode_json(REGISTRY, response)
        return await self._adres(body, "$")

    async def _adres(self, value: object, pad: str) -> BagAdres:
        raw = cast(wire.AdresIOHal, _object(value, pad))
        woonplaats_id = _tekst(raw.get("woonplaatsIdentificatie"), f"{pad}.woonplaatsIdentificatie")
        if not _WOONPLAATS.fullmatch(woonplaats_id):
            raise _invalid(f"{pad}.woonplaatsIdentificatie")
        huisnummer = raw.get("huisnummer")
        if not isinstance(huisnummer, int) or isinstance(huisnummer, bool):
            raise _invalid(f"{pad}.huisnummer")
        gemeente = await self._gemeente(woonplaats_id)
        return BagAdres(
            nummeraanduiding_identificatie=_tekst(
                raw.get("nummeraanduidingIdentificatie"), f"{pad}.nummeraanduidingIdentificatie"
            ),
            straat=_tekst(raw.get("openbareRuimteNaam"), f"{pad}.openbareRuimteNaam"),
            huisnummer=huisnummer,
            huisletter=_optioneel(raw.get("huisletter"), f"{pad}.huisletter"),
            toevoeging=_optioneel(raw.get("huisnummertoevoeging"), f"{pad}.huisnummertoevoeging"),
            postcode=_optioneel(raw.get("postcode"), f"{pad}.postcode"),
            woonplaats=_tekst(raw.get("woonplaatsNaam"), f"{pad}.woonplaatsNaam"),
            woonplaats_identificatie=woonplaats_id,
            gemeentecode=gemeente.code,
            gemeentenaam=gemeente.naam,
            adresseerbaar_object_identificatie=_optioneel(
                raw.get("adresseerbaarObjectIdentificatie"),
                f"{pad}.adresseerbaarObjectIdentificatie",
            ),
        )

    async def _gemeente(self, woonplaats_id: str) -> _Gemeente:
        cached = self._gemeenten.get(woonplaats_id)
        now = self._clock()
        if cached is not None and now - cached.opgehaald < self._ttl:
            return cached
        body = await self._get(
            f"woonplaatsen/{woonplaats_id}",
            {"expand": "bronhouders"},
            extra_headers={"Accept-Crs": "epsg:28992"},
        )
        hal = cast(wire.WoonplaatsIOHal, _object(body, "$"))
        embedded = _object(hal.get("_embedded"), "_embedded")
        bronhouders = embedded.get("bronhouders")
        if not isinstance(bronhouders, list) or not bronhouders:
            raise _invalid("_embedded.bronhouders")
        current = [
            cast(wire.Bronhouder, _object(b, f"_embedded.bronhouders[{i}]"))
            for i, b in enumerate(bronhouders)
        ]
        # A woonplaats normally lies in one municipality; historic bronhouders carry an end.
        current = [b for b in current if not b.get("eindGeldigheid")] or current
        bronhouder = current[0]
        code = _tekst(bronhouder.get("code"), "_embedded.bronhouders[0].code")
        if not _WOONPLAATS.fullmatch(code):
            raise _invalid("_embedded.bronhouders[0].code")
        gemeente = _Gemeente(
            code, _tekst(bronhouder.get("naam"), "_embedded.bronhouders[0].naam"), now
        )
        self._gemeenten[woonplaats_id] = gemeente
        return gemeente

    async def _get(
        self,
        path: str,
        params: dict[str, str | int],
        *,
        extra_headers: dict[str, str] | None = None,
    ) -> object:
        headers = {"Accept": HAL_JSON, **(extra_headers or {})}
        response = await send(
            REGISTRY,
            self._client.get(path, params=params, headers=headers, timeout=self._timeout),
        )
        return decode_json(REGISTRY, response)


def _invalid(pad: str) -> UpstreamInvalidResponse:
    return UpstreamInvalidResponse(REGISTRY, f"unexpected value at {pad}")


def _object(value: object, pad: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _invalid(pad)
    return cast(dict[str, object], value)


def _tekst(value: object, pad: str) -> str:
    if not isinstance(value, str) or not value:
        raise _invalid(pad)
    return value


def _optioneel(value: object, pad: str) -> str | None:
    if value is None:
        return None
    return _tekst(value, pad)
