"""The composition root: `create_app(settings, overrides)` wires every adapter into one app."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp

from adapters.auth import ProtocolHeaders
from adapters.brp import HaalCentraalBrp
from registries.app import create_registries
from resolvers.context import Services
from resolvers.huwelijken import Procesdiensten
from schema.app import GraphQLApp
from server.authentication import BearerAuthentication
from server.demo_issuer import DEMO_ISSUER, DemoIssuer
from server.gemeente import Gemeente, load_gemeente
from server.identity import JwksKeys, TokenVerifier, static_keys
from server.settings import Settings
from server.upstreams import registry_client
from store.database import create_engine, migrate, ping, session_factory
from store.huwelijken import HuwelijkRepository
from store.repository import CaseRepository

TransportFactory = Callable[[str, ASGIApp], httpx.AsyncBaseTransport]


@dataclass(frozen=True)
class Overrides:
    """Replacements for tests: the network under the adapters, and the clock."""

    transport: TransportFactory | None = None
    clock: Callable[[], datetime] | None = None


def create_app(settings: Settings, overrides: Overrides | None = None) -> Starlette:
    """The gateway: GraphQL, health, the embedded registries and, in demo mode, the issuer."""
    overrides = overrides or Overrides()
    gemeente = load_gemeente(settings.gemeente_config)
    demo = DemoIssuer(settings.oidc_audience, settings.oidc_bsn_claim, settings.oidc_rol_claim)
    if not settings.demo and not (settings.oidc_issuer and settings.oidc_jwks_url):
        raise ValueError("set TROUWGRAPH_OIDC_ISSUER and TROUWGRAPH_OIDC_JWKS_URL (or use demo)")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        def transport(name: str) -> httpx.AsyncBaseTransport | None:
            return overrides.transport(name, app) if overrides.transport else None

        brp_config = gemeente.registers.brp
        async with (
            _registry_client("brp", gemeente, settings, transport("brp")) as brp_client,
            httpx.AsyncClient(timeout=5.0, trust_env=False) as jwks_client,
        ):
            engine = create_engine(settings.database_url, search_path=settings.database_schema)
            try:
                await migrate(engine)
                services = Services(
                    brp=HaalCentraalBrp(
                        brp_client,
                        protocol=ProtocolHeaders(
                            doelbinding=brp_config.protocol.doelbinding,
                            verwerking=brp_config.protocol.verwerking,
                            origin_oin=brp_config.protocol.origin_oin,
                        ),
                        timeout=brp_client.timeout,
                    ),
                    proces=Procesdiensten(
                        huwelijken=HuwelijkRepository(CaseRepository(session_factory(engine))),
                        config=gemeente.procesconfiguratie,
                        nieuw_id=lambda: uuid.uuid4().hex,
                    ),
                    clock=overrides.clock or (lambda: datetime.now(UTC)),
                )
                yield {
                    "services": services,
                    "verifier": _verifier(settings, demo, jwks_client),
                    "engine": engine,
                    "gemeente": gemeente,
                }
            finally:
                await engine.dispose()

    graphql = GraphQLApp(graphiql=settings.graphiql or settings.demo, demo=settings.demo)
    routes: list[BaseRoute] = [
        Route("/healthz", _healthz, methods=["GET"]),
        Route("/readyz", _readyz, methods=["GET"]),
        Route("/graphql", BearerAuthentication(graphql), methods=["GET", "POST"]),
        Mount("/registries", create_registries()),
    ]
    if settings.demo:
        routes.extend(demo.routes())
    return Starlette(routes=routes, lifespan=lifespan)


def _registry_client(
    name: str, gemeente: Gemeente, settings: Settings, transport: httpx.AsyncBaseTransport | None
) -> httpx.AsyncClient:
    return registry_client(
        name,
        getattr(gemeente.registers, name),
        embedded_url=settings.embedded_registries_url,
        transport=transport,
    )


def _verifier(settings: Settings, demo: DemoIssuer, client: httpx.AsyncClient) -> TokenVerifier:
    if settings.demo:
        keys = static_keys(demo.keys)
        issuer = DEMO_ISSUER
    else:
        assert settings.oidc_issuer and settings.oidc_jwks_url
        keys = JwksKeys(client, settings.oidc_jwks_url)
        issuer = settings.oidc_issuer
    return TokenVerifier(
        keys,
        issuer=issuer,
        audience=settings.oidc_audience,
        bsn_claim=settings.oidc_bsn_claim,
        rol_claim=settings.oidc_rol_claim,
        leeway=settings.oidc_leeway_seconds,
    )


async def _healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def _readyz(request: Request) -> Response:
    store = await ping(request.state.engine)
    body = {"status": "ok" if store else "unavailable", "store": store, "configuration": True}
    return JSONResponse(body, status_code=200 if store else 503)
