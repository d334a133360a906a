"""The composition root: `create_app(settings, overrides)` wires one deployment.

What the municipalities share (the store, identity, limits, telemetry, the GraphQL schema) is
made here; what each has of its own (registry clients, use cases, routes) is made per
municipality by `server.gemeenten.runtime`, kept by `server.gemeenten.reloading` (which reloads
them) and chosen per request by `server.gemeenten.routing`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import signal
import socket
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import uvicorn
from opentelemetry.sdk.trace.export import SpanExporter
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp

from trouwgraph.registries.app import EmbeddedCredentials, RegistriesPerGemeente
from trouwgraph.resolvers.authenticatieniveau import Authenticatiebeleid
from trouwgraph.resolvers.zaakregistratie import bezorg_doorlopend
from trouwgraph.server.gemeenten.config_files import load_gemeenten
from trouwgraph.server.gemeenten.reloading import Gemeenteregister
from trouwgraph.server.gemeenten.routing import Gemeenterouter
from trouwgraph.server.gemeenten.runtime import Gedeeld
from trouwgraph.server.graphql.endpoint import graphiql_enabled, graphql_endpoint
from trouwgraph.server.graphql.graphiql import ASSET_PATH, assets_app
from trouwgraph.server.heap import frozen_after_startup
from trouwgraph.server.http.metrics import HttpMetrics, metrics_endpoint
from trouwgraph.server.http.operations import OperationsTracing, operations_provider, use_provider
from trouwgraph.server.http.ratelimit import (
    EXEMPT_PATHS,
    HEALTH_PATHS,
    RateLimit,
    client_address_key,
    make_limiter,
    redis_client,
)
from trouwgraph.server.http.security_headers import (
    SecurityHeaders,
    api_version,
    cors_middleware,
    problem_handlers,
)
from trouwgraph.server.http.telemetry import RequestTracing, tracer_provider
from trouwgraph.server.identity.demo_issuer import DEMO_ISSUER, DemoIssuer
from trouwgraph.server.identity.tokens import JwksKeys, TokenVerifier, static_keys
from trouwgraph.server.identity.verified_tokens import RememberingVerifier
from trouwgraph.server.routes.betaald import terugpagina
from trouwgraph.server.routes.ical_wiring import feed_tokens
from trouwgraph.server.routes.webhooks import LateTransport, webhookgeheim
from trouwgraph.server.settings import Settings
from trouwgraph.server.startup import (
    OneLineStartupFailure,
    StartupRefused,
    refuse_unsafe,
    root_fields,
)
from trouwgraph.store.database import create_engine, migrate, ping, session_factory
from trouwgraph.store.outbox import OutboxRepository

TransportFactory = Callable[[str, ASGIApp], httpx.AsyncBaseTransport]
logger = logging.getLogger(__name__)

LOOPBACK = "http://127.0.0.1"
"""Where the embedded registries are outside demo mode (their port added once bound)."""
_NOT_REGISTRIES = frozenset({"oidc", "notificaties-bezorging"})


@dataclass(frozen=True)
class Overrides:
    """Replacements for tests: the network under the adapters, the clock, a span sink."""

    transport: TransportFactory | None = None
    clock: Callable[[], datetime] | None = None
    span_exporter: SpanExporter | None = None
    credentials: EmbeddedCredentials | None = None
    trace_exporter: SpanExporter | None = None  # the operator's traces (OTLP's stand-in)


def create_app(
    settings: Settings, overrides: Overrides | None = None, *, freeze_heap: bool = False
) -> Starlette:
    """The gateway: every municipality's GraphQL, webhooks and feeds, health and, in demo mode
    only, the embedded registries and the demo issuer on the same port. `freeze_heap`: the
    serving process's own app (`server.heap`).

    Raises `StartupRefused` (one line) for settings `server.startup` refuses."""
    overrides = overrides or Overrides()
    gemeenten = load_gemeenten(settings.gemeente_config)
    refuse_unsafe(settings, gemeenten, root_fields())
    telemetry = tracer_provider(
        settings.logboek_exporter, settings.logboek_file, overrides.span_exporter
    )
    operations = operations_provider(settings.otlp_endpoint, overrides.trace_exporter)
    use_provider(operations)
    redis = redis_client(settings.redis_url) if settings.redis_url else None
    window = settings.rate_limit_window_seconds
    prefix = settings.redis_key_prefix
    per_address = make_limiter("adres", settings.rate_limit_per_address, window, redis, prefix)
    per_user = make_limiter("gebruiker", settings.rate_limit_per_user, window, redis, prefix)
    zoekvragen = make_limiter(
        "beschikbaarheid", settings.rate_limit_beschikbaarheid_anoniem, window, redis, prefix
    )

    credentials = overrides.credentials or EmbeddedCredentials()
    # The embedded Notificaties API delivers over the network to the subscribers' callback
    # URLs (this very gateway's webhook among them); tests route it back in-process.
    bezorging = LateTransport()
    notificaties_http = httpx.AsyncClient(
        timeout=10.0, trust_env=False, transport=bezorging if overrides.transport else None
    )
    # Demo: the registries answer on the gateway's own port under /registries. Elsewhere they
    # run only when allowed, on a loopback port of their own (see `_loopback`).
    registries = RegistriesPerGemeente(
        public_url=settings.embedded_registries_url if settings.demo else LOOPBACK,
        credentials=credentials,
        notificaties_http=notificaties_http,
        clock=overrides.clock,
    )
    register = Gemeenteregister(settings.gemeente_config, registries)
    demo = DemoIssuer(
        settings.oidc_audience,
        settings.oidc_bsn_claim,
        settings.oidc_rol_claim,
        settings.oidc_gemeente_claim,
        gemeenten=lambda: sorted(register.diensten),
    )
    graphql = graphql_endpoint(settings, per_user, zoekvragen, redis)
    feeds = feed_tokens(settings)
    geheim = webhookgeheim(settings)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        clock = overrides.clock or (lambda: datetime.now(UTC))

        def transport(name: str) -> httpx.AsyncBaseTransport | None:
            if overrides.transport is None:
                return None
            # In-process, a registry is reached where the network would take the call.
            mounted = settings.demo or name in _NOT_REGISTRIES
            return overrides.transport(name, app if mounted else registries.app)

        async with AsyncExitStack() as stack:
            gedeeld_settings = settings
            if not settings.demo and settings.allow_embedded_registries:
                url = LOOPBACK
                if overrides.transport is None:
                    url = await stack.enter_async_context(
                        _loopback(registries.app, settings.embedded_registries_port)
                    )
                registries.public_url = app.state.embedded_registries_url = url
                gedeeld_settings = settings.model_copy(update={"embedded_registries_url": url})
            jwks_client = await stack.enter_async_context(
                httpx.AsyncClient(timeout=5.0, trust_env=False, transport=transport("oidc"))
            )
            engine = create_engine(settings.database_url, search_path=settings.database_schema)
            stack.push_async_callback(engine.dispose)
            stack.callback(telemetry.shutdown)
            if operations is not None:
                stack.callback(operations.shutdown)
            stack.push_async_callback(notificaties_http.aclose)
            stack.push_async_callback(registries.aclose)
            if redis is not None:
                stack.push_async_callback(redis.aclose)
            await migrate(engine)
            sessions = session_factory(engine)
            gedeeld = Gedeeld(
                settings=gedeeld_settings,
                sessions=sessions,
                outbox=OutboxRepository(sessions),
                logboek_spans=telemetry,
                logboek_sleutel=_logboek_sleutel(settings),
                authenticatie=Authenticatiebeleid(
                    settings.oidc_acr_niveaus, settings.oidc_acr_minimum
                ),
                credentials=credentials,
                graphql=graphql,
                feeds=feeds,
                webhookgeheim=geheim,
                clock=clock,
                transport=transport,
            )
            await register.start(gemeenten, gedeeld)
            stack.push_async_callback(register.aclose)
            await stack.enter_async_context(
                _achtergrond(
                    bezorg_doorlopend(register.bezorg, clock, interval=settings.outbox_interval)
                )
            )
            stack.enter_context(_herlaad_bij_sighup(register))
            yield {
                "verifier": _verifier(settings, demo, jwks_client),
                "engine": engine,
                "outbox": gedeeld.outbox,
            }

    routes: list[BaseRoute] = [
        Route("/healthz", _healthz, methods=["GET"]),
        Route("/readyz", _readyz, methods=["GET"]),
        Route("/metrics", metrics_endpoint(settings.metrics_token, _outbox), methods=["GET"]),
    ]
    if settings.demo:  # `serve` never mounts a demo part
        routes.append(Mount("/registries", registries.app))
        routes.extend(demo.routes())
        routes.append(terugpagina())  # where the embedded provider sends the couple back
    if graphiql_enabled(settings):
        routes.append(Mount(ASSET_PATH, assets_app()))
    # Outermost first: every response gets the headers; CORS so a 429 is readable in a browser;
    # the per-address limit before any token is verified; then the municipality's own routes.
    middleware = [
        # The lifespan passes through here first: a failing start becomes one line.
        Middleware(
            OneLineStartupFailure, database_url=settings.database_url, traceback=settings.debug
        ),
        Middleware(HttpMetrics),
        Middleware(SecurityHeaders, api_version=api_version(), hsts=settings.hsts),
        *cors_middleware(settings.cors_origins),
        Middleware(
            RateLimit,
            limiter=per_address,
            key_func=client_address_key,
            exempt=EXEMPT_PATHS if settings.demo else HEALTH_PATHS,
        ),
        Middleware(RequestTracing, spans=telemetry),
        Middleware(OperationsTracing),
        Middleware(Gemeenterouter, register=register, routering=settings.gemeente_routering),
    ]
    app = Starlette(
        routes=routes,
        lifespan=frozen_after_startup(lifespan) if freeze_heap else lifespan,
        middleware=middleware,
        exception_handlers=problem_handlers(),
    )
    app.state.gemeenten = register
    if overrides.transport is not None:
        bezorging.inner = overrides.transport("notificaties-bezorging", app)
    return app


@contextlib.contextmanager
def _herlaad_bij_sighup(register: Gemeenteregister) -> Iterator[None]:
    """Reload the municipality files on SIGHUP (where the platform has signals)."""
    loop = asyncio.get_running_loop()
    taken: set[asyncio.Task[bool]] = set()

    def herlaad() -> None:
        taak = loop.create_task(register.herlaad())
        taken.add(taak)
        taak.add_done_callback(taken.discard)

    try:
        loop.add_signal_handler(signal.SIGHUP, herlaad)
    except (NotImplementedError, RuntimeError, AttributeError, ValueError):
        yield  # no signals here (Windows, or not the main thread): reload is not offered
        return
    try:
        yield
    finally:
        loop.remove_signal_handler(signal.SIGHUP)
        for taak in taken:  # a reload still starting runtimes must not outlive the app
            taak.cancel()


@asynccontextmanager
async def _achtergrond(werk: Coroutine[Any, Any, object]) -> AsyncIterator[None]:
    """Run `werk` as a task while the context is open; cancel it on the way out."""
    task = asyncio.create_task(werk)
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def _logboek_sleutel(settings: Settings) -> bytes:
    if settings.logboek_sleutel is not None:
        return settings.logboek_sleutel.get_secret_value().encode("utf-8")
    return secrets.token_bytes(32)  # the demo: nothing outlives this process to link it to


@asynccontextmanager
async def _loopback(registries: ASGIApp, port: int) -> AsyncIterator[str]:
    """Serve the embedded registries on 127.0.0.1:`port` (0: a free one); their base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as error:
        sock.close()
        raise StartupRefused(
            f"the embedded registries cannot listen on 127.0.0.1:{port} ({error.strerror}): "
            "set TROUWGRAPH_EMBEDDED_REGISTRIES_PORT to a free port, or 0"
        ) from None
    sock.listen(128)  # calls wait in the backlog until the server below accepts them
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    config = uvicorn.Config(registries, lifespan="off", log_config=None)
    # Not `access_log=False` above: uvicorn.Config would empty the process-wide uvicorn.access
    # logger, and the gateway's own access log would fall silent. Off for this server only:
    config.access_log = False
    server = uvicorn.Server(config)
    # `_serve`, not `serve`: the gateway's own server keeps the process's signal handlers.
    task = asyncio.create_task(server._serve(sockets=[sock]))
    logger.warning("embedded TEST registries (fictional data) listen on %s", url)
    try:
        yield url
    finally:
        server.should_exit = True
        await task
        sock.close()


def _verifier(
    settings: Settings, demo: DemoIssuer, client: httpx.AsyncClient
) -> RememberingVerifier:
    if settings.demo:
        keys = static_keys(demo.keys)
        issuer = DEMO_ISSUER
    else:
        assert settings.oidc_issuer and settings.oidc_jwks_url
        keys = JwksKeys(client, settings.oidc_jwks_url)
        issuer = settings.oidc_issuer
    verifier = TokenVerifier(
        keys,
        issuer=issuer,
        audience=settings.oidc_audience,
        bsn_claim=settings.oidc_bsn_claim,
        rol_claim=settings.oidc_rol_claim,
        gemeente_claim=settings.oidc_gemeente_claim,
        leeway=settings.oidc_leeway_seconds,
    )
    return RememberingVerifier(verifier)  # a client's next request skips the signature


def _outbox(request: Request) -> OutboxRepository | None:
    outbox: OutboxRepository | None = getattr(request.state, "outbox", None)
    return outbox


async def _healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def _readyz(request: Request) -> Response:
    store = await ping(request.state.engine)
    gemeenten = sorted(request.app.state.gemeenten.diensten)
    body = {"status": "ok" if store else "unavailable", "store": store, "gemeenten": gemeenten}
    return JSONResponse(body, status_code=200 if store else 503)
