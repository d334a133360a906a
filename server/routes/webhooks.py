"""What calls the gateway back: the payment provider and the Notificaties API, and the system
actors they act as on a case."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial

import httpx
from starlette.requests import Request

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.zaakterugkoppeling import Gemeentewijziging
from trouwgraph.resolvers.betaalzaken import markeer_betaald as markeer_betaald_als
from trouwgraph.resolvers.betaalzaken import markeer_mislukt as markeer_mislukt_als
from trouwgraph.resolvers.betalingen import MarkeerBetaald, MarkeerMislukt
from trouwgraph.resolvers.context import Services
from trouwgraph.resolvers.gemeentewijziging import pas_toe as pas_wijziging_toe
from trouwgraph.resolvers.huwelijken import Huwelijkszaken
from trouwgraph.server.settings import Settings

# The payment provider's webhook and the case system act as these system actors on a case.
BETAALPROVIDER = Actor(Rol.MEDEWERKER, "betaalprovider")
ZAAKSYSTEEM = Actor(Rol.MEDEWERKER, "zaaksysteem")


@dataclass(frozen=True)
class Notificatiewebhook:
    """Our webhook as the Notificaties API must call it."""

    callback_url: str
    auth: str


def webhookgeheim(settings: Settings) -> bytes | None:
    """The secret behind the webhooks' Authorization values: configured, or per start in the
    demo; None: no webhook."""
    if settings.notificaties_webhook_secret is not None:
        return settings.notificaties_webhook_secret.get_secret_value().encode("utf-8")
    return secrets.token_bytes(32) if settings.demo else None


def notificatiewebhook(
    geheim: bytes | None, gemeentecode: str, gemeente_url: str
) -> Notificatiewebhook | None:
    """Where the Notificaties API calls a municipality's webhook, and the Authorization it
    must send: derived from the secret per municipality, so one municipality's value opens
    no other's webhook."""
    if geheim is None:
        return None
    afgeleid = hmac.new(geheim, f"notificaties\x00{gemeentecode}".encode(), hashlib.sha256)
    token = base64.urlsafe_b64encode(afgeleid.digest()).rstrip(b"=").decode()
    return Notificatiewebhook(f"{gemeente_url}/notificaties/webhook", f"Bearer {token}")


class LateTransport(httpx.AsyncBaseTransport):
    """A transport whose target is set once the app it points at exists (tests)."""

    inner: httpx.AsyncBaseTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.inner is None:
            raise httpx.ConnectError("no target yet", request=request)
        return await self.inner.handle_async_request(request)


def als_zaaksysteem(services: Services) -> Callable[[str, Gemeentewijziging], Awaitable[None]]:
    """Apply a municipality's change as the case system (a system actor)."""

    async def pas_toe(huwelijk_id: str, wijziging: Gemeentewijziging) -> None:
        zaken = Huwelijkszaken(services.proces, ZAAKSYSTEEM, services.clock, services.logboek)
        await pas_wijziging_toe(zaken, huwelijk_id, wijziging)

    return pas_toe


def markeer_betaald(request: Request) -> MarkeerBetaald:
    """Record a confirmed payment as the payment provider (a system actor)."""
    services: Services = request.state.services
    zaken = Huwelijkszaken(services.proces, BETAALPROVIDER, services.clock, services.logboek)
    return partial(markeer_betaald_als, zaken)


def markeer_mislukt(request: Request) -> MarkeerMislukt:
    """Record a failed payment as the payment provider (a system actor)."""
    services: Services = request.state.services
    zaken = Huwelijkszaken(services.proces, BETAALPROVIDER, services.clock, services.logboek)
    return partial(markeer_mislukt_als, zaken)
