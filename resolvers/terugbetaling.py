"""Refunds through the outbox - so a provider that is down delays a refund but never loses it,
and a retry never refunds twice (the outbox's `sleutel` and the provider's idempotency key):

- on cancellation: a paid case that is cancelled gets its payment back, minus the
  municipality's cancellation fee;
- a payment the case does not take (it came after the case lapsed or was cancelled, or the case
  was paid already) goes back in full: no fee was due for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from trouwgraph.adapters.betalingen import Betaalprovider
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.onderdelen import Betaalstatus, Statuswijziging
from trouwgraph.domain.prijs import annuleringskosten
from trouwgraph.domain.status import Gebeurtenis
from trouwgraph.resolvers.betalingen import terug_te_betalen_cents, terugbetaal_bij_annulering
from trouwgraph.store.outbox import Bericht, Uitgaand

SOORT_TERUGBETALEN = "betaling.terugbetalen"


def terugbetalingen_voor(
    huwelijk: Huwelijk, wijzigingen: Sequence[Statuswijziging], config: ProcesConfiguratie
) -> list[Bericht]:
    """The refund to make when this change cancelled a case paid through the provider
    (nothing otherwise: a payment staff recorded, at the desk, is refunded there)."""
    geannuleerd = next((w for w in wijzigingen if w.gebeurtenis is Gebeurtenis.ANNULEER), None)
    betaling = huwelijk.betaling
    if geannuleerd is None or betaling is None or betaling.status is not Betaalstatus.TERUGBETAALD:
        return []
    kosten = annuleringskosten(geannuleerd.van, config) if geannuleerd.van else 0
    if terug_te_betalen_cents(betaling.bedrag_cents, kosten) == 0:
        return []
    return [
        Bericht(
            gemeentecode=huwelijk.gemeentecode,
            case_id=huwelijk.id,
            soort=SOORT_TERUGBETALEN,
            sleutel=_sleutel(huwelijk.id, betaling.referentie),
            payload={
                "betaling_id": betaling.referentie,
                "betaald_cents": betaling.bedrag_cents,
                "annuleringskosten_cents": kosten,
            },
        )
    ]


def terugbetaling_niet_aangenomen(
    huwelijk: Huwelijk, bedrag_cents: int, betaling_id: str
) -> Bericht:
    """The full refund of a confirmed payment `huwelijk` does not take."""
    return Bericht(
        gemeentecode=huwelijk.gemeentecode,
        case_id=huwelijk.id,
        soort=SOORT_TERUGBETALEN,
        sleutel=_sleutel(huwelijk.id, betaling_id),
        payload={
            "betaling_id": betaling_id,
            "betaald_cents": bedrag_cents,
            "annuleringskosten_cents": 0,
        },
    )


def _sleutel(case_id: str, betaling_id: str) -> str:
    # One refund per payment, whichever rule asked for it.
    return f"{case_id}:terugbetalen:{betaling_id}"


class Terugbetaler:
    """The outbox `verwerker` of `betaling.terugbetalen`."""

    def __init__(self, provider: Betaalprovider) -> None:
        self._provider = provider

    async def __call__(self, bericht: Uitgaand) -> None:
        """Ask the provider for the refund (the provider keys it, so a retry is safe)."""
        payload = bericht.payload
        await terugbetaal_bij_annulering(
            self._provider,
            str(payload["betaling_id"]),
            betaald_cents=int(payload["betaald_cents"]),
            annuleringskosten_cents=int(payload["annuleringskosten_cents"]),
        )
