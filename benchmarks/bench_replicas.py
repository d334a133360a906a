"""Contended reservations through 1, 2 and 3 replicas on one PostgreSQL and Redis.

    TROUWGRAPH_BENCH_POSTGRES_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/test \\
    TROUWGRAPH_BENCH_REDIS_URL=redis://127.0.0.1:6379/0 \\
    .venv/bin/python benchmarks/bench_replicas.py [--replicas 1 2 3] [--slots 40] [--concurrency 16]

Each replica is a `trouwgraph demo` process of its own (uvicorn, one worker) on 127.0.0.1,
all on one fresh PostgreSQL schema per round and one Redis (rate limits, APQ) under a key
prefix of the round. Two citizens want each of `--slots` slots (one a day); every reservation
carries an Idempotency-Key and goes to the next replica in turn, `--concurrency` at a time. It
prints reservations per second, p50/p99 latency, and the outcome the tests assert
(tests/test_replicas_load.py): one case per slot, none lost, none twice. On a machine with
fewer cores than replicas the figure shows the coordination cost (row locks, idempotency keys,
Redis), not the scaling: read it against the one-replica row.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
from bench_processes import Started, free_port
from bench_trouwgraph import eligible_persons, fresh_schema
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

ROOT = Path(__file__).resolve().parent.parent
RESULTAAT = "{ __typename ... on HuwelijkGewijzigd { huwelijk { id } } ... on Probleem { code } }"


def start_replica(
    folder: Path, database: str, schema: str, redis: str, prefix: str
) -> tuple[Started, str]:
    """A `trouwgraph demo` process on a free port, once ready; it and its base URL."""
    port = free_port()
    env = {
        "TROUWGRAPH_DATABASE_SCHEMA": schema,
        "TROUWGRAPH_REDIS_URL": redis,
        "TROUWGRAPH_REDIS_KEY_PREFIX": prefix,
        "TROUWGRAPH_RATE_LIMIT_PER_ADDRESS": "1000000",
        "TROUWGRAPH_RATE_LIMIT_PER_USER": "1000000",
        "TROUWGRAPH_RATE_LIMIT_BESCHIKBAARHEID_ANONIEM": "1000000",
        "TROUWGRAPH_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),  # this checkout's code, whatever the virtualenv installed
    }
    state = folder / f"replica-{port}"
    command = [sys.executable, "-m", "trouwgraph", "demo", "--port", str(port)]
    command += ["--state", str(state), "--database-url", database]
    started = Started(f"replica {port}", command, folder / f"replica-{port}.log", env=env)
    try:
        started.wait_http(f"http://127.0.0.1:{port}/readyz")
    except RuntimeError:
        started.stop()
        raise
    return started, f"http://127.0.0.1:{port}"


async def token(client: httpx.AsyncClient, url: str, rol: str, bsn: str | None = None) -> str:
    body: dict[str, Any] = {"rol": rol, "sub": f"bench-{bsn or rol}"}
    if bsn:
        body["bsn"] = bsn
    response = await client.post(f"{url}/demo/token", json=body)
    response.raise_for_status()
    return str(response.json()["access_token"])


async def graphql(client: httpx.AsyncClient, url: str, bearer: str, query: str) -> Any:
    response = await client.post(
        f"{url}/graphql", json={"query": query}, headers={"Authorization": f"Bearer {bearer}"}
    )
    response.raise_for_status()
    return response.json()["data"]


async def free_slots(client: httpx.AsyncClient, url: str, staff: str, count: int) -> list[Any]:
    """The first free slot of each free day from two months ahead, `count` of them."""
    slots: list[Any] = []
    van = date.today() + timedelta(days=60)
    while len(slots) < count and van < date.today() + timedelta(days=365):
        tot = van + timedelta(days=30)
        query = (
            f'{{ beschikbaarheid(van: "{van}", tot: "{tot}", ceremonietype: "UITGEBREID") '
            "{ datum } }"
        )
        for dag in (await graphql(client, url, staff, query))["beschikbaarheid"]:
            if len(slots) == count:
                break
            per_dag = (
                f'{{ tijdsloten(datum: "{dag["datum"]}", ceremonietype: "UITGEBREID") '
                "{ start locatie { id } } }"
            )
            slots.append((await graphql(client, url, staff, per_dag))["tijdsloten"][0])
        van = tot + timedelta(days=1)
    if len(slots) < count:
        raise RuntimeError(f"only {len(slots)} free days to reserve in")
    return slots


async def round_(urls: list[str], slots_wanted: int, concurrency: int) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=30.0) as client:
        staff = await token(client, urls[0], "medewerker")
        slots = await free_slots(client, urls[0], staff, slots_wanted)
        reservers = eligible_persons()[: 2 * slots_wanted]
        if len(reservers) < 2 * slots_wanted:
            raise RuntimeError("not enough eligible persons in the embedded BRP")
        jobs = []
        for i, bsn in enumerate(reservers):
            url = urls[i % len(urls)]
            slot = slots[i % slots_wanted]
            invoer = (
                f'{{soort: HUWELIJK, ceremonietype: "UITGEBREID", start: "{slot["start"]}", '
                f'locatie: {{locatieId: "{slot["locatie"]["id"]}"}}, '
                "ambtenaar: {toegewezen: true}}"
            )
            jobs.append((url, await token(client, url, "burger", bsn), invoer, i % slots_wanted))
        gate = asyncio.Semaphore(concurrency)
        latencies: list[float] = []
        outcomes: list[tuple[int, str]] = []

        async def reserve(url: str, bearer: str, invoer: str, slot: int) -> None:
            async with gate:
                began = time.perf_counter()
                response = await client.post(
                    f"{url}/graphql",
                    json={"query": f"mutation {{ reserveer(invoer: {invoer}) {RESULTAAT} }}"},
                    headers={
                        "Authorization": f"Bearer {bearer}",
                        "Idempotency-Key": uuid.uuid4().hex,
                    },
                )
                latencies.append(time.perf_counter() - began)
                uitkomst = response.json()["data"]["reserveer"]
                outcomes.append((slot, uitkomst.get("huwelijk", {}).get("id", "")))

        began = time.perf_counter()
        await asyncio.gather(*(reserve(*job) for job in jobs))
        elapsed = time.perf_counter() - began
        made = [case for _, case in outcomes if case]
        per_slot = [slot for slot, case in outcomes if case]
        listed = await graphql(
            client,
            urls[-1],
            await token(client, urls[-1], "medewerker"),
            "{ huwelijken(first: 1) { totalCount } }",
        )
    latencies.sort()
    return {
        "replicas": len(urls),
        "reservations": len(jobs),
        "per_second": round(len(jobs) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))] * 1000, 1),
        "cases_made": len(made),
        "cases_stored": listed["huwelijken"]["totalCount"],
        "one_per_slot": sorted(per_slot) == list(range(slots_wanted)),
    }


async def clean_up(database: str, schema: str, redis_url: str, prefix: str) -> None:
    """Drop the round's schema and Redis keys."""
    engine = create_async_engine(database)
    try:
        async with engine.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        await engine.dispose()
    redis = Redis.from_url(redis_url)
    try:
        keys = [key async for key in redis.scan_iter(match=f"{prefix}:*")]
        if keys:
            await redis.delete(*keys)
    finally:
        await redis.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--slots", type=int, default=40)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    database = os.environ.get("TROUWGRAPH_BENCH_POSTGRES_URL")
    redis = os.environ.get("TROUWGRAPH_BENCH_REDIS_URL")
    if not database or not redis:
        raise SystemExit("set TROUWGRAPH_BENCH_POSTGRES_URL and TROUWGRAPH_BENCH_REDIS_URL")
    rows = []
    with tempfile.TemporaryDirectory(prefix="trouwgraph-bench-replicas-") as scratch:
        for count in args.replicas:
            run = uuid.uuid4().hex[:8]
            schema = asyncio.run(fresh_schema(database, f"bench_replicas_{run}"))
            with ExitStack() as stack:
                urls = []
                for _ in range(count):
                    started, url = start_replica(
                        Path(scratch), database, schema, redis, f"bench:{run}"
                    )
                    stack.enter_context(started)
                    urls.append(url)
                rows.append(asyncio.run(round_(urls, args.slots, args.concurrency)))
            asyncio.run(clean_up(database, schema, redis, f"bench:{run}"))
            print(json.dumps(rows[-1]), flush=True)
    print("\n| replicas | reservations | per second | p50 ms | p99 ms | cases | one per slot |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['replicas']} | {row['reservations']} | {row['per_second']} | "
            f"{row['p50_ms']} | {row['p99_ms']} | {row['cases_made']}/{row['cases_stored']} | "
            f"{row['one_per_slot']} |"
        )


if __name__ == "__main__":
    main()
