"""What a status notification of the Notificaties API changes in the case.

The webhook (`server.routes.notificatie_webhook`) stores a `status` `create` on the `zaken`
kanaal about a zaak the gateway registered as an outbox message `notificatie.ontvangen`
(`SOORT_ONTVANGEN`), with the `Webhookdiensten` below.

The `Bezorger` hands that message to `Terugkoppeling` (its verwerker), which reads the status,
its statustype and the zaak's resultaat from the Zaken and Catalogi APIs, ignores the statuses
the gateway set itself, maps the rest with `domain.zaakterugkoppeling.zaakwijziging`, and calls
`pas_toe(case_id, wijziging)`, the use case that applies it. A read that fails is retried with
backoff, so a notification is not lost while the case system is down.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from trouwgraph.adapters.zgw_zaaklezer import Zaaklezer
from trouwgraph.domain.fouten import Fout
from trouwgraph.domain.zaakterugkoppeling import Gemeentewijziging, is_eigen_status, zaakwijziging
from trouwgraph.resolvers.zaakregistratie import SOORT_STATUS, eigen_statussen
from trouwgraph.store.outbox import Bericht, Uitgaand
from trouwgraph.store.zaakkoppeling import Zaakkoppeling

__all__ = [
    "SOORT_ONTVANGEN",
    "PasToe",
    "Terugkoppeling",
    "Webhookdiensten",
]

logger = logging.getLogger(__name__)

SOORT_ONTVANGEN = "notificatie.ontvangen"

PasToe = Callable[[str, Gemeentewijziging], Awaitable[None]]
"""Applies a municipality's change to the case `case_id` (see the module docstring)."""


class Koppelingen(Protocol):
    """The outbox lookups the webhook needs (`store.zaakkoppeling.ZaakkoppelingRepository`)."""

    async def voor_zaak(self, zaak_url: str) -> Zaakkoppeling | None: ...

    async def sleutels(self, case_id: str, soort: str) -> list[str]: ...


class Plaatser(Protocol):
    """Where inbound work is stored (`store.outbox.OutboxRepository`)."""

    async def plaats(self, berichten: list[Bericht], now: datetime) -> None: ...


@dataclass(frozen=True, slots=True)
class Webhookdiensten:
    """What the webhook uses per request (made in the lifespan, found through the request)."""

    koppelingen: Koppelingen
    outbox: Plaatser
    clock: Callable[[], datetime]


class Terugkoppeling:
    """The outbox `verwerker` of `notificatie.ontvangen`: read, filter, map, apply."""

    def __init__(self, zaken: Zaaklezer, koppelingen: Koppelingen, pas_toe: PasToe) -> None:
        self._zaken = zaken
        self._koppelingen = koppelingen
        self._pas_toe = pas_toe

    async def __call__(self, bericht: Uitgaand) -> None:
        """Apply the status the message points at, if it is the municipality's and means one."""
        status = await self._zaken.lees_status(
            str(bericht.payload["zaak"]), str(bericht.payload["status"])
        )
        if status is None:
            logger.info("notified status of case %s not found; ignored", bericht.case_id)
            return
        sleutels = await self._koppelingen.sleutels(bericht.case_id, SOORT_STATUS)
        if is_eigen_status(
            status.statustype, status.gezet_op, eigen_statussen(bericht.case_id, sleutels)
        ):
            return
        soort = zaakwijziging(status.statustype, status.resultaat)
        if soort is None:
            return
        try:
            await self._pas_toe(
                bericht.case_id, Gemeentewijziging(soort, status.gezet_op, status.url)
            )
        except Fout as fout:
            # The case moved on (e.g. already cancelled): nothing left to apply; do not retry.
            logger.info("%s not applied to case %s: %s", soort, bericht.case_id, fout.code)
            return
        logger.info("%s applied to case %s", soort, bericht.case_id)
