"""The location catalogue port and its Utrecht Huwelijksplanner Locaties API (0.0.1) adapter.

`Locatiecatalogus` gives the municipality's wedding locations as `domain.configuratie.Locatie`.
`LocatiesApi` reads `GET /locaties` page by page (API Platform's `?page=N`, until an empty or
short page) and maps each `Locatie` of the API:

* `id` <- `identificatie` (the API's integer `id` when there is none); `naam` <- `naam`;
* `adres` <- the BAG address the `bag` URL points to (its last path segment is the
  nummeraanduiding), read through the `Adresregister` port; without one, `beschrijving`;
* `capaciteit`, `prijs_cents`, `soort` and `slotduur_minuten` are NOT in the Locaties API
  (`producten` holds product references without prices; there is no capacity at all), so they
  come from the municipality's configuration (`Locatievoorwaarden` per identificatie). A
  catalogue location without them is left out, with a warning naming its identificatie.

Failures come out as `adapters.errors.UpstreamError`s with registry "LOCATIES".
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, cast

import httpx

from trouwgraph.adapters.bag import Adresregister
from trouwgraph.adapters.errors import UpstreamInvalidResponse
from trouwgraph.adapters.responses import decode_json, send
from trouwgraph.domain.begrippen import Locatiesoort
from trouwgraph.domain.configuratie import Locatie

__all__ = ["REGISTRY", "Locatiecatalogus", "LocatiesApi", "Locatievoorwaarden"]

logger = logging.getLogger(__name__)

REGISTRY = "LOCATIES"
MAX_PAGES = 20


@dataclass(frozen=True, slots=True)
class Locatievoorwaarden:
    """What the municipality decides about a catalogue location (not in the Locaties API)."""

    capaciteit: int
    prijs_cents: int
    soort: Locatiesoort = Locatiesoort.GEMEENTELIJK
    slotduur_minuten: int | None = None


class Locatiecatalogus(Protocol):
    """The municipality's wedding locations, wherever they are kept."""

    async def locaties(self) -> list[Locatie]:
        """Every location that can be offered."""
        ...


class LocatiesApi:
    """`Locatiecatalogus` over the Utrecht Huwelijksplanner Locaties API."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        timeout: httpx.Timeout,
        voorwaarden: Mapping[str, Locatievoorwaarden],
        adressen: Adresregister | None = None,
    ) -> None:
        self._client = client
        self._timeout = timeout
        self._voorwaarden = dict(voorwaarden)
        self._adressen = adressen

    async def locaties(self) -> list[Locatie]:
        """All pages of GET /locaties, mapped; locations without conditions are skipped."""
        raw: list[dict[str, object]] = []
        page_size: int | None = None
        for page in range(1, MAX_PAGES + 1):
            response = await send(
                REGISTRY,
                self._client.get(
                    "locaties",
                    params={"page": page},
                    headers={"Accept": "application/json"},
                    timeout=self._timeout,
                ),
            )
            body = decode_json(REGISTRY, response)
            if not isinstance(body, list):
                raise _invalid("$")
            raw.extend(_object(item, f"[{len(raw) + i}]") for i, item in enumerate(body))
            page_size = page_size or len(body)
            if not body or len(body) < page_size:
                break
        result: list[Locatie] = []
        for position, item in enumerate(raw):
            locatie = await self._locatie(item, f"[{position}]")
            if locatie is not None:
                result.append(locatie)
        return result

    async def _locatie(self, item: dict[str, object], pad: str) -> Locatie | None:
        identificatie = item.get("identificatie")
        if identificatie is None:
            numeric = item.get("id")
            if not isinstance(numeric, int):
                raise _invalid(f"{pad}.id")
            identificatie = str(numeric)
        identificatie = _tekst(identificatie, f"{pad}.identificatie")
        naam = _tekst(item.get("naam"), f"{pad}.naam")
        voorwaarden = self._voorwaarden.get(identificatie)
        if voorwaarden is None:
            logger.warning("Locaties: no conditions configured for %s; left out", identificatie)
            return None
        return Locatie(
            id=identificatie,
            naam=naam,
            adres=await self._adres(item, pad),
            capaciteit=voorwaarden.capaciteit,
            prijs_cents=voorwaarden.prijs_cents,
            soort=voorwaarden.soort,
            slotduur_minuten=voorwaarden.slotduur_minuten,
        )

    async def _adres(self, item: dict[str, object], pad: str) -> str:
        bag = item.get("bag")
        if self._adressen is not None and bag is not None:
            nummeraanduiding = _tekst(bag, f"{pad}.bag").rstrip("/").rsplit("/", 1)[-1]
            adres = await self._adressen.raadpleeg(nummeraanduiding)
            if adres is not None:
                return adres.als_tekst()
        return _tekst(item.get("beschrijving"), f"{pad}.beschrijving")


def _invalid(pad: str) -> UpstreamInvalidResponse:
    return UpstreamInvalidResponse(REGISTRY, f"unexpected value at {pad}")


def _object(value: object, pad: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise _invalid(pad)
    return cast(dict[str, Any], value)


def _tekst(value: object, pad: str) -> str:
    if not isinstance(value, str) or not value:
        raise _invalid(pad)
    return value
