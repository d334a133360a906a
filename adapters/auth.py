"""Authentication and protocol headers for upstream registries, configurable per municipality.

A municipality's API gateway in front of the BRP (and other Haal Centraal APIs) asks for an API
key header or an OAuth2 client-credentials bearer token; both are `httpx.Auth` flows set once
on the long-lived client. The protocol headers for purpose binding (`x-doelbinding`,
`x-verwerking`, `x-origin-oin`, `x-gebruiker`) depend on who acts, so they are built per call
by `ProtocolHeaders.voor`.
"""

from __future__ import annotations

import asyncio
import base64
import json
import math
import re
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

import httpx

from trouwgraph.adapters.errors import UpstreamAuthFailed, scrub

__all__ = ["BURGER_ZELF", "ApiKeyAuth", "OAuth2ClientCredentials", "ProtocolHeaders"]

BURGER_ZELF = "BurgerZelf"
"""The `x-gebruiker` value when the citizen acts on their own behalf."""

_PRINTABLE_ASCII = re.compile(r"^[\x20-\x7e]+$")
_OIN = re.compile(r"^\d{20}$")
_DEFAULT_LIFETIME = 60.0


class ApiKeyAuth(httpx.Auth):
    """Sends a fixed API key in a header, e.g. `X-Api-Key`."""

    def __init__(self, header: str, key: str) -> None:
        if not header or not _PRINTABLE_ASCII.fullmatch(header) or not key:
            raise ValueError("ApiKeyAuth needs a header name and a non-empty key")
        self._header = header
        self._key = key

    def __repr__(self) -> str:
        return f"ApiKeyAuth(header={self._header!r}, key=<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._key
        yield request


@dataclass(frozen=True, slots=True)
class _Token:
    value: str
    refresh_at: float


class OAuth2ClientCredentials(httpx.Auth):
    """OAuth2 client-credentials bearer token, fetched lazily, cached until shortly before expiry.

    The token request is yielded from the auth flow, so it travels over the same client
    (and transport) as the API call but with its own `timeout`. Concurrent calls share one
    fetch: the first takes the lock and fetches, the others wait and reuse its token. A 401 on a
    cached token drops it and retries the call once with a fresh one (tokens can be revoked
    early). A token endpoint that answers with an error or garbage gives `UpstreamAuthFailed`;
    transport errors and timeouts surface like those of the API call itself.
    """

    requires_response_body = True

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        scope: str | None = None,
        *,
        registry: str = "BRP",
        timeout: httpx.Timeout | None = None,
        refresh_margin: float = 30.0,
        client_authentication: Literal["basic", "post"] = "basic",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not client_id or not client_secret:
            raise ValueError("OAuth2ClientCredentials needs a client id and secret")
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._registry = registry
        self._timeout = timeout or httpx.Timeout(5.0)
        self._refresh_margin = refresh_margin
        self._client_authentication = client_authentication
        self._clock = clock
        self._token: _Token | None = None
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(client_id={self._client_id!r}, client_secret=<hidden>)"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        raise RuntimeError("OAuth2ClientCredentials works with httpx.AsyncClient only")

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        fresh = False
        async with self._lock:
            token = self._token
            if token is None or self._clock() >= token.refresh_at:
                token = await self._accept((yield self._token_request()))
                fresh = True
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code != 401 or fresh:
            return
        async with self._lock:
            token = self._token
            # Another call may already have replaced the rejected token: use that one.
            if token is None or token.value == request.headers["Authorization"][7:]:
                token = await self._accept((yield self._token_request()))
        request.headers["Authorization"] = f"Bearer {token.value}"
        yield request

    def _token_request(self) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        if self._scope:
            form["scope"] = self._scope
        headers = {"Accept": "application/json"}
        if self._client_authentication == "basic":
            # RFC 6749 2.3.1: both parts are form-urlencoded before the Basic encoding.
            pair = f"{quote(self._client_id, safe='')}:{quote(self._client_secret, safe='')}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
        else:
            form["client_id"] = self._client_id
            form["client_secret"] = self._client_secret
        return httpx.Request(
            "POST",
            self._token_url,
            data=form,
            headers=headers,
            extensions={"timeout": self._timeout.as_dict()},
        )

    async def _accept(self, response: httpx.Response) -> _Token:
        """Parse and cache the token response, or raise `UpstreamAuthFailed`."""
        now = self._clock()
        self._token = None
        # Overriding async_auth_flow skips httpx's own read for `requires_response_body`: a
        # streaming transport (httpx's own, used for mutual TLS) hands the body over unread.
        await response.aread()
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
        if response.status_code != 200:
            error = body.get("error") if isinstance(body, dict) else None
            detail = f" ({scrub(error, limit=40)})" if isinstance(error, str) else ""
            raise UpstreamAuthFailed(
                self._registry,
                f"token endpoint answered with status {response.status_code}{detail}",
                status_code=response.status_code,
            )
        if not isinstance(body, dict):
            raise UpstreamAuthFailed(self._registry, "token endpoint answered without JSON object")
        value = body.get("access_token")
        token_type = body.get("token_type", "Bearer")
        if not isinstance(value, str) or not value or not _PRINTABLE_ASCII.fullmatch(value):
            raise UpstreamAuthFailed(self._registry, "token endpoint gave no usable access_token")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise UpstreamAuthFailed(self._registry, "token endpoint gave no bearer token")
        # expires_in is only RECOMMENDED (RFC 6749 5.1): without it, assume a short life.
        lifetime = _seconds(body.get("expires_in", _DEFAULT_LIFETIME))
        if lifetime is None:
            raise UpstreamAuthFailed(self._registry, "token endpoint gave no valid expires_in")
        # Refresh before the expiry, but never sooner than halfway through a short lifetime.
        refresh_in = max(lifetime - self._refresh_margin, lifetime / 2)
        self._token = _Token(value, now + refresh_in)
        return self._token


def _seconds(value: object) -> float | None:
    # Some servers send expires_in as a string; RFC 6749 says a number.
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value) and value > 0:
        return float(value)
    return None


@dataclass(frozen=True, slots=True)
class ProtocolHeaders:
    """The purpose-binding headers a municipality's gateway requires, set per municipality.

    `doelbinding` and `verwerking` are defaults that a call may override; `origin_oin` is the
    municipality's OIN (20 digits). Unset headers are not sent.
    """

    doelbinding: str | None = None
    verwerking: str | None = None
    origin_oin: str | None = None

    def __post_init__(self) -> None:
        for name in ("doelbinding", "verwerking"):
            value = getattr(self, name)
            if value is not None and not _PRINTABLE_ASCII.fullmatch(value):
                raise ValueError(f"protocol header {name} must be printable ASCII")
        if self.origin_oin is not None and not _OIN.fullmatch(self.origin_oin):
            raise ValueError("origin_oin must be an OIN of 20 digits")

    def voor(
        self,
        gebruiker: str,
        *,
        doelbinding: str | None = None,
        verwerking: str | None = None,
    ) -> dict[str, str]:
        """Headers for one call by `gebruiker` (`BURGER_ZELF` or a medewerker's identifier)."""
        values = {
            "x-doelbinding": doelbinding or self.doelbinding,
            "x-verwerking": verwerking or self.verwerking,
            "x-origin-oin": self.origin_oin,
            "x-gebruiker": gebruiker,
        }
        headers: dict[str, str] = {}
        for header, value in values.items():
            if value is None:
                continue
            # Header injection and non-ASCII would fail deep inside h11; fail here, clearly.
            if not _PRINTABLE_ASCII.fullmatch(value):
                raise ValueError(f"{header} must be printable ASCII")
            headers[header] = value
        return headers
