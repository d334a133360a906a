"""Replicas on one Redis: what must be shared is (the rate limits, the automatic persisted
queries), and two deployments with their own `redis_key_prefix` on that Redis do not see each
other's keys. Each gateway is its own app with its own Redis connection, as replicas are."""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest
from gateway_support import Gateway, demo_settings, running_gateway
from pydantic import ValidationError

from trouwgraph.server.graphql.apq_redis import RedisApqCache
from trouwgraph.server.graphql.persisted import sha256_hex
from trouwgraph.server.http.ratelimit import redis_client
from trouwgraph.server.settings import Settings

REDIS_URL = os.environ.get("TROUWGRAPH_TEST_REDIS_URL")
QUERY = "{ __typename }"


@pytest.fixture
async def prefixes() -> AsyncIterator[list[str]]:
    """Two key prefixes of this test alone (two deployments); their keys are removed after."""
    if not REDIS_URL:
        pytest.skip("needs a Redis server: set TROUWGRAPH_TEST_REDIS_URL (CI: 127.0.0.1:6379)")
    run = uuid.uuid4().hex[:12]
    chosen = [f"trouwgraph-test:{run}:a", f"trouwgraph-test:{run}:b"]
    yield chosen
    client = redis_client(REDIS_URL)
    try:
        keys = [key async for key in client.scan_iter(match=f"trouwgraph-test:{run}:*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


async def keys_under(prefix: str) -> list[str]:
    assert REDIS_URL
    client = redis_client(REDIS_URL)
    try:
        return sorted([key.decode() async for key in client.scan_iter(match=f"{prefix}:*")])
    finally:
        await client.aclose()


async def gateways(
    stack: AsyncExitStack, tmp_path: Path, prefixes: list[str], **changes: Any
) -> list[Gateway]:
    """One gateway per prefix (a replica of that deployment), all on one Redis."""
    started = []
    for number, prefix in enumerate(prefixes):
        folder = tmp_path / f"replica-{number}"
        folder.mkdir()
        settings = demo_settings(folder, redis_url=REDIS_URL, redis_key_prefix=prefix, **changes)
        started.append(await stack.enter_async_context(running_gateway(settings)))
    return started


def apq(sha256: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256}}


async def by_hash(gateway: Gateway) -> dict[str, Any]:
    response = await gateway.client.get(
        "/graphql", params={"extensions": json.dumps(apq(sha256_hex(QUERY)))}
    )
    answer: dict[str, Any] = response.json()
    return answer


async def test_a_persisted_query_registered_on_one_replica_is_found_on_the_other(
    tmp_path: Path, prefixes: list[str]
) -> None:
    deployment, other = prefixes
    async with AsyncExitStack() as stack:
        een, twee, elders = await gateways(
            stack, tmp_path, [deployment, deployment, other], graphql_persisted="apq"
        )
        unknown = await by_hash(twee)
        assert unknown["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
        registered = await een.client.post(
            "/graphql", json={"query": QUERY, "extensions": apq(sha256_hex(QUERY))}
        )
        assert registered.json() == {"data": {"__typename": "Query"}}
        assert await by_hash(twee) == {"data": {"__typename": "Query"}}
        # Another deployment on the same Redis has its own documents.
        elsewhere = await by_hash(elders)
        assert elsewhere["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    assert await keys_under(deployment) == [f"{deployment}:apq:{sha256_hex(QUERY)}"]
    assert await keys_under(other) == []


async def test_two_replicas_count_one_rate_limit_and_another_prefix_counts_its_own(
    tmp_path: Path, prefixes: list[str]
) -> None:
    deployment, other = prefixes
    async with AsyncExitStack() as stack:
        een, twee, elders = await gateways(
            stack, tmp_path, [deployment, deployment, other], rate_limit_per_address=3
        )
        statuses = [
            (await gateway.client.get("/graphql", params={"query": QUERY})).status_code
            for gateway in (een, twee, een, twee)
        ]
        assert statuses == [200, 200, 200, 429]  # one count for both replicas
        elsewhere = await elders.client.get("/graphql", params={"query": QUERY})
        assert elsewhere.status_code == 200  # the other deployment's count is its own
    written = await keys_under(deployment)
    assert written and all(key.startswith(f"{deployment}:ratelimit:adres:") for key in written)
    assert len(await keys_under(other)) == 1


async def test_the_shared_cache_falls_back_to_this_replica_while_redis_is_down(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = redis_client("redis://127.0.0.1:1/0")  # nothing listens there
    cache = RedisApqCache(client, prefix="p:apq:")
    try:
        with caplog.at_level(logging.WARNING, logger="trouwgraph.server.graphql.apq_redis"):
            assert await cache.get(sha256_hex(QUERY)) is None
            await cache.put(sha256_hex(QUERY), QUERY)
            assert await cache.get(sha256_hex(QUERY)) == QUERY
    finally:
        await client.aclose()
    warnings = [r for r in caplog.records if r.name == "trouwgraph.server.graphql.apq_redis"]
    assert len(warnings) == 1


@pytest.mark.parametrize("prefix", ["", "trailing:", "spaces in it", "a:b:c:d:e", "x" * 65])
def test_a_key_prefix_that_would_blur_the_key_layout_is_refused(prefix: str) -> None:
    with pytest.raises(ValidationError, match="redis_key_prefix"):
        Settings(redis_key_prefix=prefix)
