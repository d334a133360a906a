"""Paying a case: starting a payment at the provider, and recording what the provider
confirms (a payment the case no longer takes is refunded in full through the outbox)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from trouwgraph.adapters.betalingen import Betaalprovider, Opdrachtstatus
from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.betaling import betaald_cents
from trouwgraph.domain.fouten import OngeldigeStatusovergang
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.onderdelen import Betaalstatus
from trouwgraph.resolvers.acties import mag_betaling_starten
from trouwgraph.resolvers.errors import NietGevonden
from trouwgraph.resolvers.huwelijken import Huwelijkszaken
from trouwgraph.resolvers.terugbetaling import terugbetaling_niet_aangenomen
from trouwgraph.resolvers.zaakfouten import VersieConflict
from trouwgraph.store.huwelijken import Dossier

__all__ = ["BETAALPROVIDER", "Betaallinks", "markeer_betaald", "markeer_mislukt", "start_betaling"]

BETAALPROVIDER = Actor(Rol.MEDEWERKER, "betaalprovider", systeem=True)

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
    """Start paying what is open of an approved case at the provider; the case (its payment
    now OPEN) and the checkout URL. While a payment is open at the provider, its URL again;
    once it failed, was cancelled or expired, a new payment."""
    dossier = await zaken.voor_wijziging(huwelijk_id, versie)
    huwelijk = dossier.huwelijk
    # Who acts, then the status: before anything is asked of the provider.
    mag_betaling_starten(huwelijk, zaken.vereist_actor(), zaken.nu())
    status = huwelijk.status.value
    if not huwelijk.neemt_betaling_aan(zaken.nu()):
        # Paid already (or lapsed): a new checkout would take money only to refund it.
        raise OngeldigeStatusovergang(
            status, "start_betaling", "Voor dit huwelijk is geen betaling nodig."
        )
    open_cents = huwelijk.prijs(zaken.config).totaal_cents - betaald_cents(huwelijk.betaling)
    if open_cents <= 0:
        raise OngeldigeStatusovergang(status, "start_betaling", "Er is niets te betalen.")
    lopend = huwelijk.betaling
    if lopend is not None and lopend.status is Betaalstatus.OPEN:
        opdracht = await betalingen.haal(lopend.referentie)
        if opdracht.status is Opdrachtstatus.OPEN and opdracht.checkout_url is not None:
            return dossier, opdracht.checkout_url
        if opdracht.status is Opdrachtstatus.BETAALD:
            raise OngeldigeStatusovergang(
                status, "start_betaling", "De betaling wordt verwerkt; even geduld."
            )
        # It failed, was cancelled or expired and the webhook has not told us yet.
        dossier = await _afgebroken(zaken, dossier, lopend.referentie, opdracht.status)
    opdracht = await betalingen.start(
        bedrag_cents=open_cents,
        omschrijving=f"Huwelijk of partnerschap, zaak {huwelijk.id}",
        referentie=huwelijk.id,
        redirect_url=urls.terug.format(zaak=huwelijk.id),
        webhook_url=urls.webhook,
        # One payment per case version: asking again returns the same payment; a failed one
        # is recorded on the case, which moves its version on.
        idempotentiesleutel=f"{huwelijk.id}-v{dossier.huwelijk.versie}",
    )
    if opdracht.checkout_url is None:
        raise OngeldigeStatusovergang(
            status, "start_betaling", "Deze betaling staat niet meer open."
        )

    def actie(h: Huwelijk, door: Actor, nu: datetime) -> None:
        h.start_betaling(opdracht.id, door=door, nu=nu)

    gestart = await zaken.wijzig(huwelijk_id, dossier.huwelijk.versie, actie)
    return gestart, opdracht.checkout_url


async def _afgebroken(
    zaken: Huwelijkszaken, dossier: Dossier, referentie: str, status: Opdrachtstatus
) -> Dossier:
    uitkomst = _AFGEBROKEN[status]

    def actie(h: Huwelijk, door: Actor, nu: datetime) -> None:
        h.betaling_afgebroken(referentie, uitkomst, door=BETAALPROVIDER, nu=nu)

    return await zaken.wijzig(dossier.huwelijk.id, dossier.huwelijk.versie, actie)


_AFGEBROKEN = {
    Opdrachtstatus.MISLUKT: Betaalstatus.MISLUKT,
    Opdrachtstatus.GEANNULEERD: Betaalstatus.GEANNULEERD,
    Opdrachtstatus.VERLOPEN: Betaalstatus.VERLOPEN,
}


async def markeer_mislukt(
    zaken: Huwelijkszaken, huwelijk_id: str, betaling_id: str, status: Opdrachtstatus
) -> None:
    """Record that the provider's payment failed, was cancelled or expired (if it is the
    case's open payment; an older attempt's outcome changes nothing)."""
    if status not in _AFGEBROKEN:
        return
    for _ in range(3):
        try:
            dossier = await zaken.laad(huwelijk_id)
        except NietGevonden:
            logger.warning("payment %s names no case of this municipality", betaling_id)
            return
        lopend = dossier.huwelijk.betaling
        if (
            lopend is None
            or lopend.status is not Betaalstatus.OPEN
            or (lopend.referentie != betaling_id)
        ):
            return
        try:
            await _afgebroken(zaken, dossier, betaling_id, status)
            return
        except VersieConflict:
            continue


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
        if (
            betaling is not None
            and betaling.referentie == betaling_id
            and betaling.status is not Betaalstatus.OPEN
        ):
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
                config=zaken.config,
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
