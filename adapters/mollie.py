"""`Betaalprovider` over the Mollie payments API v2 (Payments API and Refunds API).

`MollieBetalingen` uses an injected, long-lived `httpx.AsyncClient` whose base URL is the API
root (`https://api.mollie.com` or the embedded registry) and whose auth is `MollieApiKey`.
Amounts go out as strings with two decimals (`{"currency": "EUR", "value": "163.00"}`); a
create carries an `Idempotency-Key` so a retried call does not create a second payment.

Failures come out as `adapters.errors.UpstreamError`s with registry "BETALINGEN"
(`BETALINGEN_UNAVAILABLE`, `BETALINGEN_TIME_OUT`, `BETALINGEN_REJECTED`, ...). Mollie's error
body (status, title, detail, field) is kept only as its title and field name: `detail` may
quote what was sent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Generator, Mapping

import httpx

from trouwgraph.adapters import mollie_payloads as wire
from trouwgraph.adapters.betalingen import (
    Betaalopdracht,
    Opdrachtstatus,
    Terugbetaalstatus,
    Terugbetaling,
    bedrag_als_tekst,
    bedrag_in_centen,
)
from trouwgraph.adapters.errors import UpstreamInvalidResponse
from trouwgraph.adapters.responses import ErrorBody, decode_json, error_document, send

__all__ = ["REGISTRY", "MollieApiKey", "MollieBetalingen"]

REGISTRY = "BETALINGEN"
REFERENTIE = "referentie"  # the metadata key holding our case id
_PAYMENT_ID = re.compile(r"^tr_[A-Za-z0-9]{1,64}$")
_REFUND_ID = re.compile(r"^re_[A-Za-z0-9]{1,64}$")
_IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")
_JSON = "application/json"

_PAYMENT_STATUS: Mapping[str, Opdrachtstatus] = {
    "open": Opdrachtstatus.OPEN,
    "pending": Opdrachtstatus.OPEN,
    "authorized": Opdrachtstatus.OPEN,
    "paid": Opdrachtstatus.BETAALD,
    "failed": Opdrachtstatus.MISLUKT,
    "canceled": Opdrachtstatus.GEANNULEERD,
    "expired": Opdrachtstatus.VERLOPEN,
}
_REFUND_STATUS: Mapping[str, Terugbetaalstatus] = {
    "queued": Terugbetaalstatus.IN_BEHANDELING,
    "pending": Terugbetaalstatus.IN_BEHANDELING,
    "processing": Terugbetaalstatus.IN_BEHANDELING,
    "refunded": Terugbetaalstatus.TERUGBETAALD,
    "failed": Terugbetaalstatus.MISLUKT,
    "canceled": Terugbetaalstatus.GEANNULEERD,
}


class MollieApiKey(httpx.Auth):
    """Sends a Mollie API key (`test_...`/`live_...`) as `Authorization: Bearer <key>`."""

    def __init__(self, key: str) -> None:
        if not key or not key.isascii() or any(c.isspace() for c in key):
            raise ValueError("a Mollie API key is a non-empty ASCII string without spaces")
        self._key = key

    def __repr__(self) -> str:
        return "MollieApiKey(<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._key}"
        yield request


class MollieBetalingen:
    """`Betaalprovider` over the Mollie payments API v2."""

    def __init__(
        self, client: httpx.AsyncClient, *, timeout: httpx.Timeout, valuta: str = "EUR"
    ) -> None:
        self._client = client
        self._timeout = timeout
        self._valuta = valuta

    async def start(
        self,
        *,
        bedrag_cents: int,
        omschrijving: str,
        referentie: str,
        redirect_url: str,
        webhook_url: str | None,
        idempotentiesleutel: str,
    ) -> Betaalopdracht:
        """`POST /v2/payments`; the answer carries the checkout URL."""
        if bedrag_cents <= 0:
            raise ValueError("a payment needs a positive amount")
        if not omschrijving.strip() or len(omschrijving) > 255:
            raise ValueError("a payment needs a description of 1 to 255 characters")
        if not referentie:
            raise ValueError("a payment needs a reference")
        if not _IDEMPOTENCY_KEY.fullmatch(idempotentiesleutel):
            raise ValueError("an idempotency key is 1-255 printable ASCII characters")
        body: wire.CreatePayment = {
            "amount": self._amount(bedrag_cents),
            "description": omschrijving,
            "redirectUrl": redirect_url,
            "metadata": {REFERENTIE: referentie},
        }
        if webhook_url is not None:
            body["webhookUrl"] = webhook_url
        answer = await self._call(
            "POST", "v2/payments", body, {"Idempotency-Key": idempotentiesleutel}
        )
        return _betaalopdracht(answer)

    async def haal(self, betaling_id: str) -> Betaalopdracht:
        """`GET /v2/payments/{id}`; an unknown id is an `UpstreamRejected` with status 404."""
        _check_payment_id(betaling_id)
        return _betaalopdracht(await self._call("GET", f"v2/payments/{betaling_id}"))

    async def terugbetaal(
        self, betaling_id: str, bedrag_cents: int, *, idempotentiesleutel: str | None = None
    ) -> Terugbetaling:
        """`POST /v2/payments/{id}/refunds` for `bedrag_cents`."""
        _check_payment_id(betaling_id)
        if bedrag_cents <= 0:
            raise ValueError("a refund needs a positive amount")
        headers: dict[str, str] = {}
        if idempotentiesleutel is not None:
            if not _IDEMPOTENCY_KEY.fullmatch(idempotentiesleutel):
                raise ValueError("an idempotency key is 1-255 printable ASCII characters")
            headers["Idempotency-Key"] = idempotentiesleutel
        body: wire.CreateRefund = {"amount": self._amount(bedrag_cents)}
        answer = await self._call("POST", f"v2/payments/{betaling_id}/refunds", body, headers)
        return _terugbetaling(answer)

    def _amount(self, bedrag_cents: int) -> wire.Amount:
        return {"currency": self._valuta, "value": bedrag_als_tekst(bedrag_cents)}

    async def _call(
        self,
        method: str,
        path: str,
        body: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, object]:
        headers = {"Accept": "application/hal+json, application/json", **(extra_headers or {})}
        content: bytes | None = None
        if body is not None:
            headers["Content-Type"] = _JSON
            content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        response = await send(
            REGISTRY,
            self._client.request(
                method, path, content=content, headers=headers, timeout=self._timeout
            ),
        )
        document = decode_json(REGISTRY, response, expected=(200, 201), error_body=_mollie_error)
        if not isinstance(document, dict):
            raise UpstreamInvalidResponse(
                REGISTRY, "answer is not a JSON object", status_code=response.status_code
            )
        return document


def _check_payment_id(betaling_id: str) -> None:
    if not _PAYMENT_ID.fullmatch(betaling_id):
        raise ValueError("not a Mollie payment id (tr_...)")


def _mollie_error(response: httpx.Response) -> ErrorBody:
    """Mollie's error body (status, title, detail, field) as its title and field name only."""
    error = error_document(response) or {}
    title, field = error.get("title"), error.get("field")
    return ErrorBody(
        title=title if isinstance(title, str) else None,
        invalid_params=[(field, None)] if isinstance(field, str) and field else [],
    )


def _invalid(what: str) -> UpstreamInvalidResponse:
    return UpstreamInvalidResponse(REGISTRY, f"unexpected answer: {what}")


def _string(document: Mapping[str, object], key: str) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value:
        raise _invalid(f"{key} is missing or not a string")
    return value


def _cents(document: Mapping[str, object], key: str, *, required: bool = True) -> int:
    amount = document.get(key)
    if amount is None and not required:
        return 0
    if not isinstance(amount, dict) or not isinstance(amount.get("value"), str):
        raise _invalid(f"{key} is not an amount")
    try:
        return bedrag_in_centen(amount["value"])
    except ValueError:
        raise _invalid(f"{key}.value is not a decimal with two decimals") from None


def _betaalopdracht(document: Mapping[str, object]) -> Betaalopdracht:
    betaling_id = _string(document, "id")
    if not _PAYMENT_ID.fullmatch(betaling_id):
        raise _invalid("id is not a payment id")
    status = _PAYMENT_STATUS.get(_string(document, "status"))
    if status is None:
        raise _invalid("unknown payment status")
    metadata = document.get("metadata")
    referentie = metadata.get(REFERENTIE) if isinstance(metadata, dict) else None
    links = document.get("_links")
    checkout = links.get("checkout") if isinstance(links, dict) else None
    href = checkout.get("href") if isinstance(checkout, dict) else None
    return Betaalopdracht(
        id=betaling_id,
        status=status,
        bedrag_cents=_cents(document, "amount"),
        referentie=referentie if isinstance(referentie, str) and referentie else None,
        checkout_url=href
        if isinstance(href, str) and href.startswith(("https://", "http://"))
        else None,
        terugbetaald_cents=_cents(document, "amountRefunded", required=False),
    )


def _terugbetaling(document: Mapping[str, object]) -> Terugbetaling:
    refund_id = _string(document, "id")
    if not _REFUND_ID.fullmatch(refund_id):
        raise _invalid("id is not a refund id")
    payment_id = _string(document, "paymentId")
    status = _REFUND_STATUS.get(_string(document, "status"))
    if status is None:
        raise _invalid("unknown refund status")
    return Terugbetaling(
        id=refund_id, betaling_id=payment_id, bedrag_cents=_cents(document, "amount"), status=status
    )
