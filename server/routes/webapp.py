"""The reference web app (examples/web, built into webapp_dist/) at /{gemeentecode}/app.

Served with nothing but Python: the built files ship in the package. In demo mode every
municipality serves it, with the demo issuer's test persons to sign in as; elsewhere only a
municipality whose file says `[webapp] aan = true`, signing in with its OpenID Connect provider.
The API never depends on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from trouwgraph.server.gemeenten.config import Gemeente
from trouwgraph.server.http.problems import problem

__all__ = ["DIST", "TESTPERSONEN", "app_csp", "webapp_routes"]

DIST: Final = Path(__file__).resolve().parent / "webapp_dist"
IMMUTABLE: Final = "public, max-age=31536000, immutable"

# RvIG's fictional test persons (embedded BRP) that make a good demo couple, witnesses, or a
# refused notice.
TESTPERSONEN: Final = (
    ("000009842", "Artem Sahakian", "ongehuwd, geboren in 1993"),
    ("000009878", "Hendrik Derks", "ongehuwd, geboren in 1967"),
    ("000009891", "Erika de Goede", "ongehuwd, geboren in 1987"),
    ("000009933", "Cor Veerboot", "ongehuwd, geboren in 1975"),
    ("000009970", "Nolda Schippersdochter", "ongehuwd, geboren in 1980"),
    ("999990226", "Jeannette Overvaart", "ongehuwd, geboren in 1987"),
    ("999993653", "Suzanne Moulin", "al getrouwd: de toetsing vindt een beletsel"),
)


def app_csp(token_url: str | None) -> str:
    """The app's Content-Security-Policy: its own files only, the API on the same origin, and
    the OpenID Connect provider's token endpoint when it signs in there."""
    connect = "'self'"
    if token_url:
        delen = urlsplit(token_url)
        connect += f" {delen.scheme}://{delen.netloc}"
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"font-src 'self'; connect-src {connect}; form-action 'self'; base-uri 'none'; "
        "frame-ancestors 'none'"
    )


def webapp_routes(gemeente: Gemeente, *, demo: bool, rol_claim: str) -> list[BaseRoute]:
    """The app's routes for `gemeente` (mounted below its prefix by the router)."""
    instellingen = gemeente.webapp
    csp = app_csp(None if demo else instellingen.oidc_token_url)

    async def naar_map(request: Request) -> Response:
        return RedirectResponse("app/", status_code=308)

    async def index(request: Request) -> Response:
        bestand = DIST / "index.html"
        if not bestand.exists():
            return problem("APP_NIET_GEBOUWD")
        return FileResponse(
            bestand,
            media_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": csp, "Cache-Control": "no-cache"},
        )

    async def config(request: Request) -> Response:
        return JSONResponse(
            _config(gemeente, demo=demo, rol_claim=rol_claim, request=request),
            headers={"Cache-Control": "no-cache"},
        )

    async def asset(request: Request) -> Response:
        naam = request.path_params["naam"]
        bestand = DIST / "assets" / naam
        if "/" in naam or naam.startswith(".") or not bestand.is_file():
            return problem("NIET_GEVONDEN")
        return FileResponse(bestand, headers={"Cache-Control": IMMUTABLE})

    return [
        Route("/app", naar_map, methods=["GET"]),
        Route("/app/", index, methods=["GET"]),
        Route("/app/config.json", config, methods=["GET"]),
        Route("/app/assets/{naam}", asset, methods=["GET"]),
    ]


def _config(gemeente: Gemeente, *, demo: bool, rol_claim: str, request: Request) -> dict[str, Any]:
    instellingen = gemeente.webapp
    basis: dict[str, Any] = {
        "gemeentecode": gemeente.gemeentecode,
        "naam": gemeente.naam,
        "thema": instellingen.thema,
        "graphql": "../graphql",
        "demo": None,
        "oidc": None,
    }
    if demo:
        # The demo issuer lives at the deployment's root, outside the municipality's prefix.
        root = str(request.scope.get("root_path", ""))
        prefix = f"/{gemeente.gemeentecode}"
        root = root[: -len(prefix)] if root.endswith(prefix) else root
        basis["demo"] = {
            "tokenUrl": f"{root}/demo/token",
            "testpersonen": [
                {"bsn": bsn, "naam": naam, "toelichting": toelichting}
                for bsn, naam, toelichting in TESTPERSONEN
            ],
        }
    elif instellingen.oidc_autorisatie_url:
        basis["oidc"] = {
            "autorisatieUrl": instellingen.oidc_autorisatie_url,
            "tokenUrl": instellingen.oidc_token_url,
            "clientId": instellingen.oidc_client_id,
            "scope": instellingen.oidc_scope,
            "uitlogUrl": instellingen.oidc_uitlog_url,
            "rolClaim": rol_claim,
        }
    return basis
