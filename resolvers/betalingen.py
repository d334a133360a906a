"""Payment use cases: the provider's webhook and the refund on cancellation.

The webhook body only names a payment (`id=tr_...`); it is never trusted. `verwerk_webhook`
reads the payment back from the provider and, when it is paid, hands case id, amount and
payment id to `markeer_betaald` exactly once per process. The durable guard against a second
registration is the case itself (the domain refuses a second payment), so `markeer_betaald`
should treat "already paid with this payment id" as done.

`webhook_route` answers the provider: 200 whatever the id (unknown, malformed, not ours,
still open), so the endpoint never tells whether a payment exists; 503 when the provider
cannot be asked right now and 500 when recording failed, so the provider retries later.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from enum import StrEnum
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from trouwgraph.adapters.betalingen import Betaalprovider, Opdrachtstatus, Terugbetaling
from trouwgraph.adapters.errors import UpstreamError, UpstreamRejected

__all__ = [
    "MarkeerBetaald",
    "MarkeerMislukt",
    "VerwerkteBetalingen",
    "Webhookuitkomst",
    "terug_te_betalen_cents",
    "terugbetaal_bij_annulering",
    "verwerk_webhook",
    "webhook_route",
]

logger = logging.getLogger(__name__)

MarkeerBetaald = Callable[[str, int, str], Awaitable[None]]
"""(case id, amount paid in cents, payment id) -> record the case as paid."""
MarkeerMislukt = Callable[[str, str, Opdrachtstatus], Awaitable[None]]
"""(case id, payment id, status) -> record that the payment failed, was cancelled or expired."""

_PAYMENT_ID = re.compile(r"^tr_[A-Za-z0-9]{1,64}$")
_MAX_BODY = 1024
_FORM = "application/x-www-form-urlencoded"


class Webhookuitkomst(StrEnum):
    """What one webhook call led to (for logs and tests; never sent to the caller)."""

    GENEGEERD = "GENEGEERD"  # malformed or unknown id, or a payment without our reference
    OPEN = "OPEN"
    BETAALD = "BETAALD"
    NIET_BETAALD = "NIET_BETAALD"
    AL_VERWERKT = "AL_VERWERKT"


class VerwerkteBetalingen:
    """Payments whose final status was handed on in this process (bounded, oldest forgotten)."""

    def __init__(self, maximum: int = 10_000) -> None:
        self._maximum = maximum
        self._ids: OrderedDict[str, None] = OrderedDict()
        self.lock = asyncio.Lock()

    def __contains__(self, betaling_id: object) -> bool:
        return betaling_id in self._ids

    def voeg_toe(self, betaling_id: str) -> None:
        """Remember `betaling_id` as handled."""
        self._ids[betaling_id] = None
        while len(self._ids) > self._maximum:
            self._ids.popitem(last=False)


async def verwerk_webhook(
    betaling_id: str,
    provider: Betaalprovider,
    markeer_betaald: MarkeerBetaald,
    *,
    markeer_mislukt: MarkeerMislukt | None = None,
    verwerkt: VerwerkteBetalingen | None = None,
) -> Webhookuitkomst:
    """Read the payment from the provider and hand a final status on, once.

    Raises `UpstreamError` (other than a rejection) when the provider cannot be asked, and
    whatever the callbacks raise; nothing is remembered as handled then.
    """
    if not _PAYMENT_ID.fullmatch(betaling_id):
        return Webhookuitkomst.GENEGEERD
    verwerkt = verwerkt if verwerkt is not None else VerwerkteBetalingen()
    if betaling_id in verwerkt:
        return Webhookuitkomst.AL_VERWERKT
    try:
        opdracht = await provider.haal(betaling_id)
    except UpstreamRejected:
        return Webhookuitkomst.GENEGEERD
    if opdracht.status is Opdrachtstatus.OPEN:
        return Webhookuitkomst.OPEN
    if opdracht.referentie is None:
        logger.warning("payment %s has no case reference; ignored", betaling_id)
        return Webhookuitkomst.GENEGEERD
    async with verwerkt.lock:
        if betaling_id in verwerkt:
            return Webhookuitkomst.AL_VERWERKT
        if opdracht.status is Opdrachtstatus.BETAALD:
            await markeer_betaald(opdracht.referentie, opdracht.bedrag_cents, opdracht.id)
            uitkomst = Webhookuitkomst.BETAALD
        else:
            if markeer_mislukt is not None:
                await markeer_mislukt(opdracht.referentie, opdracht.id, opdracht.status)
            uitkomst = Webhookuitkomst.NIET_BETAALD
        verwerkt.voeg_toe(betaling_id)
    logger.info("payment %s: %s", betaling_id, opdracht.status.value)
    return uitkomst


def webhook_route(
    provider: Callable[[Request], Betaalprovider],
    markeer_betaald: Callable[[Request], MarkeerBetaald],
    *,
    markeer_mislukt: Callable[[Request], MarkeerMislukt | None] | None = None,
    path: str = "/betalingen/webhook",
    verwerkt: VerwerkteBetalingen | None = None,
) -> Route:
    """`POST {path}` taking the provider's form-encoded `id=tr_...`.

    `provider` and the callbacks are looked up per request (they live in the app's lifespan).
    """
    geheugen = verwerkt if verwerkt is not None else VerwerkteBetalingen()

    async def endpoint(request: Request) -> Response:
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != _FORM:
            return PlainTextResponse("", status_code=415)
        raw = b""
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > _MAX_BODY:
                return PlainTextResponse("", status_code=413)
        ids = parse_qs(raw.decode("ascii", "replace")).get("id", [])
        if len(ids) != 1:
            return PlainTextResponse("")
        mislukt = markeer_mislukt(request) if markeer_mislukt is not None else None
        try:
            await verwerk_webhook(
                ids[0],
                provider(request),
                markeer_betaald(request),
                markeer_mislukt=mislukt,
                verwerkt=geheugen,
            )
        except UpstreamError as exc:
            logger.warning("payment webhook not handled: %s", exc.code)
            return PlainTextResponse("", status_code=503)
        except Exception:
            logger.exception("payment webhook: recording the outcome failed")
            return PlainTextResponse("", status_code=500)
        return PlainTextResponse("")

    return Route(path, endpoint, methods=["POST"])


def terug_te_betalen_cents(betaald_cents: int, annuleringskosten_cents: int) -> int:
    """What goes back on cancellation: the amount paid minus the cancellation fee, at least 0."""
    if betaald_cents < 0 or annuleringskosten_cents < 0:
        raise ValueError("amounts are non-negative")
    return max(betaald_cents - annuleringskosten_cents, 0)


async def terugbetaal_bij_annulering(
    provider: Betaalprovider,
    betaling_id: str,
    *,
    betaald_cents: int,
    annuleringskosten_cents: int,
) -> Terugbetaling | None:
    """Refund a cancelled case's payment minus the municipality's cancellation fee.

    None when nothing is due. The idempotency key is derived from the payment, so retrying
    after a timeout never refunds twice.
    """
    bedrag = terug_te_betalen_cents(betaald_cents, annuleringskosten_cents)
    if bedrag == 0:
        return None
    return await provider.terugbetaal(
        betaling_id, bedrag, idempotentiesleutel=f"annulering-{betaling_id}"
    )
