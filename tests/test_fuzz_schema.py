"""Property-based fuzzing of the whole schema against the real gateway (hypothesis-graphql).

Valid operations are generated from the SDL for every query and mutation field, and sent as a
medewerker and as a burger to the gateway in development and in production mode. Whatever is
asked, the gateway never answers 500, every error carries an `extensions.code`, none is
INTERNE_FOUT (an unexpected exception: a bug), and no body shows a trace or an upstream
address. Runs are derandomized and bounded so CI on two cores stays quick and repeatable.
"""

from __future__ import annotations

import asyncio
import tempfile
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import Future
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from gateway_support import Gateway, demo_settings, running_gateway
from graphql import build_schema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, nodes, queries
from proces_support import ALLEENSTAAND
from security_support import RUIME_LIMIETEN, assert_veilig, production_gateway

from trouwgraph.schema.schema import schema

T = TypeVar("T")
SDL = schema.as_str()
ANDERE_VRAGEN = sorted(set(build_schema(SDL).query_type.fields) - {"huwelijken"})  # type: ignore[union-attr]
BURGER = ALLEENSTAAND[0]
# A few real people (so lookups find someone), any 9 digits, and junk the scalar must refuse.
BSNS = st.one_of(
    st.sampled_from([*ALLEENSTAAND, "999993653"]),
    st.from_regex(r"\A[0-9]{9}\Z"),
    st.text(max_size=12),
)
SCALARS = {
    "BSN": BSNS.map(nodes.String),
    "Date": st.dates(date(2025, 1, 1), date(2028, 12, 31)).map(nodes.String),
    "DateTime": st.datetimes(datetime(2025, 1, 1), datetime(2028, 12, 31), timezones=st.just(UTC))
    .map(datetime.isoformat)
    .map(nodes.String),
}
FUZZ = settings(
    max_examples=50,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class Portal:
    """A gateway running on an event loop of its own thread, for sync hypothesis tests.

    One task enters and leaves the gateway's context (its lifespan must start and stop in the
    same task); requests are scheduled onto that loop from the test thread.
    """

    def __init__(self, gateway: AbstractAsyncContextManager[Gateway]) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._stop = asyncio.Event()
        started: Future[Gateway] = Future()
        self._running = asyncio.run_coroutine_threadsafe(self._hold(gateway, started), self._loop)
        self.gateway = started.result(timeout=60)

    async def _hold(
        self, gateway: AbstractAsyncContextManager[Gateway], started: Future[Gateway]
    ) -> None:
        try:
            async with gateway as running:
                started.set_result(running)
                await self._stop.wait()
        except BaseException as error:
            if not started.done():
                started.set_exception(error)
            raise

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run `coroutine` on the gateway's loop; its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=60)

    def post(self, query: str, token: str) -> httpx.Response:
        """POST `query` to /graphql with `token`."""
        return self.call(
            self.gateway.client.post(
                "/graphql", json={"query": query}, headers={"Authorization": f"Bearer {token}"}
            )
        )

    def close(self) -> None:
        """Stop the gateway, then the loop and its thread."""
        self._loop.call_soon_threadsafe(self._stop.set)
        self._running.result(timeout=60)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=60)
        self._loop.close()


@asynccontextmanager
async def development_gateway() -> AsyncIterator[Gateway]:
    """The demo gateway (introspection and suggestions on) with room for many requests."""
    with tempfile.TemporaryDirectory() as tmp:
        async with running_gateway(demo_settings(Path(tmp), **RUIME_LIMIETEN)) as gateway:
            yield gateway


@pytest.fixture(scope="module", params=["development", "production"])
def portal(request: pytest.FixtureRequest) -> Iterator[Portal]:
    """The gateway in each mode, once per module and mode."""
    gateway = development_gateway() if request.param == "development" else production_gateway()
    running = Portal(gateway)
    try:
        yield running
    finally:
        running.close()


@pytest.fixture(scope="module")
def tokens(portal: Portal) -> dict[str, str]:
    """A token per role, from the gateway's own issuer."""
    return {
        "medewerker": portal.call(portal.gateway.token("medewerker")),
        "burger": portal.call(portal.gateway.token("burger", BURGER)),
    }


def assert_geen_interne_fout(response: httpx.Response) -> None:
    """The safe outcome of any operation: coded errors only, never 500 or INTERNE_FOUT."""
    assert_veilig(response, bsns=False)
    body = response.json()
    if response.status_code != 200:
        assert isinstance(body, dict) and body.get("code"), response.text[:500]
        return
    for error in body.get("errors", []):
        code = (error.get("extensions") or {}).get("code")
        assert code, error
        assert code != "INTERNE_FOUT", error


ROLLEN = pytest.mark.parametrize("rol", ["medewerker", "burger"])


@ROLLEN
@FUZZ
@given(query=queries(SDL, fields=ANDERE_VRAGEN, custom_scalars=SCALARS))
def test_no_query_makes_the_gateway_fail(
    portal: Portal, tokens: dict[str, str], rol: str, query: str
) -> None:
    assert_geen_interne_fout(portal.post(query, tokens[rol]))


@pytest.mark.parametrize(
    "rol",
    ["medewerker", "burger"],
)
@settings(FUZZ, max_examples=25)
@given(query=queries(SDL, fields=["huwelijken"], custom_scalars=SCALARS))
def test_no_case_list_query_makes_the_gateway_fail(
    portal: Portal, tokens: dict[str, str], rol: str, query: str
) -> None:
    assert_geen_interne_fout(portal.post(query, tokens[rol]))


@ROLLEN
@FUZZ
@given(mutation=mutations(SDL, custom_scalars=SCALARS))
def test_no_mutation_makes_the_gateway_fail(
    portal: Portal, tokens: dict[str, str], rol: str, mutation: str
) -> None:
    assert_geen_interne_fout(portal.post(mutation, tokens[rol]))
