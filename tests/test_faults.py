"""Faults, on PostgreSQL: the database cut off mid-load by a TCP proxy and back (requests fail
with a stable code meanwhile, the gateway recovers without a restart, nothing is half-written),
and a replica killed mid-mutation (each case is whole or absent)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
from gateway_support import Gateway, demo_settings, running_gateway
from proces_support import ALLEENSTAAND
from sqlalchemy import text
from store_support import StoreTarget, drop_target, new_target

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parent.parent

DATES = [f"2027-03-{day:02d}T14:00:00+01:00" for day in (2, 3, 4, 5, 9, 10, 11, 12, 16, 17)]


class CuttingProxy:
    """A TCP proxy on a loopback port in front of PostgreSQL that can cut every connection."""

    def __init__(self, host: str, port: int) -> None:
        self._upstream = (host, port)
        self._links: set[asyncio.StreamWriter] = set()
        self.open = True
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        port: int = self.server.sockets[0].getsockname()[1]
        return port

    def cut(self) -> None:
        """Drop every connection now and refuse new ones until `restore`."""
        self.open = False
        for writer in list(self._links):
            writer.transport.abort()
        self._links.clear()

    def restore(self) -> None:
        self.open = True

    async def close(self) -> None:
        self.cut()
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self.open:
            writer.transport.abort()
            return
        up_reader, up_writer = await asyncio.open_connection(*self._upstream)
        self._links.update((writer, up_writer))
        await asyncio.gather(
            self._pipe(reader, up_writer), self._pipe(up_reader, writer), return_exceptions=True
        )

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        finally:
            self._links.discard(writer)
            writer.transport.abort()


@pytest.fixture
async def behind_proxy(tmp_path: Path) -> AsyncIterator[tuple[Gateway, CuttingProxy]]:
    target: StoreTarget = new_target("postgresql", tmp_path)
    url = urlsplit(os.environ["TROUWGRAPH_TEST_POSTGRES_URL"])
    proxy = CuttingProxy(url.hostname or "127.0.0.1", url.port or 5432)
    port = await proxy.start()
    netloc = f"{url.username}@127.0.0.1:{port}" if url.username else f"127.0.0.1:{port}"
    via_proxy = urlunsplit(url._replace(netloc=netloc))
    settings = demo_settings(tmp_path, database_url=via_proxy, database_schema=target.search_path)
    try:
        async with running_gateway(settings) as gateway:
            yield gateway, proxy
    finally:
        await proxy.close()
        drop_target(target)


async def reserveer(gateway: Gateway, bsn: str, start: str) -> dict[str, Any]:
    response = await gateway.client.post("/demo/token", json={"rol": "burger", "bsn": bsn})
    invoer = (
        f'{{soort: HUWELIJK, ceremonietype: "UITGEBREID", start: "{start}", '
        'locatie: {locatieId: "gemeentehuis"}, ambtenaar: {toegewezen: true}}'
    )
    response = await gateway.client.post(
        "/graphql",
        json={
            "query": f"mutation {{ reserveer(invoer: {invoer}) {{ __typename "
            "... on HuwelijkGewijzigd { huwelijk { id partners { rol } } } } }"
        },
        headers={"Authorization": f"Bearer {response.json()['access_token']}"},
    )
    result: dict[str, Any] = response.json()
    return result


async def test_the_database_cut_off_mid_load_and_back(
    behind_proxy: tuple[Gateway, CuttingProxy],
) -> None:
    gateway, proxy = behind_proxy
    made: list[str] = []
    codes: list[str] = []

    async def one(index: int) -> None:
        answer = await reserveer(gateway, ALLEENSTAAND[index % 6], DATES[index])
        if answer.get("data") and answer["data"]["reserveer"]["__typename"] == "HuwelijkGewijzigd":
            made.append(answer["data"]["reserveer"]["huwelijk"]["id"])
        else:
            codes.extend(e["extensions"]["code"] for e in answer.get("errors", []))

    first = [asyncio.create_task(one(i)) for i in range(4)]
    await asyncio.sleep(0.05)
    proxy.cut()  # mid-load: some of these run into it
    await asyncio.gather(*first)
    during = await reserveer(gateway, ALLEENSTAAND[4], DATES[4])
    assert "errors" in during, during  # the store is away: a clear error, not a hang
    codes.extend(e["extensions"]["code"] for e in during["errors"])
    ready = await gateway.client.get("/readyz")
    assert ready.status_code == 503 and ready.json()["store"] is False

    proxy.restore()  # back, without restarting the gateway
    for _ in range(50):
        if (await gateway.client.get("/readyz")).status_code == 200:
            break
        await asyncio.sleep(0.1)
    for index in range(5, 8):
        await one(index)
    assert len(made) >= 3, (made, codes)
    # The store's outage has its own stable code; never a hang, never a half answer.
    assert codes and set(codes) == {"OPSLAG_NIET_BESCHIKBAAR"}, codes

    # Nothing half-written: staff see exactly the cases answered as made, each whole.
    token = (await gateway.client.post("/demo/token", json={"rol": "medewerker"})).json()
    lijst = await gateway.graphql(
        "{ huwelijken(first: 50) { edges { node { id partners { rol } } } } }",
        token=token["access_token"],
    )
    assert "errors" not in lijst, lijst
    found = {edge["node"]["id"]: edge["node"] for edge in lijst["data"]["huwelijken"]["edges"]}
    assert set(found) == set(made)
    assert all(len(case["partners"]) == 1 for case in found.values())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


async def test_a_replica_killed_mid_mutation_leaves_each_case_whole_or_absent(
    tmp_path: Path,
) -> None:
    """A real `trouwgraph demo` process on PostgreSQL, killed (SIGKILL) while reservations run:
    every case in the store has its partner, its history and its slot claims, or is not there."""
    target = new_target("postgresql", tmp_path)
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TROUWGRAPH_DATABASE_SCHEMA": target.search_path or "",
        "TROUWGRAPH_RATE_LIMIT_PER_ADDRESS": "100000",
        "TROUWGRAPH_RATE_LIMIT_PER_USER": "100000",
    }
    command = [sys.executable, "-m", "trouwgraph", "demo", "--port", str(port)]
    command += ["--database-url", target.url]
    process = await asyncio.create_subprocess_exec(
        *command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient(base_url=base, timeout=10) as client:
            for _ in range(300):
                with contextlib.suppress(httpx.TransportError):
                    if (await client.get("/healthz")).status_code == 200:
                        break
                await asyncio.sleep(0.1)
            tokens = [
                (await client.post("/demo/token", json={"rol": "burger", "bsn": bsn})).json()[
                    "access_token"
                ]
                for bsn in ALLEENSTAAND
            ]

            async def reserve(index: int) -> int:
                invoer = (
                    f'{{soort: HUWELIJK, ceremonietype: "UITGEBREID", start: "{DATES[index]}", '
                    'locatie: {locatieId: "gemeentehuis"}, ambtenaar: {toegewezen: true}}'
                )
                query = f"mutation {{ reserveer(invoer: {invoer}) {{ __typename }} }}"
                headers = {"Authorization": f"Bearer {tokens[index % len(tokens)]}"}
                response = await client.post("/graphql", json={"query": query}, headers=headers)
                return response.status_code

            load = [asyncio.create_task(reserve(i)) for i in range(len(DATES))]
            done, _ = await asyncio.wait(load, return_when=asyncio.FIRST_COMPLETED)
            process.send_signal(signal.SIGKILL)  # mid-load: the others are in flight
            results = await asyncio.gather(*load, return_exceptions=True)
        assert any(isinstance(r, httpx.TransportError) for r in results) or len(done) < len(load)
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
        await asyncio.wait_for(process.wait(), 30)

    engine = target.engine()
    try:
        async with engine.connect() as connection:
            cases = (await connection.execute(text("SELECT id FROM cases"))).scalars().all()
            for case_id in cases:
                for table in ("case_partners", "case_history", "slot_claims"):
                    count = await connection.scalar(
                        text(f"SELECT count(*) FROM {table} WHERE case_id = :id"),  # noqa: S608
                        {"id": case_id},
                    )
                    assert count, f"case without its {table}: half-written"
            orphans = await connection.scalar(
                text("SELECT count(*) FROM slot_claims WHERE case_id NOT IN (SELECT id FROM cases)")
            )
            assert orphans == 0
        assert len(cases) >= 1  # at least the first answered one is there
    finally:
        await engine.dispose()
        drop_target(target)
