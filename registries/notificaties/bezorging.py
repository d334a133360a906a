"""Routing a published message to the abonnementen whose kanaal and filters it matches.

Each matching abonnement gets the message unchanged as a JSON `POST` on its callback URL, with
the abonnement's `auth` as the Authorization header, over real HTTP (the injected client) with a
timeout. A failed delivery is logged by abonnement id and failure kind only: the message may
name a zaak and the callback URL is the subscriber's business; neither goes into a log line.
The real Notificaties API does not retry either (Open Notificaties 1.0 logs the response).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import httpx

from trouwgraph.adapters.notificaties_payloads import Abonnement, Message

__all__ = ["Abonnementbezorger", "filters_passen"]

logger = logging.getLogger(__name__)


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
    """Delivers a message to every matching abonnement, concurrently, each with a timeout."""

    def __init__(self, http: httpx.AsyncClient, *, timeout: float = 10.0) -> None:
        self._http = http
        self._timeout = httpx.Timeout(timeout)

    async def bezorg(self, message: Message, abonnementen: Iterable[tuple[str, Abonnement]]) -> int:
        """POST `message` to each abonnement (id, abonnement) it matches; returns how many 2xx."""
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
        uitkomsten = await asyncio.gather(*(self._stuur(doel, body) for doel in doelen))
        return sum(uitkomsten)

    async def _stuur(self, doel: _Doel, body: bytes) -> bool:
        try:
            response = await self._http.post(
                doel.callback_url,
                content=body,
                headers={"Authorization": doel.auth, "Content-Type": "application/json"},
                timeout=self._timeout,
            )
        except httpx.HTTPError as error:
            logger.warning(
                "notification to abonnement %s not delivered: %s",
                doel.abonnement_id,
                type(error).__name__,
            )
            return False
        if not response.is_success:
            logger.warning(
                "notification to abonnement %s refused with status %d",
                doel.abonnement_id,
                response.status_code,
            )
            return False
        return True
