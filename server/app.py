"""The composition root: `create_app(settings, overrides)` wires every adapter into one app."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from opentelemetry.sdk.trace.export import SpanExporter
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.types import ASGIApp

from adapters.auth import ProtocolHeaders
from adapters.bag import BagIndividueleBevragingen
from adapters.brp import HaalCentraalBrp
from adapters.logboek import OpenTelemetryLogboek, Verwerkingsactiviteiten
from adapters.mollie import MollieApiKey, MollieBetalingen
from adapters.notificaties import NotificatiesApi
from adapters.zgw import ZgwInstellingen, ZgwZaakregistratie
from adapters.zgw_auth import ZgwJwtAuth
from adapters.zgw_http import ZgwHttp
from adapters.zgw_zaaklezer import ZgwZaaklezer
from registries.app import ZGW_CLIENT_ID, EmbeddedCredentials, create_registries
from registries.zgw.catalogus import CATALOGUS_UUID
from resolvers.authenticatieniveau import Authenticatiebeleid
from resolvers.betalingen import webhook_route
from resolvers.context import Services
from resolvers.huwelijken import Betaallinks, Procesdiensten
from resolvers.notificatie_webhook import SOORT_ONTVANGEN, Terugkoppeling, Webhookdiensten
from resolvers.notificatie_webhook import webhook_route as notificatie_webhook_route
from resolvers.terugbetaling import SOORT_TERUGBETALEN, Terugbetaler
from resolvers.zaaknotificaties import (
    SOORT_PUBLICEER,
    Publicatieverwerker,
    abonneer_doorlopend,
    publicaties_na,
)
from resolvers.zaakregistratie import Bezorger, Verwerker, bezorg_doorlopend
from server.agenda import ceremonies, feed_tokens, feed_url
from server.agenda_keuze import kies_agenda
from server.demo_issuer import DEMO_ISSUER, DemoIssuer
from server.gemeente import EMBEDDED, Gemeente, NoAuth, load_gemeente
from server.graphql_endpoint import graphql_endpoint
from server.http_security import SecurityHeaders, api_version, cors_middleware, problem_handlers
from server.ical_feeds import ical_routes
from server.identity import JwksKeys, TokenVerifier, static_keys
from server.ratelimit import (
    RateLimit,
    client_address_key,
    make_limiter,
    redis_client,
)
from server.settings import Settings
from server.telemetry import RequestTracing, tracer_provider
from server.upstreams import registry_client
from server.webhooks import LateTransport, als_zaaksysteem, markeer_betaald, notificatiewebhook
from store.database import create_engine, migrate, ping, session_factory
from store.huwelijken import HuwelijkRepository
from store.outbox import OutboxRepository
from store.repository import CaseRepository
from store.zaakkoppeling import ZaakkoppelingRepository

TransportFactory = Callable[[str, ASGIApp], httpx.AsyncBaseTransport]


@dataclass(frozen=True)
class Overrides:
    """Replacements for tests: the network under the adapters, the clock, a span sink."""

    transport: TransportFactory | None = None
    clock: Callable[[], datetime] | None = None
    span_exporter: SpanExporter | None = None
    credentials: EmbeddedCredentials | None = None


def create_app(settings: Settings, overrides: Overrides | None = None) -> Starlette:
    """The gateway: GraphQL, health, the embedded registries and, in demo mode, the issuer."""
    overrides = overrides or Overrides()
    gemeente = load_gemeente(settings.gemeente_config)
    demo = DemoIssuer(settings.oidc_audience, settings.oidc_bsn_claim, settings.oidc_rol_claim)
    if not settings.demo and not (settings.oidc_issuer and settings.oidc_jwks_url):
        raise ValueError("set TROUWGRAPH_OIDC_ISSUER and TROUWGRAPH_OIDC_JWKS_URL (or use demo)")
    if settings.production and settings.demo:
        raise ValueError("TROUWGRAPH_PRODUCTION and demo mode exclude each other")
    telemetry = tracer_provider(
        settings.logboek_exporter, settings.logboek_file, overrides.span_exporter
    )
    activiteiten = gemeente.verwerkingsactiviteiten
    logboek = OpenTelemetryLogboek(
        telemetry.get_tracer("trouwgraph.logboek"),
        _logboek_sleutel(settings),
        Verwerkingsactiviteiten(activiteiten.standaard, activiteiten.per_verwerking),
    )

    authenticatie = Authenticatiebeleid(settings.oidc_acr_niveaus, settings.oidc_acr_minimum)
    redis = redis_client(settings.redis_url) if settings.redis_url else None
    window = settings.rate_limit_window_seconds
    per_address = make_limiter("adres", settings.rate_limit_per_address, window, redis)
    per_user = make_limiter("gebruiker", settings.rate_limit_per_user, window, redis)

    credentials = overrides.credentials or EmbeddedCredentials()
    feeds = feed_tokens(settings)
    webhook = notificatiewebhook(settings)
    # The lifespan's services, for what is built before them: routes, the outbox worker.
    lopend: list[Services] = []
    bezorging = LateTransport()  # the embedded Notificaties API delivers to this very app
    notificaties_http = (
        httpx.AsyncClient(timeout=10.0, trust_env=False, transport=bezorging)
        if overrides.transport
        else None
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        clock = overrides.clock or (lambda: datetime.now(UTC))

        def client(name: str) -> httpx.AsyncClient:
            transport = overrides.transport(name, app) if overrides.transport else None
            registry = getattr(gemeente.registers, name)
            made = registry_client(
                name, registry, embedded_url=settings.embedded_registries_url, transport=transport
            )
            embedded_auth = _embedded_auth(name, credentials)
            if registry.embedded and isinstance(registry.auth, NoAuth) and embedded_auth:
                made.auth = embedded_auth
            return made

        async with AsyncExitStack() as stack:
            clients = {
                name: await stack.enter_async_context(client(name))
                for name in ("brp", "bag", "zaken", "catalogi", "notificaties", "betalingen")
            }
            jwks_client = await stack.enter_async_context(
                httpx.AsyncClient(
                    timeout=5.0,
                    trust_env=False,
                    transport=overrides.transport("oidc", app) if overrides.transport else None,
                )
            )
            engine = create_engine(settings.database_url, search_path=settings.database_schema)
            stack.push_async_callback(engine.dispose)
            stack.callback(telemetry.shutdown)
            if notificaties_http is not None:
                stack.push_async_callback(notificaties_http.aclose)
            if redis is not None:
                stack.push_async_callback(redis.aclose)
            await migrate(engine)
            sessions = session_factory(engine)
            outbox = OutboxRepository(sessions)
            koppelingen = ZaakkoppelingRepository(sessions)
            notificaties = NotificatiesApi(clients["notificaties"])
            zaaklezer = ZgwZaaklezer(
                ZgwHttp("ZAKEN", clients["zaken"]), ZgwHttp("CATALOGI", clients["catalogi"])
            )
            meldingen = gemeente.notificaties
            verwerkers: dict[str, Verwerker] = {}
            if meldingen.publiceren:
                verwerkers[SOORT_PUBLICEER] = Publicatieverwerker(notificaties, zaaklezer)
            if webhook is not None and meldingen.terugkoppeling:
                verwerkers[SOORT_ONTVANGEN] = Terugkoppeling(
                    zaaklezer, koppelingen, als_zaaksysteem(lopend)
                )
            betalingen = MollieBetalingen(
                clients["betalingen"], timeout=clients["betalingen"].timeout
            )
            verwerkers[SOORT_TERUGBETALEN] = Terugbetaler(betalingen)
            agendakeuze = await kies_agenda(gemeente, client, stack, sessions)
            verwerkers.update(agendakeuze.verwerkers)
            bezorger = Bezorger(
                outbox,
                _zaakregistratie(gemeente, clients),
                batch=settings.outbox_batch,
                verwerkers=verwerkers,
                vervolg=publicaties_na if meldingen.publiceren else None,
            )
            await stack.enter_async_context(
                _achtergrond(bezorg_doorlopend(bezorger, clock, interval=settings.outbox_interval))
            )
            if webhook is not None:
                # In the background: a Notificaties API that is down must not block start-up.
                await stack.enter_async_context(
                    _achtergrond(
                        abonneer_doorlopend(
                            notificaties,
                            webhook.callback_url,
                            webhook.auth,
                            {"zaken": meldingen.filters},
                        )
                    )
                )
            services = Services(
                brp=HaalCentraalBrp(
                    clients["brp"],
                    protocol=_protocol(gemeente, "brp"),
                    timeout=clients["brp"].timeout,
                ),
                proces=Procesdiensten(
                    huwelijken=HuwelijkRepository(CaseRepository(sessions)),
                    config=gemeente.procesconfiguratie,
                    nieuw_id=lambda: uuid.uuid4().hex,
                    adresregister=BagIndividueleBevragingen(
                        clients["bag"], timeout=clients["bag"].timeout
                    ),
                    zaakregistratie=gemeente.zaakregistratie.aan,
                    agenda=agendakeuze.agenda,
                ),
                logboek=logboek,
                authenticatie=authenticatie,
                outbox=outbox,
                betalingen=betalingen,
                betaallinks=Betaallinks(
                    terug=settings.betaling_terug_url,
                    webhook=f"{settings.public_url.rstrip('/')}/betalingen/webhook",
                ),
                agendafeed=feed_url(settings.public_url, feeds),
                clock=clock,
            )
            lopend[:] = [services]
            yield {
                "services": services,
                "webhook": Webhookdiensten(koppelingen, outbox, clock),
                "verifier": _verifier(settings, demo, jwks_client),
                "engine": engine,
                "gemeente": gemeente,
            }

    routes: list[BaseRoute] = [
        Route("/healthz", _healthz, methods=["GET"]),
        Route("/readyz", _readyz, methods=["GET"]),
        Route("/graphql", graphql_endpoint(settings, per_user), methods=["GET", "POST"]),
        Mount(
            "/registries",
            create_registries(
                gemeente.procesconfiguratie,
                public_url=settings.embedded_registries_url,
                credentials=credentials,
                notificaties_http=notificaties_http,
                clock=overrides.clock,
            ),
        ),
    ]
    routes.append(webhook_route(lambda r: r.state.services.betalingen, markeer_betaald))
    if feeds is not None:
        routes.extend(ical_routes(ceremonies(lopend), feeds))
    if webhook is not None:
        routes.append(
            notificatie_webhook_route(auth=webhook.auth, diensten=lambda r: r.state.webhook)
        )
    if settings.demo:
        routes.extend(demo.routes())
    # Outermost first: every response gets the headers; CORS so a 429 is readable in a browser;
    # the per-address limit before any token is verified.
    middleware = [
        Middleware(SecurityHeaders, api_version=api_version(), hsts=settings.hsts),
        *cors_middleware(settings.cors_origins),
        Middleware(RateLimit, limiter=per_address, key_func=client_address_key),
        Middleware(RequestTracing, tracer=telemetry.get_tracer("trouwgraph.http")),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=middleware,
        exception_handlers=problem_handlers(),
    )
    if overrides.transport is not None:
        bezorging.inner = overrides.transport("notificaties-bezorging", app)
    return app


def _embedded_auth(name: str, credentials: EmbeddedCredentials) -> httpx.Auth | None:
    """The credentials an embedded registry checks, when the file configures none."""
    if name in ("zaken", "catalogi", "notificaties"):
        return ZgwJwtAuth(ZGW_CLIENT_ID, credentials.zgw_secret)
    if name == "betalingen":
        return MollieApiKey(credentials.betalingen_api_key)
    return None


def _zaakregistratie(
    gemeente: Gemeente, clients: dict[str, httpx.AsyncClient]
) -> ZgwZaakregistratie:
    config = gemeente.zaakregistratie
    catalogi = ZgwHttp("CATALOGI", clients["catalogi"])
    catalogus = (
        catalogi.url(f"catalogussen/{CATALOGUS_UUID}")
        if config.catalogus == EMBEDDED
        else config.catalogus
    )
    return ZgwZaakregistratie(
        ZgwHttp("ZAKEN", clients["zaken"]),
        catalogi,
        ZgwInstellingen(
            catalogus,
            config.zaaktype,
            config.bronorganisatie,
            config.verantwoordelijke_organisatie or config.bronorganisatie,
        ),
    )


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
    if settings.demo or settings.logboek_exporter == "none":
        return secrets.token_bytes(32)  # nothing outlives this process to link it to
    raise ValueError("set TROUWGRAPH_LOGBOEK_SLEUTEL (32+ bytes) to pseudonymise BSNs")


def _protocol(gemeente: Gemeente, name: str) -> ProtocolHeaders:
    protocol = getattr(gemeente.registers, name).protocol
    return ProtocolHeaders(
        doelbinding=protocol.doelbinding,
        verwerking=protocol.verwerking,
        origin_oin=protocol.origin_oin,
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
