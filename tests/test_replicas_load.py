"""Three replicas on one PostgreSQL (and Redis, when given) under concurrent mixed load: couples
racing for slots on different replicas and retrying with their Idempotency-Key on another, the
notice and its approval from whichever replica the balancer picks, payment webhooks reaching
every replica twice, and the three replicas' outbox workers delivering to one case system.

Outcomes only (no timings; throughput figures: benchmarks/bench_replicas.py): one case per
successful reservation and none more, at most one per slot, each retry answered with the first
result, each zaak registered once with each status once, each notification published once and
each payment applied once."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from gateway_support import Gateway, demo_settings, running_gateway
from proces_support import Klok, verklaring
from store_support import drop_target, new_target

from trouwgraph.registries.app import EmbeddedCredentials
from trouwgraph.server.http.ratelimit import redis_client

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from bench_trouwgraph import eligible_persons

pytestmark = pytest.mark.postgres

REDIS_URL = os.environ.get("TROUWGRAPH_TEST_REDIS_URL")
SLOTS = 4  # two couples race for each slot
MAAND = ("2027-03-01", "2027-03-31")
SHARED = ("zaken", "catalogi", "betalingen")  # one case system and one provider for all
RESULTAAT = (
    "{ __typename ... on HuwelijkGewijzigd { huwelijk { id versie } } ... on Probleem { code } }"
)


@dataclass
class Cluster:
    """The replicas, their clock, and a token per (replica, person): each demo issuer has its
    own keys, so a person's token is made by the replica it goes to, for one subject."""

    replicas: list[Gateway]
    klok: Klok
    tokens: dict[tuple[int, str], str] = field(default_factory=dict)

    async def token(self, replica: int, rol: str, bsn: str | None = None) -> str:
        key = (replica, bsn or rol)
        if key not in self.tokens:
            body: dict[str, Any] = {"rol": rol, "sub": f"load-{bsn or rol}"}
            if bsn is not None:
                body["bsn"] = bsn
            response = await self.replicas[replica].client.post("/demo/token", json=body)
            assert response.status_code == 200, response.text
            self.tokens[key] = str(response.json()["access_token"])
        return self.tokens[key]

    async def post(
        self, replica: int, query: str, token: str, key: str | None = None
    ) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token}"}
        if key is not None:
            headers["Idempotency-Key"] = key
        gateway = self.replicas[replica % len(self.replicas)]
        return await gateway.client.post("/graphql", json={"query": query}, headers=headers)

    async def muteer(self, replica: int, token: str, veld: str, argumenten: str) -> dict[str, Any]:
        query = f"mutation {{ {veld}({argumenten}) {RESULTAAT} }}"
        response = await self.post(replica, query, token, key=uuid.uuid4().hex)
        body = response.json()
        assert "errors" not in body, body
        uitkomst: dict[str, Any] = body["data"][veld]
        assert uitkomst["__typename"] == "HuwelijkGewijzigd", (veld, uitkomst)
        huwelijk: dict[str, Any] = uitkomst["huwelijk"]
        return huwelijk


@pytest.fixture
async def cluster(tmp_path: Path) -> AsyncIterator[Cluster]:
    target = new_target("postgresql", tmp_path)  # skips without a PostgreSQL URL
    prefix = f"trouwgraph-test:{uuid.uuid4().hex[:12]}"
    settings = demo_settings(
        tmp_path,
        database_url=target.url,
        database_schema=target.search_path,
        outbox_interval=0.05,
        redis_url=REDIS_URL,
        redis_key_prefix=prefix,
    )
    klok, credentials = Klok(), EmbeddedCredentials()
    try:
        async with AsyncExitStack() as stack:
            een = await stack.enter_async_context(
                running_gateway(settings, clock=klok, credentials=credentials)
            )
            shared: dict[str, httpx.AsyncBaseTransport] = {n: een.upstream[n] for n in SHARED}
            others = [
                await stack.enter_async_context(
                    running_gateway(
                        settings, clock=klok, transports=shared, credentials=credentials
                    )
                )
                for _ in range(2)
            ]
            yield Cluster([een, *others], klok)
    finally:
        drop_target(target)
        if REDIS_URL:
            client = redis_client(REDIS_URL)
            keys = [key async for key in client.scan_iter(match=f"{prefix}:*")]
            if keys:
                await client.delete(*keys)
            await client.aclose()


async def reserveer(
    cluster: Cluster, replica: int, bsn: str, slot: dict[str, Any]
) -> tuple[httpx.Response, httpx.Response, httpx.Response]:
    """A reservation sent to one replica and at the same moment, as a client retrying after a
    dropped connection, to the next, later to a third, with the same Idempotency-Key."""
    invoer = (
        f'{{soort: HUWELIJK, ceremonietype: "UITGEBREID", start: "{slot["start"]}", '
        f'locatie: {{locatieId: "{slot["locatie"]["id"]}"}}, ambtenaar: {{toegewezen: true}}}}'
    )
    query = f"mutation {{ reserveer(invoer: {invoer}) {RESULTAAT} }}"
    key = f"reserveer-{bsn}"
    tokens = [
        await cluster.token(r % 3, "burger", bsn) for r in (replica, replica + 1, replica + 2)
    ]

    async def send(r: int) -> httpx.Response:
        for _ in range(200):  # 409: the other is still running; a client waits and retries
            response = await cluster.post(replica + r, query, tokens[r], key)
            if response.status_code != 409:
                return response
            await asyncio.sleep(0.02)
        raise AssertionError("the first request never finished")

    first, retry = await asyncio.gather(send(0), send(1))
    later = await cluster.post(replica + 2, query, tokens[2], key)
    return first, retry, later


async def couple(
    cluster: Cluster,
    number: int,
    huwelijk: dict[str, Any],
    bsns: tuple[str, str],
    witnesses: list[str],
) -> None:
    """From reservation to an approved notice, each step on the next replica."""
    een, twee = bsns
    replica = number

    async def stap(rol: str, bsn: str | None, veld: str, extra: str = "") -> None:
        nonlocal huwelijk, replica
        replica = (replica + 1) % 3
        argumenten = f'id: "{huwelijk["id"]}", versie: {huwelijk["versie"]} {extra}'
        token = await cluster.token(replica, rol, bsn)
        huwelijk = await cluster.muteer(replica, token, veld, argumenten)

    await stap("burger", een, "nodigPartnerUit", f'burgerservicenummer: "{twee}"')
    await stap("burger", twee, "stemIn")
    for getuige in witnesses:
        await stap(
            "burger", een, "voegGetuigeToe", f'getuige: {{burgerservicenummer: "{getuige}"}}'
        )
    await stap("burger", een, "legVerklaringAf", verklaring())
    await stap("burger", twee, "legVerklaringAf", verklaring())
    await stap("burger", een, "doeMelding")
    await stap("medewerker", None, "beoordeelMelding", "goedgekeurd: true")


async def betaal(cluster: Cluster, number: int, case_id: str, bsn: str) -> str:
    """Start the payment, pay at the provider, and let its webhook reach every replica twice
    at once; the payment id."""
    r = number % 3
    token = await cluster.token(r, "burger", bsn)
    gelezen = await cluster.post(r, f'{{ huwelijk(id: "{case_id}") {{ versie }} }}', token)
    versie = gelezen.json()["data"]["huwelijk"]["versie"]
    gestart = await cluster.post(
        r,
        f'mutation {{ startBetaling(id: "{case_id}", versie: {versie}) '
        "{ ... on BetalingGestart { checkoutUrl } } }",
        token,
        key=f"betaal-{case_id}",
    )
    checkout = gestart.json()["data"]["startBetaling"]["checkoutUrl"]
    paid = await cluster.replicas[0].client.post(
        "/registries/" + checkout.split("/registries/", 1)[1], data={"status": "paid"}
    )
    assert paid.status_code == 303
    betaling_id = str(checkout.rsplit("/", 1)[1])
    answers = await asyncio.gather(
        *(
            g.client.post("/betalingen/webhook", data={"id": betaling_id})
            for g in cluster.replicas * 2
        )
    )
    assert [a.status_code for a in answers] == [200] * 6
    return betaling_id


async def delivered(cluster: Cluster, case_ids: list[str]) -> None:
    """Wait until no outbox message of these cases is left (the workers run every 50 ms)."""
    for ronde in range(600):
        r = ronde % 3
        staff = await cluster.token(r, "medewerker")
        open_ = 0
        for case_id in case_ids:
            result = await cluster.post(
                r, f'{{ huwelijk(id: "{case_id}") {{ zaakregistratie {{ openstaand }} }} }}', staff
            )
            stand = result.json()["data"]["huwelijk"]["zaakregistratie"]
            open_ += 1 if stand is None else stand["openstaand"]
        if open_ == 0:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the outbox did not deliver")


async def free_slots(cluster: Cluster, staff: str) -> list[dict[str, Any]]:
    """The first free slot of each of the first SLOTS free days (one ceremony a day)."""
    dagen = await cluster.post(
        0,
        f'{{ beschikbaarheid(van: "{MAAND[0]}", tot: "{MAAND[1]}", ceremonietype: "UITGEBREID")'
        " { datum } }",
        staff,
    )
    slots = []
    for dag in dagen.json()["data"]["beschikbaarheid"][:SLOTS]:
        per_dag = await cluster.post(
            0,
            f'{{ tijdsloten(datum: "{dag["datum"]}", ceremonietype: "UITGEBREID") '
            "{ start locatie { id } } }",
            staff,
        )
        slots.append(per_dag.json()["data"]["tijdsloten"][0])
    assert len(slots) == SLOTS
    return slots


async def test_three_replicas_under_mixed_load_apply_each_effect_exactly_once(
    cluster: Cluster,
) -> None:
    staff = await cluster.token(0, "medewerker")
    slots = await free_slots(cluster, staff)
    persons = eligible_persons()
    witnesses, reservers, partners = (
        persons[:2],
        persons[2 : 2 + 2 * SLOTS],
        persons[2 + 2 * SLOTS :],
    )

    # Two couples per slot, each on its own replica, each retried on another.
    races = await asyncio.gather(
        *(reserveer(cluster, i, bsn, slots[i % SLOTS]) for i, bsn in enumerate(reservers))
    )
    won: dict[int, str] = {}  # reserver index -> case id
    made: dict[int, dict[str, Any]] = {}
    for i, (first, retry, later) in enumerate(races):
        assert first.status_code == 200, first.text
        assert retry.content == later.content == first.content  # the first answer, replayed
        assert later.headers["idempotent-replayed"] == "true"
        uitkomst = first.json()["data"]["reserveer"]
        if uitkomst["__typename"] == "HuwelijkGewijzigd":
            won[i], made[i] = uitkomst["huwelijk"]["id"], uitkomst["huwelijk"]
        else:
            assert uitkomst["code"], uitkomst
    per_slot = Counter(i % SLOTS for i in won)
    assert per_slot == dict.fromkeys(range(SLOTS), 1), races  # one case per slot, none lost

    # The winners' couples give notice and get it approved, all at once, replica by replica.
    winners = sorted(won)
    await asyncio.gather(
        *(
            couple(cluster, n, made[i], (reservers[i], partners[2 * n]), witnesses)
            for n, i in enumerate(winners)
        )
    )
    betalingen = await asyncio.gather(
        *(betaal(cluster, n, won[i], reservers[i]) for n, i in enumerate(winners))
    )
    await delivered(cluster, [won[i] for i in winners])

    # The store holds exactly the cases that were answered as made, once each.
    lijst = await cluster.post(
        1,
        "{ huwelijken(first: 100) { totalCount edges { node { id } } } }",
        await cluster.token(1, "medewerker"),
    )
    pagina = lijst.json()["data"]["huwelijken"]
    assert sorted(e["node"]["id"] for e in pagina["edges"]) == sorted(won.values())
    for i, bsn in enumerate(reservers):
        mijn = await cluster.post(
            2, "{ mijnHuwelijken { id } }", await cluster.token(2, "burger", bsn)
        )
        assert [z["id"] for z in mijn.json()["data"]["mijnHuwelijken"]] == (
            [won[i]] if i in won else []
        )

    # One case system: each zaak registered once, each status set once.
    zaken = cluster.replicas[0].upstream["zaken"]
    posted = [(r.url.path, r) for r in zaken.requests if r.method == "POST"]
    registraties = Counter(
        json.loads(r.content)["identificatie"] for p, r in posted if p.endswith("/zaken")
    )
    assert len(registraties) == len(won) and set(registraties.values()) == {1}, registraties
    statussen = Counter(
        (
            json.loads(r.content)["zaak"],
            json.loads(r.content)["statustype"],
        )
        for p, r in posted
        if p.endswith("/statussen")
    )
    assert statussen and set(statussen.values()) == {1}, statussen

    # Each delivered change published once, by whichever replica delivered it.
    published = Counter(
        (body["resource"], body["resourceUrl"], body["actie"])
        for g in cluster.replicas
        for r in g.upstream["notificaties"].requests
        if r.method == "POST" and r.url.path.endswith("/notificaties/notificaties")
        for body in [json.loads(r.content)]
    )
    assert set(published.values()) == {1}, published
    assert len(published) == len(registraties) + len(statussen)

    # Each payment applied once: one entry at the start, one for the webhook's "paid".
    for n, i in enumerate(winners):
        velden = "betaling { status referentie } historie { gebeurtenis }"
        gelezen = await cluster.post(
            n % 3,
            f'{{ huwelijk(id: "{won[i]}") {{ {velden} }} }}',
            await cluster.token(n % 3, "medewerker"),
        )
        case = gelezen.json()["data"]["huwelijk"]
        assert case["betaling"] == {"status": "BETAALD", "referentie": betalingen[n]}
        assert [h["gebeurtenis"] for h in case["historie"]].count("REGISTREER_BETALING") == 2
