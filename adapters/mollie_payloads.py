"""Wire shapes of the Mollie payments API v2 (Payments and Refunds API) that we use.

Named after the API's resources: `Amount`, `Payment` (resource "payment"), `Refund` (resource
"refund") and the error body (application/hal+json with status, title, detail, field and
_links.documentation). Only the fields the gateway reads or sends are listed; the real API
returns more. Responses are untrusted and checked field by field by `adapters.mollie`.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

__all__ = [
    "PAYMENT_STATUSES",
    "REFUND_STATUSES",
    "Amount",
    "CreatePayment",
    "CreateRefund",
    "Link",
    "MollieError",
    "Payment",
    "PaymentLinks",
    "Refund",
]

PaymentStatus = Literal["open", "pending", "authorized", "paid", "canceled", "expired", "failed"]
RefundStatus = Literal["queued", "pending", "processing", "refunded", "failed", "canceled"]
PAYMENT_STATUSES: frozenset[str] = frozenset(
    {"open", "pending", "authorized", "paid", "canceled", "expired", "failed"}
)
REFUND_STATUSES: frozenset[str] = frozenset(
    {"queued", "pending", "processing", "refunded", "failed", "canceled"}
)


class Amount(TypedDict):
    """An amount: ISO 4217 currency and a decimal string with the currency's decimals."""

    currency: str
    value: str


class Link(TypedDict):
    """A HAL link."""

    href: str
    type: NotRequired[str]


class PaymentLinks(TypedDict, total=False):
    """`_links` of a payment; `checkout` is present only while the payment can be paid."""

    self: Link
    checkout: Link
    documentation: Link


class CreatePayment(TypedDict):
    """Body of `POST /v2/payments`."""

    amount: Amount
    description: str
    redirectUrl: str
    webhookUrl: NotRequired[str]
    metadata: NotRequired[dict[str, str]]


class Payment(TypedDict):
    """A payment resource as `POST /v2/payments` and `GET /v2/payments/{id}` return it."""

    resource: Literal["payment"]
    id: str
    mode: Literal["live", "test"]
    status: PaymentStatus
    amount: Amount
    description: str
    createdAt: str
    redirectUrl: str
    webhookUrl: NotRequired[str]
    metadata: NotRequired[dict[str, str] | None]
    expiresAt: NotRequired[str]
    paidAt: NotRequired[str]
    canceledAt: NotRequired[str]
    failedAt: NotRequired[str]
    expiredAt: NotRequired[str]
    amountRefunded: NotRequired[Amount]
    amountRemaining: NotRequired[Amount]
    _links: PaymentLinks


class CreateRefund(TypedDict):
    """Body of `POST /v2/payments/{id}/refunds`."""

    amount: Amount
    description: NotRequired[str]


class Refund(TypedDict):
    """A refund resource."""

    resource: Literal["refund"]
    id: str
    paymentId: str
    status: RefundStatus
    amount: Amount
    createdAt: str
    description: NotRequired[str]


class MollieError(TypedDict):
    """An error body (Content-Type application/hal+json)."""

    status: int
    title: str
    detail: str
    field: NotRequired[str]
    _links: NotRequired[dict[str, Link]]
