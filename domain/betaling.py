"""The payment of a case as a small state machine.

    (none) --start--> OPEN --paid--> BETAALD
       |               |--failed / cancelled / expired--> MISLUKT / GEANNULEERD / VERLOPEN
       |                                                  --start--> OPEN (a new payment)
       +--desk payment--> DEELS_BETAALD (something still open) or BETAALD (nothing open)
    BETAALD / DEELS_BETAALD --the case is cancelled--> TERUGBETAALD (provider payments)

`bedrag_cents` is what was paid so far: an amount received adds to it, so the case is paid only
when nothing is open any more; a failed attempt keeps what was paid before.
"""

from __future__ import annotations

from datetime import datetime

from trouwgraph.domain.fouten import OngeldigeInvoer
from trouwgraph.domain.onderdelen import Betaalstatus, Betaling

__all__ = ["AFGEBROKEN", "afgebroken", "betaald_cents", "gestart", "ontvangen", "terugbetaald"]

AFGEBROKEN = frozenset({Betaalstatus.MISLUKT, Betaalstatus.GEANNULEERD, Betaalstatus.VERLOPEN})


class Betaalstatusfout(Exception):
    """The payment's own state refuses the change (one open already, or paid in full); the case
    turns it into a refusal in its status, the only one a client is told about."""

    def __init__(self, melding: str) -> None:
        super().__init__(melding)
        self.melding = melding


def betaald_cents(betaling: Betaling | None) -> int:
    """What was paid so far."""
    return 0 if betaling is None else betaling.bedrag_cents


def gestart(vorige: Betaling | None, referentie: str, nu: datetime) -> Betaling:
    """A payment started at the provider; not while one is open or nothing is open."""
    if vorige is not None and vorige.status in (Betaalstatus.OPEN, Betaalstatus.BETAALD):
        raise Betaalstatusfout(
            "Er loopt al een betaling."
            if vorige.status is Betaalstatus.OPEN
            else "Het huwelijk is al betaald."
        )
    return Betaling(Betaalstatus.OPEN, betaald_cents(vorige), referentie, nu, via_provider=True)


def afgebroken(
    vorige: Betaling | None, referentie: str, uitkomst: Betaalstatus, nu: datetime
) -> Betaling | None:
    """The open payment `referentie` failed, was cancelled or expired; None when it is not the
    case's open payment (an outcome of an older attempt changes nothing)."""
    if uitkomst not in AFGEBROKEN:
        raise OngeldigeInvoer("Dit is geen uitkomst van een afgebroken betaling.", veld="status")
    if vorige is None or vorige.status is not Betaalstatus.OPEN or vorige.referentie != referentie:
        return None
    return Betaling(uitkomst, vorige.bedrag_cents, referentie, nu, via_provider=True)


def ontvangen(
    vorige: Betaling | None,
    *,
    bedrag_cents: int,
    referentie: str,
    totaal_cents: int,
    nu: datetime,
    via_provider: bool,
) -> Betaling:
    """An amount received: added to what was paid; BETAALD once nothing is open."""
    if bedrag_cents <= 0 or not referentie.strip():
        raise OngeldigeInvoer(
            "Een betaling heeft een bedrag groter dan 0 en een referentie.",
            veld="bedragInCenten" if bedrag_cents <= 0 else "referentie",
        )
    if betaald_cents(vorige) >= totaal_cents:
        raise Betaalstatusfout("Het huwelijk is al betaald.")
    betaald = betaald_cents(vorige) + bedrag_cents
    status = Betaalstatus.BETAALD if betaald >= totaal_cents else Betaalstatus.DEELS_BETAALD
    return Betaling(status, betaald, referentie, nu, via_provider or _via_provider(vorige))


def terugbetaald(vorige: Betaling | None, nu: datetime) -> Betaling | None:
    """On cancellation: a payment through the provider is being refunded (staff refund a
    desk payment at the desk, so it stays as it is)."""
    if vorige is None or not vorige.via_provider or vorige.bedrag_cents == 0:
        return vorige
    if vorige.status not in (Betaalstatus.BETAALD, Betaalstatus.DEELS_BETAALD):
        return vorige
    return Betaling(Betaalstatus.TERUGBETAALD, vorige.bedrag_cents, vorige.referentie, nu, True)


def _via_provider(vorige: Betaling | None) -> bool:
    return vorige is not None and vorige.via_provider
