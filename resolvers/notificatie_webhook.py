"""The webhook the Notificaties API calls, and what a status notification changes in the case.

`POST /notificaties/webhook` receives a `Message` (Notificaties API 1.0.0) for the gateway's
abonnement. It is authenticated by the `auth` the gateway gave in that abonnement (the whole
Authorization header, compared in constant time: 401 without one, 403 with another). It answers
204 fast and does no upstream call: a `status` `create` on the `zaken` kanaal about a zaak the
gateway registered is stored as an outbox message `notificatie.ontvangen`, keyed by the status
URL (the same notification twice is stored once); everything else is ignored (204 too).

The `Bezorger` hands that message to `Terugkoppeling` (its verwerker), which reads the status,
its statustype and the zaak's resultaat from the Zaken and Catalogi APIs, ignores the statuses
the gateway set itself, maps the rest with `domain.zaakterugkoppeling.zaakwijziging`, and calls
`pas_toe(case_id, wijziging)`, the use case that applies it. A read that fails is retried with
backoff, so a notification is not lost while the case system is down.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.adapters.zgw_zaaklezer import Zaaklezer
from trouwgraph.domain.fouten import Fout
from trouwgraph.domain.zaakterugkoppeling import Gemeentewijziging, is_eigen_status, zaakwijziging
from trouwgraph.resolvers.zaaknotificaties import KANAAL_ZAKEN
from trouwgraph.resolvers.zaakregistratie import SOORT_STATUS, eigen_statussen
from trouwgraph.store.errors import StoreError
from trouwgraph.store.outbox import Bericht, Uitgaand
from trouwgraph.store.zaakkoppeling import Zaakkoppeling

__all__ = [
    "MAX_BODY_BYTES",
    "SOORT_ONTVANGEN",
    "WEBHOOK_PATH",
    "PasToe",
    "Terugkoppeling",
    "Webhookdiensten",
    "webhook_route",
]

logger = logging.getLogger(__name__)

SOORT_ONTVANGEN = "notificatie.ontvangen"
WEBHOOK_PATH = "/notificaties/webhook"
MAX_BODY_BYTES = 64 * 1024
_PROBLEM_JSON = "application/problem+json"
_MESSAGE_FIELDS = ("kanaal", "hoofdObject", "resource", "resourceUrl", "actie")

PasToe = Callable[[str, Gemeentewijziging], Awaitable[None]]
"""Applies a municipality's change to the case `case_id` (see the module docstring)."""


class Koppelingen(Protocol):
    """The outbox lookups the webhook needs (`store.zaakkoppeling.ZaakkoppelingRepository`)."""

    async def voor_zaak(self, zaak_url: str) -> Zaakkoppeling | None: ...

    async def sleutels(self, case_id: str, soort: str) -> list[str]: ...


class Plaatser(Protocol):
    """Where inbound work is stored (`store.outbox.OutboxRepository`)."""

    async def plaats(self, berichten: list[Bericht], now: datetime) -> None: ...


@dataclass(frozen=True, slots=True)
class Webhookdiensten:
    """What the webhook uses per request (made in the lifespan, found through the request)."""

    koppelingen: Koppelingen
    outbox: Plaatser
    clock: Callable[[], datetime]


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
            return _problem(401, "NOT_AUTHENTICATED", "Authorization header is missing.")
        if not hmac.compare_digest(gegeven.encode(), verwacht):
            return _problem(403, "FORBIDDEN", "Authorization header is not accepted.")
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != "application/json":
            return _problem(415, "UNSUPPORTED_MEDIA_TYPE", "Send application/json.")
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return _problem(413, "BODY_TOO_LARGE", "The message is too large.")
        message = _message(body)
        if message is None:
            return _problem(400, "INVALID_MESSAGE", "The body is not a notification message.")
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
            return _problem(503, "STORE_UNAVAILABLE", "Try again later.")
        return Response(status_code=204)

    return Route(path, webhook, methods=["POST"])


class Terugkoppeling:
    """The outbox `verwerker` of `notificatie.ontvangen`: read, filter, map, apply."""

    def __init__(self, zaken: Zaaklezer, koppelingen: Koppelingen, pas_toe: PasToe) -> None:
        self._zaken = zaken
        self._koppelingen = koppelingen
        self._pas_toe = pas_toe

    async def __call__(self, bericht: Uitgaand) -> None:
        """Apply the status the message points at, if it is the municipality's and means one."""
        status = await self._zaken.lees_status(
            str(bericht.payload["zaak"]), str(bericht.payload["status"])
        )
        if status is None:
            logger.info("notified status of case %s not found; ignored", bericht.case_id)
            return
        sleutels = await self._koppelingen.sleutels(bericht.case_id, SOORT_STATUS)
        if is_eigen_status(
            status.statustype, status.gezet_op, eigen_statussen(bericht.case_id, sleutels)
        ):
            return
        soort = zaakwijziging(status.statustype, status.resultaat)
        if soort is None:
            return
        try:
            await self._pas_toe(
                bericht.case_id, Gemeentewijziging(soort, status.gezet_op, status.url)
            )
        except Fout as fout:
            # The case moved on (e.g. already cancelled): nothing left to apply; do not retry.
            logger.info("%s not applied to case %s: %s", soort, bericht.case_id, fout.code)
            return
        logger.info("%s applied to case %s", soort, bericht.case_id)


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


def _problem(status: int, code: str, detail: str) -> JSONResponse:
    titles = {
        400: "Bad Request",
        401: "Unauthorized",
        403: "Forbidden",
        413: "Content Too Large",
        415: "Unsupported Media Type",
        503: "Service Unavailable",
    }
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(
        {
            "type": "about:blank",
            "title": titles[status],
            "status": status,
            "detail": detail,
            "code": code,
        },
        status_code=status,
        media_type=_PROBLEM_JSON,
        headers=headers,
    )
