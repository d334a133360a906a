"""The embedded ZGW registries: Catalogi API 1.3.1 and Zaken API 1.5.1, served over HTTP.

Mounted as Open Zaak does: `/catalogi/api/v1` and `/zaken/api/v1` (the gateway mounts the whole
app, e.g. under `/registries/zgw`). Every call needs a ZGW JWT (HS256) of a known client; errors
are `application/problem+json` (`Fout`, `ValidatieFout`); every answer carries `API-version`.
The Catalogi API serves the Huwelijksplanner catalogue; the Zaken API keeps its zaken in memory
per app instance. The same app is the test fake of the ZGW adapter.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.registries.zgw.auth import JwtChecker
from trouwgraph.registries.zgw.catalogi import catalogi_routes
from trouwgraph.registries.zgw.catalogus import Catalogus, huwelijksplanner_catalogus
from trouwgraph.registries.zgw.common import api_root
from trouwgraph.registries.zgw.problems import ZgwProblem
from trouwgraph.registries.zgw.zaken import ZakenStore, zaken_routes

__all__ = ["CATALOGI_PATH", "ZAKEN_PATH", "ZgwApis", "create_zgw_registry", "zgw_apis"]

CATALOGI_PATH = "/catalogi/api/v1"
ZAKEN_PATH = "/zaken/api/v1"


@dataclass(frozen=True)
class ZgwApis:
    """The two APIs over one shared catalogue, each an ASGI app to mount where wanted."""

    zaken: ASGIApp
    catalogi: ASGIApp


def zgw_apis(
    *,
    clients: Mapping[str, str],
    catalogus: Catalogus | None = None,
    page_size: int = 100,
    max_age: float = 3600.0,
    leeway: float = 60.0,
    clock: Callable[[], float] = time.time,
    today: Callable[[], date] = date.today,
) -> ZgwApis:
    """The Zaken and Catalogi APIs as separate apps (see `create_zgw_registry`)."""
    checker = JwtChecker(clients, max_age=max_age, leeway=leeway, clock=clock)
    catalogus = catalogus or huwelijksplanner_catalogus()
    zaken_api = zaken_routes(
        ZakenStore(), catalogus, page_size=page_size, today=today, clock=clock, leeway=leeway
    )
    catalogi = _api(catalogi_routes(catalogus, page_size=page_size), checker, "1.3.1")
    return ZgwApis(zaken=_api(zaken_api, checker, "1.5.1"), catalogi=catalogi)


def create_zgw_registry(
    *,
    clients: Mapping[str, str],
    catalogus: Catalogus | None = None,
    page_size: int = 100,
    max_age: float = 3600.0,
    leeway: float = 60.0,
    clock: Callable[[], float] = time.time,
    today: Callable[[], date] = date.today,
) -> Starlette:
    """The Catalogi and Zaken APIs for `clients` (client id -> HS256 secret).

    Tokens older than `max_age` seconds or from more than `leeway` seconds in the future are
    refused, as is a status set more than `leeway` seconds after `clock`. `page_size` is the
    page length of every list.
    """
    apis = zgw_apis(
        clients=clients,
        catalogus=catalogus,
        page_size=page_size,
        max_age=max_age,
        leeway=leeway,
        clock=clock,
        today=today,
    )
    return Starlette(routes=[Mount(CATALOGI_PATH, apis.catalogi), Mount(ZAKEN_PATH, apis.zaken)])


def _api(routes: list[Route], checker: JwtChecker, version: str) -> ASGIApp:
    async def problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ZgwProblem)
        return exc.response(api_root(request))

    async def http_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        titles = {
            404: ("not_found", "Niet gevonden."),
            405: ("method_not_allowed", "Methode niet toegestaan."),
        }
        code, title = titles.get(exc.status_code, ("error", "Fout."))
        return ZgwProblem(exc.status_code, code, title, title).response(api_root(request))

    async def server_error(request: Request, exc: Exception) -> Response:
        return ZgwProblem(
            500, "error", "Er is een serverfout opgetreden.", "Er is een serverfout opgetreden."
        ).response(api_root(request))

    app = Starlette(
        routes=routes,
        exception_handlers={
            ZgwProblem: problem,
            HTTPException: http_problem,
            Exception: server_error,
        },
    )
    return _Authenticated(app, checker, version)


class _Authenticated:
    """Checks the JWT before the API sees the request; stamps `API-version` on every answer."""

    def __init__(self, app: ASGIApp, checker: JwtChecker, version: str) -> None:
        self._app = app
        self._checker = checker
        self._version = version

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return

        async def send_with_version(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"api-version", self._version.encode()))
                message = {**message, "headers": headers}
            await send(message)

        request = Request(scope)
        try:
            self._checker.client_id(request.headers.get("authorization"))
        except ZgwProblem as refusal:
            response = refusal.response(api_root(request))
            await response(scope, receive, send_with_version)
            return
        await self._app(scope, receive, send_with_version)
