"""Alembic environment of the case store.

Driven two ways:
- programmatically by `store.database.migrate`, which passes an open (sync-facing)
  connection in ``config.attributes["connection"]``; logging is left alone then;
- from the command line, which builds an async engine from ``TROUWGRAPH_DATABASE_URL``
  (or ``sqlalchemy.url``) and runs the migrations through ``run_sync``.
"""

from __future__ import annotations

import asyncio
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from trouwgraph.store.database import create_engine
from trouwgraph.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        # SQLite alters tables by copying them; harmless on PostgreSQL.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def _database_url() -> str:
    url = os.environ.get("TROUWGRAPH_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set TROUWGRAPH_DATABASE_URL to the database to migrate")
    return url


async def _run_online_from_url() -> None:
    engine = create_engine(_database_url())
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_configure_and_run)
    finally:
        await engine.dispose()


def _run_offline() -> None:
    context.configure(url=_database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


_connection = config.attributes.get("connection")
if _connection is not None:
    _configure_and_run(_connection)
else:
    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    if context.is_offline_mode():
        _run_offline()
    else:
        asyncio.run(_run_online_from_url())
