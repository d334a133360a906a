"""HTTP hardening after the NL API Design Rules (core and transport-security modules).

Every response carries:

- ``API-Version`` with the full semantic version of the API (API-57, /core/version-header),
  unless the endpoint is another API with its own version (a mounted embedded registry);
- ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``,
  ``Referrer-Policy: no-referrer`` and a ``Content-Security-Policy`` with
  ``frame-ancestors 'none'`` (transport module, security headers). API responses get
  ``default-src 'none'`` as well: JSON needs no sub-resources. The GraphiQL page (HTML on the
  GraphiQL path) gets a policy that lets it run: its scripts, styles, fonts and Monaco's
  workers come from the gateway itself (`server.graphql.graphiql`; Monaco sets inline styles),
  and it fetches /graphql on its own origin;
- ``Cache-Control: no-store`` unless the endpoint chose its own caching: the gateway's
  responses carry personal data (GraphQL, the embedded registries) or credentials (demo
  tokens), so nothing is stored by browsers or shared caches by default;
- ``Strict-Transport-Security`` when the request arrived over TLS (scheme https, which uvicorn
  sets from X-Forwarded-Proto with --proxy-headers) or the deployment says it is only reachable
  over TLS (`hsts=True`): a TLS-terminating proxy in front of uvicorn.

`problem_handlers()` turns Starlette's own HTTP errors (404, 405, 500, ...) into
application/problem+json with a stable ``code`` and never a stack trace. `cors_middleware()`
configures CORS for the listed origins only.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Final

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, ExceptionHandler, Message, Receive, Scope, Send

from trouwgraph.server.http.problems import problem

logger = logging.getLogger(__name__)

__all__ = [
    "API_CSP",
    "GRAPHIQL_CSP",
    "SecurityHeaders",
    "api_version",
    "cors_middleware",
    "internal_error",
    "problem_handlers",
]

API_CSP: Final = "default-src 'none'; frame-ancestors 'none'"
GRAPHIQL_CSP: Final = (
    "default-src 'none'; script-src 'self'; worker-src 'self'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
HSTS: Final = "max-age=31536000"

# Codes for the HTTP errors Starlette (not our handlers) raises; another 4xx is ONGELDIG_VERZOEK,
# another 5xx INTERNE_FOUT.
CODES: Final[Mapping[int, str]] = {
    400: "ONGELDIG_VERZOEK",
    404: "NIET_GEVONDEN",
    405: "METHODE_NIET_TOEGESTAAN",
    406: "NIET_ACCEPTABEL",
    413: "VERZOEK_TE_GROOT",
    415: "MEDIA_TYPE_NIET_ONDERSTEUND",
    429: "TE_VEEL_VERZOEKEN",
    500: "INTERNE_FOUT",
}


def api_version() -> str:
    """The API's full semantic version: the installed trouwgraph package's version."""
    try:
        return version("trouwgraph")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


class SecurityHeaders:
    """Pure ASGI middleware: the security headers and API-Version on every HTTP response.

    Headers the endpoint set itself (Cache-Control, a CSP, API-Version) are kept. An exception
    that escapes the app before the response started is answered with a problem+json 500
    carrying the headers, then re-raised so the server logs it (Starlette's
    ServerErrorMiddleware sits outside all user middleware and would answer without them).
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        api_version: str,
        hsts: bool,
        graphiql_paths: Sequence[str] = ("/graphql",),
    ) -> None:
        self.app = app
        self.api_version = api_version
        self.hsts = hsts
        self.graphiql_paths = frozenset(graphiql_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": self._headers(scope, message["headers"])}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            if started:
                raise
            await internal_error()(scope, receive, send_with_headers)
            raise

    def _headers(
        self, scope: Scope, raw: Sequence[tuple[bytes, bytes]]
    ) -> list[tuple[bytes, bytes]]:
        present = {name.lower() for name, _ in raw}
        html = any(
            name.lower() == b"content-type" and value.startswith(b"text/html")
            for name, value in raw
        )
        graphiql = html and scope.get("path") in self.graphiql_paths
        wanted = {
            b"api-version": self.api_version,
            b"x-content-type-options": "nosniff",
            b"x-frame-options": "DENY",
            b"referrer-policy": "no-referrer",
            b"content-security-policy": GRAPHIQL_CSP if graphiql else API_CSP,
            b"cache-control": "no-store",
        }
        if self.hsts or scope.get("scheme") == "https":
            wanted[b"strict-transport-security"] = HSTS
        # A mounted embedded registry states its own API's version; that one stays.
        headers = list(raw)
        headers.extend(
            (name, value.encode("latin-1")) for name, value in wanted.items() if name not in present
        )
        return headers


def cors_middleware(origins: Sequence[str]) -> list[Middleware]:
    """CORS for exactly `origins`; no origins (the default) means no CORS headers at all.

    Browsers may POST and GET /graphql with a bearer token (no cookies, so no credentials
    mode) and read the API-Version, rate-limit headers and Retry-After.
    """
    if not origins:
        return []
    return [
        Middleware(
            _ProblemCors,
            allow_origins=list(origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Accept", "traceparent"],
            expose_headers=[
                "API-Version",
                "Retry-After",
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset",
            ],
            allow_credentials=False,
            max_age=600,
        )
    ]


class _ProblemCors(CORSMiddleware):
    """Starlette's CORS, with a refused preflight answered as problem+json with a code."""

    def preflight_response(self, request_headers: Headers) -> Response:
        """The preflight answer; a refusal keeps its CORS headers and says what was refused."""
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        refused = bytes(response.body).decode("utf-8", "replace").removeprefix("Disallowed CORS ")
        logger.info("CORS preflight refused: %s", refused)
        answer = problem("CORS_GEWEIGERD")
        for name, value in response.headers.items():
            if name.lower().startswith(("access-control-", "vary")):
                answer.headers[name] = value
        return answer


def internal_error() -> JSONResponse:
    """The problem+json 500: a stable code, nothing about the failure itself."""
    return problem(CODES[500])


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code in {204, 304}:
        return Response(status_code=exc.status_code, headers=exc.headers)
    # Starlette's own detail is English ("Not Found"); the client gets the catalogue's text.
    fallback = CODES[500] if exc.status_code >= 500 else CODES[400]
    response = problem(CODES.get(exc.status_code, fallback))
    if exc.headers:  # Allow on a 405
        response.headers.update(exc.headers)
    return response


async def _unhandled(request: Request, exc: Exception) -> Response:
    # The server logs the exception (through the BSN filter); the client learns nothing of it.
    return internal_error()


def problem_handlers() -> dict[int | type[Exception], ExceptionHandler]:
    """Starlette `exception_handlers`: HTTP errors and crashes as application/problem+json."""
    return {HTTPException: _http_exception, Exception: _unhandled}
