"""GraphQL abuse limits, production mode, HTTP rules and persisted operations."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from graphql import get_introspection_query
from security_graphql_support import graphql_endpoint

from trouwgraph.schema.limits import GraphQLLimits
from trouwgraph.server.graphql.persisted import AllowList, ApqCache, sha256_hex

IK_NAAM = "{ ik { naam { voornamen } } }"


async def codes(client: httpx.AsyncClient, query: str, **body: Any) -> list[str]:
    """POST `query`; the codes of the errors in the GraphQL response."""
    response = await client.post("/graphql", json={"query": query, **body})
    assert response.status_code in {200, 400}, response.text
    return [error["extensions"]["code"] for error in response.json().get("errors", [])]


def nested_partners(levels: int) -> str:
    """`ik` with `levels` times `partners { persoon { ... } }` below it."""
    inner = "naam { voornamen }"
    for _ in range(levels):
        inner = f"partners {{ persoon {{ {inner} }} }}"
    return f"{{ ik {{ {inner} }} }}"


async def test_refuses_partners_nested_deeper_than_the_limit() -> None:
    async with graphql_endpoint(GraphQLLimits(max_cost=10**7)) as client:
        assert "GRAPHQL_TE_DIEP" in await codes(client, nested_partners(5))
        assert "GRAPHQL_TE_DIEP" not in await codes(client, nested_partners(4))


async def test_refuses_more_aliases_than_the_limit() -> None:
    query = "{ " + " ".join(f"a{i}: ik {{ burgerservicenummer }}" for i in range(16)) + " }"
    async with graphql_endpoint() as client:
        assert await codes(client, query) == ["GRAPHQL_TE_VEEL_ALIASSEN"]


async def test_counts_aliases_once_per_fragment_spread() -> None:
    fragment = "fragment N on Persoon { " + " ".join(
        f"n{i}: naam {{ voornamen }}" for i in range(4)
    )
    query = f"{{ ik {{ ...N ...N ... on Persoon {{ ...N ...N }} }} }} {fragment} }}"
    async with graphql_endpoint(GraphQLLimits(max_aliases=15)) as client:
        assert await codes(client, query) == ["GRAPHQL_TE_VEEL_ALIASSEN"]


async def test_validates_an_exponential_fragment_fan_out_without_walking_it() -> None:
    # 2**25 alias uses: walking every spread would not finish.
    levels = 25
    fragments = "\n".join(
        f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}" for i in range(levels)
    )
    query = f"query {{ ...F0 }}\n{fragments}\nfragment F{levels} on Query {{ x: __typename }}"
    async with graphql_endpoint() as client:
        assert await codes(client, query) == ["GRAPHQL_TE_VEEL_ALIASSEN"]


async def test_refuses_a_document_with_more_tokens_than_the_limit() -> None:
    query = "{ ik { " + "burgerservicenummer " * 2100 + "} }"
    async with graphql_endpoint() as client:
        assert await codes(client, query) == ["GRAPHQL_TE_VEEL_TOKENS"]


async def test_counts_duplicated_fields_in_the_cost() -> None:
    # Duplicates merge into one result field but each one is resolved work for the server.
    query = "{ ik { kinderen { naam { " + "voornamen " * 600 + "} } } }"
    async with graphql_endpoint() as client:
        assert await codes(client, query) == ["GRAPHQL_TE_DUUR"]


async def test_multiplies_list_cost_by_the_page_size() -> None:
    query = "query ($n: Int!) { huwelijken(first: $n) { edges { node { id } } } }"
    cheap = "{ huwelijken(first: 10) { edges { node { id } } } }"
    async with graphql_endpoint(GraphQLLimits(max_cost=50, max_page_size=100)) as client:
        assert await codes(client, query, variables={"n": 5}) == ["GRAPHQL_TE_DUUR"]
        assert "GRAPHQL_TE_DUUR" not in await codes(client, cheap)


async def test_refuses_directive_overloading() -> None:
    query = "{ ik { " + "naam @include(if: true) { voornamen } " * 100 + "} }"
    async with graphql_endpoint() as client:
        assert "GRAPHQL_TE_VEEL_DIRECTIVES" in await codes(client, query)


async def test_refuses_circular_fragments_without_hanging() -> None:
    query = (
        "{ ik { ...A } } fragment A on Persoon { partners { persoon { ...B } } } "
        "fragment B on Persoon { ...A }"
    )
    async with graphql_endpoint() as client:
        assert await codes(client, query) == ["GRAPHQL_ONGELDIG"]


async def test_refuses_introspection_in_production() -> None:
    async with graphql_endpoint(production=True) as client:
        found = await codes(client, "{ __schema { queryType { name } } }")
        assert found and set(found) == {"GRAPHQL_INTROSPECTIE_UIT"}


async def test_serves_graphiqls_introspection_query_in_development() -> None:
    async with graphql_endpoint() as client:
        response = await client.post("/graphql", json={"query": get_introspection_query()})
        assert "errors" not in response.json()
        assert response.json()["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_refuses_introspection_that_nests_lists_into_the_schema() -> None:
    query = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"
    async with graphql_endpoint() as client:
        assert "GRAPHQL_INTROSPECTIE_TE_DIEP" in await codes(client, query)


async def test_strips_field_suggestions_in_production_only() -> None:
    async with graphql_endpoint(production=True) as client:
        response = await client.post("/graphql", json={"query": "{ persoo { naam } }"})
        assert "Did you mean" not in response.text
        assert response.json()["errors"][0]["extensions"]["code"] == "GRAPHQL_ONGELDIG"
    async with graphql_endpoint() as client:
        response = await client.post("/graphql", json={"query": "{ persoo { naam } }"})
        assert "Did you mean" in response.text


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"],
)
async def test_refuses_content_types_a_cross_site_form_can_send(content_type: str) -> None:
    async with graphql_endpoint() as client:
        response = await client.post(
            "/graphql",
            content=json.dumps({"query": "{ __typename }"}),
            headers={"content-type": content_type},
        )
        assert response.status_code == 415
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "GRAPHQL_MEDIATYPE_ONBEKEND"


async def test_refuses_a_client_that_accepts_no_json() -> None:
    async with graphql_endpoint() as client:
        response = await client.post(
            "/graphql", json={"query": "{ __typename }"}, headers={"accept": "application/xml"}
        )
        assert response.status_code == 406
        assert response.json()["code"] == "GRAPHQL_NIET_ACCEPTABEL"


async def test_serves_a_client_that_accepts_the_graphql_response_media_type() -> None:
    async with graphql_endpoint() as client:
        response = await client.post(
            "/graphql",
            json={"query": "{ __typename }"},
            headers={"accept": "application/graphql-response+json"},
        )
        assert response.json() == {"data": {"__typename": "Query"}}


async def test_refuses_a_mutation_over_get() -> None:
    async with graphql_endpoint() as client:
        response = await client.get(
            "/graphql", params={"query": 'mutation { stemIn(id: "1", versie: 1) { __typename } }'}
        )
        # Strawberry refuses before parsing the operation's fields: nothing ran.
        assert response.status_code == 400
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "GRAPHQL_VERZOEK_ONGELDIG"
        assert response.json()["detail"] == (
            "Een wijziging (mutation) kan alleen met POST worden gestuurd."
        )


async def test_refuses_an_oversized_body() -> None:
    padding = " " * 2000
    async with graphql_endpoint(GraphQLLimits(max_body_bytes=1000)) as client:
        response = await client.post(
            "/graphql",
            content=json.dumps({"query": "{ __typename }" + padding}),
            headers={"content-type": "application/json"},
        )
        assert response.status_code == 413
        assert response.json()["code"] == "GRAPHQL_TE_GROOT"


async def test_refuses_a_batch_when_batching_is_off() -> None:
    async with graphql_endpoint() as client:
        response = await client.post(
            "/graphql", json=[{"query": "{ __typename }"}, {"query": "{ __typename }"}]
        )
        assert response.status_code == 400
        assert response.json()["code"] == "GRAPHQL_TE_VEEL_OPERATIES"


async def test_runs_a_batch_within_the_configured_size() -> None:
    async with graphql_endpoint(GraphQLLimits(max_operations_per_batch=2)) as client:
        response = await client.post(
            "/graphql", json=[{"query": "{ __typename }"}, {"query": "{ a: __typename }"}]
        )
        assert response.json() == [{"data": {"__typename": "Query"}}, {"data": {"a": "Query"}}]


def apq(sha256: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256}}


async def test_apq_asks_for_an_unknown_document_then_serves_it_by_hash() -> None:
    query = "{ __typename }"
    sha256 = sha256_hex(query)
    async with graphql_endpoint(persisted="apq") as client:
        first = await client.post("/graphql", json={"extensions": apq(sha256)})
        assert first.json()["errors"][0]["message"] == "PersistedQueryNotFound"
        assert first.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
        registered = await client.post("/graphql", json={"query": query, "extensions": apq(sha256)})
        assert registered.json() == {"data": {"__typename": "Query"}}
        by_hash = await client.get("/graphql", params={"extensions": json.dumps(apq(sha256))})
        assert by_hash.json() == {"data": {"__typename": "Query"}}


async def test_apq_refuses_a_hash_that_does_not_match_the_document() -> None:
    async with graphql_endpoint(persisted="apq") as client:
        response = await client.post(
            "/graphql", json={"query": "{ __typename }", "extensions": apq("0" * 64)}
        )
        assert response.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_HASH_ONJUIST"


async def test_apq_cache_drops_the_least_recently_used_document() -> None:
    cache = ApqCache(max_entries=2)
    for document in ("{ a }", "{ b }"):
        await cache.put(sha256_hex(document), document)
    await cache.get(sha256_hex("{ a }"))
    await cache.put(sha256_hex("{ c }"), "{ c }")
    assert await cache.get(sha256_hex("{ b }")) is None
    assert await cache.get(sha256_hex("{ a }")) == "{ a }"


async def test_allowlist_serves_listed_documents_by_hash_and_by_document_id() -> None:
    query = "{ __typename }"
    async with graphql_endpoint(
        persisted="allowlist", allowlist={sha256_hex(query): query}
    ) as client:
        by_hash = await client.post("/graphql", json={"extensions": apq(sha256_hex(query))})
        by_id = await client.post("/graphql", json={"documentId": f"sha256:{sha256_hex(query)}"})
        assert by_hash.json() == by_id.json() == {"data": {"__typename": "Query"}}


async def test_allowlist_refuses_a_free_text_query_that_is_not_listed() -> None:
    listed = "{ __typename }"
    async with graphql_endpoint(
        persisted="allowlist", allowlist={sha256_hex(listed): listed}
    ) as client:
        assert await codes(client, "{ a: __typename }") == ["PERSISTED_QUERY_NOT_ALLOWED"]
        unlisted = "{ b: __typename }"
        assert await codes(client, unlisted, extensions=apq(sha256_hex(unlisted))) == [
            "PERSISTED_QUERY_NOT_ALLOWED"
        ]
        assert await codes(client, listed) == []


def test_allowlist_refuses_a_file_whose_key_is_not_the_documents_hash() -> None:
    with pytest.raises(ValueError, match="not the sha256"):
        AllowList({"0" * 64: "{ __typename }"})
