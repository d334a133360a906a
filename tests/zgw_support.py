"""The embedded ZGW registries behind a recording, contract-checking transport, and the adapter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import httpx
from zgw_contract import validate_zgw_exchange

from trouwgraph.adapters.zgw import Betrokkene, ZaakMelding, ZgwInstellingen, ZgwZaakregistratie
from trouwgraph.adapters.zgw_auth import ZgwJwtAuth
from trouwgraph.adapters.zgw_http import ZgwHttp
from trouwgraph.registries.zgw.app import create_zgw_registry
from trouwgraph.registries.zgw.catalogus import CATALOGUS_UUID

CLIENT_ID = "trouwgraph-test"
SECRET = "a-test-secret-that-is-long-enough-for-hs256"
BRONORGANISATIE = "002220647"
BASE = "http://zgw.test"
ZAKEN_ROOT = f"{BASE}/zaken/api/v1/"
CATALOGI_ROOT = f"{BASE}/catalogi/api/v1/"
CATALOGUS_URL = f"{CATALOGI_ROOT}catalogussen/{CATALOGUS_UUID}"
BSN_1 = "999993653"
BSN_2 = "999992570"

Fault = Callable[[httpx.Request], httpx.Response | None]


@dataclass
class ZgwTransport(httpx.AsyncBaseTransport):
    """Routes to the registry app; `fault` may answer instead; every real exchange is checked."""

    app: object
    fault: Fault | None = None
    exchanges: list[tuple[httpx.Request, httpx.Response]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._inner = httpx.ASGITransport(app=self.app)  # type: ignore[arg-type]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.fault is not None:
            answer = self.fault(request)
            if answer is not None:
                return answer
        response = await self._inner.handle_async_request(request)
        await response.aread()
        validate_zgw_exchange(request, response)
        self.exchanges.append((request, response))
        return response

    def calls(self, method: str, fragment: str) -> int:
        """How many exchanges had `method` and `fragment` in the path."""
        return sum(1 for r, _ in self.exchanges if r.method == method and fragment in r.url.path)


def registry(page_size: int = 2) -> object:
    """A fresh registry app (small pages, so pagination is exercised)."""
    return create_zgw_registry(clients={CLIENT_ID: SECRET}, page_size=page_size)


def clients(transport: httpx.AsyncBaseTransport) -> tuple[httpx.AsyncClient, httpx.AsyncClient]:
    """Zaken and Catalogi clients with ZGW JWT auth over `transport`."""
    auth = ZgwJwtAuth(CLIENT_ID, SECRET)
    return (
        httpx.AsyncClient(base_url=ZAKEN_ROOT, transport=transport, auth=auth),
        httpx.AsyncClient(base_url=CATALOGI_ROOT, transport=transport, auth=auth),
    )


def adapter(zaken: httpx.AsyncClient, catalogi: httpx.AsyncClient) -> ZgwZaakregistratie:
    """The adapter configured for the melding zaaktype."""
    return ZgwZaakregistratie(
        ZgwHttp("ZAKEN", zaken, timeout=httpx.Timeout(2.0)),
        ZgwHttp("CATALOGI", catalogi, timeout=httpx.Timeout(2.0)),
        ZgwInstellingen(
            catalogus_url=CATALOGUS_URL,
            zaaktype_identificatie="Melding_voorgenomen_huwelijk_behandelen",
            bronorganisatie=BRONORGANISATIE,
            verantwoordelijke_organisatie=BRONORGANISATIE,
        ),
    )


def melding(identificatie: str = "HUW-zaak-1") -> ZaakMelding:
    """A melding for two partners with date, location and ceremony type."""
    return ZaakMelding(
        identificatie=identificatie,
        startdatum=date(2026, 3, 1),
        omschrijving="Melding voorgenomen huwelijk",
        partners=(
            Betrokkene(BSN_1, "initiator", "Partner 1"),
            Betrokkene(BSN_2, "mede_initiator", "Partner 2"),
        ),
        eigenschappen=(
            ("huwelijksdatum", "20260601143000"),
            ("huwelijkslocatie", "Stadhuis"),
            ("soortCeremonie", "STANDAARD"),
        ),
    )
