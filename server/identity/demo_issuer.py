"""The demo identity issuer: signed tokens for any test person, in demo mode only.

It stands in for the municipality's OpenID Connect provider (DigiD for citizens, the staff
directory for medewerkers). Its key pair is made at start and lives only in memory.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Sequence
from typing import Any

from joserfc import jwt
from joserfc.jwk import ECKey, KeySet
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from trouwgraph.domain.actor import Rol
from trouwgraph.domain.bsn import BSN_REGEL, is_geldig_bsn
from trouwgraph.resolvers.authenticatieniveau import DIGID_SUBSTANTIEEL
from trouwgraph.server.http.problems import problem

DEMO_ISSUER = "urn:trouwgraph:demo-issuer"
TOKEN_LIFETIME = 8 * 3600


class DemoIssuer:
    """Hands out ES256-signed access tokens and publishes its public key set."""

    def __init__(
        self,
        audience: str,
        bsn_claim: str = "bsn",
        rol_claim: str = "rol",
        gemeente_claim: str = "gemeente",
        gemeenten: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        self._key = ECKey.generate_key("P-256", parameters={"kid": secrets.token_hex(8)})
        self.keys = KeySet([self._key])
        self._audience = audience
        self._bsn_claim = bsn_claim
        self._rol_claim = rol_claim
        self._gemeente_claim = gemeente_claim
        self._gemeenten = gemeenten  # a medewerker's municipalities when the request names none

    def token(
        self,
        rol: Rol,
        bsn: str | None,
        subject: str | None = None,
        acr: str | None = None,
        gemeenten: Sequence[str] = (),
    ) -> str:
        """A signed token for `rol`, carrying `bsn` and `gemeenten` when given."""
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": DEMO_ISSUER,
            "aud": self._audience,
            "sub": subject or secrets.token_hex(8),
            "iat": now,
            "nbf": now,
            "exp": now + TOKEN_LIFETIME,
            self._rol_claim: rol.value,
        }
        if bsn is not None:
            claims[self._bsn_claim] = bsn
        if acr is not None:
            claims["acr"] = acr
        if gemeenten:
            claims[self._gemeente_claim] = list(gemeenten)
        header = {"alg": "ES256", "kid": self._key.kid, "typ": "JWT"}
        return jwt.encode(header, claims, self._key)

    def routes(self) -> list[Route]:
        """POST /demo/token and GET /demo/jwks.json."""
        return [
            Route("/demo/token", self._issue, methods=["POST"]),
            Route("/demo/jwks.json", self._jwks, methods=["GET"]),
        ]

    async def _issue(self, request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return problem("MEDIA_TYPE")
        try:
            body = await request.json()
        except ValueError:
            return problem("ONGELDIGE_JSON")
        if not isinstance(body, dict):
            return problem("ONGELDIGE_JSON")
        try:
            rol = Rol(body.get("rol"))
        except ValueError:
            return problem("ONGELDIGE_ROL")
        bsn = body.get("bsn")
        if bsn is None and rol is Rol.BURGER:
            return problem("BSN_VERPLICHT")
        if bsn is not None and (not isinstance(bsn, str) or not is_geldig_bsn(bsn)):
            return problem("ONGELDIG_BSN", f"Dit demotoken kan niet worden gemaakt: {BSN_REGEL}")
        subject = body.get("sub") if isinstance(body.get("sub"), str) else None
        # A citizen signs in with DigiD Substantieel unless the request says otherwise.
        acr = body.get("acr", DIGID_SUBSTANTIEEL if rol is Rol.BURGER else None)
        if acr is not None and not isinstance(acr, str):
            return problem("ONGELDIGE_ACR")
        gemeente = body.get("gemeente")
        if gemeente is None:
            gemeenten = list(self._gemeenten()) if rol is Rol.MEDEWERKER else []
        elif isinstance(gemeente, str) and len(gemeente) == 4 and gemeente.isdigit():
            gemeenten = [gemeente]
        else:
            return problem("ONGELDIGE_GEMEENTE")
        token = self.token(rol, bsn, subject, acr, gemeenten)
        return JSONResponse(
            {"access_token": token, "token_type": "Bearer", "expires_in": TOKEN_LIFETIME},
            headers={"Cache-Control": "no-store"},
        )

    async def _jwks(self, request: Request) -> Response:
        return JSONResponse(self.keys.as_dict(private=False))
