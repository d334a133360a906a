"""Bearer-token authentication in front of the GraphQL endpoint.

A request without a token goes on anonymously (public queries such as ceremonietypen need
none); a token that fails verification is answered 401 before any resolver runs, and a valid
token of staff of another municipality 403.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from starlette.types import ASGIApp, Receive, Scope, Send

from trouwgraph.domain.actor import Actor
from trouwgraph.server.http.problems import problem
from trouwgraph.server.identity.tokens import IssuerUnavailable, TokenInvalid
from trouwgraph.server.identity.verified_tokens import RememberingVerifier

logger = logging.getLogger(__name__)


class BearerAuthentication:
    """ASGI middleware that puts the verified `Actor` (or None) in the request state."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})
        verifier: RememberingVerifier = state["verifier"]
        header = _header(scope, b"authorization")
        state["actor"] = None
        if header is not None:
            scheme, _, token = header.partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                await self._refuse("use the Bearer scheme", scope, receive, send)
                return
            try:
                actor = await verifier.verify(token.strip())
            except TokenInvalid as error:
                await self._refuse(str(error), scope, receive, send)
                return
            except IssuerUnavailable:
                # Not the token's fault: the client may retry, and nothing waited long.
                response = problem("IDENTITEIT_NIET_BESCHIKBAAR")
                response.headers["Retry-After"] = "5"
                await response(scope, receive, send)
                return
            # The municipality the request is for decides whether this actor may act there.
            weigert: Callable[[Actor], str | None] | None = state.get("weigert")
            reden = weigert(actor) if weigert is not None else None
            if reden is not None:
                await problem("NIET_TOEGESTAAN", reden)(scope, receive, send)
                return
            state["actor"] = actor
        await self.app(scope, receive, send)

    @staticmethod
    async def _refuse(reason: str, scope: Scope, receive: Receive, send: Send) -> None:
        # The reason is for the operator (English, never the token's content); the client
        # gets the catalogue's Dutch text: whatever was wrong, the person logs in again.
        logger.info("bearer token refused: %s", reason)
        response = problem("NIET_GEAUTHENTICEERD")
        response.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
        await response(scope, receive, send)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None
