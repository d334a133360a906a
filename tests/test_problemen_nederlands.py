"""Every HTTP problem a client can provoke is answered in Dutch, for a citizen (issue 11).

Each refusal is provoked for real against the running gateway (demo mode, and production mode
where only production answers it); its body must carry the catalogue's code, status and fixed
Dutch `title` (`schema.foutcodes.HTTP_CODES`, the one table), and a `detail` without English
words. A last test checks that the walk reaches every code of the catalogue but the few a
client cannot provoke on a healthy gateway, each with the reason.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from gateway_support import ROOT, Gateway, demo_settings, running_gateway
from security_support import production_gateway, token

from trouwgraph.schema.foutcodes import HTTP_CODES
from trouwgraph.server.routes.webhooks import notificatiewebhook

MODULE = pytest.mark.asyncio(loop_scope="module")

# Words of English that a Dutch text for a citizen does not hold (none of them is Dutch too).
ENGELS = frozenset(
    re.findall(
        r"\w+",
        "the a an are be must not no with this that these you your please try again send sent "
        "found invalid unknown unexpected error occurred missing too many retry after seconds "
        "request requests body signature format claim only allowed use should cannot built "
        "file path municipality served",
    )
)
# A Dutch text holds at least one of these.
NEDERLANDS = frozenset(
    re.findall(r"\w+", "de het een is niet van deze dit u uw met op te en geen kan in er dan als")
)

WEBHOOKGEHEIM = "geheim-van-de-webhook"
# The Authorization the Notificaties API must send to the demo municipality's webhook.
WEBHOOK = notificatiewebhook(WEBHOOKGEHEIM.encode(), "9999", "")
assert WEBHOOK is not None
WEBHOOK_AUTH = WEBHOOK.auth
MUTATIE = 'mutation { stemIn(id: "1", versie: 1) { __typename } }'

Uitlokker = Callable[[Gateway], Awaitable[httpx.Response]]


def _post_json(pad: str, body: Any, **headers: str) -> Uitlokker:
    async def uitlokker(gateway: Gateway) -> httpx.Response:
        return await gateway.client.post(pad, json=body, headers=headers)

    return uitlokker


def _post(pad: str, content: bytes, **headers: str) -> Uitlokker:
    async def uitlokker(gateway: Gateway) -> httpx.Response:
        return await gateway.client.post(pad, content=content, headers=headers)

    return uitlokker


def _get(pad: str, **headers: str) -> Uitlokker:
    async def uitlokker(gateway: Gateway) -> httpx.Response:
        return await gateway.client.get(pad, headers=headers)

    return uitlokker


def _put(pad: str) -> Uitlokker:
    async def uitlokker(gateway: Gateway) -> httpx.Response:
        return await gateway.client.put(pad, json={"query": "{ __typename }"})

    return uitlokker


async def _andere_gemeente(gateway: Gateway) -> httpx.Response:
    medewerker = await gateway.token("medewerker", gemeente="0001")
    return await gateway.client.post(
        "/graphql",
        json={"query": "{ __typename }"},
        headers={"Authorization": f"Bearer {medewerker}"},
    )


async def _tweemaal_dezelfde_sleutel(gateway: Gateway) -> httpx.Response:
    headers = {"Idempotency-Key": "sleutel-1"}
    await gateway.client.post("/graphql", json={"query": MUTATIE}, headers=headers)
    anders = {"query": MUTATIE.replace('"1"', '"2"')}
    return await gateway.client.post("/graphql", json=anders, headers=headers)


def _cors(gateway: Gateway) -> Awaitable[httpx.Response]:
    return gateway.client.options(
        "/graphql",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )


# (name, code, how) against the demo gateway.
IN_DE_DEMO: list[tuple[str, str, Uitlokker]] = [
    (
        "body-null",
        "GRAPHQL_VERZOEK_ONGELDIG",
        _post("/graphql", b"null", **{"content-type": "application/json"}),
    ),
    (
        "body-invalid-utf-8",
        "GRAPHQL_VERZOEK_ONGELDIG",
        _post("/graphql", b'{"query": "\xff"}', **{"content-type": "application/json"}),
    ),
    (
        "body-nan-not-json",
        "GRAPHQL_VERZOEK_ONGELDIG",
        _post(
            "/graphql",
            b'{"query": "{ __typename }", "variables": {"x": NaN}}',
            **{"content-type": "application/json"},
        ),
    ),
    ("mutation-over-get", "GRAPHQL_VERZOEK_ONGELDIG", _get(f"/graphql?query={MUTATIE}")),
    ("no-query", "GRAPHQL_VERZOEK_ONGELDIG", _post_json("/graphql", {"variables": {}})),
    ("cors-preflight", "CORS_GEWEIGERD", _cors),
    (
        "idempotency-key-too-long",
        "IDEMPOTENTIE_SLEUTEL_ONGELDIG",
        _post_json("/graphql", {"query": MUTATIE}, **{"Idempotency-Key": "x" * 300}),
    ),
    ("idempotency-key-reused", "IDEMPOTENTIE_ANDER_VERZOEK", _tweemaal_dezelfde_sleutel),
    (
        "batch",
        "GRAPHQL_TE_VEEL_OPERATIES",
        _post_json("/graphql", [{"query": "{ __typename }"}] * 2),
    ),
    (
        "garbage-token",
        "NIET_GEAUTHENTICEERD",
        _post_json("/graphql", {"query": "{ __typename }"}, Authorization="Bearer geen-token"),
    ),
    (
        "basic-scheme",
        "NIET_GEAUTHENTICEERD",
        _post_json("/graphql", {"query": "{ __typename }"}, Authorization="Basic eDp5"),
    ),
    (
        "webhook-without-authorization",
        "NIET_GEAUTHENTICEERD",
        _post_json("/notificaties/webhook", {}),
    ),
    (
        "webhook-not-a-message",
        "ONGELDIG_VERZOEK",
        _post_json("/notificaties/webhook", {"kanaal": "zaken"}, Authorization=WEBHOOK_AUTH),
    ),
    (
        "webhook-media-type",
        "MEDIA_TYPE_NIET_ONDERSTEUND",
        _post("/notificaties/webhook", b"{}", Authorization=WEBHOOK_AUTH),
    ),
    (
        "webhook-too-large",
        "VERZOEK_TE_GROOT",
        _post_json("/notificaties/webhook", {"x": "y" * 70_000}, Authorization=WEBHOOK_AUTH),
    ),
    (
        "webhook-other-authorization",
        "NIET_TOEGESTAAN",
        _post_json("/notificaties/webhook", {}, Authorization="Bearer geraden"),
    ),
    ("staff-of-another-municipality", "NIET_TOEGESTAAN", _andere_gemeente),
    ("unknown-path", "NIET_GEVONDEN", _get("/bestaat-niet")),
    ("unknown-app-asset", "NIET_GEVONDEN", _get("/app/assets/bestaat-niet.js")),
    ("unknown-ical-feed", "NIET_GEVONDEN", _get("/agenda/babs/onbekend.ics?token=x")),
    ("metrics-without-token", "NIET_GEAUTHENTICEERD", _get("/metrics")),
    ("method", "METHODE_NIET_TOEGESTAAN", _get("/demo/token")),
    ("graphql-put", "METHODE_NIET_TOEGESTAAN", _put("/graphql")),
    (
        "graphql-accept",
        "GRAPHQL_NIET_ACCEPTABEL",
        _post_json("/graphql", {"query": "{ __typename }"}, Accept="text/csv"),
    ),
    (
        "graphql-too-large",
        "GRAPHQL_TE_GROOT",
        _post_json("/graphql", {"query": "{ __typename }", "x": "y" * 200_000}),
    ),
    (
        "graphql-text-plain",
        "GRAPHQL_MEDIATYPE_ONBEKEND",
        _post("/graphql", b"{}", **{"content-type": "text/plain"}),
    ),
    (
        "demo-token-media-type",
        "MEDIA_TYPE",
        _post("/demo/token", b"{}", **{"content-type": "text/plain"}),
    ),
    (
        "demo-token-not-json",
        "ONGELDIGE_JSON",
        _post("/demo/token", b"{", **{"content-type": "application/json"}),
    ),
    ("demo-token-not-an-object", "ONGELDIGE_JSON", _post_json("/demo/token", [1])),
    ("demo-token-role", "ONGELDIGE_ROL", _post_json("/demo/token", {"rol": "beheerder"})),
    ("demo-token-no-bsn", "BSN_VERPLICHT", _post_json("/demo/token", {"rol": "burger"})),
    (
        "demo-token-bsn",
        "ONGELDIG_BSN",
        _post_json("/demo/token", {"rol": "burger", "bsn": "123456789"}),
    ),
    (
        "demo-token-acr",
        "ONGELDIGE_ACR",
        _post_json("/demo/token", {"rol": "burger", "bsn": "999993653", "acr": 1}),
    ),
    (
        "demo-token-gemeente",
        "ONGELDIGE_GEMEENTE",
        _post_json("/demo/token", {"rol": "medewerker", "gemeente": "Demodam"}),
    ),
]

# Codes a client cannot provoke on a healthy gateway, and where they are tested instead.
NIET_UIT_TE_LOKKEN = {
    "IDEMPOTENTIE_BEZIG": "needs a first request still running: tests/test_idempotency.py",
    "NIET_ACCEPTABEL": "no route outside /graphql negotiates its media type",
    "INTERNE_FOUT": "a crash: tests/test_security_http.py",
    "OPSLAG_NIET_BESCHIKBAAR": "a store that is down: tests/test_idempotency.py",
    "APP_NIET_GEBOUWD": "the web app is built in this repository",
}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def demo(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Gateway]:
    settings = demo_settings(
        tmp_path_factory.mktemp("demo"),
        cors_origins=("https://trouwen.example-gemeente.nl",),
        notificaties_webhook_secret=WEBHOOKGEHEIM,
        metrics_token="geheim-van-de-scraper",
        graphql_max_body_bytes=100_000,
    )
    async with running_gateway(settings) as gateway:
        yield gateway


def woorden(tekst: str) -> set[str]:
    # Code spans (`rol`, `Retry-After`) and media types are names, not language.
    zonder_namen = re.sub(r"`[^`]*`|[\w.+-]+/[\w.+-]+", " ", tekst)
    return {woord.lower() for woord in re.findall(r"[A-Za-zÀ-ÿ]+", zonder_namen)}


def assert_nederlands_probleem(response: httpx.Response, code: str) -> None:
    """The catalogue's code, status and title, and a Dutch detail without English words."""
    assert response.headers["content-type"] == "application/problem+json", response.text
    body = response.json()
    fout = HTTP_CODES[code]
    assert (response.status_code, body["code"]) == (fout.status, code), body
    assert body["status"] == fout.status
    assert body["title"] == fout.titel, body
    for tekst in (body["title"], body["detail"]):
        assert not woorden(tekst) & ENGELS, (tekst, woorden(tekst) & ENGELS)
    assert woorden(body["detail"]) & NEDERLANDS, body["detail"]


@MODULE
@pytest.mark.parametrize(
    ("code", "uitlokker"),
    [(code, uitlokker) for _, code, uitlokker in IN_DE_DEMO],
    ids=[naam for naam, _, _ in IN_DE_DEMO],
)
async def test_every_refusal_in_the_demo_is_dutch(
    demo: Gateway, code: str, uitlokker: Uitlokker
) -> None:
    assert_nederlands_probleem(await uitlokker(demo), code)


async def test_a_rate_limited_client_is_told_in_dutch_when_to_come_back(tmp_path: Path) -> None:
    async with running_gateway(demo_settings(tmp_path, rate_limit_per_address=1)) as gateway:
        await gateway.client.post("/graphql", json={"query": "{ __typename }"})
        response = await gateway.client.post("/graphql", json={"query": "{ __typename }"})
    assert_nederlands_probleem(response, "TE_VEEL_VERZOEKEN")
    assert response.headers["retry-after"] in response.json()["detail"]


async def test_several_municipalities_without_a_prefix_are_explained_in_dutch(
    tmp_path: Path,
) -> None:
    gemeenten = ROOT / "examples" / "gemeenten"
    async with running_gateway(demo_settings(tmp_path, gemeente_config=gemeenten)) as gateway:
        response = await gateway.client.post("/graphql", json={"query": "{ __typename }"})
    assert_nederlands_probleem(response, "GEMEENTE_ONBEKEND")
    assert "/{gemeentecode}/graphql" in response.json()["detail"]


async def test_an_unreachable_identity_provider_is_explained_in_dutch() -> None:
    weg: dict[str, httpx.AsyncBaseTransport] = {
        "oidc": httpx.MockTransport(lambda request: httpx.Response(500))
    }
    async with production_gateway(upstreams=weg) as gateway:
        response = await gateway.client.post(
            "/graphql",
            json={"query": "{ __typename }"},
            headers={"Authorization": f"Bearer {token('medewerker')}"},
        )
    assert_nederlands_probleem(response, "IDENTITEIT_NIET_BESCHIKBAAR")


async def test_production_refusals_are_dutch() -> None:
    async with production_gateway() as gateway:
        zonder_ide = await gateway.client.get("/graphql", headers={"Accept": "text/html"})
        demo_token = await gateway.client.post("/demo/token", json={"rol": "medewerker"})
    assert_nederlands_probleem(zonder_ide, "NIET_GEVONDEN")
    assert_nederlands_probleem(demo_token, "NIET_GEVONDEN")


def test_the_walk_reaches_every_code_a_client_can_provoke() -> None:
    uitgelokt = {code for _, code, _ in IN_DE_DEMO} | {
        "TE_VEEL_VERZOEKEN",
        "IDENTITEIT_NIET_BESCHIKBAAR",
        "GEMEENTE_ONBEKEND",
    }
    assert uitgelokt | set(NIET_UIT_TE_LOKKEN) == set(HTTP_CODES)
    assert not uitgelokt & set(NIET_UIT_TE_LOKKEN)


def test_the_catalogue_titles_and_details_are_dutch() -> None:
    for code, fout in HTTP_CODES.items():
        for tekst in (fout.titel, fout.uitleg):
            assert not woorden(tekst) & ENGELS, (code, tekst)
        assert woorden(fout.uitleg) & NEDERLANDS, (code, fout.uitleg)
