"""Staff requeue a case's parked outbox messages (dead letters) once the cause is fixed."""

from __future__ import annotations

import logging

from trouwgraph.resolvers.huwelijken import Huwelijkszaken
from trouwgraph.store.huwelijken import Dossier
from trouwgraph.store.outbox import OutboxRepository

__all__ = ["herplaats_berichten"]

logger = logging.getLogger(__name__)


async def herplaats_berichten(
    zaken: Huwelijkszaken, outbox: OutboxRepository, huwelijk_id: str
) -> Dossier:
    """Staff: requeue the case's parked messages (due now); answers the case as it stands."""
    zaken.vereist_medewerker()
    dossier = await zaken.dossier(huwelijk_id)
    aantal = await outbox.herplaats(dossier.huwelijk.id, zaken.nu())
    logger.info("requeued %d parked outbox messages of a case", aantal)
    return dossier
