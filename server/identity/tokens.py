"""Bearer-token identity: verify a signed JWT and turn its claims into an `Actor`.

Tokens are verified against a key set: the configured issuer's JWKS (fetched over HTTP, cached,
refetched when an unknown ``kid`` shows up) or, in demo mode, the embedded demo issuer's keys.
Only asymmetric algorithms are accepted, so ``alg: none`` and HMAC-with-a-public-key tokens fail.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.bsn import is_geldig_bsn

ALGORITHMS = ["RS256", "ES256"]
JWKS_REFRESH_INTERVAL = 60.0


class TokenInvalid(Exception):
    """A bearer token that cannot be trusted; the message says why, never what it held."""


KeySource = Callable[[bool], Awaitable[KeySet]]


class TokenVerifier:
    """Verifies access tokens and maps their claims to an `Actor`."""

    def __init__(
        self,
        keys: KeySource,
        *,
        issuer: str,
        audience: str,
        bsn_claim: str = "bsn",
        rol_claim: str = "rol",
        gemeente_claim: str = "gemeente",
        leeway: int = 30,
    ) -> None:
        self._keys = keys
        self._claims = jwt.JWTClaimsRegistry(
            leeway=leeway,
            iss={"essential": True, "value": issuer},
            aud={"essential": True, "value": audience},
            exp={"essential": True},
            sub={"essential": True},
        )
        self._bsn_claim = bsn_claim
        self._rol_claim = rol_claim
        self._gemeente_claim = gemeente_claim

    async def verify(self, token: str) -> Actor:
        """The actor a token names; raises TokenInvalid."""
        keys = await self._keys(False)
        try:
            decoded = self._decode(token, keys)
        except _UnknownKey:
            try:
                decoded = self._decode(token, await self._keys(True))
            except _UnknownKey:
                raise TokenInvalid("token signed with an unknown key") from None
        try:
            self._claims.validate(decoded.claims)
        except JoseError as error:
            raise TokenInvalid(f"token claims rejected: {error.error}") from None
        return self._actor(decoded.claims)

    def _decode(self, token: str, keys: KeySet) -> jwt.Token:
        try:
            return jwt.decode(token, keys, algorithms=ALGORITHMS)
        except InvalidKeyIdError:
            raise _UnknownKey from None
        except (ValueError, JoseError):
            raise TokenInvalid("token signature or format invalid") from None

    def _actor(self, claims: dict[str, Any]) -> Actor:
        rol_value = claims.get(self._rol_claim)
        try:
            rol = Rol(rol_value)
        except ValueError:
            raise TokenInvalid(f"claim {self._rol_claim!r} must be burger or medewerker") from None
        bsn = claims.get(self._bsn_claim)
        if bsn is not None and (not isinstance(bsn, str) or not is_geldig_bsn(bsn)):
            raise TokenInvalid(f"claim {self._bsn_claim!r} is not a valid BSN")
        if rol is Rol.BURGER and bsn is None:
            raise TokenInvalid(f"a burger token needs the claim {self._bsn_claim!r}")
        acr = claims.get("acr")
        return Actor(
            rol=rol,
            subject=str(claims["sub"]),
            bsn=bsn,
            acr=acr if isinstance(acr, str) else None,
            gemeenten=self._gemeenten(claims.get(self._gemeente_claim)),
        )

    def _gemeenten(self, value: object) -> frozenset[str] | None:
        if value is None:
            return None
        codes = [value] if isinstance(value, str) else value
        if not isinstance(codes, list) or not all(
            isinstance(code, str) and len(code) == 4 and code.isdigit() for code in codes
        ):
            raise TokenInvalid(
                f"claim {self._gemeente_claim!r} must be a gemeentecode or a list of them"
            )
        return frozenset(codes)


class _UnknownKey(Exception):
    pass


def static_keys(keys: KeySet) -> KeySource:
    """A key source that never changes (the demo issuer's keys)."""

    async def source(refresh: bool) -> KeySet:
        return keys

    return source


class JwksKeys:
    """The issuer's JWKS, fetched over HTTP and cached.

    An unknown ``kid`` triggers a refetch (keys rotate), but at most once per
    `min_refresh_interval`, so tokens with made-up kids cannot make us hammer the issuer.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        url: str,
        *,
        timeout: float = 5.0,
        min_refresh_interval: float = JWKS_REFRESH_INTERVAL,
    ) -> None:
        self._client = client
        self._min_refresh_interval = min_refresh_interval
        self._url = url
        self._timeout = timeout
        self._keys: KeySet | None = None
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()

    async def __call__(self, refresh: bool) -> KeySet:
        """The cached key set; refetched when asked and not fetched in the last minute."""
        stale = time.monotonic() - self._fetched_at >= self._min_refresh_interval
        if self._keys is not None and not (refresh and stale):
            return self._keys
        async with self._lock:
            stale = time.monotonic() - self._fetched_at >= self._min_refresh_interval
            if self._keys is None or (refresh and stale):
                self._keys = await self._fetch()
                self._fetched_at = time.monotonic()
        return self._keys

    async def _fetch(self) -> KeySet:
        try:
            response = await self._client.get(self._url, timeout=self._timeout)
            response.raise_for_status()
            return KeySet.import_key_set(response.json())
        except (httpx.HTTPError, ValueError, JoseError):
            raise TokenInvalid("the issuer's keys cannot be fetched") from None
