"""Paying a case: starting a payment at the provider, and recording what the provider
confirms (a payment the case no longer takes is refunded in full through the outbox)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from trouwgraph.adapters.betalingen import Betaalprovider
from trouwgraph.domain.actor import Actor
from trouwgraph.domain.fouten import NietToegestaan as NietToegestaanFout
from trouwgraph.domain.fouten import OngeldigeStatusovergang
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.status import Gebeurtenis, toegestane_gebeurtenissen
from trouwgraph.resolvers.errors import NietGevonden
from trouwgraph.resolvers.huwelijken import Huwelijkszaken
from trouwgraph.resolvers.terugbetaling import terugbetaling_niet_aangenomen
from trouwgraph.resolvers.zaakfouten import VersieConflict
from trouwgraph.store.huwelijken import Dossier

__all__ = ["Betaallinks", "markeer_betaald", "markeer_mislukt", "start_betaling"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Betaallinks:
    """Where a citizen returns after paying ({zaak} is the case id), and the provider's
    webhook."""

    terug: str
    webhook: str


async def start_betaling(
    zaken: Huwelijkszaken,
    huwelijk_id: str,
    versie: int,
    betalingen: Betaalprovider,
    urls: Betaallinks,
) -> tuple[Dossier, str]:
    """Start paying an approved case at the provider; the case and the checkout URL."""
    dossier = await zaken.voor_wijziging(huwelijk_id, versie)
    huwelijk = dossier.huwelijk
    if Gebeurtenis.REGISTREER_BETALING not in toegestane_gebeurtenissen(huwelijk.status):
        raise OngeldigeStatusovergang(huwelijk.status.value, "start_betaling")
    if not huwelijk.neemt_betaling_aan(zaken.nu()):
        # Paid already (or lapsed): a new checkout would take money only to refund it.
        raise NietToegestaanFout("the case takes no payment")
    totaal = huwelijk.prijs(zaken.config).totaal_cents
    if totaal == 0:
        raise NietToegestaanFout("Er is niets te betalen.")
    opdracht = await betalingen.start(
        bedrag_cents=totaal,
        omschrijving=f"Huwelijk of partnerschap, zaak {huwelijk.id}",
        referentie=huwelijk.id,
        redirect_url=urls.terug.format(zaak=huwelijk.id),
        webhook_url=urls.webhook,
        # One payment per case version: asking again returns the same payment.
        idempotentiesleutel=f"{huwelijk.id}-v{versie}",
    )
    if opdracht.checkout_url is None:
        raise NietToegestaanFout("Deze betaling staat niet meer open.")
    return dossier, opdracht.checkout_url


async def markeer_betaald(
    zaken: Huwelijkszaken, huwelijk_id: str, bedrag_cents: int, betaling_id: str
) -> None:
    """Record a payment the provider confirmed; a repeated confirmation changes nothing.

    A payment the case no longer takes (it lapsed, was cancelled or was paid already) is
    refunded in full through the outbox, once.
    """
    for _ in range(3):  # a concurrent change of the case: read it again and retry
        try:
            dossier = await zaken.laad(huwelijk_id)
        except NietGevonden:
            # Not a case of this municipality: nothing to record here, and retrying would
            # not change that. The payment stays with the provider for staff to handle.
            logger.warning("payment %s names no case of this municipality", betaling_id)
            return
        betaling = dossier.huwelijk.betaling
        if betaling is not None and betaling.referentie == betaling_id:
            return
        if not dossier.huwelijk.neemt_betaling_aan(zaken.nu()):
            terug = terugbetaling_niet_aangenomen(dossier.huwelijk, bedrag_cents, betaling_id)
            await zaken.plaats([terug])
            logger.warning(
                "payment %s for case %s (status %s) not taken; refunded in full",
                betaling_id,
                huwelijk_id,
                dossier.huwelijk.status.value,
            )
            return

        def actie(h: Huwelijk, door: Actor, nu: datetime) -> None:
            h.registreer_betaling(
                bedrag_cents=bedrag_cents,
                referentie=betaling_id,
                geslaagd=True,
                door=door,
                nu=nu,
                via_provider=True,
            )

        try:
            await zaken.wijzig(huwelijk_id, dossier.huwelijk.versie, actie)
            return
        except VersieConflict:
            continue
    raise VersieConflict(dossier.huwelijk.versie)


async def markeer_mislukt(zaken: Huwelijkszaken, huwelijk_id: str, betaling_id: str) -> None:
    """Record that the provider reports a payment failed (or cancelled, or expired), so the
    citizen reads it and can pay again; nothing changes when it was recorded already or the
    case takes no payment any more."""
    for _ in range(3):  # a concurrent change of the case: read it again and retry
        try:
            dossier = await zaken.laad(huwelijk_id)
        except NietGevonden:
            return
        betaling = dossier.huwelijk.betaling
        if betaling is not None and betaling.referentie == betaling_id:
            return
        if not dossier.huwelijk.neemt_betaling_aan(zaken.nu()):
            return

        def actie(h: Huwelijk, door: Actor, nu: datetime) -> None:
            h.registreer_betaling(
                bedrag_cents=0, referentie=betaling_id, geslaagd=False, door=door, nu=nu
            )

        try:
            await zaken.wijzig(huwelijk_id, dossier.huwelijk.versie, actie)
            return
        except VersieConflict:
            continue
