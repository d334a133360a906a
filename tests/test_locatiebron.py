"""A municipality's wedding locations from its Locaties API catalogue ([locaties] bron =
"locaties-api"): read at start and reload, addresses from the BAG, the municipality's own
conditions per location; a catalogue that cannot be read or does not fit fails that start."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from gateway_support import DEMO_CONFIG, demo_settings, running_gateway
from starlette.applications import Starlette
from starlette.routing import Mount

from trouwgraph.registries.locaties.app import create_locaties_registry, load_locaties
from trouwgraph.server.gemeenten.config import load_gemeente
from trouwgraph.server.gemeenten.errors import ConfigError
from trouwgraph.server.gemeenten.reloading import Gemeenteregister

VOORWAARDEN = {
    "gemeentehuis": "capaciteit = 105\nprijs_cents = 2500\nslotduur_minuten = 60",
    "schip-de-bounty": 'capaciteit = 350\nprijs_cents = 50000\nsoort = "EXTERN"',
    "honeymoonsweet": "capaciteit = 6\nprijs_cents = 0\nslotduur_minuten = 30",
    "gemeentehuis-raadzaal": "capaciteit = 200\nprijs_cents = 5000",
    # "librije" is in the catalogue but gets no conditions: it is not offered.
}
LOCATIES = "{ locaties { id naam adres capaciteit prijs { centen } } }"


def catalogus_gemeente(tmp_path: Path, voorwaarden: dict[str, str] = VOORWAARDEN) -> Path:
    """The demo municipality, its locations from the (embedded) Locaties API."""
    tabellen = "".join(
        f"\n[locaties.voorwaarden.{identificatie}]\n{regels}\n"
        for identificatie, regels in voorwaarden.items()
    )
    path = tmp_path / "gemeente-catalogus.toml"
    path.write_text(
        DEMO_CONFIG.read_text(encoding="utf-8")
        + '\n[locaties]\nbron = "locaties-api"\n'
        + tabellen,
        encoding="utf-8",
    )
    return path


async def test_locations_come_from_the_catalogue_with_their_bag_address(tmp_path: Path) -> None:
    settings = demo_settings(tmp_path, gemeente_config=catalogus_gemeente(tmp_path))
    async with running_gateway(settings) as gateway:
        locaties = (await gateway.graphql(LOCATIES))["data"]["locaties"]
        assert sorted(loc["id"] for loc in locaties) == sorted(VOORWAARDEN)
        bounty = next(loc for loc in locaties if loc["id"] == "schip-de-bounty")
        assert bounty["capaciteit"] == 350 and bounty["prijs"]["centen"] == 50000
        assert "Hoorn" in bounty["adres"]  # from the BAG, through the catalogue's bag URL
        paden = {request.url.path for request, _ in gateway.calls("locaties")}
        assert paden == {"/registries/9999/locaties/locaties"}


async def test_a_catalogue_that_does_not_fit_the_process_fails_the_start(tmp_path: Path) -> None:
    zonder = {k: v for k, v in VOORWAARDEN.items() if k != "honeymoonsweet"}
    settings = demo_settings(tmp_path, gemeente_config=catalogus_gemeente(tmp_path, zonder))
    with pytest.raises(ConfigError, match=r"Demodam \(9999\): locaties from the Locaties API"):
        async with running_gateway(settings):
            pass  # pragma: no cover - the start fails


@dataclass
class Storing(httpx.AsyncBaseTransport):
    """The embedded Locaties registry on its own, until `aan`: then 503, as one that is down."""

    aan: bool = False
    registry: httpx.AsyncBaseTransport = field(
        default_factory=lambda: httpx.ASGITransport(
            app=Starlette(
                routes=[
                    Mount("/registries/9999/locaties", create_locaties_registry(load_locaties()))
                ]
            )
        )
    )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.aan:
            return httpx.Response(503, json={"detail": "down"})
        return await self.registry.handle_async_request(request)


async def test_a_reload_while_the_catalogue_is_down_keeps_the_old_locations(
    tmp_path: Path,
) -> None:
    storing = Storing()
    settings = demo_settings(tmp_path, gemeente_config=catalogus_gemeente(tmp_path))
    async with running_gateway(settings, transports={"locaties": storing}) as gateway:
        register: Gemeenteregister = gateway.app.state.gemeenten
        storing.aan = True
        assert not await register.herlaad()
        locaties = (await gateway.graphql(LOCATIES))["data"]["locaties"]
        assert len(locaties) == len(VOORWAARDEN)


class TestConfiguration:
    def test_the_api_needs_conditions(self, tmp_path: Path) -> None:
        path = catalogus_gemeente(tmp_path, {})
        with pytest.raises(ConfigError, match="needs voorwaarden"):
            load_gemeente(path)

    def test_conditions_only_with_the_api(self, tmp_path: Path) -> None:
        path = tmp_path / "g.toml"
        path.write_text(
            'gemeentecode = "0405"\nnaam = "H"\n[locaties.voorwaarden.x]\n'
            "capaciteit = 1\nprijs_cents = 0\n"
        )
        with pytest.raises(ConfigError, match="voorwaarden only with bron = 'locaties-api'"):
            load_gemeente(path)

    def test_refuses_a_negative_price_naming_the_key(self, tmp_path: Path) -> None:
        path = catalogus_gemeente(tmp_path, {"gemeentehuis": "capaciteit = 1\nprijs_cents = -1"})
        with pytest.raises(ConfigError, match=r"locaties\.voorwaarden\.gemeentehuis\.prijs_cents"):
            load_gemeente(path)
