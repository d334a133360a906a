"""The embedded payment provider: a Mollie payments API v2 lookalike served over HTTP.

API (Bearer API key, errors as application/hal+json {status, title, detail, field, _links}):
``POST /v2/payments`` (201, honours ``Idempotency-Key``), ``GET /v2/payments/{id}`` and
``POST``/``GET /v2/payments/{id}/refunds`` (a list as Mollie pages it: ``from``, ``limit``) and
``GET /v2/payments/{id}/refunds/{refundId}``. Test checkout: ``GET /checkout/{id}`` shows the
payment with buttons paid / failed / canceled; choosing one completes the payment, redirects the
citizen to the payment's redirectUrl and, after the response, POSTs ``id=tr_...``
(form-encoded) to its webhookUrl, as Mollie does. Open payments expire after ``betaaltermijn``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import cast
from urllib.parse import parse_qs

import httpx
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from trouwgraph.registries.betalingen.betalingen import (
    AFRONDINGEN,
    Afronding,
    Betalingen,
    Fout,
    Payment,
    Refund,
    bedrag_in_centen,
)
from trouwgraph.registries.betalingen.checkout import afgerond_pagina, checkout_pagina

__all__ = ["create_mollie_registry"]

logger = logging.getLogger(__name__)

HAL_JSON = "application/hal+json"
_DOCUMENTATION = "https://docs.mollie.com/reference/handling-errors"
_REFUNDS_DOCUMENTATION = "https://docs.mollie.com/reference/list-refunds"
_MAX_LIMIT = 250  # Mollie's largest page
_MAX_IDEMPOTENCY_KEYS = 10_000
_MAX_METADATA_BYTES = 1024


def create_mollie_registry(
    *,
    api_key: str,
    base_url_for_checkout: str,
    webhook_client: httpx.AsyncClient | None = None,
    webhook_timeout: float = 5.0,
    betaaltermijn: timedelta = timedelta(minutes=15),
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Starlette:
    """Build the provider app.

    `base_url_for_checkout` is where browsers reach this app (checkout links point there).
    Webhooks go out through `webhook_client` when given (tests route it in-process), else
    through a short-lived client per delivery; either way with `webhook_timeout` seconds.
    """
    if not api_key:
        raise ValueError("the embedded payment provider needs an API key")
    betalingen = Betalingen(betaaltermijn=betaaltermijn, now=now)
    replays: OrderedDict[str, tuple[str, int, bytes]] = OrderedDict()
    checkout_base = base_url_for_checkout.rstrip("/")

    def resource(request: Request, payment: Payment) -> dict[str, object]:
        return payment.resource(
            self_url=str(request.url_for("payment", payment_id=payment.id)),
            checkout_url=f"{checkout_base}/checkout/{payment.id}",
        )

    def replayed(request: Request, raw: bytes) -> Response | None:
        """The earlier answer to this Idempotency-Key, or a 422 if it was another request."""
        key = request.headers.get("idempotency-key")
        earlier = replays.get(f"{request.url.path} {key}") if key is not None else None
        if earlier is None:
            return None
        if earlier[0] != hashlib.sha256(raw).hexdigest():
            return _error(
                Fout(
                    422,
                    "Unprocessable Entity",
                    "The Idempotency-Key was already used for a different request.",
                )
            )
        return Response(earlier[2], status_code=earlier[1], media_type=HAL_JSON)

    def remember(request: Request, raw: bytes, response: Response) -> Response:
        key = request.headers.get("idempotency-key")
        if key is not None:
            fingerprint = hashlib.sha256(raw).hexdigest()
            replays[f"{request.url.path} {key}"] = (
                fingerprint,
                response.status_code,
                bytes(response.body),
            )
            while len(replays) > _MAX_IDEMPOTENCY_KEYS:
                replays.popitem(last=False)
        return response

    async def create_payment(request: Request) -> Response:
        if (refusal := _authenticate(request, api_key)) is not None:
            return refusal
        raw = await request.body()
        if (replay := replayed(request, raw)) is not None:
            return replay
        try:
            payment = _create(betalingen, _json_object(request, raw))
        except Fout as fout:
            return _error(fout)
        return remember(request, raw, _hal(resource(request, payment), 201))

    async def get_payment(request: Request) -> Response:
        if (refusal := _authenticate(request, api_key)) is not None:
            return refusal
        try:
            payment = betalingen.haal(request.path_params["payment_id"])
        except Fout as fout:
            return _error(fout)
        return _hal(resource(request, payment), 200)

    async def create_refund(request: Request) -> Response:
        if (refusal := _authenticate(request, api_key)) is not None:
            return refusal
        raw = await request.body()
        if (replay := replayed(request, raw)) is not None:
            return replay
        try:
            payment = betalingen.haal(request.path_params["payment_id"])
            body = _json_object(request, raw)
            amount = body.get("amount")
            if not isinstance(amount, dict) or amount.get("currency") != payment.currency:
                raise Fout(422, "Unprocessable Entity", "The amount is invalid.", "amount")
            description = body.get("description")
            refund = betalingen.terugbetaal(
                payment.id,
                bedrag_in_centen(amount.get("value"), "amount.value"),
                description if isinstance(description, str) else None,
            )
        except Fout as fout:
            return _error(fout)
        return remember(request, raw, _hal(refund_resource(request, refund), 201))

    def refund_resource(request: Request, refund: Refund) -> dict[str, object]:
        return refund.resource(
            self_url=str(
                request.url_for("refund", payment_id=refund.payment_id, refund_id=refund.id)
            ),
            payment_url=str(request.url_for("payment", payment_id=refund.payment_id)),
        )

    async def list_refunds(request: Request) -> Response:
        if (refusal := _authenticate(request, api_key)) is not None:
            return refusal
        try:
            payment = betalingen.haal(request.path_params["payment_id"])
            page, next_from = _page(payment.refunds, request.query_params)
        except Fout as fout:
            return _error(fout)
        self_url = str(request.url_for("refunds", payment_id=payment.id))
        limit = request.query_params.get("limit")
        next_link = None
        if next_from is not None:
            query = f"from={next_from}" + (f"&limit={limit}" if limit else "")
            next_link = {"href": f"{self_url}?{query}", "type": "application/hal+json"}
        body: dict[str, object] = {
            "count": len(page),
            "_embedded": {"refunds": [refund_resource(request, r) for r in page]},
            "_links": {
                "self": {"href": str(request.url), "type": "application/hal+json"},
                "previous": None,
                "next": next_link,
                "documentation": {"href": _REFUNDS_DOCUMENTATION, "type": "text/html"},
            },
        }
        return _hal(body, 200)

    async def get_refund(request: Request) -> Response:
        if (refusal := _authenticate(request, api_key)) is not None:
            return refusal
        try:
            payment = betalingen.haal(request.path_params["payment_id"])
        except Fout as fout:
            return _error(fout)
        refund = next(
            (r for r in payment.refunds if r.id == request.path_params["refund_id"]), None
        )
        if refund is None:
            return _error(Fout(404, "Not Found", "No refund exists with token."))
        return _hal(refund_resource(request, refund), 200)

    async def checkout(request: Request) -> Response:
        payment_id = request.path_params["payment_id"]
        try:
            payment = betalingen.haal(payment_id)
        except Fout:
            return HTMLResponse(afgerond_pagina(None), status_code=404)
        if request.method == "GET":
            if payment.status != "open":
                return HTMLResponse(afgerond_pagina(payment))
            return HTMLResponse(checkout_pagina(payment))
        form = parse_qs((await request.body()).decode("utf-8", "replace"))
        uitkomst = (form.get("status") or [""])[0]
        if uitkomst not in AFRONDINGEN:
            return HTMLResponse(checkout_pagina(payment), status_code=422)
        try:
            payment = betalingen.rond_af(payment_id, cast(Afronding, uitkomst))
        except Fout:
            return HTMLResponse(afgerond_pagina(payment), status_code=409)
        task = None
        if payment.webhook_url is not None:
            task = BackgroundTask(
                _deliver_webhook, payment.webhook_url, payment.id, webhook_client, webhook_timeout
            )
        return RedirectResponse(payment.redirect_url, status_code=303, background=task)

    return Starlette(
        routes=[
            Route("/v2/payments", create_payment, methods=["POST"]),
            Route("/v2/payments/{payment_id}", get_payment, methods=["GET"], name="payment"),
            Route("/v2/payments/{payment_id}/refunds", create_refund, methods=["POST"]),
            Route(
                "/v2/payments/{payment_id}/refunds",
                list_refunds,
                methods=["GET"],
                name="refunds",
            ),
            Route(
                "/v2/payments/{payment_id}/refunds/{refund_id}",
                get_refund,
                methods=["GET"],
                name="refund",
            ),
            Route("/checkout/{payment_id}", checkout, methods=["GET", "POST"]),
        ],
        exception_handlers={HTTPException: _http_exception, Exception: _server_error},
    )


async def _deliver_webhook(
    url: str, payment_id: str, client: httpx.AsyncClient | None, seconds: float
) -> None:
    """POST `id=<payment id>` to the webhook; a failure is logged, never raised."""
    try:
        if client is not None:
            response = await client.post(url, data={"id": payment_id}, timeout=seconds)
        else:
            async with httpx.AsyncClient(timeout=seconds, trust_env=False) as own:
                response = await own.post(url, data={"id": payment_id})
    except httpx.HTTPError as exc:
        logger.warning("webhook for payment %s failed: %s", payment_id, type(exc).__name__)
        return
    if not response.is_success:
        logger.warning(
            "webhook for payment %s answered status %d", payment_id, response.status_code
        )


def _authenticate(request: Request, api_key: str) -> Response | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), api_key.encode()):
        return None
    return _error(
        Fout(401, "Unauthorized Request", "Missing authentication, or failed to authenticate")
    )


def _json_object(request: Request, raw: bytes) -> dict[str, object]:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise Fout(415, "Unsupported Media Type", "Send the request body as application/json.")
    try:
        body = json.loads(raw)
    except ValueError:
        raise Fout(400, "Bad Request", "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise Fout(400, "Bad Request", "The request body is not a JSON object.")
    return body


def _url(body: dict[str, object], field: str, *, required: bool) -> str | None:
    value = body.get(field)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        raise Fout(422, "Unprocessable Entity", f"The {field} is invalid.", field)
    return value


def _create(betalingen: Betalingen, body: dict[str, object]) -> Payment:
    amount = body.get("amount")
    if not isinstance(amount, dict):
        raise Fout(422, "Unprocessable Entity", "The amount is required.", "amount")
    if amount.get("currency") != "EUR":
        raise Fout(422, "Unprocessable Entity", "The currency is not supported.", "amount.currency")
    cents = bedrag_in_centen(amount.get("value"), "amount.value")
    if cents < 1:
        raise Fout(422, "Unprocessable Entity", "The amount is lower than the minimum.", "amount")
    description = body.get("description")
    if not isinstance(description, str) or not description.strip():
        raise Fout(422, "Unprocessable Entity", "The description is required.", "description")
    metadata = body.get("metadata")
    if len(json.dumps(metadata).encode()) > _MAX_METADATA_BYTES:
        raise Fout(422, "Unprocessable Entity", "The metadata is too large.", "metadata")
    redirect_url = _url(body, "redirectUrl", required=True)
    assert redirect_url is not None
    return betalingen.maak(
        cents=cents,
        currency="EUR",
        description=description[:255],
        redirect_url=redirect_url,
        webhook_url=_url(body, "webhookUrl", required=False),
        metadata=metadata,
    )


def _page(refunds: list[Refund], query: Mapping[str, str]) -> tuple[list[Refund], str | None]:
    """The refunds from `from` (an id), at most `limit` (1-250, default 50) of them, and the
    id the next page starts from (None: this is the last page)."""
    raw = query.get("limit", "50")
    if not raw.isdigit() or not 1 <= int(raw) <= _MAX_LIMIT:
        raise Fout(400, "Bad Request", "The limit is invalid.", "limit")
    start = 0
    if "from" in query:
        start = next((i for i, r in enumerate(refunds) if r.id == query["from"]), -1)
        if start < 0:
            raise Fout(400, "Bad Request", "The from is not a refund of this payment.", "from")
    end = start + int(raw)
    return refunds[start:end], refunds[end].id if end < len(refunds) else None


def _hal(body: dict[str, object], status: int) -> Response:
    return JSONResponse(body, status_code=status, media_type=HAL_JSON)


def _error(fout: Fout) -> Response:
    body: dict[str, object] = {"status": fout.status, "title": fout.title, "detail": fout.detail}
    if fout.field is not None:
        body["field"] = fout.field
    body["_links"] = {"documentation": {"href": _DOCUMENTATION, "type": "text/html"}}
    return _hal(body, fout.status)


async def _http_exception(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    title = "Not Found" if status == 404 else "Method Not Allowed" if status == 405 else "Error"
    return _error(Fout(status, title, "The request cannot be handled."))


async def _server_error(request: Request, exc: Exception) -> Response:
    logger.exception("embedded payment provider failed")
    return _error(Fout(500, "Internal Server Error", "Something went wrong."))
