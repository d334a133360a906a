"""A municipality's OpenID Connect provider in miniature, for the web app's browser tests.

A fake at the port (test infrastructure, not product code): a Starlette app with the discovery
document, a JWKS, a login page, the authorization code flow for a public client with PKCE
(S256 only; the token endpoint checks the code_verifier against the code_challenge and refuses
a wrong one), refresh tokens, and RP-initiated logout. Access tokens are ES256 JWTs with the
claims the gateway verifies (iss, aud, sub, exp, rol, bsn, acr, gemeente, name); ID tokens are
RS256 JWTs carrying the app's nonce. A login session (a cookie) lets a second authorization
skip the login page, as a real provider's single sign-on does, until the app logs out.

`running_provider(origin)` serves it on a free loopback port in a thread; `origin` is the app's
origin, the one origin its token endpoint allows (CORS), and `<origin>/app/` its redirect URI.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

import uvicorn
from joserfc import jwt
from joserfc.jwk import ECKey, KeySet, RSAKey
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from trouwgraph.resolvers.authenticatieniveau import DIGID_SUBSTANTIEEL

CLIENT_ID = "trouwen-web"
AUDIENCE = "trouwgraph"
SESSION_COOKIE = "provider-sessie"


@dataclass
class Persoon:
    """Who can sign in at the provider: a citizen (with a BSN) or a staff member."""

    sub: str
    naam: str
    rol: str
    bsn: str | None = None
    gemeente: str | None = None


@dataclass
class Grant:
    """An authorization code waiting for its exchange."""

    persoon: Persoon
    redirect_uri: str
    challenge: str
    nonce: str | None
    scope: str


@dataclass
class Provider:
    """The provider's state: keys, accounts, outstanding codes, sessions, what it was asked."""

    issuer: str
    app_origin: str
    personen: dict[str, Persoon]
    access_token_seconds: int = 600
    es_key: ECKey = field(
        default_factory=lambda: ECKey.generate_key("P-256", parameters={"kid": "es-1"})
    )
    rs_key: RSAKey = field(
        default_factory=lambda: RSAKey.generate_key(2048, parameters={"kid": "rs-1"})
    )
    codes: dict[str, Grant] = field(default_factory=dict)
    refresh_tokens: dict[str, Persoon] = field(default_factory=dict)
    sessions: dict[str, Persoon] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    grants: list[str] = field(default_factory=list)
    logouts: int = 0

    @property
    def redirect_uri(self) -> str:
        return f"{self.app_origin}/app/"

    def jwks(self) -> dict[str, Any]:
        return dict(KeySet([self.es_key, self.rs_key]).as_dict(private=False))

    def access_token(self, persoon: Persoon) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": AUDIENCE,
            "sub": persoon.sub,
            "iat": now,
            "nbf": now,
            "exp": now + self.access_token_seconds,
            "rol": persoon.rol,
            "name": persoon.naam,
            "client_id": CLIENT_ID,
        }
        if persoon.bsn:
            claims |= {"bsn": persoon.bsn, "acr": DIGID_SUBSTANTIEEL}
        if persoon.gemeente:
            claims["gemeente"] = persoon.gemeente
        return jwt.encode({"alg": "ES256", "kid": "es-1"}, claims, self.es_key)

    def id_token(self, persoon: Persoon, nonce: str | None) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "aud": CLIENT_ID,
            "sub": persoon.sub,
            "iat": now,
            "exp": now + self.access_token_seconds,
            "name": persoon.naam,
        }
        if nonce is not None:
            claims["nonce"] = nonce
        return jwt.encode({"alg": "RS256", "kid": "rs-1"}, claims, self.rs_key)


def s256(verifier: str) -> str:
    """RFC 7636's S256 code challenge of a verifier."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse(
        {"error": error, "error_description": description},
        status_code=status,
        headers={"Cache-Control": "no-store"},
    )


async def _form(request: Request) -> dict[str, str]:
    """An application/x-www-form-urlencoded body (all this provider takes)."""
    return dict(parse_qsl((await request.body()).decode("utf-8"), keep_blank_values=True))


def provider_app(provider: Provider) -> Starlette:
    """The provider's HTTP interface."""

    async def discovery(request: Request) -> Response:
        return JSONResponse(
            {
                "issuer": provider.issuer,
                "authorization_endpoint": f"{provider.issuer}/authorize",
                "token_endpoint": f"{provider.issuer}/token",
                "jwks_uri": f"{provider.issuer}/jwks",
                "end_session_endpoint": f"{provider.issuer}/logout",
                "response_types_supported": ["code"],
                "grant_types_supported": ["authorization_code", "refresh_token"],
                "code_challenge_methods_supported": ["S256"],
                "token_endpoint_auth_methods_supported": ["none"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "subject_types_supported": ["public"],
                "scopes_supported": ["openid", "profile", "offline_access"],
            }
        )

    async def jwks(request: Request) -> Response:
        return JSONResponse(provider.jwks())

    def _authorization_problem(params: dict[str, str]) -> str | None:
        if params.get("client_id") != CLIENT_ID:
            return "unknown client_id"
        if params.get("redirect_uri") != provider.redirect_uri:
            return "redirect_uri is not registered"
        if params.get("response_type") != "code":
            return "response_type must be code"
        if params.get("code_challenge_method") != "S256" or not params.get("code_challenge"):
            return "PKCE with S256 is required"
        if "openid" not in params.get("scope", "").split():
            return "scope must include openid"
        return None

    def _issue_code(params: dict[str, str], persoon: Persoon) -> Response:
        code = secrets.token_urlsafe(24)
        provider.codes[code] = Grant(
            persoon=persoon,
            redirect_uri=params["redirect_uri"],
            challenge=params["code_challenge"],
            nonce=params.get("nonce"),
            scope=params.get("scope", ""),
        )
        query = {"code": code, "state": params.get("state", "")}
        return RedirectResponse(f"{params['redirect_uri']}?{urlencode(query)}", status_code=303)

    async def authorize(request: Request) -> Response:
        params = dict(request.query_params)
        problem = _authorization_problem(params)
        if problem:
            provider.refused.append(problem)
            return HTMLResponse(f"<h1>Fout</h1><p>{html.escape(problem)}</p>", status_code=400)
        persoon = provider.sessions.get(request.cookies.get(SESSION_COOKIE, ""))
        if persoon is not None:  # single sign-on: a session at the provider skips the login
            return _issue_code(params, persoon)
        hidden = "".join(
            f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
            for k, v in params.items()
        )
        options = "".join(
            f'<option value="{html.escape(key)}">{html.escape(p.naam)}</option>'
            for key, p in provider.personen.items()
        )
        return HTMLResponse(
            "<!doctype html><html lang='nl'><head><title>Inloggen bij de gemeente</title></head>"
            "<body><main><h1>Inloggen bij de gemeente</h1>"
            f"<form method='post' action='/authorize'>{hidden}"
            f"<label for='account'>Account</label><select id='account' name='account'>"
            f"{options}</select><button type='submit'>Inloggen</button>"
            "<button type='submit' name='annuleer' value='1'>Annuleren</button>"
            "</form></main></body></html>"
        )

    async def login(request: Request) -> Response:
        params = await _form(request)
        problem = _authorization_problem(params)
        if not problem and params.pop("annuleer", ""):  # the person cancels: RFC 6749 4.1.2.1
            query = {"error": "access_denied", "state": params.get("state", "")}
            return RedirectResponse(f"{params['redirect_uri']}?{urlencode(query)}", 303)
        persoon = provider.personen.get(params.pop("account", ""))
        if problem or persoon is None:
            return HTMLResponse("<h1>Fout</h1>", status_code=400)
        session = secrets.token_urlsafe(16)
        provider.sessions[session] = persoon
        response = _issue_code(params, persoon)
        response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="lax")
        return response

    async def token(request: Request) -> Response:
        form = await _form(request)
        grant_type = form.get("grant_type")
        provider.grants.append(str(grant_type))
        if form.get("client_id") != CLIENT_ID:
            return _oauth_error("invalid_client", "unknown client", 401)
        if grant_type == "refresh_token":
            persoon = provider.refresh_tokens.pop(str(form.get("refresh_token", "")), None)
            if persoon is None:
                return _oauth_error("invalid_grant", "unknown refresh token")
            return _tokens(persoon, nonce=None)
        if grant_type != "authorization_code":
            return _oauth_error("unsupported_grant_type", "authorization_code or refresh_token")
        grant = provider.codes.pop(str(form.get("code", "")), None)  # a code works once
        if grant is None:
            provider.refused.append("unknown code")
            return _oauth_error("invalid_grant", "unknown or used code")
        if form.get("redirect_uri") != grant.redirect_uri:
            provider.refused.append("redirect_uri mismatch")
            return _oauth_error("invalid_grant", "redirect_uri differs from the authorization")
        if s256(str(form.get("code_verifier", ""))) != grant.challenge:
            provider.refused.append("code_verifier mismatch")
            return _oauth_error("invalid_grant", "code_verifier does not match code_challenge")
        return _tokens(grant.persoon, nonce=grant.nonce)

    def _tokens(persoon: Persoon, *, nonce: str | None) -> Response:
        refresh = secrets.token_urlsafe(24)
        provider.refresh_tokens[refresh] = persoon
        return JSONResponse(
            {
                "access_token": provider.access_token(persoon),
                "token_type": "Bearer",
                "expires_in": provider.access_token_seconds,
                "id_token": provider.id_token(persoon, nonce),
                "refresh_token": refresh,
            },
            headers={"Cache-Control": "no-store"},
        )

    async def logout(request: Request) -> Response:
        target = request.query_params.get("post_logout_redirect_uri", "")
        if target != provider.redirect_uri:
            return HTMLResponse("<h1>Fout</h1>", status_code=400)
        provider.sessions.pop(request.cookies.get(SESSION_COOKIE, ""), None)
        provider.logouts += 1
        response = RedirectResponse(target, status_code=303)
        response.delete_cookie(SESSION_COOKIE)
        return response

    return Starlette(
        routes=[
            Route("/.well-known/openid-configuration", discovery, methods=["GET"]),
            Route("/jwks", jwks, methods=["GET"]),
            Route("/authorize", authorize, methods=["GET"]),
            Route("/authorize", login, methods=["POST"]),
            Route("/token", token, methods=["POST"]),
            Route("/logout", logout, methods=["GET"]),
        ],
        middleware=[
            Middleware(
                CORSMiddleware,
                allow_origins=[provider.app_origin],
                allow_methods=["POST"],
                allow_headers=["Content-Type"],
            )
        ],
    )


@contextlib.contextmanager
def running_provider(
    port: int, app_origin: str, personen: dict[str, Persoon]
) -> Iterator[Provider]:
    """The provider on 127.0.0.1:`port`, in a thread of this process, until the block ends."""
    provider = Provider(issuer=f"http://127.0.0.1:{port}", app_origin=app_origin, personen=personen)
    config = uvicorn.Config(
        provider_app(provider), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the OIDC provider did not start")
        time.sleep(0.05)
    try:
        yield provider
    finally:
        server.should_exit = True
        thread.join(timeout=10)
