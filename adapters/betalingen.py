"""The payment port: what the use cases need from a payment provider.

`Betaalprovider` starts a payment (the citizen pays on the provider's checkout page), reads it
back and refunds it. `adapters.mollie.MollieBetalingen` implements it over the Mollie payments
API v2; the embedded registry `registries.betalingen` is a Mollie-shaped test provider.

Amounts are whole euro cents everywhere in the gateway; adapters convert at the wire. A
payment's outcome is only ever learnt by reading it back with `haal` (a webhook only says
"payment X changed"), so nobody can mark a case paid by posting to the webhook.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

__all__ = [
    "Betaalopdracht",
    "Betaalprovider",
    "Opdrachtstatus",
    "Terugbetaalstatus",
    "Terugbetaling",
    "bedrag_als_tekst",
    "bedrag_in_centen",
]

_BEDRAG = re.compile(r"^(0|[1-9]\d{0,9})\.(\d{2})$")


class Opdrachtstatus(StrEnum):
    """Where a payment stands at the provider."""

    OPEN = "OPEN"  # created, pending or authorised: the citizen may still pay
    BETAALD = "BETAALD"
    MISLUKT = "MISLUKT"
    GEANNULEERD = "GEANNULEERD"
    VERLOPEN = "VERLOPEN"

    @property
    def is_definitief(self) -> bool:
        """True when the status can no longer change (refunds aside)."""
        return self is not Opdrachtstatus.OPEN


class Terugbetaalstatus(StrEnum):
    """Where a refund stands at the provider."""

    IN_BEHANDELING = "IN_BEHANDELING"  # queued, pending or processing
    TERUGBETAALD = "TERUGBETAALD"
    MISLUKT = "MISLUKT"
    GEANNULEERD = "GEANNULEERD"


@dataclass(frozen=True, slots=True)
class Betaalopdracht:
    """One payment at the provider.

    `referentie` is the case id the payment was started for (as the provider stores it);
    `checkout_url` is where the citizen pays, present only while the payment is open.
    """

    id: str
    status: Opdrachtstatus
    bedrag_cents: int
    referentie: str | None
    checkout_url: str | None = None
    terugbetaald_cents: int = 0


@dataclass(frozen=True, slots=True)
class Terugbetaling:
    """One refund of (part of) a payment."""

    id: str
    betaling_id: str
    bedrag_cents: int
    status: Terugbetaalstatus


class Betaalprovider(Protocol):
    """A payment provider as the use cases need it."""

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
        """Create a payment; the citizen completes it at `checkout_url`.

        Repeating the call with the same `idempotentiesleutel` returns the same payment.
        """
        ...

    async def haal(self, betaling_id: str) -> Betaalopdracht:
        """The payment as the provider has it now."""
        ...

    async def terugbetaal(
        self, betaling_id: str, bedrag_cents: int, *, idempotentiesleutel: str | None = None
    ) -> Terugbetaling:
        """Refund `bedrag_cents` of a paid payment."""
        ...


def bedrag_als_tekst(bedrag_cents: int) -> str:
    """Cents as a decimal string with exactly two decimals: 1 -> "0.01", 16300 -> "163.00"."""
    if isinstance(bedrag_cents, bool) or not isinstance(bedrag_cents, int) or bedrag_cents < 0:
        raise ValueError("an amount is a non-negative whole number of cents")
    euros, cents = divmod(bedrag_cents, 100)
    return f"{euros}.{cents:02d}"


def bedrag_in_centen(tekst: str) -> int:
    """A decimal string with exactly two decimals ("163.00") as cents; anything else is refused."""
    match = _BEDRAG.fullmatch(tekst)
    if match is None:
        raise ValueError("an amount needs digits, a point and exactly two decimals")
    return int(match.group(1)) * 100 + int(match.group(2))
