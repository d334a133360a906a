"""Routing a published message to the abonnementen whose kanaal and filters it matches, and
delivering it as Open Notificaties does: at least once, retried with backoff.

Each matching abonnement gets the message unchanged as a JSON `POST` on its callback URL, with
the abonnement's `auth` as the Authorization header, over real HTTP (the injected client) with a
timeout. Any 2xx is a delivery; anything else (another status, a network error, a timeout) is
retried per abonnement after `Herhaalbeleid.wacht(poging)` seconds: factor * base^poging,
capped, up to `max_herhalingen` retries. The defaults are those of Open Notificaties since
1.12 (notifications-api-common 0.8): 7 retries, factor 25 s, base 4, at most 52000 s, so the
retries come after 25 s, 100 s, 400 s, ~27 min, ~1.8 h, ~7.1 h and ~14.4 h (~24 h in all).
Unlike Open Notificaties, pending retries live in memory: a restart forgets them.

A failed delivery is logged by abonnement id, attempt and failure kind only: the message may
name a zaak and the callback URL is the subscriber's business; neither goes into a log line.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass

import httpx

from trouwgraph.adapters.notificaties_payloads import Abonnement, Message

__all__ = ["OPEN_NOTIFICATIES", "Abonnementbezorger", "Herhaalbeleid", "filters_passen"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Herhaalbeleid:
    """When a failed delivery is tried again (Open Notificaties' retry settings)."""

    max_herhalingen: int = 7  # notification_delivery_max_retries
    factor: float = 25.0  # notification_delivery_retry_backoff (seconds)
    basis: int = 4  # notification_delivery_base_factor
    maximum: float = 52_000.0  # notification_delivery_retry_backoff_max (seconds)

    def wacht(self, poging: int) -> float:
        """Seconds to wait after the failed attempt number `poging` (0: the first)."""
        return float(min(self.maximum, self.factor * self.basis ** min(poging, 64)))


OPEN_NOTIFICATIES = Herhaalbeleid()


@dataclass(frozen=True, slots=True)
class _Doel:
    abonnement_id: str
    callback_url: str
    auth: str


def filters_passen(filters: Mapping[str, str], kenmerken: Mapping[str, str]) -> bool:
    """True when every filter matches its kenmerk (a filter value `*` matches any value)."""
    return all(
        naam in kenmerken and (waarde == "*" or kenmerken[naam] == waarde)
        for naam, waarde in filters.items()
    )


class Abonnementbezorger:
    """Delivers a message to every matching abonnement, concurrently, each with a timeout;
    failed deliveries are retried in the background per `herhaling`."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        timeout: float = 10.0,
        herhaling: Herhaalbeleid = OPEN_NOTIFICATIES,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._http = http
        self._timeout = httpx.Timeout(timeout)
        self._herhaling = herhaling
        self._sleep = sleep
        self._herhalingen: set[asyncio.Task[bool]] = set()

    async def bezorg(self, message: Message, abonnementen: Iterable[tuple[str, Abonnement]]) -> int:
        """POST `message` to each abonnement (id, abonnement) it matches; returns how many
        took it at once. Those that did not are retried in the background."""
        kenmerken = message.get("kenmerken", {})
        doelen = [
            _Doel(abonnement_id, abonnement["callbackUrl"], abonnement["auth"])
            for abonnement_id, abonnement in abonnementen
            if any(
                groep["naam"] == message["kanaal"]
                and filters_passen(groep.get("filters", {}), kenmerken)
                for groep in abonnement["kanalen"]
            )
        ]
        body = json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode()
        uitkomsten = await asyncio.gather(*(self._stuur(doel, body, 0) for doel in doelen))
        for doel, gelukt in zip(doelen, uitkomsten, strict=True):
            if not gelukt and self._herhaling.max_herhalingen > 0:
                taak = asyncio.create_task(self._herhaal(doel, body))
                self._herhalingen.add(taak)
                taak.add_done_callback(self._herhalingen.discard)
        return sum(uitkomsten)

    async def wacht_op_herhalingen(self) -> None:
        """Wait until every pending retry has delivered or given up (tests)."""
        while self._herhalingen:
            await asyncio.gather(*self._herhalingen)

    async def aclose(self) -> None:
        """Give up every pending retry (at shutdown)."""
        for taak in list(self._herhalingen):
            taak.cancel()
        for taak in list(self._herhalingen):
            with contextlib.suppress(asyncio.CancelledError):
                await taak

    async def _herhaal(self, doel: _Doel, body: bytes) -> bool:
        for poging in range(1, self._herhaling.max_herhalingen + 1):
            await self._sleep(self._herhaling.wacht(poging - 1))
            if await self._stuur(doel, body, poging):
                return True
        logger.warning(
            "notification to abonnement %s given up after %d retries",
            doel.abonnement_id,
            self._herhaling.max_herhalingen,
        )
        return False

    async def _stuur(self, doel: _Doel, body: bytes, poging: int) -> bool:
        try:
            response = await self._http.post(
                doel.callback_url,
                content=body,
                headers={"Authorization": doel.auth, "Content-Type": "application/json"},
                timeout=self._timeout,
            )
        except httpx.HTTPError as error:
            logger.warning(
                "notification to abonnement %s not delivered (attempt %d): %s",
                doel.abonnement_id,
                poging + 1,
                type(error).__name__,
            )
            return False
        if not response.is_success:
            logger.warning(
                "notification to abonnement %s refused with status %d (attempt %d)",
                doel.abonnement_id,
                response.status_code,
                poging + 1,
            )
            return False
        return True
