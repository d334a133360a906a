"""trouwgraph as the benchmark runs it: `trouwgraph serve` in production mode, a local issuer.

The issuer is a P-256 key made per run: its JWKS is served by the benchmark's upstream process
(GET /jwks.json) and the benchmark signs its own tokens. The municipality file is the demo's
Demodam with `[registers.brp]` pointed at the benchmark's BRP upstream (a remote BRP); its
other registries stay the ones `serve` embeds. Cases for the case page and the staff list are
made through the GraphQL API, as staff and the couples would.
"""

from __future__ import annotations

import json
import re
import secrets
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from bench_processes import Started
from joserfc import jwt
from joserfc.jwk import ECKey
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from trouwgraph.store.database import create_engine, migrate

ROOT = Path(__file__).resolve().parent.parent
DEMODAM = ROOT / "examples" / "gemeenten" / "9999-demodam.toml"
PERSONEN = ROOT / "registries" / "brp" / "data" / "personen.json"
ISSUER = "https://issuer.benchmark.invalid"
GEMEENTE = "9999"


@dataclass
class Issuer:
    """The benchmark's identity provider: one key, tokens valid for three hours."""

    key: ECKey

    @classmethod
    def make(cls, folder: Path) -> tuple[Issuer, Path]:
        """A fresh key and the path of its public JWKS file."""
        key = ECKey.generate_key("P-256", parameters={"kid": "bench-1", "use": "sig"})
        jwks = folder / "jwks.json"
        jwks.write_text(json.dumps({"keys": [key.as_dict(private=False)]}))
        return cls(key), jwks

    def token(self, rol: str, bsn: str | None = None) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "aud": "trouwgraph",
            "sub": bsn or "medewerker-1",
            "iat": now,
            "exp": now + 3 * 3600,
            "rol": rol,
        }
        if bsn is not None:
            claims["bsn"] = bsn
        if rol == "medewerker":
            claims["gemeente"] = GEMEENTE
        return jwt.encode({"alg": "ES256", "kid": self.key.kid}, claims, self.key)


def gemeente_file(folder: Path, upstream: str) -> Path:
    """Demodam with its BRP at `upstream`."""
    text = DEMODAM.read_text(encoding="utf-8")
    text, replaced = re.subn(
        r'\[registers\.brp\]\nurl = "embedded"', f'[registers.brp]\nurl = "{upstream}"', text
    )
    assert replaced == 1, "the demo municipality file changed: adapt the benchmark"
    path = folder / "9999-demodam-bench.toml"
    path.write_text(text, encoding="utf-8")
    return path


def start(
    folder: Path,
    port: int,
    workers: int,
    upstream: str,
    database: tuple[str, str | None],
    log: Path,
    root: Path = ROOT,
) -> Started:
    """`trouwgraph serve` on 127.0.0.1:`port` with `workers` uvicorn workers; `database` is
    the store's URL and, for PostgreSQL, the schema; `root` the checkout whose code runs."""
    database_url, schema = database
    env = {
        "TROUWGRAPH_PRODUCTION": "true",
        "TROUWGRAPH_OIDC_ISSUER": ISSUER,
        "TROUWGRAPH_OIDC_JWKS_URL": f"{upstream}/jwks.json",
        "TROUWGRAPH_DATABASE_URL": database_url,
        "TROUWGRAPH_GEMEENTE_CONFIG": str(gemeente_file(folder, upstream)),
        "TROUWGRAPH_RATE_LIMIT_PER_ADDRESS": "1000000",
        "TROUWGRAPH_RATE_LIMIT_PER_USER": "1000000",
        "TROUWGRAPH_LOGBOEK_EXPORTER": "file",
        "TROUWGRAPH_LOGBOEK_FILE": str(folder / "logboek.jsonl"),
        "TROUWGRAPH_LOGBOEK_SLEUTEL": secrets.token_urlsafe(32),
        "TROUWGRAPH_PUBLIC_URL": f"http://127.0.0.1:{port}",
        "TROUWGRAPH_LOG_LEVEL": "WARNING",
        # The BRP is remote (the benchmark's upstream); the other registries stay embedded.
        "TROUWGRAPH_ALLOW_EMBEDDED_REGISTRIES": "true",
        "PYTHONPATH": str(root),  # this checkout's code, whatever the virtualenv installed
    }
    if schema is not None:
        env["TROUWGRAPH_DATABASE_SCHEMA"] = schema
    command = [sys.executable, "-m", "trouwgraph", "serve", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--workers", str(workers)]
    return Started("trouwgraph", command, log, cwd=folder, env=env)


async def fresh_schema(url: str, name: str) -> str:
    """Drop, create and migrate the PostgreSQL schema `name` (the benchmark's own); its name.

    Migrated here, once: several `serve` workers starting on an empty schema race each other
    to create the tables, and uvicorn stops them all when one fails.
    """
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
            await connection.execute(text(f'CREATE SCHEMA "{name}"'))
    finally:
        await engine.dispose()
    store = create_engine(url, search_path=name)
    try:
        await migrate(store)
    finally:
        await store.dispose()
    return name


def eligible_persons() -> list[str]:
    """Adults in the embedded BRP who are alive, unmarried and free to marry."""
    personen = json.loads(PERSONEN.read_text(encoding="utf-8"))["personen"]
    blocking = ("overlijden", "partners", "indicatieCurateleRegister", "opschortingBijhouding")
    found = []
    for p in personen:
        geboren = p.get("geboorte", {}).get("datum", {}).get("datum")
        if any(p.get(k) for k in blocking) or p.get("geheimhoudingPersoonsgegevens"):
            continue
        if geboren and geboren < "2000-01-01":
            found.append(p["burgerservicenummer"])
    return list(dict.fromkeys(found))  # the data lists one person twice


GraphQL = Callable[[str, str], Awaitable[dict[str, Any]]]
"""Sends (token, document) to trouwgraph; the answer's `data`, failing on any error."""
Tokens = Callable[[str, str | None], Awaitable[str]]
"""A token for (rol, bsn)."""

_RESULTAAT = (
    "{ __typename ... on HuwelijkGewijzigd { huwelijk { id versie } } "
    "... on Probleem { code melding } }"
)


async def seed_cases(graphql: GraphQL, token: Tokens, count: int, van: str, tot: str) -> list[str]:
    """`count` reserved cases between `van` and `tot`, both partners consenting and four
    witnesses named, made through the API by staff and the couples; their ids."""
    staff = await token("medewerker", None)
    query = f'{{ beschikbaarheid(van: "{van}", tot: "{tot}", ceremonietype: "UITGEBREID") '
    days = (await graphql(staff, query + "{ datum } }"))["beschikbaarheid"]
    slots: list[dict[str, Any]] = []
    for day in days:  # the free days, then each day's slots, until there are enough
        if len(slots) >= 4 * count:
            break
        per_day = f'{{ tijdsloten(datum: "{day["datum"]}", ceremonietype: "UITGEBREID") '
        slots += (await graphql(staff, per_day + "{ start locatie { id } } }"))["tijdsloten"]
    persons = eligible_persons()
    witnesses, couples = persons[:4], persons[4:]
    ids: list[str] = []
    for slot in slots:
        if len(ids) == count:
            break
        een, twee = couples[2 * len(ids)], couples[2 * len(ids) + 1]
        invoer = (
            f'{{soort: HUWELIJK, ceremonietype: "UITGEBREID", start: "{slot["start"]}", '
            f'locatie: {{locatieId: "{slot["locatie"]["id"]}"}}, ambtenaar: {{toegewezen: true}},'
            f' partner1: "{een}"}}'
        )
        reserved = await graphql(staff, f"mutation {{ reserveer(invoer: {invoer}) {_RESULTAAT} }}")
        if reserved["reserveer"]["__typename"] == "SlotBezet":
            continue  # an earlier case's ceremony still runs then
        case = _changed(reserved, "reserveer")
        eerste, tweede = await token("burger", een), await token("burger", twee)
        steps = [(eerste, "nodigPartnerUit", f'burgerservicenummer: "{twee}"')]
        steps.append((tweede, "stemIn", ""))
        for getuige in witnesses:
            steps.append(
                (eerste, "voegGetuigeToe", f'getuige: {{burgerservicenummer: "{getuige}"}}')
            )
        for actor, veld, extra in steps:
            arguments = f'id: "{case["id"]}", versie: {case["versie"]} {extra}'
            case = _changed(
                await graphql(actor, f"mutation {{ {veld}({arguments}) {_RESULTAAT} }}"), veld
            )
        ids.append(case["id"])
    if len(ids) < count:
        raise RuntimeError(f"only {len(ids)} free slots to seed cases in")
    return ids


def _changed(data: dict[str, Any], veld: str) -> dict[str, Any]:
    result = data[veld]
    if result["__typename"] != "HuwelijkGewijzigd":
        raise RuntimeError(f"seeding {veld} failed: {result}")
    huwelijk: dict[str, Any] = result["huwelijk"]
    return huwelijk


async def seed_over_http(url: str, issuer: Issuer, count: int, van: str, tot: str) -> list[str]:
    """`seed_cases` against a running trouwgraph at `url`."""
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:

        async def graphql(token: str, query: str) -> dict[str, Any]:
            headers = {"Authorization": f"Bearer {token}"}
            response = await client.post("/graphql", json={"query": query}, headers=headers)
            body: dict[str, Any] = response.json()
            if response.status_code != 200 or "errors" in body:
                raise RuntimeError(f"seeding failed: {response.status_code} {body}")
            data: dict[str, Any] = body["data"]
            return data

        async def token(rol: str, bsn: str | None) -> str:
            return issuer.token(rol, bsn)

        return await seed_cases(graphql, token, count, van, tot)
