"""`Idempotency-Key` on mutations: a retry answers the first result and never repeats the effect,
also on another replica; another body with the same key is refused; queries ignore the key."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
from gateway_support import Gateway, demo_settings, running_gateway
from proces_support import ALLEENSTAAND, START
from store_support import BACKENDS, StoreTarget, drop_target, new_target

from trouwgraph.server.http.idempotency import is_mutation

RESERVEER = (
    'mutation { reserveer(invoer: {soort: HUWELIJK, ceremonietype: "UITGEBREID", '
    f'start: "{START}", locatie: {{locatieId: "gemeentehuis"}}, ambtenaar: {{toegewezen: true}}}}) '
    "{ __typename ... on HuwelijkGewijzigd { huwelijk { id versie } } } }"
)
MIJN = "{ mijnHuwelijken { id } }"
SUB = "idempotency-test-partner"


async def token(gateway: Gateway, bsn: str = ALLEENSTAAND[0]) -> str:
    """A citizen's demo token with a fixed subject (each replica has its own demo issuer)."""
    response = await gateway.client.post(
        "/demo/token", json={"rol": "burger", "bsn": bsn, "sub": SUB}
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


async def post(
    gateway: Gateway, query: str, bearer: str, key: str | None = "sleutel-1"
) -> httpx.Response:
    headers = {"Authorization": f"Bearer {bearer}"}
    if key is not None:
        headers["Idempotency-Key"] = key
    return await gateway.client.post("/graphql", json={"query": query}, headers=headers)


async def mijn_zaken(gateway: Gateway, bearer: str) -> list[Any]:
    response = await post(gateway, MIJN, bearer, key=None)
    zaken: list[Any] = response.json()["data"]["mijnHuwelijken"]
    return zaken


@pytest.fixture(params=BACKENDS)
async def replicas(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[tuple[Gateway, Gateway]]:
    """Two gateways (each its own app, lifespan, engine and outbox worker) on one store."""
    target: StoreTarget = new_target(request.param, tmp_path)
    settings = demo_settings(tmp_path, database_url=target.url, database_schema=target.search_path)
    try:
        async with AsyncExitStack() as stack:
            een = await stack.enter_async_context(running_gateway(settings))
            twee = await stack.enter_async_context(running_gateway(settings))
            yield een, twee
    finally:
        drop_target(target)


async def test_a_retry_answers_the_first_result_without_a_second_case(
    replicas: tuple[Gateway, Gateway],
) -> None:
    een, _ = replicas
    bearer = await token(een)
    first = await post(een, RESERVEER, bearer)
    retry = await post(een, RESERVEER, bearer)
    assert first.json()["data"]["reserveer"]["__typename"] == "HuwelijkGewijzigd", first.text
    assert retry.content == first.content
    assert retry.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert len(await mijn_zaken(een, bearer)) == 1


async def test_a_retry_on_another_replica_answers_the_first_result(
    replicas: tuple[Gateway, Gateway],
) -> None:
    een, twee = replicas
    first = await post(een, RESERVEER, await token(een))
    retry = await post(twee, RESERVEER, await token(twee))
    assert retry.content == first.content
    assert retry.headers["idempotent-replayed"] == "true"
    assert len(await mijn_zaken(twee, await token(twee))) == 1


async def test_simultaneous_retries_on_two_replicas_make_one_case(
    replicas: tuple[Gateway, Gateway],
) -> None:
    een, twee = replicas
    bearers = [await token(een), await token(twee)]
    answers = await asyncio.gather(
        *(post(g, RESERVEER, b) for g, b in zip((een, twee, een, twee), bearers * 2, strict=True))
    )
    statuses = sorted(a.status_code for a in answers)
    # One runs; each other one gets its answer replayed or 409 (still running, Retry-After).
    assert statuses.count(200) >= 1 and set(statuses) <= {200, 409}, statuses
    for answer in answers:
        if answer.status_code == 409:
            assert answer.json()["code"] == "IDEMPOTENTIE_BEZIG"
            assert answer.headers["retry-after"] == "1"
    assert len(await mijn_zaken(een, bearers[0])) == 1


async def test_the_same_key_with_another_body_is_refused(
    replicas: tuple[Gateway, Gateway],
) -> None:
    een, _ = replicas
    bearer = await token(een)
    await post(een, RESERVEER, bearer)
    other = await post(een, RESERVEER.replace("gemeentehuis", "schip-de-bounty"), bearer)
    assert other.status_code == 422
    assert other.json()["code"] == "IDEMPOTENTIE_ANDER_VERZOEK"
    assert len(await mijn_zaken(een, bearer)) == 1


async def test_a_key_belongs_to_its_subject(replicas: tuple[Gateway, Gateway]) -> None:
    een, _ = replicas
    first = await post(een, RESERVEER, await token(een))
    response = await een.client.post(
        "/demo/token", json={"rol": "burger", "bsn": ALLEENSTAAND[1], "sub": "iemand-anders"}
    )
    second = await post(een, RESERVEER, response.json()["access_token"])  # same key and body
    assert "idempotent-replayed" not in second.headers
    assert second.content != first.content  # run for this person, not the other's answer


async def test_queries_ignore_the_key_and_bad_keys_are_refused(
    replicas: tuple[Gateway, Gateway],
) -> None:
    een, _ = replicas
    bearer = await token(een)
    first, second = [await post(een, MIJN, bearer) for _ in range(2)]
    assert "idempotent-replayed" not in second.headers
    assert first.status_code == second.status_code == 200
    for bad in ("", "x" * 256, "met spatie"):
        response = await post(een, RESERVEER, bearer, key=bad)
        assert response.status_code == 400, bad
        assert response.json()["code"] == "IDEMPOTENTIE_SLEUTEL_ONGELDIG"
    assert await mijn_zaken(een, bearer) == []


@pytest.mark.parametrize(
    ("body", "mutation"),
    [
        (b'{"query": "mutation { a }"}', True),
        (b'{"query": "{ a }"}', False),
        (b'{"query": "query Q { a } mutation M { b }", "operationName": "M"}', True),
        (b'{"query": "query Q { a } mutation M { b }", "operationName": "Q"}', False),
        (b'{"extensions": {"persistedQuery": {"sha256Hash": "ab"}}}', True),
        (b'{"query": "mutation {"}', False),
        (b"not json", False),
        (b"[]", False),
    ],
)
def test_which_requests_are_mutations(body: bytes, mutation: bool) -> None:
    assert is_mutation(body) is mutation
