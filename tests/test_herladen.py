"""Reloading the municipality files while serving: a good change is picked up (on SIGHUP or
when asked), a broken one is refused while the old set keeps serving, and requests in flight
finish on the runtime they started with."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from gateway_support import ROOT, Gateway, demo_settings, running_gateway
from proces_support import ALLEENSTAAND

from trouwgraph.server.gemeenten.reloading import Gemeenteregister

GEMEENTEN = ROOT / "examples" / "gemeenten"
HOORN = "0405"
EXTRAS = "{ extras { code } }"


def kopie(tmp_path: Path) -> Path:
    """The two example municipalities in a directory of their own (the test changes them)."""
    map_ = tmp_path / "gemeenten"
    map_.mkdir()
    for bestand in GEMEENTEN.glob("*.toml"):
        shutil.copyfile(bestand.resolve(), map_ / bestand.name)
    return map_


def hernoem_extra(map_: Path, code: str) -> None:
    """Change Hoorn's only extra's code."""
    bestand = map_ / "0405-hoorn.toml"
    tekst = bestand.read_text(encoding="utf-8")
    bestand.write_text(tekst.replace('code = "TROUWBOEKJE"', f'code = "{code}"'), "utf-8")


def register(gateway: Gateway) -> Gemeenteregister:
    """The gateway's municipality register."""
    gevonden: Gemeenteregister = gateway.app.state.gemeenten
    return gevonden


async def extras(gateway: Gateway) -> list[str]:
    """Hoorn's extras, as a client sees them now."""
    result = await gateway.voor(HOORN).graphql(EXTRAS)
    return [extra["code"] for extra in result["data"]["extras"]]


async def test_a_changed_configuration_is_picked_up(tmp_path: Path) -> None:
    map_ = kopie(tmp_path)
    async with running_gateway(demo_settings(tmp_path, gemeente_config=map_)) as gateway:
        hernoem_extra(map_, "TROUWBOEKJE_DE_LUXE")
        assert await register(gateway).herlaad()
        assert await extras(gateway) == ["TROUWBOEKJE_DE_LUXE"]


async def test_a_broken_configuration_is_refused_and_the_old_one_keeps_serving(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    map_ = kopie(tmp_path)
    async with running_gateway(demo_settings(tmp_path, gemeente_config=map_)) as gateway:
        oud = register(gateway).voor_code(HOORN)
        (map_ / "0405-hoorn.toml").write_text('gemeentecode = "0405"\nnaam = ""\n')
        with caplog.at_level(logging.ERROR, logger="trouwgraph.server.gemeenten.reloading"):
            assert not await register(gateway).herlaad()
        assert "0405-hoorn.toml: naam = ''" in caplog.text
        assert register(gateway).voor_code(HOORN) is oud
        assert await extras(gateway) == ["TROUWBOEKJE"]


async def test_a_set_that_does_not_hold_together_is_refused_whole(tmp_path: Path) -> None:
    map_ = kopie(tmp_path)
    async with running_gateway(demo_settings(tmp_path, gemeente_config=map_)) as gateway:
        hernoem_extra(map_, "NIEUW")
        # A third file with Hoorn's code: the good change to Hoorn is not taken either.
        shutil.copyfile(map_ / "0405-hoorn.toml", map_ / "0405-kopie.toml")
        assert not await register(gateway).herlaad()
        assert await extras(gateway) == ["TROUWBOEKJE"]


async def test_a_municipality_added_is_served_with_registries_of_its_own(tmp_path: Path) -> None:
    map_ = kopie(tmp_path)
    async with running_gateway(demo_settings(tmp_path, gemeente_config=map_)) as gateway:
        tekst = (map_ / "0405-hoorn.toml").read_text(encoding="utf-8")
        nieuw = tekst.replace('gemeentecode = "0405"', 'gemeentecode = "0420"').replace(
            'naam = "Hoorn"', 'naam = "Medemblik"'
        )
        (map_ / "0420-medemblik.toml").write_text(nieuw.replace("trouwen.hoorn", "trouwen.mb"))
        assert await register(gateway).herlaad()
        medemblik = gateway.voor("0420")
        burger = await medemblik.token("burger", ALLEENSTAAND[0])
        ik = await medemblik.graphql("{ ik { burgerservicenummer } }", token=burger)
        assert ik["data"]["ik"]["burgerservicenummer"] == ALLEENSTAAND[0]
        [(brp, _)] = gateway.calls("brp")
        assert brp.url.path == "/registries/0420/brp/personen"


@dataclass
class Vastgehouden(httpx.AsyncBaseTransport):
    """Holds every request until `los` is set; `binnen` is set once one has arrived."""

    inner: httpx.AsyncBaseTransport | None = None
    binnen: asyncio.Event = field(default_factory=asyncio.Event)
    los: asyncio.Event = field(default_factory=asyncio.Event)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.binnen.set()
        await self.los.wait()
        assert self.inner is not None
        return await self.inner.handle_async_request(request)


async def test_a_request_in_flight_finishes_on_the_runtime_it_started_with(
    tmp_path: Path,
) -> None:
    map_ = kopie(tmp_path)
    brp = Vastgehouden()
    settings = demo_settings(tmp_path, gemeente_config=map_)
    async with running_gateway(settings, transports={"brp": brp}) as gateway:
        brp.inner = httpx.ASGITransport(app=gateway.app)
        hoorn = gateway.voor(HOORN)
        staf = await hoorn.token("medewerker", gemeente=HOORN)
        oud = register(gateway).voor_code(HOORN)
        assert oud is not None
        query = f'{{ persoon(burgerservicenummer: "{ALLEENSTAAND[0]}") {{ burgerservicenummer }} }}'
        vraag = asyncio.create_task(hoorn.graphql(query, token=staf))
        await brp.binnen.wait()

        hernoem_extra(map_, "NA_HERLADEN")
        assert await register(gateway).herlaad()
        assert await extras(gateway) == ["NA_HERLADEN"]  # new requests: the new runtime
        assert not oud.gesloten  # ... while the old one still serves the request in flight

        brp.los.set()
        antwoord = await vraag
        assert antwoord["data"]["persoon"]["burgerservicenummer"] == ALLEENSTAAND[0]
        for _ in range(200):
            if oud.gesloten:
                break
            await asyncio.sleep(0.01)
        assert oud.gesloten  # closed once its last request was done


async def test_sighup_reloads(tmp_path: Path) -> None:
    map_ = kopie(tmp_path)
    async with running_gateway(demo_settings(tmp_path, gemeente_config=map_)) as gateway:
        hernoem_extra(map_, "NA_SIGHUP")
        os.kill(os.getpid(), signal.SIGHUP)
        for _ in range(200):
            if await extras(gateway) == ["NA_SIGHUP"]:
                break
            await asyncio.sleep(0.01)
        assert await extras(gateway) == ["NA_SIGHUP"]
