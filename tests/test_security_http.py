"""HTTP hardening: security headers, problem+json HTTP errors, CORS and rate limiting."""

from __future__ import annotations

import logging
import os
import tomllib
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from asgi_lifespan import LifespanManager
from gateway_support import NOW, ROOT, RecordingTransport, demo_settings
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from trouwgraph.domain.actor import Actor, Rol
from trouwgraph.server.app import Overrides, create_app
from trouwgraph.server.http.problems import problem
from trouwgraph.server.http.ratelimit import (
    Limiter,
    MemoryLimiter,
    RateLimit,
    RedisLimiter,
    client_address_key,
    redis_client,
    user_key,
)
from trouwgraph.server.http.security_headers import (
    API_CSP,
    GRAPHIQL_CSP,
    SecurityHeaders,
    api_version,
    cors_middleware,
    problem_handlers,
)

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
ORIGIN = "https://trouwen.gemeente.example"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def assert_security_headers(response: httpx.Response, csp: str = API_CSP) -> None:
    assert response.headers["API-Version"] == VERSION
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Content-Security-Policy"] == csp
    assert response.headers["Cache-Control"] == "no-store"


def assert_problem(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert (body["status"], body["code"]) == (status, code)
    assert "Traceback" not in response.text


# --- a small app wired like the gateway --------------------------------------------------


class FakeAuthentication:
    """Stands in for BearerAuthentication: the actor named in X-Test-Subject."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        subject = dict(scope["headers"]).get(b"x-test-subject")
        actor = Actor(Rol.MEDEWERKER, subject.decode()) if subject else None
        scope.setdefault("state", {})["actor"] = actor
        await self.app(scope, receive, send)


async def _ok(request: Request) -> Response:
    return JSONResponse({"ok": True})


async def _bad(request: Request) -> Response:
    return problem("ONGELDIG_VERZOEK")


async def _crash(request: Request) -> Response:
    raise RuntimeError("secret detail 999999990")


async def _graphiql(request: Request) -> Response:
    return HTMLResponse("<html></html>")


async def _registry(request: Request) -> Response:
    return JSONResponse({}, headers={"api-version": "2.0.0"})


async def _cached(request: Request) -> Response:
    return JSONResponse({}, headers={"Cache-Control": "public, max-age=60"})


def small_app(
    *,
    hsts: bool = False,
    origins: Sequence[str] = (),
    address_limiter: Limiter | None = None,
    user_limiter: Limiter | None = None,
) -> Starlette:
    """Routes for each kind of response behind the hardening, in the gateway's order."""
    api: ASGIApp = Starlette(routes=[Route("/graphql", _ok, methods=["GET", "POST"])])
    if user_limiter is not None:
        api = RateLimit(api, limiter=user_limiter, key_func=user_key)
    app = Starlette(
        routes=[
            Route("/healthz", _ok),
            Route("/ok", _ok),
            Route("/bad", _bad),
            Route("/crash", _crash),
            Route("/graphiql", _graphiql),
            Route("/cached", _cached),
            Route("/registries/brp/personen", _registry),
            Route("/graphql", FakeAuthentication(api), methods=["GET", "POST"]),
        ],
        exception_handlers=problem_handlers(),
    )
    harden(
        app,
        hsts=hsts,
        origins=origins,
        limiter=address_limiter if address_limiter is not None else MemoryLimiter(1000, 60),
        graphiql_paths=["/graphiql"],
    )
    return app


def harden(
    app: Starlette,
    *,
    hsts: bool,
    origins: Sequence[str],
    limiter: Limiter,
    graphiql_paths: Sequence[str] = ("/graphql",),
) -> None:
    """The wiring proposed for `create_app`: headers outermost, then CORS, then the limit."""
    app.add_middleware(RateLimit, limiter=limiter, key_func=client_address_key)
    for middleware in reversed(cors_middleware(origins)):
        app.add_middleware(middleware.cls, *middleware.args, **middleware.kwargs)
    app.add_middleware(
        SecurityHeaders, api_version=api_version(), hsts=hsts, graphiql_paths=graphiql_paths
    )
    for key, handler in problem_handlers().items():
        app.add_exception_handler(key, handler)


def client_for(
    app: ASGIApp, address: str = "192.0.2.1", base_url: str = "http://gateway"
) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=(address, 4000))
    return httpx.AsyncClient(transport=transport, base_url=base_url)


@asynccontextmanager
async def hardened_gateway(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """The real gateway; hardened here as long as `create_app` does not do it itself."""
    app = create_app(
        demo_settings(tmp_path),
        Overrides(transport=lambda name, app: RecordingTransport(app), clock=lambda: NOW),
    )
    wired: list[object] = [middleware.cls for middleware in app.user_middleware]
    if SecurityHeaders not in wired:
        harden(app, hsts=False, origins=(), limiter=MemoryLimiter(1000, 60))
    async with LifespanManager(app) as manager, client_for(manager.app) as client:
        yield client


class TestSecurityHeaders:
    async def test_api_version_is_the_package_version(self) -> None:
        assert api_version() == VERSION

    @pytest.mark.parametrize(
        ("method", "path", "status"),
        [
            ("GET", "/ok", 200),
            ("GET", "/bad", 400),
            ("GET", "/nergens", 404),
            ("POST", "/ok", 405),
            ("GET", "/crash", 500),
        ],
    )
    async def test_every_response_carries_the_headers(
        self, method: str, path: str, status: int
    ) -> None:
        async with client_for(small_app()) as client:
            response = await client.request(method, path)
        assert response.status_code == status
        assert_security_headers(response)
        assert "Strict-Transport-Security" not in response.headers

    async def test_graphiql_page_gets_a_policy_that_lets_it_load(self) -> None:
        async with client_for(small_app()) as client:
            response = await client.get("/graphiql")
        assert_security_headers(response, csp=GRAPHIQL_CSP)
        assert "frame-ancestors 'none'" in GRAPHIQL_CSP

    async def test_keeps_caching_an_endpoint_chose(self) -> None:
        async with client_for(small_app()) as client:
            response = await client.get("/cached")
        assert response.headers["Cache-Control"] == "public, max-age=60"

    async def test_keeps_the_version_of_a_mounted_registry_api(self) -> None:
        async with client_for(small_app()) as client:
            response = await client.get("/registries/brp/personen")
        assert response.headers["API-Version"] == "2.0.0"
        assert response.headers["X-Content-Type-Options"] == "nosniff"

    async def test_hsts_when_the_setting_says_behind_tls(self) -> None:
        async with client_for(small_app(hsts=True)) as client:
            response = await client.get("/ok")
        assert response.headers["Strict-Transport-Security"] == "max-age=31536000"

    async def test_hsts_when_the_request_came_over_https(self) -> None:
        async with client_for(small_app(), base_url="https://gateway") as client:
            response = await client.get("/ok")
        assert response.headers["Strict-Transport-Security"] == "max-age=31536000"


class TestProblemResponses:
    async def test_unknown_path_is_niet_gevonden(self) -> None:
        async with client_for(small_app()) as client:
            response = await client.get("/nergens")
        assert_problem(response, 404, "NIET_GEVONDEN")

    async def test_wrong_method_is_methode_niet_toegestaan_with_allow(self) -> None:
        async with client_for(small_app()) as client:
            response = await client.delete("/ok")
        assert_problem(response, 405, "METHODE_NIET_TOEGESTAAN")
        assert "GET" in response.headers["Allow"]

    async def test_crash_is_interne_fout_without_details(self) -> None:
        async with client_for(small_app()) as client:
            response = await client.get("/crash")
        assert_problem(response, 500, "INTERNE_FOUT")
        assert "secret detail" not in response.text
        assert "999999990" not in response.text


class TestGatewayResponses:
    async def test_health_has_the_headers(self, tmp_path: Path) -> None:
        async with hardened_gateway(tmp_path) as client:
            response = await client.get("/healthz")
        assert response.status_code == 200
        assert_security_headers(response)

    async def test_graphql_bad_request_unauthorized_and_media_type(self, tmp_path: Path) -> None:
        async with hardened_gateway(tmp_path) as client:
            bad = await client.post(
                "/graphql", content=b"{", headers={"Content-Type": "application/json"}
            )
            unauthorized = await client.post(
                "/graphql", json={"query": "{ __typename }"}, headers={"Authorization": "Bearer x"}
            )
            media_type = await client.post("/demo/token", content=b"rol=burger")
        assert bad.status_code == 400
        assert_problem(unauthorized, 401, "NIET_GEAUTHENTICEERD")
        assert_problem(media_type, 415, "MEDIA_TYPE")
        for response in (bad, unauthorized, media_type):
            assert_security_headers(response)

    async def test_routing_errors_are_problems(self, tmp_path: Path) -> None:
        async with hardened_gateway(tmp_path) as client:
            missing = await client.get("/nergens")
            wrong_method = await client.put("/graphql")
        assert_problem(missing, 404, "NIET_GEVONDEN")
        assert_problem(wrong_method, 405, "METHODE_NIET_TOEGESTAAN")
        assert_security_headers(missing)
        assert_security_headers(wrong_method)

    async def test_graphql_refuses_other_media_types_with_415(self, tmp_path: Path) -> None:
        async with hardened_gateway(tmp_path) as client:
            response = await client.post(
                "/graphql", content=b"{ __typename }", headers={"Content-Type": "text/plain"}
            )
        assert_problem(response, 415, "GRAPHQL_MEDIATYPE_ONBEKEND")
        assert_security_headers(response)

    @pytest.mark.parametrize("accept", ["application/xml", "application/json;q=0, text/csv"])
    async def test_graphql_answers_406_when_json_is_not_accepted(
        self, tmp_path: Path, accept: str
    ) -> None:
        async with hardened_gateway(tmp_path) as client:
            response = await client.post(
                "/graphql", json={"query": "{ __typename }"}, headers={"Accept": accept}
            )
        assert_problem(response, 406, "GRAPHQL_NIET_ACCEPTABEL")

    @pytest.mark.parametrize(
        "accept", ["application/graphql-response+json, application/json;q=0.9", "*/*"]
    )
    async def test_graphql_answers_clients_that_accept_json(
        self, tmp_path: Path, accept: str
    ) -> None:
        async with hardened_gateway(tmp_path) as client:
            response = await client.post(
                "/graphql", json={"query": "{ __typename }"}, headers={"Accept": accept}
            )
        assert response.status_code == 200
        assert response.json() == {"data": {"__typename": "Query"}}

    async def test_graphiql_page_gets_its_policy(self, tmp_path: Path) -> None:
        async with hardened_gateway(tmp_path) as client:
            response = await client.get("/graphql", headers={"Accept": "text/html"})
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["Content-Security-Policy"] == GRAPHIQL_CSP


class TestCors:
    async def test_no_cors_headers_without_configured_origins(self) -> None:
        async with client_for(small_app()) as client:
            response = await client.get("/ok", headers={"Origin": ORIGIN})
        assert "Access-Control-Allow-Origin" not in response.headers

    async def test_allowed_origin_may_read_the_response_and_its_headers(self) -> None:
        async with client_for(small_app(origins=[ORIGIN])) as client:
            response = await client.post("/graphql", json={}, headers={"Origin": ORIGIN})
        assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
        exposed = response.headers["Access-Control-Expose-Headers"].lower()
        assert "api-version" in exposed
        assert "retry-after" in exposed
        assert "Access-Control-Allow-Credentials" not in response.headers

    async def test_other_origin_gets_no_allow_origin(self) -> None:
        async with client_for(small_app(origins=[ORIGIN])) as client:
            response = await client.post(
                "/graphql", json={}, headers={"Origin": "https://evil.example"}
            )
        assert "Access-Control-Allow-Origin" not in response.headers

    async def test_preflight_for_allowed_origin(self) -> None:
        headers = {
            "Origin": ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Authorization, Content-Type",
        }
        async with client_for(small_app(origins=[ORIGIN])) as client:
            response = await client.options("/graphql", headers=headers)
        assert response.status_code == 200
        assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
        assert "POST" in response.headers["Access-Control-Allow-Methods"]
        assert "authorization" in response.headers["Access-Control-Allow-Headers"].lower()
        assert response.headers["API-Version"] == VERSION

    async def test_preflight_refused_for_other_origin_or_method(self) -> None:
        async with client_for(small_app(origins=[ORIGIN])) as client:
            other_origin = await client.options(
                "/graphql",
                headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
            )
            other_method = await client.options(
                "/graphql", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "DELETE"}
            )
        assert other_origin.status_code == 400
        assert other_method.status_code == 400
        assert "Access-Control-Allow-Origin" not in other_origin.headers


class TestMemoryLimiter:
    async def test_allows_the_limit_then_refuses_with_retry_after(self) -> None:
        limiter = MemoryLimiter(3, 60, clock=FakeClock())
        decisions = [await limiter.hit("k") for _ in range(4)]
        assert [d.allowed for d in decisions] == [True, True, True, False]
        assert [d.remaining for d in decisions] == [2, 1, 0, 0]
        assert decisions[3].retry_after == pytest.approx(20)

    async def test_recovers_one_request_per_interval_and_all_after_the_window(self) -> None:
        clock = FakeClock()
        limiter = MemoryLimiter(3, 60, clock=clock)
        for _ in range(3):
            await limiter.hit("k")
        clock.now += 20
        assert (await limiter.hit("k")).allowed
        assert not (await limiter.hit("k")).allowed
        clock.now += 60
        assert (await limiter.hit("k")).remaining == 2

    async def test_no_double_burst_at_a_window_edge(self) -> None:
        clock = FakeClock()
        limiter = MemoryLimiter(3, 60, clock=clock)
        for _ in range(3):
            await limiter.hit("k")
        clock.now += 1
        assert not (await limiter.hit("k")).allowed

    async def test_keys_are_counted_apart(self) -> None:
        limiter = MemoryLimiter(1, 60, clock=FakeClock())
        assert (await limiter.hit("a")).allowed
        assert (await limiter.hit("b")).allowed
        assert not (await limiter.hit("a")).allowed

    async def test_memory_stays_bounded(self) -> None:
        clock = FakeClock()
        limiter = MemoryLimiter(5, 60, clock=clock, max_keys=3)
        for number in range(10):
            await limiter.hit(f"k{number}")
        assert len(limiter) == 3
        clock.now += 61
        await limiter.hit("new")
        assert len(limiter) == 1


class TestRateLimitMiddleware:
    async def test_refuses_an_address_past_its_limit_with_429(self) -> None:
        app = small_app(address_limiter=MemoryLimiter(2, 60, clock=FakeClock()))
        async with client_for(app) as client:
            responses = [await client.get("/ok") for _ in range(3)]
        assert [r.status_code for r in responses] == [200, 200, 429]
        refused = responses[2]
        assert_problem(refused, 429, "TE_VEEL_VERZOEKEN")
        assert refused.headers["Retry-After"] == "30"
        assert refused.headers["RateLimit-Limit"] == "2"
        assert refused.headers["RateLimit-Remaining"] == "0"
        assert responses[0].headers["RateLimit-Remaining"] == "1"
        assert_security_headers(refused)

    async def test_other_addresses_are_not_affected(self) -> None:
        app = small_app(address_limiter=MemoryLimiter(1, 60, clock=FakeClock()))
        async with client_for(app, "192.0.2.1") as first, client_for(app, "192.0.2.2") as second:
            assert (await first.get("/ok")).status_code == 200
            assert (await first.get("/ok")).status_code == 429
            assert (await second.get("/ok")).status_code == 200

    async def test_one_ipv6_subnet_counts_as_one_address(self) -> None:
        app = small_app(address_limiter=MemoryLimiter(1, 60, clock=FakeClock()))
        async with (
            client_for(app, "2001:db8:1:2::1") as first,
            client_for(app, "2001:db8:1:2::ffff") as second,
        ):
            assert (await first.get("/ok")).status_code == 200
            assert (await second.get("/ok")).status_code == 429

    @pytest.mark.parametrize("path", ["/healthz", "/registries/brp/personen"])
    async def test_health_and_embedded_registries_are_exempt(self, path: str) -> None:
        app = small_app(address_limiter=MemoryLimiter(1, 60, clock=FakeClock()))
        async with client_for(app) as client:
            statuses = [(await client.get(path)).status_code for _ in range(3)]
            limited = [(await client.get("/ok")).status_code for _ in range(2)]
        assert statuses == [200, 200, 200]
        assert limited == [200, 429]

    async def test_address_recovers_after_the_window(self) -> None:
        clock = FakeClock()
        app = small_app(address_limiter=MemoryLimiter(1, 60, clock=clock))
        async with client_for(app) as client:
            await client.get("/ok")
            assert (await client.get("/ok")).status_code == 429
            clock.now += 60
            assert (await client.get("/ok")).status_code == 200

    async def test_refuses_a_user_past_its_limit_whatever_the_address(self) -> None:
        app = small_app(user_limiter=MemoryLimiter(2, 60, clock=FakeClock()))
        user = {"X-Test-Subject": "medewerker-1"}
        async with client_for(app, "192.0.2.1") as first, client_for(app, "192.0.2.2") as second:
            assert (await first.post("/graphql", json={}, headers=user)).status_code == 200
            assert (await second.post("/graphql", json={}, headers=user)).status_code == 200
            refused = await second.post("/graphql", json={}, headers=user)
            other_user = await second.post(
                "/graphql", json={}, headers={"X-Test-Subject": "medewerker-2"}
            )
            anonymous = await second.post("/graphql", json={})
        assert_problem(refused, 429, "TE_VEEL_VERZOEKEN")
        assert "Retry-After" in refused.headers
        assert other_user.status_code == 200
        assert anonymous.status_code == 200

    async def test_the_tighter_limit_speaks_in_the_headers(self) -> None:
        app = small_app(
            address_limiter=MemoryLimiter(100, 60, clock=FakeClock()),
            user_limiter=MemoryLimiter(5, 60, clock=FakeClock()),
        )
        async with client_for(app) as client:
            response = await client.post("/graphql", json={}, headers={"X-Test-Subject": "u"})
        assert response.headers["RateLimit-Limit"] == "5"
        assert response.headers["RateLimit-Remaining"] == "4"


def test_keys_hold_no_address_or_subject_in_the_clear() -> None:
    address = client_address_key({"type": "http", "client": ("192.0.2.7", 1)})
    user = user_key({"type": "http", "state": {"actor": Actor(Rol.BURGER, "s-999999990")}})
    assert address is not None and "192.0.2.7" not in address
    assert user is not None and "999999990" not in user
    assert user_key({"type": "http", "state": {"actor": None}}) is None
    assert client_address_key({"type": "http", "client": None}) is None


# --- Redis -----------------------------------------------------------------------------

REDIS_URL = os.environ.get("TROUWGRAPH_TEST_REDIS_URL")


@pytest.fixture
async def redis_prefix() -> AsyncIterator[str]:
    """A key prefix of this test alone; its keys are removed afterwards."""
    if not REDIS_URL:
        pytest.skip("needs a Redis server: set TROUWGRAPH_TEST_REDIS_URL (CI: 127.0.0.1:6379)")
    prefix = f"trouwgraph-test:{uuid.uuid4().hex}:"
    yield prefix
    client = redis_client(REDIS_URL)
    try:
        keys = [key async for key in client.scan_iter(match=prefix + "*")]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


@asynccontextmanager
async def replicas(prefix: str, clock: FakeClock, limit: int) -> AsyncIterator[Any]:
    """Two limiters with their own Redis connections, as two gateway replicas have."""
    assert REDIS_URL
    first, second = redis_client(REDIS_URL), redis_client(REDIS_URL)
    try:
        yield (
            RedisLimiter(first, limit, 60, prefix=prefix, clock=clock),
            RedisLimiter(second, limit, 60, prefix=prefix, clock=clock),
        )
    finally:
        await first.aclose()
        await second.aclose()


class TestRedisLimiter:
    async def test_replicas_share_one_count(self, redis_prefix: str) -> None:
        async with replicas(redis_prefix, FakeClock(), limit=3) as (first, second):
            allowed = [(await first.hit("k")).allowed, (await second.hit("k")).allowed]
            third = await first.hit("k")
            refused = await second.hit("k")
        assert allowed == [True, True]
        assert (third.allowed, third.remaining) == (True, 0)
        assert not refused.allowed
        assert refused.retry_after == pytest.approx(20)

    async def test_recovers_after_the_window(self, redis_prefix: str) -> None:
        clock = FakeClock()
        async with replicas(redis_prefix, clock, limit=2) as (first, second):
            await first.hit("k")
            await second.hit("k")
            assert not (await first.hit("k")).allowed
            clock.now += 30
            assert (await second.hit("k")).allowed
            clock.now += 60
            assert (await first.hit("k")).remaining == 1

    async def test_honours_a_limit_above_one_request_per_millisecond(
        self, redis_prefix: str
    ) -> None:
        # (A key expires with its backlog in real time, here 240 microseconds: one hit only.)
        async with replicas(redis_prefix, FakeClock(), limit=250_000) as (first, _):
            decision = await first.hit("k")
        assert (decision.allowed, decision.remaining) == (True, 249_999)
        assert decision.reset_after == pytest.approx(60 / 250_000)


class TestRedisDown:
    async def test_falls_back_to_memory_limits_and_logs_once(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        client = redis_client("redis://127.0.0.1:1/0")
        limiter = RedisLimiter(client, 2, 60, prefix="p:", clock=FakeClock())
        with caplog.at_level(logging.WARNING, logger="trouwgraph.server.http.ratelimit"):
            decisions = [await limiter.hit("adres:geheim") for _ in range(3)]
        await client.aclose()
        assert [d.allowed for d in decisions] == [True, True, False]
        warnings = [r for r in caplog.records if r.name == "trouwgraph.server.http.ratelimit"]
        assert len(warnings) == 1
        assert "geheim" not in warnings[0].getMessage()
