"""The ZGW JWT check of the embedded registries: HS256, known clients, fresh tokens.

A ZGW client signs a JWT with its own secret (HS256) and sends it as `Authorization: Bearer`.
The token names the client in `client_id` (and `iss`); `iat` says when it was made. Tokens older
than `max_age` seconds, or made more than `leeway` seconds in the future, are refused, as Open
Zaak does with its JWT_EXPIRY and JWT_LEEWAY.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable, Mapping

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import OctKey

from trouwgraph.registries.zgw.problems import not_authenticated, permission_denied

__all__ = ["JwtChecker"]


class JwtChecker:
    """Checks the bearer JWT of a request against the known `clients` (client id -> secret)."""

    def __init__(
        self,
        clients: Mapping[str, str],
        *,
        max_age: float = 3600.0,
        leeway: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not clients or not all(clients.values()):
            raise ValueError("the ZGW registry needs at least one client with a secret")
        self._keys = {client: OctKey.import_key(secret) for client, secret in clients.items()}
        self._max_age = max_age
        self._leeway = leeway
        self._clock = clock

    def client_id(self, authorization: str | None) -> str:
        """The client id of a valid token; raises `ZgwProblem` (401/403) otherwise."""
        if not authorization:
            raise not_authenticated("Authenticatiegegevens zijn niet opgegeven.")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise not_authenticated("Ongeldig Authorization-schema; verwacht Bearer.")
        token = token.strip()
        client_id = _unverified_client_id(token)
        key = self._keys.get(client_id or "")
        if key is None:
            raise permission_denied("invalid-client-identifier", "Client identifier bestaat niet.")
        try:
            decoded = jwt.decode(token, key, algorithms=["HS256"])
        except (JoseError, ValueError):
            raise permission_denied("bad-signature", "JWT did not validate.") from None
        iat = decoded.claims.get("iat")
        if isinstance(iat, bool) or not isinstance(iat, int | float):
            raise permission_denied("jwt-missing-iat", "JWT heeft geen geldige iat-claim.")
        now = self._clock()
        if now - iat > self._max_age:
            raise permission_denied("jwt-expired", "JWT is verlopen (iat te oud).")
        if iat - now > self._leeway:
            raise permission_denied("jwt-immature", "JWT iat ligt in de toekomst.")
        return client_id or ""


def _unverified_client_id(token: str) -> str | None:
    """The `client_id` claim (or `iss`) read before the signature is checked, to pick the key."""
    parts = token.split(".")
    if len(parts) != 3:
        raise permission_denied("bad-signature", "JWT is misvormd.")
    try:
        padded = parts[1] + "=" * (-len(parts[1]) % 4)
        claims = json.loads(base64.urlsafe_b64decode(padded))
    except (ValueError, TypeError):
        raise permission_denied("bad-signature", "JWT is misvormd.") from None
    if not isinstance(claims, dict):
        raise permission_denied("bad-signature", "JWT is misvormd.")
    value = claims.get("client_id") or claims.get("iss")
    return value if isinstance(value, str) else None
