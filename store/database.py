"""Engine, sessions, migrations and health check of the case store.

SQLite (aiosqlite) is the default and PostgreSQL (asyncpg) runs the same code.
Use one `AsyncSession` per unit of work: GraphQL resolves sibling fields concurrently,
and a session must never be shared between concurrent tasks.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
from alembic import command
from alembic.config import Config
from asyncpg.exceptions import PostgresConnectionError
from sqlalchemy import Connection, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

from trouwgraph.store.errors import StoreError, StoreUnavailable

__all__ = [
    "SQLITE_IMMEDIATE",
    "alembic_config",
    "create_engine",
    "downgrade",
    "migrate",
    "ping",
    "session_factory",
]

PING_TIMEOUT = 2.0
ALEMBIC_INI = Path(__file__).with_name("alembic.ini")

#: Execution option a write unit of work sets so that SQLite takes the write lock at
#: BEGIN. A deferred transaction that reads first and writes later cannot wait for the
#: lock (SQLite reports "database is locked" at once); BEGIN IMMEDIATE waits up to the
#: busy timeout instead.
SQLITE_IMMEDIATE = "trouwgraph_sqlite_immediate"


def create_engine(
    url: str,
    *,
    echo: bool = False,
    pool_size: int = 5,
    max_overflow: int = 10,
    pool_timeout: float = 30.0,
    busy_timeout: float = 30.0,
    connect_timeout: float = 10.0,
    command_timeout: float = 30.0,
    search_path: str | None = None,
) -> AsyncEngine:
    """Create the async engine for `url` (``sqlite+aiosqlite://`` or ``postgresql+asyncpg://``).

    SQLite: foreign keys on, WAL for a file database, writers wait `busy_timeout`
    seconds for the lock. PostgreSQL: a pre-pinged pool; `search_path` selects a schema.
    SQL parameters are never logged or put into error messages (they may hold BSNs).
    """
    parsed = make_url(url)
    common: dict[str, Any] = {"echo": echo, "hide_parameters": True}
    if parsed.get_backend_name() == "sqlite":
        engine = _create_async_engine(
            parsed, connect_args={"timeout": busy_timeout}, pool_timeout=pool_timeout, **common
        )
        _configure_sqlite(engine, wal=not _is_memory(parsed), busy_timeout=busy_timeout)
        return engine
    server_settings = {"application_name": "trouwgraph"}
    if search_path is not None:
        server_settings["search_path"] = search_path
    return _create_async_engine(
        parsed,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=pool_timeout,
        pool_pre_ping=True,
        pool_recycle=1800,
        connect_args={
            "timeout": connect_timeout,
            "command_timeout": command_timeout,
            "server_settings": server_settings,
        },
        **common,
    )


def _is_memory(url: URL) -> bool:
    database = url.database or ""
    return (
        database in ("", ":memory:")
        or database.startswith("file::memory:")
        or url.query.get("mode") == "memory"
    )


def _configure_sqlite(engine: AsyncEngine, *, wal: bool, busy_timeout: float) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Take transaction control away from the sqlite3 driver (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            if wal:
                cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # The driver's own BEGIN handling skips DDL and SELECTs; emitting BEGIN here
        # gives transactional migrations and lets writers ask for the lock up front.
        immediate = connection.get_execution_options().get(SQLITE_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Session factory for units of work; objects stay usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


def alembic_config(connection: Connection | None = None) -> Config:
    """The packaged Alembic configuration, optionally bound to an open connection."""
    config = Config(str(ALEMBIC_INI))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


async def migrate(engine: AsyncEngine, revision: str = "head") -> None:
    """Bring the schema up to `revision` (the only way the schema is created).

    On PostgreSQL replicas starting together (and the migration Job) take turns: a transaction
    advisory lock per schema, so the second finds the schema at head and does nothing.
    """
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(
                text("SELECT pg_advisory_xact_lock(hashtext('trouwgraph:' || current_schema()))")
            )
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), revision))


async def downgrade(engine: AsyncEngine, revision: str = "base") -> None:
    """Take the schema down to `revision`; ``base`` removes every table of the store."""
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.downgrade(alembic_config(sync), revision))


async def ping(engine: AsyncEngine) -> bool:
    """True when the database answers a trivial query within `PING_TIMEOUT` seconds."""
    try:
        async with asyncio.timeout(PING_TIMEOUT), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError, TimeoutError):
        return False
    return True


@asynccontextmanager
async def unit_of_work(
    sessions: async_sessionmaker[AsyncSession], *, write: bool, wat: str
) -> AsyncIterator[AsyncSession]:
    """One transaction; callers never see SQLAlchemy's errors, only the store's.

    A write unit starts with BEGIN IMMEDIATE on SQLite, so concurrent writers queue for the
    lock instead of failing halfway. `wat` names the store part in error messages.
    """
    try:
        async with sessions() as session, session.begin():
            if write:
                await session.connection(execution_options={SQLITE_IMMEDIATE: True})
            yield session
    except StoreError:
        raise
    except (OperationalError, InterfaceError, OSError, TimeoutError) as exc:
        raise StoreUnavailable("the case store database is unavailable") from exc
    except DBAPIError as exc:
        if _connection_lost(exc):  # dropped mid-statement: a passing outage
            raise StoreUnavailable("the case store database is unavailable") from exc
        driver = type(exc.orig).__name__
        raise StoreError(f"{wat} failure ({type(exc).__name__}: {driver})") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"{wat} failure ({type(exc).__name__})") from exc


def _connection_lost(exc: DBAPIError) -> bool:
    """The driver lost its connection mid-statement, which SQLAlchemy does not always flag as
    an invalidated connection: asyncpg's error then arrives wrapped in the dialect's generic
    `Error`, so the chain of causes is searched for it."""
    if exc.connection_invalidated:
        return True
    cause: BaseException | None = exc.orig
    seen: set[int] = set()
    while cause is not None and id(cause) not in seen:  # a chain may loop back on itself
        if isinstance(cause, (PostgresConnectionError, asyncpg.InterfaceError, OSError)):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False
