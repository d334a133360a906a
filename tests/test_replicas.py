"""Several replicas on one store (SQLite, and PostgreSQL when given): each outbox message is
delivered once and in order while three replicas' workers claim at the same time, two replicas
racing for one slot give one reservation, a BABS's daily capacity holds across replicas, a
payment webhook reaching two replicas at once is applied once, and expiry swept by three
replicas together expires each case once. (Idempotency keys across replicas:
tests/test_idempotency.py; rate limits and persisted queries shared in Redis, key prefixes:
tests/test_replicas_redis.py; all of it at once under load: tests/test_replicas_load.py.)"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from gateway_support import Gateway, demo_settings, running_gateway
from proces_support import ALLEENSTAAND, START, Klok, Scenario, goedgekeurd
from sqlalchemy.ext.asyncio import AsyncEngine
from store_builders import GEMEENTE as GEMEENTE_STORE
from store_builders import NOW as BUILT
from store_builders import make_case
from store_support import BACKENDS, StoreTarget, drop_target, new_target

from trouwgraph.adapters.zgw import ZaakMelding
from trouwgraph.registries.app import EmbeddedCredentials
from trouwgraph.resolvers.zaakregistratie import SOORT_REGISTREER, SOORT_STATUS, Bezorger
from trouwgraph.store.database import migrate, session_factory
from trouwgraph.store.outbox import Bericht, OutboxRepository
from trouwgraph.store.repository import CaseRepository

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
CASES = 15
STATUSES = ("Ontvangen", "In behandeling genomen", "Verwerkt")


@pytest.fixture(params=BACKENDS)
async def target(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[StoreTarget]:
    chosen = new_target(request.param, tmp_path)
    try:
        yield chosen
    finally:
        drop_target(chosen)


class Zaaksysteem:
    """One shared case system (a fake at the port) that records every call, slowly."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    async def registreer_melding(self, melding: ZaakMelding) -> str:
        await asyncio.sleep(random.uniform(0, 0.003))  # noqa: S311  (interleaving, not crypto)
        self.calls.append((melding.identificatie, "registreer"))
        return f"https://zaken.test/{melding.identificatie}"

    async def zet_status(
        self,
        zaak_url: str,
        statustype_omschrijving: str,
        datum: datetime,
        toelichting: str,
        resultaat: str | None = None,
    ) -> str:
        await asyncio.sleep(random.uniform(0, 0.003))  # noqa: S311
        self.calls.append((zaak_url.rsplit("/", 1)[1], statustype_omschrijving))
        return f"{zaak_url}/statussen/{statustype_omschrijving}"


def berichten(case: int) -> list[Bericht]:
    case_id = f"case-{case:02d}"
    melding = {
        "identificatie": case_id,
        "startdatum": "2026-03-01",
        "omschrijving": "Melding voorgenomen huwelijk",
        "toelichting": "",
        "partners": [],
        "eigenschappen": [],
    }
    placed = [Bericht("9999", case_id, SOORT_REGISTREER, f"{case_id}:registreer", melding)]
    for naam in STATUSES:
        payload = {"statustype": naam, "datum": NOW.isoformat(), "toelichting": naam}
        placed.append(Bericht("9999", case_id, SOORT_STATUS, f"{case_id}:{naam}", payload))
    return placed


async def test_three_replicas_deliver_each_outbox_message_once_and_in_order(
    target: StoreTarget,
) -> None:
    engines: list[AsyncEngine] = [target.engine() for _ in range(3)]  # each replica its own pool
    try:
        await migrate(engines[0])
        outboxes = [OutboxRepository(session_factory(e)) for e in engines]
        for case in range(CASES):
            await outboxes[case % 3].plaats(berichten(case), NOW)
        zaken = Zaaksysteem()
        bezorgers = [Bezorger(o, zaken, batch=4) for o in outboxes]

        async def worker(bezorger: Bezorger) -> None:
            now = NOW
            for _ in range(200):
                await bezorger.bezorg(now)
                now += timedelta(seconds=1)
                if len(zaken.calls) == CASES * (1 + len(STATUSES)):
                    return
                await asyncio.sleep(0)

        await asyncio.gather(*(worker(b) for b in bezorgers))
    finally:
        for engine in engines:
            await engine.dispose()

    assert Counter(zaken.calls).most_common(1)[0][1] == 1, "a message was delivered twice"
    assert len(zaken.calls) == CASES * (1 + len(STATUSES))
    for case in range(CASES):
        order = [stap for zaak, stap in zaken.calls if zaak == f"case-{case:02d}"]
        assert order == ["registreer", *STATUSES]
    stand = await outboxes[0].status_van("case-00")
    assert stand is None or stand.status == "GEREGISTREERD"


@pytest.fixture
async def replicas(target: StoreTarget, tmp_path: Path) -> AsyncIterator[list[Gateway]]:
    """Two gateways on one store, as two replicas behind a load balancer."""
    settings = demo_settings(tmp_path, database_url=target.url, database_schema=target.search_path)
    async with AsyncExitStack() as stack:
        yield [await stack.enter_async_context(running_gateway(settings)) for _ in range(2)]


async def reserveer(gateway: Gateway, bsn: str) -> dict[str, Any]:
    response = await gateway.client.post("/demo/token", json={"rol": "burger", "bsn": bsn})
    token = response.json()["access_token"]
    invoer = (
        f'{{soort: HUWELIJK, ceremonietype: "UITGEBREID", start: "{START}", '
        'locatie: {locatieId: "gemeentehuis"}, ambtenaar: {toegewezen: true}}'
    )
    result = await gateway.graphql(
        f"mutation {{ reserveer(invoer: {invoer}) {{ __typename ... on Probleem {{ code }} }} }}",
        token=token,
    )
    uitkomst: dict[str, Any] = result["data"]["reserveer"]
    return uitkomst


async def test_two_replicas_racing_for_one_slot_make_one_reservation(
    replicas: list[Gateway],
) -> None:
    een, twee = replicas
    uitkomsten = await asyncio.gather(
        reserveer(een, ALLEENSTAAND[0]),
        reserveer(twee, ALLEENSTAAND[2]),
        reserveer(een, ALLEENSTAAND[4]),
        reserveer(twee, ALLEENSTAAND[5]),
    )
    gelukt = [u for u in uitkomsten if u["__typename"] == "HuwelijkGewijzigd"]
    assert len(gelukt) == 1, uitkomsten
    assert all("code" in u for u in uitkomsten if u not in gelukt), uitkomsten


async def test_a_babs_capacity_holds_across_replicas(replicas: list[Gateway]) -> None:
    # Daphne de Bruijn does at most 2 ceremonies a day; six couples ask for her at six hours of
    # one Wednesday at once, through both replicas in turn.
    async def bij_daphne(gateway: Gateway, bsn: str, uur: int) -> str:
        response = await gateway.client.post("/demo/token", json={"rol": "burger", "bsn": bsn})
        invoer = (
            'soort: HUWELIJK, ceremonietype: "UITGEBREID", '
            f'start: "2027-03-24T{uur:02d}:00:00+01:00", '
            'locatie: {locatieId: "gemeentehuis-raadzaal"}, '
            'ambtenaar: {ambtenaarId: "babs-daphne-de-bruijn"}'
        )
        result = await gateway.graphql(
            f"mutation {{ reserveer(invoer: {{{invoer}}}) {{ __typename }} }}",
            token=response.json()["access_token"],
        )
        assert "errors" not in result, result
        return str(result["data"]["reserveer"]["__typename"])

    uitkomsten = await asyncio.gather(
        *(bij_daphne(replicas[n % 2], bsn, 10 + n) for n, bsn in enumerate(ALLEENSTAAND))
    )
    assert uitkomsten.count("HuwelijkGewijzigd") == 2, uitkomsten


async def test_a_payment_webhook_reaching_two_replicas_at_once_is_applied_once(
    target: StoreTarget, tmp_path: Path
) -> None:
    settings = demo_settings(tmp_path, database_url=target.url, database_schema=target.search_path)
    klok, credentials = Klok(), EmbeddedCredentials()  # one provider, one API key
    async with running_gateway(settings, clock=klok, credentials=credentials) as een:
        # One payment provider for both replicas, as in production (replica 1's embedded one).
        provider: dict[str, httpx.AsyncBaseTransport] = {"betalingen": een.upstream["betalingen"]}
        async with running_gateway(
            settings, clock=klok, transports=provider, credentials=credentials
        ) as twee:
            scenario = Scenario(een, klok)
            huwelijk, eerste = await goedgekeurd(scenario)
            gestart = await een.graphql(
                f'mutation {{ startBetaling(id: "{huwelijk["id"]}", versie: {huwelijk["versie"]}) '
                "{ ... on BetalingGestart { checkoutUrl } } }",
                token=eerste,
            )
            checkout = gestart["data"]["startBetaling"]["checkoutUrl"]
            paid = await een.client.post(
                "/registries/" + checkout.split("/registries/", 1)[1], data={"status": "paid"}
            )
            assert paid.status_code == 303
            betaling_id = checkout.rsplit("/", 1)[1]
            answers = await asyncio.gather(
                *(
                    g.client.post("/betalingen/webhook", data={"id": betaling_id})
                    for g in (een, twee, een, twee)
                )
            )
            assert [a.status_code for a in answers] == [200] * 4
            gelezen = await twee.graphql(
                f'{{ huwelijk(id: "{huwelijk["id"]}") {{ betaling {{ status referentie }} '
                "historie { gebeurtenis } } }",
                token=await Scenario(twee, klok).medewerker(),
            )
    case = gelezen["data"]["huwelijk"]
    assert case["betaling"] == {"status": "BETAALD", "referentie": betaling_id}
    # One entry when the payment was started, one when the webhook's "paid" was applied, once.
    assert [h["gebeurtenis"] for h in case["historie"]].count("REGISTREER_BETALING") == 2


async def test_three_replicas_sweeping_expiry_together_expire_each_case_once(
    target: StoreTarget,
) -> None:
    engines = [target.engine() for _ in range(3)]
    try:
        await migrate(engines[0])
        repositories = [CaseRepository(session_factory(e)) for e in engines]
        lapsed = [
            make_case(verloopt_op=BUILT + timedelta(minutes=i), locatie_id=f"zaal-{i}")
            for i in range(12)
        ]
        for case in lapsed:
            await repositories[0].add(case, [], [], BUILT)
        moment = BUILT + timedelta(hours=1)
        swept = await asyncio.gather(
            *(r.expire(GEMEENTE_STORE, moment, limit=5) for r in repositories)
        )
        while rest := await repositories[0].expire(GEMEENTE_STORE, moment):
            swept.append(rest)
        ids = [case_id for batch in swept for case_id in batch]
        assert sorted(ids) == sorted(c.id for c in lapsed)  # each once, by one replica
        for case in lapsed:
            history = await repositories[1].history(case.id)
            assert [h.naar_status for h in history].count("VERLOPEN") == 1
    finally:
        for engine in engines:
            await engine.dispose()
