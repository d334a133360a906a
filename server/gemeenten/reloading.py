"""The municipalities a deployment serves right now, and their reload.

`herlaad` reads the configuration again (on SIGHUP, or called directly). A set that does not
load or start whole is refused and the old one keeps serving. Otherwise the new set replaces
the old at once: requests that started before keep the runtime they started with, and each old
runtime is closed when its last request has finished.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from trouwgraph.registries.app import RegistriesPerGemeente
from trouwgraph.server.gemeenten.config import Gemeente
from trouwgraph.server.gemeenten.config_files import load_gemeenten
from trouwgraph.server.gemeenten.errors import ConfigError
from trouwgraph.server.gemeenten.runtime import Gedeeld, Gemeentedienst, start_gemeentedienst

__all__ = ["Gemeenteregister"]

logger = logging.getLogger(__name__)


class Gemeenteregister:
    """The started municipalities, by gemeentecode and by host name."""

    def __init__(
        self,
        pad: Path,
        registries: RegistriesPerGemeente,
        *,
        sluit_uiterlijk: float = 60.0,
    ) -> None:
        self._pad = pad
        self._registries = registries
        self._sluit_uiterlijk = sluit_uiterlijk
        self._gedeeld: Gedeeld | None = None
        self._diensten: dict[str, Gemeentedienst] = {}
        self._hosts: dict[str, Gemeentedienst] = {}
        self._wissel = asyncio.Lock()
        self._sluitend: set[asyncio.Task[None]] = set()

    @property
    def diensten(self) -> Mapping[str, Gemeentedienst]:
        """The runtimes serving now, by gemeentecode."""
        return self._diensten

    def voor_code(self, gemeentecode: str) -> Gemeentedienst | None:
        """The runtime of `gemeentecode`, if served."""
        return self._diensten.get(gemeentecode)

    def voor_host(self, host: str) -> Gemeentedienst | None:
        """The runtime whose `hosts` name `host` (lower case, without port)."""
        return self._hosts.get(host)

    def enige(self) -> Gemeentedienst | None:
        """The runtime when exactly one municipality is served."""
        if len(self._diensten) != 1:
            return None
        return next(iter(self._diensten.values()))

    async def start(self, gemeenten: tuple[Gemeente, ...], gedeeld: Gedeeld) -> None:
        """Start serving `gemeenten` (read before, so a bad file fails the start itself)."""
        self._gedeeld = gedeeld
        self._zet(await self._start_alle(gemeenten, gedeeld))

    async def herlaad(self) -> bool:
        """Read the configuration again and switch to it; False (and the old set serving)
        when it does not load or start."""
        gedeeld = self._gedeeld
        if gedeeld is None:
            raise RuntimeError("the register has not started")
        async with self._wissel:
            try:
                gemeenten = await asyncio.to_thread(load_gemeenten, self._pad)
                nieuw = await self._start_alle(gemeenten, gedeeld)
            except ConfigError as error:
                logger.error("configuration refused, the previous one stays: %s", error)
                return False
            except Exception:
                logger.exception("configuration not started, the previous one stays")
                return False
            oud = self._zet(nieuw)
            for dienst in oud:
                taak = asyncio.create_task(dienst.sluit(uiterlijk=self._sluit_uiterlijk))
                self._sluitend.add(taak)
                taak.add_done_callback(self._sluitend.discard)
        logger.info("configuration reloaded: %s", ", ".join(sorted(self._diensten)))
        return True

    async def bezorg(self, now: datetime) -> int:
        """One outbox run for every municipality served; how many messages were delivered."""
        afgeleverd = 0
        for dienst in list(self._diensten.values()):
            async with dienst.in_gebruik():
                afgeleverd += await dienst.bezorger.bezorg(now)
        return afgeleverd

    async def aclose(self) -> None:
        """Close every runtime (at shutdown, after the server stopped taking requests)."""
        for dienst in self._zet({}):
            await dienst.sluit(uiterlijk=self._sluit_uiterlijk)
        if self._sluitend:
            await asyncio.gather(*self._sluitend, return_exceptions=True)

    async def _start_alle(
        self, gemeenten: tuple[Gemeente, ...], gedeeld: Gedeeld
    ) -> dict[str, Gemeentedienst]:
        # First the embedded registries: a runtime may call them while it starts.
        for gemeente in gemeenten:
            self._registries.voeg_toe(gemeente.gemeentecode, gemeente.procesconfiguratie)
        gestart: dict[str, Gemeentedienst] = {}
        try:
            for gemeente in gemeenten:
                gestart[gemeente.gemeentecode] = await start_gemeentedienst(
                    gemeente, gedeeld, meerdere=len(gemeenten) > 1
                )
        except BaseException:
            for dienst in gestart.values():
                await dienst.sluit(uiterlijk=0)
            raise
        return gestart

    def _zet(self, diensten: dict[str, Gemeentedienst]) -> list[Gemeentedienst]:
        oud = list(self._diensten.values())
        self._diensten = diensten
        self._hosts = {host: d for d in diensten.values() for host in d.gemeente.hosts}
        return oud
