"""The real gateway in production mode, trusting an issuer whose signing key the tests hold.

`production_gateway()` starts the gateway as `trouwgraph serve --production` would run it: no
demo issuer, no introspection, no suggestions; its JWKS comes from `UITGEVER`. `token(rol,
bsn, **claims)` signs an access token with that issuer's key (burgers at DigiD Substantieel
unless `acr` is given). `assert_veilig` checks what no response may hold.
"""

from __future__ import annotations

import re
import tempfile
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from gateway_support import Gateway, demo_settings, running_gateway
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey
from security_graphql_support import PRODUCTION_IDENTITY

from trouwgraph.domain.bsn import is_geldig_bsn
from trouwgraph.resolvers.authenticatieniveau import DIGID_SUBSTANTIEEL

ISSUER = str(PRODUCTION_IDENTITY["oidc_issuer"])
JWKS_URL = str(PRODUCTION_IDENTITY["oidc_jwks_url"])
AUDIENCE = "trouwgraph"
# Rate limiting has its own test; the walks send hundreds of requests from one address. The
# gateway's own public address is set, so that only an upstream's would show as 127.0.0.1.
RUIME_LIMIETEN = {
    "rate_limit_per_address": 100_000,
    "rate_limit_per_user": 100_000,
    "public_url": "https://trouwen.example-gemeente.nl",
    "betaling_terug_url": "https://trouwen.example-gemeente.nl/betaald?zaak={zaak}",
}
# What a response may never show: a trace, or where the gateway's upstreams live.
VERBODEN = ("Traceback", 'File "', "/registries/", "127.0.0.1")
_NEGEN_CIJFERS = re.compile(r"\b\d{9}\b")


@dataclass
class Uitgever:
    """An OpenID Connect issuer in miniature: one RSA key, served as a JWKS."""

    key: RSAKey = field(
        default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "sleutel-1"})
    )

    def jwks(self) -> httpx.MockTransport:
        """The transport the gateway fetches the issuer's public keys through."""

        def handler(request: httpx.Request) -> httpx.Response:
            if str(request.url) != JWKS_URL:
                return httpx.Response(404)
            return httpx.Response(200, json=KeySet([self.key]).as_dict(private=False))

        return httpx.MockTransport(handler)

    def claims(self, rol: str, bsn: str | None = None, **changes: Any) -> dict[str, Any]:
        """Current claims for `rol`; a change to None drops the claim."""
        nu = int(time.time())
        values: dict[str, Any] = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": f"{rol}-{bsn}" if bsn else rol,
            "iat": nu,
            "nbf": nu,
            "exp": nu + 600,
            "rol": rol,
            "bsn": bsn,
            "acr": DIGID_SUBSTANTIEEL if rol == "burger" else None,
        }
        values.update(changes)
        return {name: value for name, value in values.items() if value is not None}

    def token(self, rol: str, bsn: str | None = None, **claims: Any) -> str:
        """An RS256 access token signed with the issuer's key."""
        header = {"alg": "RS256", "kid": self.key.kid}
        return jwt.encode(header, self.claims(rol, bsn, **claims), self.key)


UITGEVER = Uitgever()


def token(rol: str, bsn: str | None = None, **claims: Any) -> str:
    """An access token from the issuer every `production_gateway()` trusts."""
    return UITGEVER.token(rol, bsn, **claims)


@dataclass
class ProductionGateway(Gateway):
    """A gateway in production mode; its tokens come from `UITGEVER`."""

    async def token(self, rol: str, bsn: str | None = None, **claims: Any) -> str:
        """A token for `rol` (and `bsn`), as the municipality's issuer would sign it."""
        return token(rol, bsn, **claims)


@asynccontextmanager
async def production_gateway(
    upstreams: dict[str, httpx.AsyncBaseTransport] | None = None, **changes: Any
) -> AsyncIterator[ProductionGateway]:
    """The real gateway in production mode on a fresh SQLite store; `changes` to its settings,
    `upstreams` in place of some registries (by name)."""
    with tempfile.TemporaryDirectory() as tmp:
        logboek = {"logboek_file": Path(tmp) / "logboek.jsonl"}
        values: dict[str, Any] = {**PRODUCTION_IDENTITY, **RUIME_LIMIETEN, **logboek, **changes}
        settings = demo_settings(Path(tmp), **values)
        transports = {"oidc": UITGEVER.jwks(), **(upstreams or {})}
        async with running_gateway(settings, transports=transports) as gateway:
            yield ProductionGateway(gateway.client, gateway.upstream, gateway.app)


def bsns_in(tekst: str) -> set[str]:
    """Every 9-digit number in `tekst` that passes the 11-proef."""
    return {cijfers for cijfers in _NEGEN_CIJFERS.findall(tekst) if is_geldig_bsn(cijfers)}


def assert_veilig(
    response: httpx.Response, gestuurd: Iterable[str] = (), *, bsns: bool = True
) -> None:
    """No trace, no upstream address, and no BSN but those the caller sent, in `response`.

    The request's body and URL count as sent; `gestuurd` adds the token's BSN. `bsns=False`
    skips the BSN check, for callers who may see others' BSNs (staff, a partner's own case).
    """
    assert response.status_code < 500, response.text[:500]
    for verboden in VERBODEN:
        assert verboden not in response.text, (verboden, response.text[:500])
    if not bsns:
        return
    verzoek = response.request
    eigen = bsns_in(verzoek.content.decode("utf-8", "replace")) | bsns_in(str(verzoek.url))
    vreemd = bsns_in(response.text) - eigen - set(gestuurd)
    assert not vreemd, f"response holds {len(vreemd)} BSN(s) the caller did not send"
