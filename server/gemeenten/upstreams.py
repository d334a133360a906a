"""Long-lived HTTP clients to the upstream registries, one per registry, made in the lifespan."""

from __future__ import annotations

from typing import Any

import httpx

from trouwgraph.adapters.auth import ApiKeyAuth, OAuth2ClientCredentials
from trouwgraph.adapters.zgw_auth import ZgwJwtAuth
from trouwgraph.server.gemeenten.aiohttp_transport import WholeBodyAiohttpTransport
from trouwgraph.server.gemeenten.config import ApiKeyAuth as ApiKeyConfig
from trouwgraph.server.gemeenten.config import OAuth2ClientCredentialsAuth, Registry
from trouwgraph.server.gemeenten.config import ZgwJwtAuth as ZgwJwtConfig
from trouwgraph.server.gemeenten.tls import ssl_context
from trouwgraph.server.http.operations import InstrumentedTransport
from trouwgraph.server.http.telemetry import propagate_trace


def registry_client(
    name: str,
    registry: Registry,
    *,
    embedded_url: str,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """An AsyncClient for one registry: base URL, auth, timeouts, pool and TLS (a private CA,
    a client certificate) from configuration; every call counted, timed and traced.

    `embedded_url` is where this server's embedded registry of that name is reachable over HTTP;
    `transport` replaces the network (tests); by default requests go through aiohttp.
    """
    timeout = httpx.Timeout(registry.timeout, connect=registry.connect_timeout)
    base_url = f"{embedded_url.rstrip('/')}/{name}" if registry.embedded else registry.url
    tls = registry.tls if not registry.embedded else None
    limits = httpx.Limits(
        max_connections=registry.max_connections,
        max_keepalive_connections=registry.max_connections,
    )
    if transport is None and tls is not None:
        # A private CA or a client certificate: httpx's own transport takes the SSL context.
        transport = httpx.AsyncHTTPTransport(
            verify=ssl_context(tls), limits=limits, trust_env=False
        )
    elif transport is None:
        # aiohttp's connection pool under httpx's API: it holds up under concurrent requests
        # where httpcore's pool spends its time (docs/performance.md).
        transport = WholeBodyAiohttpTransport(limits=limits, trust_env=False)
    return RegistryClient(
        base_url=base_url,
        auth=_auth(name, registry, timeout),
        timeout=timeout,
        limits=limits,
        transport=InstrumentedTransport(transport, name),
        headers={"Accept": "application/json"},
        follow_redirects=False,
        trust_env=False,
        event_hooks={"request": [propagate_trace]},
    )


class _NoCookies(httpx.Cookies):
    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep nothing a registry sets."""


class RegistryClient(httpx.AsyncClient):
    """httpx's AsyncClient without a cookie jar.

    One client serves every user's requests to a registry: a cookie a registry set while
    answering for one citizen must never go along with another's request. Keeping none also
    spares httpx's cookie parsing on every response (3% of a one-person request).
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._cookies = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        self._cookies = _NoCookies()  # none taken, none kept


def _auth(name: str, registry: Registry, timeout: httpx.Timeout) -> httpx.Auth | None:
    auth = registry.auth
    if isinstance(auth, ApiKeyConfig):
        return ApiKeyAuth(auth.header, auth.key())
    if isinstance(auth, ZgwJwtConfig):
        return ZgwJwtAuth(auth.client_id, auth.secret())
    if isinstance(auth, OAuth2ClientCredentialsAuth):
        return OAuth2ClientCredentials(
            auth.token_url,
            auth.client_id,
            auth.client_secret(),
            auth.scope,
            registry=name.upper(),
            timeout=timeout,
        )
    return None
