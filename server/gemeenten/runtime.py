"""One municipality's runtime: its registry clients, its use cases, its routes, its outbox
delivery and its background work, all made from its configuration file.

A `Gemeentedienst` is immutable once started. A reload starts new ones beside the old, and an
old one is closed only when the requests it is serving have finished (`in_gebruik`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.applications import Starlette
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp

from trouwgraph.adapters.agenda import Agenda
from trouwgraph.adapters.auth import ProtocolHeaders
from trouwgraph.adapters.bag import Adresregister, BagIndividueleBevragingen
from trouwgraph.adapters.brp import HaalCentraalBrp
from trouwgraph.adapters.logboek import OpenTelemetryLogboek, Verwerkingsactiviteiten
from trouwgraph.adapters.mollie import MollieApiKey, MollieBetalingen
from trouwgraph.adapters.notificaties import NotificatiesApi
from trouwgraph.adapters.spans import SpanSink
from trouwgraph.adapters.zgw import ZgwInstellingen, ZgwZaakregistratie
from trouwgraph.adapters.zgw_auth import ZgwJwtAuth
from trouwgraph.adapters.zgw_http import ZgwHttp
from trouwgraph.adapters.zgw_zaaklezer import ZgwZaaklezer
from trouwgraph.domain.actor import Actor
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.registries.app import ZGW_CLIENT_ID, EmbeddedCredentials
from trouwgraph.registries.zgw.catalogus import CATALOGUS_UUID
from trouwgraph.resolvers.authenticatieniveau import Authenticatiebeleid
from trouwgraph.resolvers.betaalzaken import Betaallinks
from trouwgraph.resolvers.betalingen import webhook_route
from trouwgraph.resolvers.claims import capaciteitsregels
from trouwgraph.resolvers.context import Services
from trouwgraph.resolvers.huwelijken import Procesdiensten
from trouwgraph.resolvers.notificatie_webhook import (
    SOORT_ONTVANGEN,
    Terugkoppeling,
    Webhookdiensten,
)
from trouwgraph.resolvers.terugbetaling import SOORT_TERUGBETALEN, Terugbetaler
from trouwgraph.resolvers.zaaknotificaties import (
    SOORT_PUBLICEER,
    Publicatieverwerker,
    abonneer_doorlopend,
    publicaties_na,
)
from trouwgraph.resolvers.zaakregistratie import Bezorger, Verwerker
from trouwgraph.server.gemeenten.agenda_choice import kies_agenda
from trouwgraph.server.gemeenten.config import EMBEDDED, LOCATIES_API, Gemeente, NoAuth
from trouwgraph.server.gemeenten.locaties_source import met_locaties
from trouwgraph.server.gemeenten.upstreams import registry_client
from trouwgraph.server.http.security_headers import problem_handlers
from trouwgraph.server.routes.ical_feeds import FeedTokens, ical_routes
from trouwgraph.server.routes.ical_wiring import ceremonies, feed_url
from trouwgraph.server.routes.notificatie_webhook import webhook_route as notificatie_webhook_route
from trouwgraph.server.routes.webapp import webapp_routes
from trouwgraph.server.routes.webhooks import (
    als_zaaksysteem,
    markeer_betaald,
    markeer_mislukt,
    notificatiewebhook,
)
from trouwgraph.server.settings import Settings
from trouwgraph.store.huwelijken import HuwelijkRepository
from trouwgraph.store.outbox import OutboxRepository
from trouwgraph.store.repository import CaseRepository
from trouwgraph.store.zaakkoppeling import ZaakkoppelingRepository

__all__ = ["Gedeeld", "Gemeentedienst", "gemeente_url", "start_gemeentedienst"]

logger = logging.getLogger(__name__)

REGISTERS = ("brp", "bag", "zaken", "catalogi", "notificaties", "betalingen")
TransportFactory = Callable[[str], httpx.AsyncBaseTransport | None]


@dataclass(frozen=True)
class Gedeeld:
    """What every municipality of one deployment shares."""

    settings: Settings
    sessions: async_sessionmaker[AsyncSession]
    outbox: OutboxRepository
    logboek_spans: SpanSink  # where the processing log's records go
    logboek_sleutel: bytes
    authenticatie: Authenticatiebeleid
    credentials: EmbeddedCredentials
    graphql: ASGIApp
    feeds: FeedTokens | None
    webhookgeheim: bytes | None
    clock: Callable[[], datetime]
    transport: TransportFactory  # by registry name; None: the network


class Gemeentedienst:
    """A started municipality: `app` serves its routes with `services` in the request state."""

    def __init__(
        self,
        gemeente: Gemeente,
        services: Services,
        webhook: Webhookdiensten,
        bezorger: Bezorger,
        app: Starlette,
        stack: AsyncExitStack,
        meerdere: bool,
    ) -> None:
        self.gemeente = gemeente
        self.services = services
        self.webhook = webhook
        self.bezorger = bezorger
        self.app = app
        self._stack = stack
        self._meerdere = meerdere
        self._lopend = 0
        self._leeg = asyncio.Event()
        self._leeg.set()
        self._gesloten = False

    @property
    def gemeentecode(self) -> str:
        """The CBS code of the municipality."""
        return self.gemeente.gemeentecode

    def weigert(self, actor: Actor) -> str | None:
        """Why `actor` may not act here (None: they may). Staff act only for the
        municipalities their token names; with one municipality served, a token that names
        none is accepted."""
        if not actor.is_medewerker or actor.gemeenten is None:
            if actor.is_medewerker and self._meerdere:
                return (
                    "Uw inlog als medewerker noemt geen gemeente. Vraag de beheerder van de "
                    "inlogdienst om de gemeente aan uw account toe te voegen."
                )
            return None
        if self.gemeentecode in actor.gemeenten:
            return None
        return f"Uw inlog geeft geen toegang tot gemeente {self.gemeentecode}."

    @property
    def gesloten(self) -> bool:
        """True once `sluit` has closed the clients."""
        return self._gesloten

    @asynccontextmanager
    async def in_gebruik(self) -> AsyncIterator[Gemeentedienst]:
        """Hold the runtime open for one request (or one outbox run)."""
        self._lopend += 1
        self._leeg.clear()
        try:
            yield self
        finally:
            self._lopend -= 1
            if self._lopend == 0:
                self._leeg.set()

    async def sluit(self, *, uiterlijk: float) -> None:
        """Close the clients and background work once no request uses them any more (but
        after at most `uiterlijk` seconds)."""
        try:
            await asyncio.wait_for(self._leeg.wait(), timeout=uiterlijk)
        except TimeoutError:
            logger.warning(
                "municipality %s: %d request(s) still running at close",
                self.gemeentecode,
                self._lopend,
            )
        await self._stack.aclose()
        self._gesloten = True


def gemeente_url(basis: str, gemeente: Gemeente, routering: str) -> str:
    """Where `gemeente` is reached: `basis` plus /{gemeentecode}, or with routing by host the
    municipality's first host name in place of `basis`'s host."""
    if routering == "host":
        if not gemeente.hosts:
            return basis.rstrip("/")
        delen = urlsplit(basis)
        poort = f":{delen.port}" if delen.port else ""
        host = gemeente.hosts[0] + poort
        return urlunsplit((delen.scheme, host, delen.path, "", "")).rstrip("/")
    return f"{basis.rstrip('/')}/{gemeente.gemeentecode}"


async def start_gemeentedienst(
    gemeente: Gemeente, gedeeld: Gedeeld, *, meerdere: bool
) -> Gemeentedienst:
    """Open the municipality's clients and start its background work; `meerdere`: the
    deployment serves more than one municipality."""
    stack = AsyncExitStack()
    try:
        return await _bouw(gemeente, gedeeld, stack, meerdere)
    except BaseException:
        await stack.aclose()
        raise


async def _bouw(
    gemeente: Gemeente, gedeeld: Gedeeld, stack: AsyncExitStack, meerdere: bool
) -> Gemeentedienst:
    settings = gedeeld.settings
    code = gemeente.gemeentecode
    clients = {
        name: await stack.enter_async_context(_client(name, gemeente, gedeeld))
        for name in REGISTERS
    }
    url = gemeente_url(settings.public_url, gemeente, settings.gemeente_routering)
    feeds = gedeeld.feeds.voor(code) if gedeeld.feeds is not None else None
    agendakeuze = await kies_agenda(
        gemeente, lambda name: _client(name, gemeente, gedeeld), stack, gedeeld.sessions
    )
    catalogus = (
        await stack.enter_async_context(_client("locaties", gemeente, gedeeld))
        if gemeente.locaties.bron == LOCATIES_API
        else None
    )
    bag = BagIndividueleBevragingen(clients["bag"], timeout=clients["bag"].timeout)
    config = await met_locaties(gemeente, catalogus, bag)
    services = _services(gemeente, config, gedeeld, clients, bag, agendakeuze.agenda, url, feeds)
    koppelingen = ZaakkoppelingRepository(gedeeld.sessions, gemeentecode=code)
    notificaties = NotificatiesApi(clients["notificaties"])
    zaaklezer = ZgwZaaklezer(
        ZgwHttp("ZAKEN", clients["zaken"]), ZgwHttp("CATALOGI", clients["catalogi"])
    )
    webhook = notificatiewebhook(
        gedeeld.webhookgeheim,
        code,
        gemeente_url(
            settings.notificaties_callback_base_url or settings.public_url,
            gemeente,
            settings.gemeente_routering,
        ),
    )
    meldingen = gemeente.notificaties
    verwerkers: dict[str, Verwerker] = {
        SOORT_TERUGBETALEN: Terugbetaler(services.betalingen),
        **agendakeuze.verwerkers,
    }
    if meldingen.publiceren:
        verwerkers[SOORT_PUBLICEER] = Publicatieverwerker(notificaties, zaaklezer)
    if webhook is not None and meldingen.terugkoppeling:
        verwerkers[SOORT_ONTVANGEN] = Terugkoppeling(
            zaaklezer, koppelingen, als_zaaksysteem(services)
        )
    bezorger = Bezorger(
        gedeeld.outbox,
        _zaakregistratie(gemeente, clients),
        batch=settings.outbox_batch,
        max_pogingen=settings.outbox_max_pogingen,
        verwerkers=verwerkers,
        vervolg=publicaties_na if meldingen.publiceren else None,
        gemeentecode=code,
    )
    webhookdiensten = Webhookdiensten(koppelingen, gedeeld.outbox, gedeeld.clock)
    routes: list[BaseRoute] = [
        Route("/graphql", gedeeld.graphql, methods=["GET", "POST"]),
        webhook_route(
            lambda r: r.state.services.betalingen,
            markeer_betaald,
            markeer_mislukt=markeer_mislukt,
        ),
    ]
    if feeds is not None:
        routes.extend(ical_routes(ceremonies(services), feeds))
    if settings.demo or gemeente.webapp.aan:
        routes.extend(
            webapp_routes(gemeente, demo=settings.demo, rol_claim=settings.oidc_rol_claim)
        )
    if webhook is not None:
        routes.append(
            notificatie_webhook_route(auth=webhook.auth, diensten=lambda r: r.state.webhook)
        )
        # In the background: a Notificaties API that is down must not block start-up.
        taak = asyncio.create_task(
            abonneer_doorlopend(
                notificaties, webhook.callback_url, webhook.auth, {"zaken": meldingen.filters}
            )
        )
        stack.push_async_callback(_stop, taak)
    app = Starlette(routes=routes, exception_handlers=problem_handlers())
    return Gemeentedienst(gemeente, services, webhookdiensten, bezorger, app, stack, meerdere)


def _services(
    gemeente: Gemeente,
    config: ProcesConfiguratie,
    gedeeld: Gedeeld,
    clients: dict[str, httpx.AsyncClient],
    adresregister: Adresregister,
    agenda: Agenda | None,
    url: str,
    feeds: FeedTokens | None,
) -> Services:
    """The use cases' ports for one municipality (running the process as `config` says)
    reached at `url`."""
    settings = gedeeld.settings
    activiteiten = gemeente.verwerkingsactiviteiten
    return Services(
        brp=HaalCentraalBrp(
            clients["brp"], protocol=_protocol(gemeente, "brp"), timeout=clients["brp"].timeout
        ),
        proces=Procesdiensten(
            huwelijken=HuwelijkRepository(
                CaseRepository(gedeeld.sessions, capaciteitsregels(config))
            ),
            config=config,
            nieuw_id=lambda: uuid.uuid4().hex,
            adresregister=adresregister,
            zaakregistratie=gemeente.zaakregistratie.aan,
            agenda=agenda,
        ),
        logboek=OpenTelemetryLogboek(
            gedeeld.logboek_spans,
            gedeeld.logboek_sleutel,
            Verwerkingsactiviteiten(activiteiten.standaard, activiteiten.per_verwerking),
        ),
        authenticatie=gedeeld.authenticatie,
        outbox=gedeeld.outbox,
        betalingen=MollieBetalingen(clients["betalingen"], timeout=clients["betalingen"].timeout),
        betaallinks=Betaallinks(
            terug=settings.betaling_terug_url.replace("{gemeentecode}", gemeente.gemeentecode),
            webhook=f"{url}/betalingen/webhook",
        ),
        agendafeed=feed_url(url, feeds),
        clock=gedeeld.clock,
    )


async def _stop(taak: asyncio.Task[object]) -> None:
    taak.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await taak


def _client(name: str, gemeente: Gemeente, gedeeld: Gedeeld) -> httpx.AsyncClient:
    registry = getattr(gemeente.registers, name)
    made = registry_client(
        name,
        registry,
        embedded_url=f"{gedeeld.settings.embedded_registries_url.rstrip('/')}/"
        f"{gemeente.gemeentecode}",
        transport=gedeeld.transport(name),
    )
    embedded_auth = _embedded_auth(name, gedeeld.credentials)
    if registry.embedded and isinstance(registry.auth, NoAuth) and embedded_auth:
        made.auth = embedded_auth
    return made


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


def _protocol(gemeente: Gemeente, name: str) -> ProtocolHeaders:
    protocol = getattr(gemeente.registers, name).protocol
    return ProtocolHeaders(
        doelbinding=protocol.doelbinding,
        verwerking=protocol.verwerking,
        origin_oin=protocol.origin_oin,
    )
