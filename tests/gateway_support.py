"""The gateway as tests use it: built by `create_app`, upstreams reached in-process."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from asgi_lifespan import LifespanManager
from opentelemetry.sdk.trace.export import SpanExporter
from starlette.applications import Starlette
from starlette.types import ASGIApp

from trouwgraph.registries.app import EmbeddedCredentials
from trouwgraph.server.app import Overrides, create_app
from trouwgraph.server.settings import Settings

ACCESS_LOG = logging.getLogger("uvicorn.access")
ROOT = Path(__file__).resolve().parent.parent
DEMO_CONFIG = ROOT / "examples" / "demo" / "gemeente.toml"
NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


@dataclass
class RecordingTransport(httpx.AsyncBaseTransport):
    """Reaches an ASGI app in-process and records every exchange; `check` (a contract
    validator) sees each exchange first."""

    app: ASGIApp
    check: Callable[[httpx.Request, httpx.Response], None] | None = None
    exchanges: list[tuple[httpx.Request, httpx.Response]] = field(default_factory=list)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Forward to the app and keep the request and the read response."""
        response = await httpx.ASGITransport(app=self.app).handle_async_request(request)
        await response.aread()
        if self.check is not None:
            self.check(request, response)
        self.exchanges.append((request, response))
        return response

    @property
    def requests(self) -> list[httpx.Request]:
        """The requests so far."""
        return [request for request, _ in self.exchanges]

    def bodies(self) -> list[dict[str, Any]]:
        """The JSON bodies of the requests so far."""
        return [json.loads(request.content) for request in self.requests]


@dataclass
class Gateway:
    """A running gateway and what it sent upstream."""

    client: httpx.AsyncClient
    upstream: dict[str, RecordingTransport]
    app: Starlette
    prefix: str = ""  # "/{gemeentecode}" to address one municipality of several

    def voor(self, gemeentecode: str) -> Gateway:
        """The same gateway, addressing the municipality `gemeentecode` by path."""
        return replace(self, prefix=f"/{gemeentecode}")

    async def token(self, rol: str, bsn: str | None = None, *, gemeente: str | None = None) -> str:
        """A demo token for `rol` (and `bsn`; staff: for `gemeente`, default every one)."""
        body: dict[str, Any] = {"rol": rol}
        if bsn is not None:
            body["bsn"] = bsn
        if gemeente is not None:
            body["gemeente"] = gemeente
        response = await self.client.post("/demo/token", json=body)
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])

    async def graphql(
        self, query: str, variables: dict[str, Any] | None = None, *, token: str | None = None
    ) -> dict[str, Any]:
        """POST a GraphQL operation; the decoded JSON body."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = await self.client.post(
            f"{self.prefix}/graphql",
            json={"query": query, "variables": variables or {}},
            headers=headers,
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def calls(self, registry: str) -> list[tuple[httpx.Request, httpx.Response]]:
        """The exchanges with one registry so far."""
        return self.upstream[registry].exchanges


def demo_settings(tmp_path: Path, **changes: Any) -> Settings:
    """Demo settings with a fresh SQLite file under `tmp_path`."""
    values: dict[str, Any] = {
        "demo": True,
        "gemeente_config": DEMO_CONFIG,
        "database_url": f"sqlite+aiosqlite:///{tmp_path / 'cases.db'}",
        # Tests send many requests from one address; the limits have tests of their own.
        "rate_limit_per_address": 100_000,
        "rate_limit_per_user": 100_000,
        "rate_limit_beschikbaarheid_anoniem": 100_000,
    }
    values.update(changes)
    return Settings(**values)


async def log_access(response: httpx.Response) -> None:
    """Log the request as uvicorn's access log does (path and query string as sent), so the
    test run's log scan sees every request line."""
    request = response.request
    ACCESS_LOG.info(
        '%s - "%s %s HTTP/%s" %d',
        "127.0.0.1:50000",
        request.method,
        request.url.raw_path.decode("ascii"),
        "1.1",
        response.status_code,
    )


@asynccontextmanager
async def running_gateway(
    settings: Settings,
    clock: Callable[[], datetime] = lambda: NOW,
    span_exporter: SpanExporter | None = None,
    transports: dict[str, httpx.AsyncBaseTransport] | None = None,
    credentials: EmbeddedCredentials | None = None,
    trace_exporter: SpanExporter | None = None,
) -> AsyncIterator[Gateway]:
    """Start the gateway with its lifespan; upstream calls are recorded per registry.

    `transports` replaces the network for some upstreams by name (e.g. "oidc" for the
    issuer's JWKS); the others reach the gateway's embedded registries in-process.
    """
    upstream: dict[str, RecordingTransport] = {}

    def transport(name: str, app: ASGIApp) -> httpx.AsyncBaseTransport:
        if transports and name in transports:
            return transports[name]
        # One recording per registry name, shared by every municipality served.
        return upstream.setdefault(name, RecordingTransport(app))

    app = create_app(
        settings,
        Overrides(
            transport=transport,
            clock=clock,
            span_exporter=span_exporter,
            credentials=credentials,
            trace_exporter=trace_exporter,
        ),
    )
    async with (
        LifespanManager(app, startup_timeout=30, shutdown_timeout=30) as manager,
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=manager.app),
            base_url="http://gateway",
            event_hooks={"response": [log_access]},
        ) as client,
    ):
        # Calls back into the gateway (webhooks) need its lifespan state; outside the demo the
        # registries are an app of their own.
        for recording in upstream.values():
            if recording.app is app:
                recording.app = manager.app
        yield Gateway(client, upstream, app)
