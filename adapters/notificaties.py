"""The notification port and its adapter for the Notificaties API 1.0.0 (VNG).

`Notificatiepublicatie` is what the outbox's publish step depends on: publish one
`Notificatie` (a `Message`: kanaal, hoofdObject, resource, resourceUrl, actie, aanmaakdatum,
kenmerken). `NotificatiesApi` implements it over HTTP (registry name "NOTIFICATIES", so failures
carry codes such as `NOTIFICATIES_UNAVAILABLE`) and also registers the gateway's webhook as an
abonnement at start-up (`abonneer`), idempotently: an abonnement with the same callback URL is
reused, and updated when its auth or kanalen differ (a rotated secret).

Auth to the API is the client's (`ZgwJwtAuth` on the httpx client). The `auth` of an abonnement
is a secret (it is what the Notificaties API sends back to us): it never goes into a log line.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import httpx

from trouwgraph.adapters.errors import UpstreamInvalidResponse
from trouwgraph.adapters.notificaties_payloads import Abonnement, FilterGroup, Message
from trouwgraph.adapters.zgw_http import ZgwHttp

__all__ = ["REGISTRY", "Notificatie", "Notificatiepublicatie", "NotificatiesApi"]

REGISTRY = "NOTIFICATIES"
logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Notificatie:
    """One notification; `aanmaakdatum` is timezone-aware."""

    kanaal: str
    hoofd_object: str
    resource: str
    resource_url: str
    actie: str
    aanmaakdatum: datetime
    kenmerken: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.aanmaakdatum.utcoffset() is None:
            raise ValueError("aanmaakdatum must be timezone-aware")

    def naar_message(self) -> Message:
        """The spec's `Message`."""
        return {
            "kanaal": self.kanaal,
            "hoofdObject": self.hoofd_object,
            "resource": self.resource,
            "resourceUrl": self.resource_url,
            "actie": self.actie,
            "aanmaakdatum": self.aanmaakdatum.isoformat(),
            "kenmerken": dict(self.kenmerken),
        }


class Notificatiepublicatie(Protocol):
    """Where case events are published."""

    async def publiceer(self, notificatie: Notificatie) -> None:
        """Publish `notificatie`; raises `UpstreamError` when it was not accepted."""
        ...


class _Http(ZgwHttp):
    async def send(self, method: str, url: str, body: Mapping[str, Any]) -> Any:
        """`method` with a JSON body, expecting 200 and a JSON answer."""
        return await self._call(method, url, body=body, expect=200)


class NotificatiesApi:
    """`Notificatiepublicatie` and webhook registration over the Notificaties API."""

    def __init__(self, client: httpx.AsyncClient, *, timeout: httpx.Timeout | None = None) -> None:
        self._http = _Http(REGISTRY, client, timeout=timeout)

    async def publiceer(self, notificatie: Notificatie) -> None:
        """POST /notificaties."""
        answer = await self._http.send("POST", "notificaties", notificatie.naar_message())
        if not isinstance(answer, dict):
            raise UpstreamInvalidResponse(REGISTRY, "notification answer is not an object")

    async def abonneer(
        self, callback_url: str, auth: str, kanalen: Mapping[str, Mapping[str, str]]
    ) -> str:
        """Make sure one abonnement delivers `kanalen` (naam -> filters) to `callback_url`
        with `auth` as its Authorization header; returns the abonnement's URL."""
        gewenst: Abonnement = {
            "callbackUrl": callback_url,
            "auth": auth,
            "kanalen": [_groep(naam, filters) for naam, filters in sorted(kanalen.items())],
        }
        bestaande = await self._http.get("abonnement")
        if not isinstance(bestaande, list) or not all(isinstance(a, dict) for a in bestaande):
            raise UpstreamInvalidResponse(REGISTRY, "abonnement list is not a list of objects")
        for abonnement in bestaande:
            if abonnement.get("callbackUrl") != callback_url:
                continue
            url = abonnement.get("url")
            if not isinstance(url, str):
                raise UpstreamInvalidResponse(REGISTRY, "abonnement without url")
            if _zelfde(abonnement, gewenst):
                return url
            await self._http.send("PUT", url, gewenst)
            logger.info("webhook abonnement updated")
            return url
        created = await self._http.post("abonnement", gewenst)
        logger.info("webhook abonnement created")
        return str(created["url"])


def _groep(naam: str, filters: Mapping[str, str]) -> FilterGroup:
    return {"naam": naam, "filters": dict(filters)}


def _zelfde(bestaand: Mapping[str, Any], gewenst: Abonnement) -> bool:
    def kanalen(groepen: object) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
        if not isinstance(groepen, list):
            return set()
        return {
            (str(g.get("naam")), tuple(sorted((g.get("filters") or {}).items())))
            for g in groepen
            if isinstance(g, dict)
        }

    return bestaand.get("auth") == gewenst["auth"] and kanalen(bestaand.get("kanalen")) == kanalen(
        gewenst["kanalen"]
    )
