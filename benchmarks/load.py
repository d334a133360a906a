"""Load figures for the README: the demo gateway under concurrent GraphQL clients.

    .venv/bin/python benchmarks/load.py [--seconds 10] [--concurrency 20]

Starts `trouwgraph demo` on a free loopback port (one uvicorn worker, SQLite, the embedded BRP
over loopback HTTP), runs each scenario for a fixed time with N concurrent clients, prints
requests per second and latency percentiles as a Markdown table, and stops the server. Every
request stays on 127.0.0.1; the loops are bounded in time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SEVEN = ["999993653", "999993811", "999990019", "999990020", "999990032", "999990044", "999990068"]
SCENARIOS = {
    "persoon (1 person, 3 fields)": (
        '{ persoon(burgerservicenummer: "999993653") { naam { volledigeNaam } leeftijd '
        "partners { soortVerbintenis { code } } } }"
    ),
    "7 persons + their partners (2 batched BRP calls)": "{ "
    + " ".join(
        f'p{i}: persoon(burgerservicenummer: "{bsn}") {{ naam {{ volledigeNaam }} '
        "partners { persoon { naam { volledigeNaam } } } }"
        for i, bsn in enumerate(SEVEN)
    )
    + " }",
    "beschikbaarheid (one month, every location and BABS, per day)": (
        '{ beschikbaarheid(van: "2027-03-01", tot: "2027-03-31", ceremonietype: "UITGEBREID") '
        "{ datum aantalTijdsloten laagstePrijs { centen } } }"
    ),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(base: str) -> None:
    with httpx.Client() as client:
        for _ in range(100):
            try:
                if client.get(f"{base}/readyz").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
    raise RuntimeError("the gateway did not start")


async def run(query: str, base: str, token: str, seconds: float, concurrency: int) -> list[float]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker() -> None:
            while time.perf_counter() < deadline:
                start = time.perf_counter()
                response = await client.post(
                    "/graphql",
                    json={"query": query},
                    headers={"Authorization": f"Bearer {token}"},
                )
                body = response.json()
                if response.status_code != 200 or "errors" in body:
                    raise RuntimeError(f"bad response: {response.status_code} {body}")
                latencies.append(time.perf_counter() - start)

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


async def measure(base: str, seconds: float, concurrency: int) -> None:
    """Each scenario after a warm-up, as a Markdown table."""
    async with httpx.AsyncClient(base_url=base) as client:
        response = await client.post("/demo/token", json={"rol": "medewerker"})
        token = response.json()["access_token"]
    print(f"{concurrency} concurrent clients, {seconds:g} s per scenario\n")
    print("| scenario | requests/s | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---|---|---|")
    for name, query in SCENARIOS.items():
        await run(query, base, token, 1.0, concurrency)  # warm up
        latencies = sorted(await run(query, base, token, seconds, concurrency))
        q = statistics.quantiles(latencies, n=100)
        print(
            f"| {name} | {len(latencies) / seconds:.0f} | {q[49] * 1000:.1f} | "
            f"{q[94] * 1000:.1f} | {q[98] * 1000:.1f} |"
        )


def main(seconds: float, concurrency: int) -> None:
    """Start the demo gateway, measure, stop it."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "TROUWGRAPH_DATABASE_URL": f"sqlite+aiosqlite:///{tmp}/bench.db",
            "TROUWGRAPH_LOG_LEVEL": "WARNING",
            "TROUWGRAPH_LOGBOEK_EXPORTER": "none",
            # One load generator from one address: the rate limits would measure themselves.
            "TROUWGRAPH_RATE_LIMIT_PER_ADDRESS": "10000000",
            "TROUWGRAPH_RATE_LIMIT_PER_USER": "10000000",
        }
        server = subprocess.Popen(  # noqa: S603
            [str(ROOT / ".venv/bin/trouwgraph"), "demo", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_ready(base)
            asyncio.run(measure(base, seconds, concurrency))
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=20)
    arguments = parser.parse_args()
    main(arguments.seconds, arguments.concurrency)
