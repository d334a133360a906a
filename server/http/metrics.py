"""Prometheus metrics: requests and their outcome, rate-limit refusals, the outbox backlog, and
`/metrics` to scrape them (with a bearer token; off without one).

Upstream calls are counted where they are made (`server.gemeenten.instrumented`) and GraphQL
errors where they are logged (`schema.schema`); all go to prometheus-client's default registry,
so one scrape shows the whole process. Labels never hold a path with an id, a query or a BSN:
routes are reduced to their shape (`/{gemeente}/graphql`).
"""

from __future__ import annotations

import functools
import hmac
import re
import time
from collections.abc import Awaitable, Callable

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from pydantic import SecretStr
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.server.http.problems import problem
from trouwgraph.store.errors import StoreError
from trouwgraph.store.outbox import OutboxRepository

__all__ = ["REQUESTS", "HttpMetrics", "metrics_endpoint", "route_of"]

REQUESTS = Counter(
    "trouwgraph_http_requests",
    "HTTP requests answered, by route shape and status",
    ["route", "status"],
)
REQUEST_SECONDS = Histogram(
    "trouwgraph_http_request_duration_seconds", "Time to answer, by route shape", ["route"]
)
RATE_LIMITED = Counter(
    "trouwgraph_rate_limit_refusals", "Requests refused with 429 by a rate limit", ["route"]
)
OUTBOX = Gauge(
    "trouwgraph_outbox_messages", "Undelivered outbox messages (wachtend, geparkeerd)", ["state"]
)
_GEMEENTE = re.compile(r"^/\d{4}(?=/|$)")
# Each label combination's child kept: `labels()` validates and locks on every call (~2 us),
# and the combinations are few (route shapes times statuses).
_answered = functools.lru_cache(maxsize=1024)(REQUESTS.labels)
_timed = functools.lru_cache(maxsize=256)(REQUEST_SECONDS.labels)


def route_of(path: str) -> str:
    """The route's shape: the municipality code as {gemeente}, at most two segments."""
    shape = _GEMEENTE.sub("/{gemeente}", path)
    segments = [s for s in shape.split("/") if s][:2]
    if segments[:1] == ["registries"]:
        return "/registries"
    return "/" + "/".join(segments)


class HttpMetrics:
    """ASGI middleware counting every answer by route shape and status, and its duration."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        route = route_of(scope["path"])
        start = time.perf_counter()
        status = 500

        async def counting(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, counting)
        finally:
            _answered(route, str(status)).inc()
            _timed(route).observe(time.perf_counter() - start)
            if status == 429:
                RATE_LIMITED.labels(route).inc()


def metrics_endpoint(
    token: SecretStr | None, outbox: Callable[[Request], OutboxRepository | None]
) -> Callable[[Request], Awaitable[Response]]:
    """GET /metrics: the Prometheus text format for a scraper with the bearer token."""
    expected = (token.get_secret_value() if token is not None else "") or None  # "": off

    async def endpoint(request: Request) -> Response:
        given = request.headers.get("authorization", "")
        if expected is None:
            return problem("NIET_GEVONDEN")
        if not hmac.compare_digest(given.encode(), f"Bearer {expected}".encode()):
            return problem("NIET_GEAUTHENTICEERD", "Deze pagina vraagt om een Bearer-token.")
        repository = outbox(request)
        if repository is not None:
            try:
                for state, count in (await repository.backlog()).items():
                    OUTBOX.labels(state).set(count)
            except StoreError:
                pass  # the scrape still answers; the backlog keeps its last value
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return endpoint
