"""Wiring of the iCalendar feeds: their tokens, their URLs, and where their ceremonies come
from."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence

from trouwgraph.adapters.ical import Ceremonie
from trouwgraph.resolvers.agendafeeds import bevestigde_ceremonies
from trouwgraph.resolvers.context import Services
from trouwgraph.server.routes.ical_feeds import CeremonieBron, Feedsoort, FeedTokens, feed_path
from trouwgraph.server.settings import Settings


def feed_tokens(settings: Settings) -> FeedTokens | None:
    """The feeds' token maker: from the configured secret, or per start in the demo."""
    if settings.ical_feed_secret is not None:
        return FeedTokens(settings.ical_feed_secret.get_secret_value().encode("utf-8"))
    return FeedTokens(secrets.token_bytes(32)) if settings.demo else None


def feed_url(gemeente_url: str, feeds: FeedTokens | None) -> Callable[[str, str], str | None]:
    """The feed URL of a BABS or location of the municipality at `gemeente_url` (None
    without feeds)."""

    def url(soort: str, resource_id: str) -> str | None:
        if feeds is None:
            return None
        return gemeente_url.rstrip("/") + feed_path(feeds, Feedsoort(soort), resource_id)

    return url


def ceremonies(services: Services) -> CeremonieBron:
    """The feeds' data source: confirmed ceremonies from the case store."""

    async def bron(soort: Feedsoort, resource_id: str) -> Sequence[Ceremonie] | None:
        proces = services.proces
        return await bevestigde_ceremonies(proces.huwelijken, proces.config, soort, resource_id)

    return bron
