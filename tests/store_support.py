"""Fixtures for the case store tests, on SQLite and (optionally) PostgreSQL.

SQLite always runs, on a temporary file database. PostgreSQL runs when
TROUWGRAPH_TEST_POSTGRES_URL names a server (e.g.
``postgresql+asyncpg://postgres@127.0.0.1:5432/test``); every test session then works
in its own freshly created schema, dropped at the end, so repeated runs and a dirty
database both work.

Test modules get these fixtures through tests/conftest.py (and take
their test data from `store_builders`, so that pytest imports this plugin first).
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from trouwgraph.store.database import create_engine, migrate, session_factory
from trouwgraph.store.repository import CaseRepository

POSTGRES_URL_ENV = "TROUWGRAPH_TEST_POSTGRES_URL"
NO_POSTGRES = f"{POSTGRES_URL_ENV} is not set: no PostgreSQL server URL given"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
# Children first, so that plain DELETEs respect the foreign keys.
STORE_TABLES = ("capacity_seats", "slot_claims", "case_history", "case_partners", "cases")

T = TypeVar("T")


@dataclass(frozen=True)
class StoreTarget:
    """Where a test database lives: an engine URL plus, on PostgreSQL, its schema."""

    backend: str
    url: str
    search_path: str | None = None

    def engine(self) -> AsyncEngine:
        """A new engine on this target (the caller disposes it)."""
        return create_engine(self.url, search_path=self.search_path)


def run_in_own_loop(make: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion in a private event loop on a worker thread.

    Session fixtures are synchronous and must not touch pytest-asyncio's loops.
    """

    async def main() -> T:
        return await make()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, main()).result()


def new_target(backend: str, directory: Path) -> StoreTarget:
    if backend == "sqlite":
        path = directory / f"store-{uuid.uuid4().hex}.db"
        return StoreTarget(backend, f"sqlite+aiosqlite:///{path}")
    url = os.environ.get(POSTGRES_URL_ENV)
    if not url:
        pytest.skip(NO_POSTGRES)
    schema = f"trouwgraph_test_{uuid.uuid4().hex[:16]}"

    async def create_schema() -> None:
        engine = create_engine(url)
        try:
            async with engine.begin() as connection:
                await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        finally:
            await engine.dispose()

    run_in_own_loop(create_schema)
    return StoreTarget(backend, url, search_path=schema)


def drop_target(target: StoreTarget) -> None:
    if target.search_path is None:
        return  # the SQLite file lives in pytest's temporary directory

    async def drop_schema() -> None:
        engine = create_engine(target.url)
        try:
            async with engine.begin() as connection:
                await connection.execute(
                    text(f'DROP SCHEMA IF EXISTS "{target.search_path}" CASCADE')
                )
        finally:
            await engine.dispose()

    run_in_own_loop(drop_schema)


@pytest.fixture(scope="session", params=BACKENDS)
def migrated_target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[StoreTarget]:
    """A database migrated to head once per test session and backend."""
    target = new_target(request.param, tmp_path_factory.mktemp("store"))

    async def upgrade() -> None:
        engine = target.engine()
        try:
            await migrate(engine)
        finally:
            await engine.dispose()

    run_in_own_loop(upgrade)
    yield target
    drop_target(target)


@pytest.fixture(params=BACKENDS)
def empty_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreTarget]:
    """A brand-new database (or schema) without any tables, for migration tests."""
    target = new_target(request.param, tmp_path)
    yield target
    drop_target(target)


@pytest.fixture
async def store_engine(migrated_target: StoreTarget) -> AsyncIterator[AsyncEngine]:
    """An engine on the migrated database, emptied before the test."""
    engine = migrated_target.engine()
    async with engine.begin() as connection:
        for table in STORE_TABLES:
            await connection.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed names
    yield engine
    await engine.dispose()


@pytest.fixture
def repository(store_engine: AsyncEngine) -> CaseRepository:
    """A repository on the emptied, migrated database."""
    return CaseRepository(session_factory(store_engine))
