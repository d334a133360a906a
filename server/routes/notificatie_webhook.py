"""`POST /notificaties/webhook`: the webhook the Notificaties API calls.

It receives a `Message` (Notificaties API 1.0.0) for the gateway's abonnement, authenticated by
the `auth` the gateway gave in that abonnement (the whole Authorization header, compared in
constant time: 401 without one, 403 with another). It answers 204 fast and does no upstream
call: a `status` `create` on the `zaken` kanaal about a zaak the gateway registered is stored as
an outbox message `notificatie.ontvangen`, keyed by the status URL (the same notification twice
is stored once); everything else is ignored (204 too). What the message then changes in the
case is `resolvers.notificatie_webhook.Terugkoppeling`'s work. Refusals are problem+json with
the catalogue's codes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from trouwgraph.resolvers.notificatie_webhook import SOORT_ONTVANGEN, Webhookdiensten
from trouwgraph.resolvers.zaaknotificaties import KANAAL_ZAKEN
from trouwgraph.server.http.problems import problem
from trouwgraph.store.errors import StoreError
from trouwgraph.store.outbox import Bericht
from trouwgraph.store.zaakkoppeling import Zaakkoppeling

__all__ = ["MAX_BODY_BYTES", "WEBHOOK_PATH", "webhook_route"]

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "/notificaties/webhook"
MAX_BODY_BYTES = 64 * 1024
_MESSAGE_FIELDS = ("kanaal", "hoofdObject", "resource", "resourceUrl", "actie")


def webhook_route(
    *,
    auth: str,
    diensten: Callable[[Request], Webhookdiensten],
    path: str = WEBHOOK_PATH,
) -> Route:
    """The webhook route; `auth` is the abonnement's Authorization header value; `diensten`
    finds the services for a request (e.g. `lambda r: r.state.webhook`)."""
    if not auth:
        raise ValueError("the webhook needs a non-empty auth value")
    verwacht = auth.encode()

    async def webhook(request: Request) -> Response:
        gegeven = request.headers.get("authorization")
        if not gegeven:
            weigering = problem(
                "NIET_GEAUTHENTICEERD", "Dit adres vraagt om een Authorization-header."
            )
            weigering.headers["WWW-Authenticate"] = "Bearer"
            return weigering
        if not hmac.compare_digest(gegeven.encode(), verwacht):
            return problem("NIET_TOEGESTAAN", "Deze Authorization-header geeft hier geen toegang.")
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            return problem("MEDIA_TYPE_NIET_ONDERSTEUND")
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return problem("VERZOEK_TE_GROOT")
        message = _message(body)
        if message is None:
            return problem("ONGELDIG_VERZOEK", "De inhoud is geen notificatiebericht.")
        if (message["kanaal"], message["resource"], message["actie"]) != (
            KANAAL_ZAKEN,
            "status",
            "create",
        ):
            return Response(status_code=204)
        bij = diensten(request)
        try:
            koppeling = await bij.koppelingen.voor_zaak(message["hoofdObject"])
            if koppeling is not None:
                await bij.outbox.plaats([_bericht(koppeling, message)], bij.clock())
        except StoreError as error:
            logger.warning("notification not stored: %s", type(error).__name__)
            return problem("OPSLAG_NIET_BESCHIKBAAR")
        return Response(status_code=204)

    return Route(path, webhook, methods=["POST"])


def _message(body: bytes) -> dict[str, str] | None:
    try:
        data: Any = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict) or not all(
        isinstance(data.get(name), str) and data[name] for name in _MESSAGE_FIELDS
    ):
        return None
    return {name: data[name] for name in _MESSAGE_FIELDS}


def _bericht(koppeling: Zaakkoppeling, message: dict[str, str]) -> Bericht:
    digest = hashlib.sha256(message["resourceUrl"].encode()).hexdigest()[:40]
    return Bericht(
        koppeling.gemeentecode,
        koppeling.case_id,
        SOORT_ONTVANGEN,
        f"{koppeling.case_id}:ontvangen:{digest}",
        {"zaak": message["hoofdObject"], "status": message["resourceUrl"]},
    )
