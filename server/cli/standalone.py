"""`trouwgraph registries`: the embedded registries on their own, for a test bench.

They answer at `/{gemeentecode}/...` on their own port, deliver notifications and payment
webhooks over the network, and take the credentials the operator chose (never printed).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount

from trouwgraph.registries.app import EmbeddedCredentials, RegistriesPerGemeente
from trouwgraph.registries.notificaties.bezorging import OPEN_NOTIFICATIES, Herhaalbeleid
from trouwgraph.server.gemeenten.config_files import load_gemeenten
from trouwgraph.server.settings import Settings
from trouwgraph.server.startup import StartupRefused

__all__ = ["BACKOFF_ENV", "BETALINGEN_KEY_ENV", "ZGW_SECRET_ENV", "standalone_registries"]

# The standalone registries' credentials, chosen by the operator (never printed).
ZGW_SECRET_ENV = "TROUWGRAPH_REGISTRIES_ZGW_SECRET"  # noqa: S105 (a variable name)
BETALINGEN_KEY_ENV = "TROUWGRAPH_REGISTRIES_BETALINGEN_API_KEY"
BACKOFF_ENV = "TROUWGRAPH_REGISTRIES_NOTIFICATIES_BACKOFF"


def standalone_registries() -> Starlette:
    """The embedded registries on their own (`trouwgraph registries`), delivering
    notifications and payment webhooks over the network. Their credentials come from
    TROUWGRAPH_REGISTRIES_ZGW_SECRET and TROUWGRAPH_REGISTRIES_BETALINGEN_API_KEY (random per
    start when unset); they are never printed."""
    settings = Settings()
    chosen = {
        "zgw_secret": os.environ.get(ZGW_SECRET_ENV),
        "betalingen_api_key": os.environ.get(BETALINGEN_KEY_ENV),
    }
    credentials = EmbeddedCredentials(**{k: v for k, v in chosen.items() if v})
    unset = [
        env
        for env, value in zip((ZGW_SECRET_ENV, BETALINGEN_KEY_ENV), chosen.values(), strict=True)
        if not value
    ]
    if unset:
        print(f"{' and '.join(unset)} unset: random credentials, usable by no client", flush=True)
    bezorging = httpx.AsyncClient(timeout=10.0, trust_env=False)
    registries = RegistriesPerGemeente(
        public_url=settings.embedded_registries_url,
        credentials=credentials,
        notificaties_http=bezorging,
        herhaling=_herhaalbeleid(),
    )
    for gemeente in load_gemeenten(settings.gemeente_config):
        registries.voeg_toe(gemeente.gemeentecode, gemeente.procesconfiguratie)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await registries.aclose()
            await bezorging.aclose()

    return Starlette(routes=[Mount("/", registries.app)], lifespan=lifespan)


def _herhaalbeleid() -> Herhaalbeleid:
    """Open Notificaties' retry schedule, its factor (the first wait, in seconds) taken from
    TROUWGRAPH_REGISTRIES_NOTIFICATIES_BACKOFF when set (a quick one for a test bench)."""
    raw = os.environ.get(BACKOFF_ENV)
    if raw is None:
        return OPEN_NOTIFICATIES
    try:
        factor = float(raw)
    except ValueError:
        raise StartupRefused(f"{BACKOFF_ENV}: not a number of seconds") from None
    if not 0 < factor <= OPEN_NOTIFICATIES.maximum:
        raise StartupRefused(f"{BACKOFF_ENV}: between 0 and 52000 seconds")
    return replace(OPEN_NOTIFICATIES, factor=factor)
