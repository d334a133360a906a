"""Applying a status the municipality set in its own case system (fed back through the
Notificaties webhook, see `resolvers.notificatie_webhook`) to the case."""

from __future__ import annotations

from datetime import datetime

from trouwgraph.domain.actor import Actor
from trouwgraph.domain.huwelijk import Huwelijk
from trouwgraph.domain.onderdelen import Meldingstatus
from trouwgraph.domain.status import Status
from trouwgraph.domain.zaakterugkoppeling import Gemeentewijziging, Zaakwijziging
from trouwgraph.resolvers.huwelijken import Huwelijkszaken

__all__ = ["pas_toe"]


async def pas_toe(zaken: Huwelijkszaken, huwelijk_id: str, wijziging: Gemeentewijziging) -> None:
    """Apply a status staff set in the municipality's case system; once only."""
    dossier = await zaken.laad(huwelijk_id)
    huwelijk = dossier.huwelijk
    melding = huwelijk.melding.status if huwelijk.melding else None
    if wijziging.soort is Zaakwijziging.GEANNULEERD_DOOR_GEMEENTE:
        if huwelijk.status is Status.GEANNULEERD:
            return

        def actie(h: Huwelijk, door: Actor, nu: datetime) -> None:
            h.annuleer(reden="geannuleerd in het zaaksysteem", door=door, nu=nu)

    elif wijziging.soort is Zaakwijziging.MELDING_IN_BEHANDELING:
        if melding is not Meldingstatus.ONTVANGEN:
            return

        def actie(h: Huwelijk, door: Actor, nu: datetime) -> None:
            h.neem_melding_in_behandeling(door=door, nu=nu)

    else:  # MELDING_GOEDGEKEURD
        if melding is Meldingstatus.GOEDGEKEURD:
            return

        def actie(h: Huwelijk, door: Actor, nu: datetime) -> None:
            if h.melding is not None and h.melding.status is Meldingstatus.ONTVANGEN:
                h.neem_melding_in_behandeling(door=door, nu=nu)
            h.beoordeel_melding(True, config=zaken.config, door=door, nu=nu)

    await zaken.wijzig(huwelijk_id, huwelijk.versie, actie, naar_zaaksysteem=False)
