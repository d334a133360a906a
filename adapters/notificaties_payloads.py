"""Wire types of the Notificaties API 1.0.0 (VNG), for the adapter and the embedded registry.

Schemas `Kanaal` {url, naam, documentatieLink, filters}, `Abonnement` {url, callbackUrl, auth,
kanalen [`FilterGroup` {naam, filters}]} and `Message` {kanaal, hoofdObject, resource,
resourceUrl, actie, aanmaakdatum, kenmerken}. `Message` is both what a source publishes
(`POST /notificaties`) and what a subscriber receives on its callback URL.
"""

from __future__ import annotations

from typing import NotRequired, TypedDict

__all__ = ["Abonnement", "FilterGroup", "Kanaal", "Message"]


class Kanaal(TypedDict):
    """`Kanaal`: a channel and the kenmerken its messages may be filtered on."""

    url: NotRequired[str]
    naam: str
    documentatieLink: NotRequired[str]
    filters: NotRequired[list[str]]


class FilterGroup(TypedDict):
    """`FilterGroup`: a kanaal an abonnement takes, with kenmerk filters (all must match)."""

    naam: str
    filters: NotRequired[dict[str, str]]


class Abonnement(TypedDict):
    """`Abonnement`: where to deliver which kanalen, with which Authorization header."""

    url: NotRequired[str]
    callbackUrl: str
    auth: str
    kanalen: list[FilterGroup]


class Message(TypedDict):
    """`Message`: one notification."""

    kanaal: str
    hoofdObject: str
    resource: str
    resourceUrl: str
    actie: str
    aanmaakdatum: str
    kenmerken: NotRequired[dict[str, str]]
