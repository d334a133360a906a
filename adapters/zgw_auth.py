"""ZGW JWT authentication: every request carries a fresh HS256 token signed with our secret.

The ZGW APIs (Zaken, Catalogi, ...) identify a client by a JWT it signs itself with the secret
it shares with the server: claims `iss` and `client_id` (the client id), `iat` (now),
`user_id` and `user_representation` (who acts, for the audit trail). Servers refuse tokens
older than about an hour, so a token is made per request instead of cached.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Generator

import httpx
from joserfc import jwt
from joserfc.jwk import OctKey

__all__ = ["ZgwJwtAuth"]

_PRINTABLE = re.compile(r"^[\x20-\x7e]*$")


class ZgwJwtAuth(httpx.Auth):
    """Sets `Authorization: Bearer <JWT>` (HS256, fresh `iat`) on every request."""

    def __init__(
        self,
        client_id: str,
        secret: str,
        *,
        user_id: str = "trouwgraph",
        user_representation: str = "trouwgraph gateway",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not client_id or not secret:
            raise ValueError("ZgwJwtAuth needs a client id and a secret")
        if not _PRINTABLE.fullmatch(client_id):
            raise ValueError("the ZGW client id must be printable ASCII")
        self._client_id = client_id
        self._key = OctKey.import_key(secret)
        self._user_id = user_id
        self._user_representation = user_representation
        self._clock = clock

    def __repr__(self) -> str:
        return f"ZgwJwtAuth(client_id={self._client_id!r}, secret=<hidden>)"

    def token(self) -> str:
        """A new signed token."""
        claims = {
            "iss": self._client_id,
            "iat": int(self._clock()),
            "client_id": self._client_id,
            "user_id": self._user_id,
            "user_representation": self._user_representation,
        }
        return jwt.encode({"alg": "HS256", "typ": "JWT"}, claims, self._key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        yield request
