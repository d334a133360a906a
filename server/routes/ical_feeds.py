"""Subscribable iCalendar feeds: ``GET /agenda/{ambtenaar|locatie}/{id}.ics?token=...``.

Calendar clients cannot send a bearer header, so each feed URL carries its own token: the
HMAC-SHA256 of the feed kind and resource id under a server secret, base64url. It is
unguessable, needs no storage, differs per resource, and every token is revoked at once by
changing the secret. A missing or wrong token, like an unknown resource, answers 404 so that a
probe learns nothing about which resources exist.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Awaitable, Callable, Sequence
from enum import StrEnum

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from trouwgraph.adapters.ical import Ceremonie, agenda_feed
from trouwgraph.server.http.problems import problem

__all__ = ["CeremonieBron", "FeedTokens", "Feedsoort", "feed_path", "ical_routes"]

MEDIA_TYPE = "text/calendar; charset=utf-8"
MIN_SECRET_BYTES = 32


class Feedsoort(StrEnum):
    """Whose ceremonies a feed lists."""

    AMBTENAAR = "ambtenaar"
    LOCATIE = "locatie"


CeremonieBron = Callable[[Feedsoort, str], Awaitable[Sequence[Ceremonie] | None]]
"""The data source: the ceremonies of one BABS or location, None when it is unknown."""


class FeedTokens:
    """Makes and checks per-resource feed tokens."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the feed secret needs at least {MIN_SECRET_BYTES} bytes")
        self._secret = secret

    def voor(self, gemeentecode: str) -> FeedTokens:
        """The tokens of one municipality's feeds: a key of its own, derived from this one."""
        return FeedTokens(hmac.new(self._secret, gemeentecode.encode(), hashlib.sha256).digest())

    def token(self, soort: Feedsoort, resource_id: str) -> str:
        """The token for one feed (43 characters, URL-safe)."""
        message = f"trouwgraph-ical\x00{soort.value}\x00{resource_id}".encode()
        digest = hmac.new(self._secret, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def geldig(self, soort: Feedsoort, resource_id: str, token: str) -> bool:
        """Whether `token` opens this feed (constant-time comparison)."""
        return hmac.compare_digest(self.token(soort, resource_id).encode(), token.encode())


def feed_path(tokens: FeedTokens, soort: Feedsoort, resource_id: str) -> str:
    """The path and query of a feed, to show to the BABS or location manager."""
    return f"/agenda/{soort.value}/{resource_id}.ics?token={tokens.token(soort, resource_id)}"


def ical_routes(
    lookup: CeremonieBron,
    tokens: FeedTokens,
    *,
    naam: Callable[[Feedsoort, str], str] | None = None,
) -> list[Route]:
    """Routes serving the feeds; mount them at the app root.

    `naam` gives the calendar's display name (default: "Ceremonies <kind> <id>")."""

    def endpoint(soort: Feedsoort) -> Callable[[Request], Awaitable[Response]]:
        async def feed(request: Request) -> Response:
            resource_id: str = request.path_params["id"]
            token = request.query_params.get("token", "")
            if not token.isascii() or not tokens.geldig(soort, resource_id, token):
                return _not_found()
            ceremonies = await lookup(soort, resource_id)
            if ceremonies is None:
                return _not_found()
            titel = naam(soort, resource_id) if naam else f"Ceremonies {soort.value} {resource_id}"
            body = agenda_feed(titel, ceremonies)
            etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
            headers = {
                "ETag": etag,
                "Cache-Control": "private, max-age=300",
                "Referrer-Policy": "no-referrer",
                "X-Content-Type-Options": "nosniff",
            }
            if etag in request.headers.get("if-none-match", ""):
                return Response(status_code=304, headers=headers)
            return Response(body, media_type=MEDIA_TYPE, headers=headers)

        return feed

    return [
        Route(
            f"/agenda/{soort.value}/{{id}}.ics",
            endpoint(soort),
            methods=["GET"],
            name=f"ical_{soort.value}",
        )
        for soort in Feedsoort
    ]


def _not_found() -> Response:
    # One answer for an unknown feed and a wrong token: nothing tells them apart.
    return problem("NIET_GEVONDEN")
