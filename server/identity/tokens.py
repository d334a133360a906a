"""Bearer-token identity: verify a signed JWT and turn its claims into an `Actor`.

Tokens are verified against a key set: the configured issuer's JWKS (fetched over HTTP, cached,
refetched when an unknown ``kid`` shows up) or, in demo mode, the embedded demo issuer's keys.
Only asymmetric algorithms are accepted, so ``alg: none`` and HMAC-with-a-public-key tokens fail.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.domain.bsn import is_geldig_bsn

logger = logging.getLogger(__name__)

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

    An unknown ``kid`` triggers a refetch (keys rotate), at most once per
    `min_refresh_interval`, so tokens with made-up kids cannot make us hammer the issuer. One
    fetch runs at a time and requests share it, each waiting at most `wait` seconds: a slow
    issuer holds no request longer than that, and a refresh that is still running leaves the
    last good keys in use. After a failed fetch none is tried for a backoff that doubles per
    failure (`backoff`, up to `max_backoff`); meanwhile the last good keys serve, and without
    any (a cold start) `IssuerUnavailable` says so at once.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        url: str,
        *,
        timeout: float = 5.0,
        wait: float = 2.0,
        min_refresh_interval: float = JWKS_REFRESH_INTERVAL,
        backoff: float = 1.0,
        max_backoff: float = JWKS_REFRESH_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._url = url
        self._timeout = timeout
        self._wait = wait
        self._min_refresh_interval = min_refresh_interval
        self._first_backoff = backoff
        self._max_backoff = max_backoff
        self._clock = clock
        self._keys: KeySet | None = None
        self._attempted_at: float | None = None
        self._failures = 0
        self._retry_at = 0.0
        self._fetch: asyncio.Task[None] | None = None

    async def __call__(self, refresh: bool) -> KeySet:
        """The key set; refetched (shared, bounded) when asked and allowed."""
        if self._keys is not None and not refresh:
            return self._keys
        if self._may_fetch():
            self._start_fetch()
        if self._fetch is not None:
            # Shielded: a request that stops waiting leaves the shared fetch running.
            with contextlib.suppress(TimeoutError, _FetchFailed):
                await asyncio.wait_for(asyncio.shield(self._fetch), timeout=self._wait)
        if self._keys is None:
            raise IssuerUnavailable("the issuer's keys cannot be fetched")
        return self._keys

    def _may_fetch(self) -> bool:
        now = self._clock()
        if self._fetch is not None or now < self._retry_at:
            return False
        return self._attempted_at is None or (
            now - self._attempted_at >= self._min_refresh_interval or self._keys is None
        )

    def _start_fetch(self) -> None:
        self._attempted_at = self._clock()
        self._fetch = asyncio.create_task(self._fetch_and_keep())
        self._fetch.add_done_callback(_consume)

    async def _fetch_and_keep(self) -> None:
        try:
            response = await self._client.get(self._url, timeout=self._timeout)
            response.raise_for_status()
            keys = KeySet.import_key_set(response.json())
        except (httpx.HTTPError, ValueError, JoseError) as error:
            self._failures += 1
            backoff = min(self._first_backoff * 2 ** (self._failures - 1), self._max_backoff)
            self._retry_at = self._clock() + backoff
            logger.warning(
                "the issuer's JWKS cannot be fetched (%s); next try in %.0f s",
                type(error).__name__,
                backoff,
            )
            raise _FetchFailed from None
        finally:
            self._fetch = None
        self._keys, self._failures, self._retry_at = keys, 0, 0.0


class IssuerUnavailable(Exception):
    """No key set to verify tokens with: the issuer's JWKS could not be fetched yet."""


class _FetchFailed(Exception):
    pass


def _consume(task: asyncio.Task[None]) -> None:
    """Mark a fetch's failure as seen (it is logged where it happens)."""
    if not task.cancelled():
        task.exception()
