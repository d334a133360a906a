"""The embedded provider's state: payments and refunds as the Mollie payments API v2 shows them.

Pure bookkeeping, no HTTP: `Betalingen` creates payments, completes them (the test checkout
page), expires open ones after `betaaltermijn` (Mollie's default for most methods is 15
minutes), refunds paid ones and renders each as its Mollie resource (`Payment`, `Refund`).
"""

from __future__ import annotations

import re
import secrets
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal

__all__ = [
    "AFRONDINGEN",
    "Betalingen",
    "Fout",
    "Payment",
    "bedrag_als_tekst",
    "bedrag_in_centen",
]

Afronding = Literal["paid", "failed", "canceled"]
AFRONDINGEN: frozenset[str] = frozenset({"paid", "failed", "canceled"})
_BEDRAG = re.compile(r"^(0|[1-9]\d{0,9})\.(\d{2})$")
_ALPHABET = string.ascii_letters + string.digits


class Fout(Exception):
    """A request the provider refuses: HTTP status, Mollie title and detail, optional field."""

    def __init__(self, status: int, title: str, detail: str, field: str | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.title = title
        self.detail = detail
        self.field = field


def bedrag_als_tekst(cents: int) -> str:
    """Cents as Mollie's decimal string: 16300 -> "163.00"."""
    euros, rest = divmod(cents, 100)
    return f"{euros}.{rest:02d}"


def bedrag_in_centen(tekst: object, veld: str) -> int:
    """Mollie's decimal string as cents; a 422 on `veld` when it is not one."""
    match = _BEDRAG.fullmatch(tekst) if isinstance(tekst, str) else None
    if match is None:
        raise Fout(
            422,
            "Unprocessable Entity",
            "The amount contains an invalid value, use a string with two decimals",
            veld,
        )
    return int(match.group(1)) * 100 + int(match.group(2))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _token(prefix: str) -> str:
    return prefix + "".join(secrets.choice(_ALPHABET) for _ in range(10))


@dataclass
class Refund:
    """One refund of a payment."""

    id: str
    payment_id: str
    cents: int
    currency: str
    created_at: datetime
    description: str | None

    def resource(self, *, self_url: str, payment_url: str) -> dict[str, object]:
        """The refund as Mollie's `Refund` resource (always still "pending" here)."""
        body: dict[str, object] = {
            "resource": "refund",
            "id": self.id,
            "mode": "test",
            "paymentId": self.payment_id,
            "status": "pending",
            "amount": {"currency": self.currency, "value": bedrag_als_tekst(self.cents)},
            "createdAt": _iso(self.created_at),
            "_links": {
                "self": {"href": self_url, "type": "application/hal+json"},
                "payment": {"href": payment_url, "type": "application/hal+json"},
            },
        }
        if self.description is not None:
            body["description"] = self.description
        return body


@dataclass
class Payment:
    """One payment and its refunds."""

    id: str
    cents: int
    currency: str
    description: str
    redirect_url: str
    webhook_url: str | None
    metadata: object
    created_at: datetime
    expires_at: datetime
    status: str = "open"
    finished_at: datetime | None = None
    refunds: list[Refund] = field(default_factory=list)

    @property
    def refunded_cents(self) -> int:
        """What has been refunded so far."""
        return sum(refund.cents for refund in self.refunds)

    def resource(self, *, self_url: str, checkout_url: str) -> dict[str, object]:
        """The payment as Mollie's `Payment` resource."""
        links: dict[str, object] = {"self": {"href": self_url, "type": "application/hal+json"}}
        if self.status == "open":
            links["checkout"] = {"href": checkout_url, "type": "text/html"}
        if self.refunds:
            links["refunds"] = {"href": f"{self_url}/refunds", "type": "application/hal+json"}
        body: dict[str, object] = {
            "resource": "payment",
            "id": self.id,
            "mode": "test",
            "status": self.status,
            "amount": {"currency": self.currency, "value": bedrag_als_tekst(self.cents)},
            "description": self.description,
            "createdAt": _iso(self.created_at),
            "redirectUrl": self.redirect_url,
            "metadata": self.metadata,
            "_links": links,
        }
        if self.webhook_url is not None:
            body["webhookUrl"] = self.webhook_url
        if self.status == "open":
            body["expiresAt"] = _iso(self.expires_at)
        elif self.finished_at is not None:
            body[f"{self.status}At"] = _iso(self.finished_at)
        if self.status == "paid":
            remaining = self.cents - self.refunded_cents
            body["amountRefunded"] = {
                "currency": self.currency,
                "value": bedrag_als_tekst(self.refunded_cents),
            }
            body["amountRemaining"] = {
                "currency": self.currency,
                "value": bedrag_als_tekst(remaining),
            }
        return body


class Betalingen:
    """All payments of the embedded provider, in memory."""

    def __init__(self, *, betaaltermijn: timedelta, now: Callable[[], datetime]) -> None:
        self._betaaltermijn = betaaltermijn
        self._now = now
        self._payments: dict[str, Payment] = {}

    def maak(
        self,
        *,
        cents: int,
        currency: str,
        description: str,
        redirect_url: str,
        webhook_url: str | None,
        metadata: object,
    ) -> Payment:
        """Create an open payment."""
        created = self._now()
        payment = Payment(
            id=_token("tr_"),
            cents=cents,
            currency=currency,
            description=description,
            redirect_url=redirect_url,
            webhook_url=webhook_url,
            metadata=metadata,
            created_at=created,
            expires_at=created + self._betaaltermijn,
        )
        self._payments[payment.id] = payment
        return payment

    def haal(self, payment_id: str) -> Payment:
        """The payment, expired first if its term has passed; a 404 when unknown."""
        payment = self._payments.get(payment_id)
        if payment is None:
            raise Fout(404, "Not Found", "No payment exists with this token.")
        now = self._now()
        if payment.status == "open" and now >= payment.expires_at:
            payment.status, payment.finished_at = "expired", payment.expires_at
        return payment

    def rond_af(self, payment_id: str, uitkomst: Afronding) -> Payment:
        """Complete an open payment as the citizen did on the checkout page."""
        payment = self.haal(payment_id)
        if payment.status != "open":
            raise Fout(422, "Unprocessable Entity", f"The payment is {payment.status}, not open.")
        payment.status, payment.finished_at = uitkomst, self._now()
        return payment

    def terugbetaal(self, payment_id: str, cents: int, description: str | None) -> Refund:
        """Refund part or all of what remains of a paid payment."""
        payment = self.haal(payment_id)
        if payment.status != "paid":
            raise Fout(422, "Unprocessable Entity", "The payment cannot be refunded.")
        if cents <= 0 or cents > payment.cents - payment.refunded_cents:
            raise Fout(
                422,
                "Unprocessable Entity",
                "The amount is higher than the amount that remains to be refunded.",
                "amount",
            )
        refund = Refund(
            id=_token("re_"),
            payment_id=payment.id,
            cents=cents,
            currency=payment.currency,
            created_at=self._now(),
            description=description,
        )
        payment.refunds.append(refund)
        return refund
