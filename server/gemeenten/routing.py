"""Which municipality a request is for: by path prefix (/{gemeentecode}/graphql) or by host.

The router hands a municipality's request to that municipality's own routes (GraphQL, the
webhooks, the agenda feeds) with its services in the request state, and holds its runtime open
until the response is sent. Everything else (health, the embedded registries, the demo issuer)
goes on to the deployment's own routes.
"""

from __future__ import annotations

import re
from typing import Literal

from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from trouwgraph.server.gemeenten.reloading import Gemeenteregister
from trouwgraph.server.gemeenten.runtime import Gemeentedienst
from trouwgraph.server.http.problems import problem

__all__ = ["Gemeenterouter"]

_PREFIX = re.compile(r"^/(\d{4})(?=/|$)")


class Gemeenterouter:
    """ASGI middleware: serve municipality routes for the municipality the request names."""

    def __init__(
        self, app: ASGIApp, register: Gemeenteregister, routering: Literal["pad", "host"]
    ) -> None:
        self.app = app
        self._register = register
        self._routering = routering

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        keuze = self._kies(scope)
        if keuze is None:
            if self._is_gemeenteroute(scope):
                detail = (
                    "Dit adres hoort bij een gemeente: begin het met /{gemeentecode}"
                    + _route_path(scope)
                    + "."
                    if self._routering == "pad"
                    else None
                )
                await problem("GEMEENTE_ONBEKEND", detail)(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        dienst, prefix = keuze
        # A state of this request's own: ASGI servers give each request a shallow copy of the
        # lifespan state, but not every server (or test harness) does.
        state = {
            **scope.get("state", {}),
            "services": dienst.services,
            "webhook": dienst.webhook,
            "gemeente": dienst.gemeente,
            "weigert": dienst.weigert,
        }
        scope = {**scope, "state": state, "root_path": scope.get("root_path", "") + prefix}
        async with dienst.in_gebruik():
            await dienst.app(scope, receive, send)

    def _kies(self, scope: Scope) -> tuple[Gemeentedienst, str] | None:
        if self._routering == "pad":
            gevonden = _PREFIX.match(_route_path(scope))
            if gevonden is not None:
                dienst = self._register.voor_code(gevonden[1])
                return (dienst, gevonden[0]) if dienst is not None else None
            enige = self._register.enige()
        else:
            enige = self._register.voor_host(_host(scope))
            if enige is None and not any(
                d.gemeente.hosts for d in self._register.diensten.values()
            ):
                enige = self._register.enige()
        if enige is not None and _heeft_route(enige, scope):
            return enige, ""
        return None

    def _is_gemeenteroute(self, scope: Scope) -> bool:
        return any(_heeft_route(d, scope) for d in self._register.diensten.values())


def _heeft_route(dienst: Gemeentedienst, scope: Scope) -> bool:
    return any(route.matches(scope)[0] is not Match.NONE for route in dienst.app.routes)


def _route_path(scope: Scope) -> str:
    """The path below the app's root path (a proxy may mount the gateway under one)."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    return path[len(root) :] if root and path.startswith(root) else path


def _host(scope: Scope) -> str:
    for key, value in scope["headers"]:
        if key == b"host":
            host = str(value.decode("latin-1")).lower()
            return host if host.endswith("]") else host.rsplit(":", 1)[0]
    return ""
