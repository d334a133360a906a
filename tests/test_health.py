"""Liveness and readiness."""

from __future__ import annotations

from gateway_support import Gateway


async def test_healthz_says_the_process_is_alive(gateway: Gateway) -> None:
    response = await gateway.client.get("/healthz")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


async def test_readyz_checks_the_store_and_configuration(gateway: Gateway) -> None:
    response = await gateway.client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "store": True, "gemeenten": ["9999"]}


async def test_demo_token_endpoint_refuses_an_invalid_bsn(gateway: Gateway) -> None:
    response = await gateway.client.post("/demo/token", json={"rol": "burger", "bsn": "123456789"})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "ONGELDIG_BSN"


async def test_graphiql_is_served_in_demo_mode(gateway: Gateway) -> None:
    response = await gateway.client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()
