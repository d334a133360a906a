"""Server time of `beschikbaarheid`: a month for every location and BABS of the demo municipality.

    .venv/bin/python benchmarks/beschikbaarheid.py [--requests 50] [--bookings 20]

Runs the demo gateway in this process (its full ASGI stack and lifespan, SQLite in a temporary
folder, no network between client and server, so the figure is the server's own time), books
`--bookings` ceremonies spread over the month, then sends the anonymous month query and the
one-day `tijdsloten` query one at a time and prints their p50/p95 in milliseconds, and the
month query for nine months not searched before (each day's summary is kept between requests,
so those are the first search's figures). It also
prints how long a fixed piece of pure Python takes on this machine now, to read the figures
against the machine's load.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
import timeit
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
from asgi_lifespan import LifespanManager

from trouwgraph.server.app import Overrides, create_app
from trouwgraph.server.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
MAAND = (
    '{ beschikbaarheid(van: "2027-03-01", tot: "2027-03-31", ceremonietype: "UITGEBREID") '
    "{ datum aantalTijdsloten laagstePrijs { centen weergave } } }"
)
DAG = (
    '{ tijdsloten(datum: "2027-03-26", ceremonietype: "UITGEBREID") '
    "{ start eind locatie { id naam } ambtenaren { id naam } prijs { centen } } }"
)
LOCATIES = ["gemeentehuis", "gemeentehuis-raadzaal", "schip-de-bounty", "librije"]


async def boek(client: httpx.AsyncClient, token: str, aantal: int) -> None:
    """`aantal` staff reservations on weekdays of the month, at several locations."""
    dag, geboekt, uur = date(2027, 3, 1), 0, 9
    bsns = iter(("000009842", "000009878", "000009891", "000009933", "000009970", "999990226"))
    while geboekt < aantal:
        if dag.weekday() < 5 and dag != date(2027, 3, 29):
            start = f"{dag.isoformat()}T{uur:02d}:00:00+01:00"
            locatie = LOCATIES[geboekt % len(LOCATIES)]
            bsn = next(bsns, None) or "999990226"
            response = await client.post(
                "/graphql",
                json={
                    "query": "mutation { reserveer(invoer: {soort: HUWELIJK, "
                    f'partner1: "{bsn}", ceremonietype: "UITGEBREID", start: "{start}", '
                    f'locatie: {{locatieId: "{locatie}"}}, ambtenaar: {{toegewezen: true}}}}) '
                    "{ __typename } }"
                },
                headers={"Authorization": f"Bearer {token}"},
            )
            geboekt += response.json()["data"]["reserveer"]["__typename"] == "HuwelijkGewijzigd"
        uur = 9 + (uur - 8) % 7
        dag += timedelta(days=1 if uur == 9 else 0)
        if dag > date(2027, 3, 31):
            break


async def meet(client: httpx.AsyncClient, query: str, aantal: int) -> list[float]:
    tijden = []
    for _ in range(aantal):
        begin = time.perf_counter()
        response = await client.post("/graphql", json={"query": query})
        tijden.append((time.perf_counter() - begin) * 1000)
        body = response.json()
        if "errors" in body:
            raise RuntimeError(body["errors"])
    return sorted(tijden)


async def main(aantal: int, boekingen: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            demo=True,
            gemeente_config=ROOT / "examples" / "demo" / "gemeente.toml",
            database_url=f"sqlite+aiosqlite:///{tmp}/bench.db",
            logboek_exporter="none",
            rate_limit_per_address=1_000_000,
            rate_limit_per_user=1_000_000,
            rate_limit_beschikbaarheid_anoniem=1_000_000,
        )
        app = create_app(settings, Overrides(clock=lambda: NOW))
        async with (
            LifespanManager(app) as manager,
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=manager.app), base_url="http://gateway"
            ) as client,
        ):
            token = (await client.post("/demo/token", json={"rol": "medewerker"})).json()[
                "access_token"
            ]
            await boek(client, token, boekingen)
            calibratie = min(timeit.repeat("sum(range(100000))", number=10, repeat=5)) * 100
            print(f"machine: sum(range(100000)) takes {calibratie:.2f} ms now")
            print(f"{boekingen} ceremonies booked in March 2027; {aantal} sequential requests\n")
            print("| query | p50 ms | p95 ms |")
            print("|---|---|---|")
            for naam, query in (
                ("beschikbaarheid: March 2027, every location and BABS", MAAND),
                ("tijdsloten: one day, every location and BABS", DAG),
            ):
                await meet(client, query, 5)  # warm up
                tijden = await meet(client, query, aantal)
                p95 = statistics.quantiles(tijden, n=20)[18]
                print(f"| {naam} | {statistics.median(tijden):.1f} | {p95:.1f} |")
            # Each month once: no day of it summarised before (the first search after start-up).
            koud = []
            for maand in range(4, 13):
                query = MAAND.replace("2027-03-01", f"2027-{maand:02d}-01")
                koud += await meet(client, query.replace("2027-03-31", f"2027-{maand:02d}-28"), 1)
            koud.sort()
            print(
                f"| beschikbaarheid: a month not searched before (April to December 2027, "
                f"once each) | {statistics.median(koud):.1f} | {koud[-1]:.1f} (max) |"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--bookings", type=int, default=20)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.requests, arguments.bookings))
