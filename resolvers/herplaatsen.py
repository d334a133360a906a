"""Staff requeue a case's parked outbox messages (dead letters) once the cause is fixed."""

from __future__ import annotations

import logging

from trouwgraph.resolvers.huwelijken import Huwelijkszaken
from trouwgraph.resolvers.zaakfouten import VersieConflict
from trouwgraph.store.huwelijken import Dossier
from trouwgraph.store.outbox import OutboxRepository

__all__ = ["herplaats_berichten"]

logger = logging.getLogger(__name__)


async def herplaats_berichten(
    zaken: Huwelijkszaken, outbox: OutboxRepository, huwelijk_id: str, versie: int
) -> Dossier:
    """Staff: requeue the case's parked messages (due now); answers the case, unchanged.

    Like every mutation on a case, NietGevonden for a case one may not see (no existence
    oracle); then who asks (staff only, whatever the case's versie), then VersieConflict when
    the case moved on since staff read it.
    """
    dossier = await zaken.dossier(huwelijk_id)
    zaken.vereist_medewerker()
    if dossier.huwelijk.versie != versie:
        raise VersieConflict(dossier.huwelijk.versie)
    aantal = await outbox.herplaats(dossier.huwelijk.id, zaken.nu())
    logger.info("requeued %d parked outbox messages of a case", aantal)
    return dossier
