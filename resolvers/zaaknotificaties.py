"""Publishing case events on the Notificaties API's `zaken` kanaal, through the outbox.

Which events are published (`publicaties_na`, pure): when the notice's zaak is registered,
`zaak` `create`; when the gateway sets a status, `status` `create` (as the Zaken API itself
notifies them), both with the zaak as hoofdObject. Their URLs exist only once the zaak message is
delivered, so the `Bezorger` asks `publicaties_na` right then (its `vervolg`) and places a
`notificatie.publiceer` message; `Publicatieverwerker` delivers that one later (its
`verwerker`), adding the zaak's kenmerken (bronorganisatie, zaaktype,
vertrouwelijkheidaanduiding) read from the Zaken API. A notification is thus published at least
once, after the zaak change it tells about, and retried with backoff while the API is down.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Protocol

from trouwgraph.adapters.errors import UpstreamError
from trouwgraph.adapters.notificaties import Notificatie, Notificatiepublicatie
from trouwgraph.adapters.zgw_zaaklezer import Zaaklezer
from trouwgraph.resolvers.zaakregistratie import SOORT_REGISTREER, SOORT_STATUS, Geleverd, backoff
from trouwgraph.store.outbox import Bericht, Uitgaand

__all__ = [
    "KANAAL_ZAKEN",
    "SOORT_PUBLICEER",
    "Publicatieverwerker",
    "abonneer_doorlopend",
    "publicaties_na",
]

logger = logging.getLogger(__name__)

SOORT_PUBLICEER = "notificatie.publiceer"
KANAAL_ZAKEN = "zaken"
_SLEUTEL_MAX = 200  # store.outbox: OutboxRow.sleutel


def publicaties_na(bericht: Uitgaand, geleverd: Geleverd, now: datetime) -> list[Bericht]:
    """The notification to publish after the zaak message `bericht` was delivered."""
    if geleverd.soort == SOORT_REGISTREER:
        resource, aanmaakdatum = "zaak", now
    elif geleverd.soort == SOORT_STATUS:
        resource, aanmaakdatum = "status", datetime.fromisoformat(str(bericht.payload["datum"]))
    else:
        return []
    payload = {
        "kanaal": KANAAL_ZAKEN,
        "hoofdObject": geleverd.zaak_url,
        "resource": resource,
        "resourceUrl": geleverd.resource_url,
        "actie": "create",
        "aanmaakdatum": aanmaakdatum.isoformat(),
    }
    sleutel = f"{bericht.sleutel}:notificatie"
    if len(sleutel) > _SLEUTEL_MAX:
        sleutel = f"notificatie:{hashlib.sha256(bericht.sleutel.encode()).hexdigest()}"
    return [Bericht(bericht.gemeentecode, bericht.case_id, SOORT_PUBLICEER, sleutel, payload)]


class Publicatieverwerker:
    """The outbox `verwerker` of `notificatie.publiceer`: add kenmerken, publish."""

    def __init__(self, publicatie: Notificatiepublicatie, zaken: Zaaklezer) -> None:
        self._publicatie = publicatie
        self._zaken = zaken

    async def __call__(self, bericht: Uitgaand) -> None:
        """Publish the notification the message describes (raises `UpstreamError` to retry)."""
        payload = bericht.payload
        zaak_url = str(payload["hoofdObject"])
        await self._publicatie.publiceer(
            Notificatie(
                kanaal=str(payload["kanaal"]),
                hoofd_object=zaak_url,
                resource=str(payload["resource"]),
                resource_url=str(payload["resourceUrl"]),
                actie=str(payload["actie"]),
                aanmaakdatum=datetime.fromisoformat(str(payload["aanmaakdatum"])),
                kenmerken=await self._zaken.kenmerken(zaak_url),
            )
        )


class Abonneerder(Protocol):
    """`adapters.notificaties.NotificatiesApi.abonneer`."""

    async def abonneer(
        self, callback_url: str, auth: str, kanalen: Mapping[str, Mapping[str, str]]
    ) -> str: ...


async def abonneer_doorlopend(
    api: Abonneerder,
    callback_url: str,
    auth: str,
    kanalen: Mapping[str, Mapping[str, str]],
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    basis: timedelta = timedelta(seconds=2),
    maximum: timedelta = timedelta(minutes=10),
) -> str:
    """Register the webhook, retrying with backoff while the Notificaties API fails.

    Run it as a background task in the lifespan, so start-up never waits for the API. The
    first attempt runs before the server listens, so it fails when the API is this very server
    (the embedded one): that failure is logged at INFO, later ones at WARNING.
    """
    poging = 0
    while True:
        try:
            return await api.abonneer(callback_url, auth, kanalen)
        except UpstreamError as error:
            poging += 1
            wacht = backoff(poging, basis=basis, maximum=maximum)
            logger.log(
                logging.INFO if poging == 1 else logging.WARNING,
                "webhook abonnement not registered (%s), attempt %d; retry in %ds",
                error.code,
                poging,
                int(wacht.total_seconds()),
            )
            await sleep(wacht.total_seconds())
