"""The Locaties API: embedded registry and adapter over HTTP (every exchange checked against
the spec), the mapping onto the domain's Locatie, and the adapter's failure modes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from bag_contract import validate_bag_exchange
from gateway_support import RecordingTransport
from locaties_contract import validate_locaties_exchange
from starlette.applications import Starlette
from starlette.routing import Mount

from trouwgraph.adapters.bag import BagIndividueleBevragingen
from trouwgraph.adapters.errors import (
    UpstreamAuthFailed,
    UpstreamInvalidResponse,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from trouwgraph.adapters.locaties import LocatiesApi, Locatievoorwaarden
from trouwgraph.domain.begrippen import Locatiesoort
from trouwgraph.domain.configuratie import Locatie
from trouwgraph.registries.bag.app import create_bag_registry, load_adressen
from trouwgraph.registries.bag.seed import DEMO_TOML
from trouwgraph.registries.locaties.app import create_locaties_registry, load_locaties
from trouwgraph.registries.locaties.seed import build

TIMEOUT = httpx.Timeout(2.0)
API_KEY = "locaties-test-key"
VOORWAARDEN = {
    "gemeentehuis": Locatievoorwaarden(105, 2500, Locatiesoort.GEMEENTELIJK, 60),
    "schip-de-bounty": Locatievoorwaarden(350, 50000, Locatiesoort.EXTERN, 120),
}


def locaties_transport(
    items: list[dict[str, Any]] | None = None, **options: Any
) -> RecordingTransport:
    app = create_locaties_registry(items or load_locaties(), api_key=API_KEY, **options)
    return RecordingTransport(Starlette(routes=[Mount("/api", app)]), validate_locaties_exchange)


def bag() -> BagIndividueleBevragingen:
    app = create_bag_registry(load_adressen())
    client = httpx.AsyncClient(
        base_url="https://bag.test/v2",
        transport=RecordingTransport(Starlette(routes=[Mount("/v2", app)]), validate_bag_exchange),
        headers={"X-Api-Key": "k"},
    )
    return BagIndividueleBevragingen(client, timeout=TIMEOUT)


def catalogus(
    transport: httpx.AsyncBaseTransport, *, key: str = API_KEY, met_bag: bool = True
) -> LocatiesApi:
    client = httpx.AsyncClient(
        base_url="https://locaties.gemeente.test/api",
        transport=transport,
        headers={"Authorization": key},
    )
    return LocatiesApi(
        client, timeout=TIMEOUT, voorwaarden=VOORWAARDEN, adressen=bag() if met_bag else None
    )


class TestLocatiesApi:
    async def test_maps_configured_locations_with_their_bag_address(self) -> None:
        locaties = await catalogus(locaties_transport()).locaties()

        assert locaties == [
            Locatie(
                id="gemeentehuis",
                naam="Gemeentehuis",
                adres="Demonstratielaan 1, 1234 AB Demodam",
                capaciteit=105,
                prijs_cents=2500,
                soort=Locatiesoort.GEMEENTELIJK,
                slotduur_minuten=60,
            ),
            Locatie(
                id="schip-de-bounty",
                naam="Schip de Bounty",
                adres="Hoofd 1-5, 1620 AA Hoorn",
                capaciteit=350,
                prijs_cents=50000,
                soort=Locatiesoort.EXTERN,
                slotduur_minuten=120,
            ),
        ]

    async def test_without_a_bag_the_description_stands_for_the_address(self) -> None:
        [gemeentehuis, _] = await catalogus(locaties_transport(), met_bag=False).locaties()

        assert gemeentehuis.adres.startswith("Gemeentehuis, Demonstratielaan 1")

    async def test_reads_every_page(self) -> None:
        template = load_locaties()[0]
        items = [
            {**template, "id": n, "identificatie": "gemeentehuis" if n == 5 else f"loc-{n}"}
            for n in range(1, 6)
        ]
        transport = locaties_transport(items, page_size=2)

        locaties = await catalogus(transport, met_bag=False).locaties()

        assert [loc.id for loc in locaties] == ["gemeentehuis"]
        assert [r.url.params["page"] for r in transport.requests] == ["1", "2", "3"]

    async def test_wrong_api_key_is_an_auth_failure(self) -> None:
        with pytest.raises(UpstreamAuthFailed) as raised:
            await catalogus(locaties_transport(), key="wrong").locaties()

        assert raised.value.code == "LOCATIES_AUTH_FAILED"

    def test_committed_data_is_what_the_seed_script_generates(self) -> None:
        import tomllib

        with DEMO_TOML.open("rb") as handle:
            config = tomllib.load(handle)

        assert build(config["proces"]["locaties"], load_adressen())["locaties"] == load_locaties()


def failing(handler: Any) -> LocatiesApi:
    client = httpx.AsyncClient(
        base_url="https://l.test/api", transport=httpx.MockTransport(handler)
    )
    return LocatiesApi(client, timeout=TIMEOUT, voorwaarden=VOORWAARDEN)


class TestFailureModes:
    async def test_5xx_becomes_unavailable(self) -> None:
        body = {"title": "Internal Server Error", "status": 500}
        with pytest.raises(UpstreamUnavailable) as raised:
            await failing(lambda r: httpx.Response(500, json=body)).locaties()
        assert raised.value.code == "LOCATIES_UNAVAILABLE"

    async def test_timeout_becomes_time_out(self) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectTimeout("slow", request=request)

        with pytest.raises(UpstreamTimeout):
            await failing(handler).locaties()

    async def test_html_with_200_becomes_invalid_response(self) -> None:
        html = httpx.Response(200, content=b"<html/>", headers={"content-type": "text/html"})
        with pytest.raises(UpstreamInvalidResponse):
            await failing(lambda r: html).locaties()

    async def test_malformed_json_becomes_invalid_response(self) -> None:
        bad = httpx.Response(200, content=b"[{", headers={"content-type": "application/json"})
        with pytest.raises(UpstreamInvalidResponse):
            await failing(lambda r: bad).locaties()

    async def test_a_location_without_a_name_is_invalid_naming_the_path(self) -> None:
        with pytest.raises(UpstreamInvalidResponse) as raised:
            await failing(lambda r: httpx.Response(200, json=[{"identificatie": "x"}])).locaties()
        assert "[0].naam" in str(raised.value)
