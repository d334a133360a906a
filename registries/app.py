"""All embedded registries as one ASGI app: mounted in the gateway, or served on their own.

Each behaves as the real registry does, so the gateway's adapters run their real HTTP code
against them. Credentials the embedded ones check are made per start (`EmbeddedCredentials`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount

from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.registries.bag.app import create_bag_registry, load_adressen
from trouwgraph.registries.betalingen.app import create_mollie_registry
from trouwgraph.registries.brp.app import create_brp_registry, load_personen
from trouwgraph.registries.locaties.app import create_locaties_registry, load_locaties
from trouwgraph.registries.notificaties.app import create_notificaties_registry
from trouwgraph.registries.notificaties.bezorging import (
    OPEN_NOTIFICATIES,
    Abonnementbezorger,
    Herhaalbeleid,
)
from trouwgraph.registries.qmatic.app import create_qmatic_registry
from trouwgraph.registries.qmatic.planning import Planning
from trouwgraph.registries.zgw.app import zgw_apis

ZGW_CLIENT_ID = "trouwgraph-embedded"


@dataclass(frozen=True)
class EmbeddedCredentials:
    """What the gateway's adapters present to the embedded registries."""

    zgw_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    betalingen_api_key: str = field(default_factory=lambda: f"test_{secrets.token_urlsafe(24)}")


def create_registries(
    proces: ProcesConfiguratie,
    *,
    public_url: str,
    credentials: EmbeddedCredentials,
    notificaties_http: httpx.AsyncClient | None = None,
    herhaling: Herhaalbeleid = OPEN_NOTIFICATIES,
    clock: Callable[[], datetime] | None = None,
) -> Starlette:
    """The embedded registries under /brp, /bag, /locaties, /zaken, /catalogi, /notificaties,
    /qmatic and /betalingen; `public_url` is where browsers reach them (the payment checkout
    page); `notificaties_http` delivers notifications to subscribers (the app's
    `state.bezorger`), failures retried per `herhaling`; `clock` is the time the Qmatic
    registry plans by (tests; default: now)."""
    zgw = zgw_apis(clients={ZGW_CLIENT_ID: credentials.zgw_secret})
    planning = Planning(proces) if clock is None else Planning(proces, now=clock)
    notificaties = create_notificaties_registry(
        clients={ZGW_CLIENT_ID: credentials.zgw_secret},
        http=notificaties_http,
        herhaling=herhaling,
    )
    app = Starlette(
        routes=[
            Mount("/brp", create_brp_registry(load_personen())),
            Mount("/bag", create_bag_registry(load_adressen())),
            Mount("/locaties", create_locaties_registry(load_locaties())),
            Mount("/zaken", zgw.zaken),
            Mount("/catalogi", zgw.catalogi),
            Mount("/notificaties", notificaties),
            Mount("/qmatic", create_qmatic_registry(planning)),
            Mount(
                "/betalingen",
                create_mollie_registry(
                    api_key=credentials.betalingen_api_key,
                    base_url_for_checkout=f"{public_url.rstrip('/')}/betalingen",
                ),
            ),
        ]
    )
    app.state.bezorger = notificaties.state.bezorger
    return app


class RegistriesPerGemeente:
    """The embedded registries of every municipality served, each under /{gemeentecode}.

    They stand for each municipality's own systems, so a reload of the configuration keeps
    them (and their data); a municipality that appears in a reload gets its own set then.
    """

    def __init__(
        self,
        *,
        public_url: str,
        credentials: EmbeddedCredentials,
        notificaties_http: httpx.AsyncClient | None = None,
        herhaling: Herhaalbeleid = OPEN_NOTIFICATIES,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.public_url = public_url  # where browsers reach them; settable until they start
        self._herhaling = herhaling
        self._clock = clock
        self._credentials = credentials
        self._notificaties_http = notificaties_http
        self._bezorgers: list[Abonnementbezorger] = []
        self.app = Starlette()

    def __contains__(self, gemeentecode: object) -> bool:
        return any(
            isinstance(route, Mount) and route.path == f"/{gemeentecode}"
            for route in self.app.router.routes
        )

    async def aclose(self) -> None:
        """Drop the pending notification retries of every municipality (at shutdown)."""
        for bezorger in self._bezorgers:
            await bezorger.aclose()

    def voeg_toe(self, gemeentecode: str, proces: ProcesConfiguratie) -> None:
        """Serve the registries of `gemeentecode` (seeded from its `proces`) unless served."""
        if gemeentecode in self:
            return
        registries = create_registries(
            proces,
            public_url=f"{self.public_url.rstrip('/')}/{gemeentecode}",
            credentials=self._credentials,
            notificaties_http=self._notificaties_http,
            herhaling=self._herhaling,
            clock=self._clock,
        )
        if registries.state.bezorger is not None:
            self._bezorgers.append(registries.state.bezorger)
        self.app.router.routes.append(Mount(f"/{gemeentecode}", registries))
