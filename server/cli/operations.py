"""The operator's commands around a running deployment: `migrate` (the migration Job) and
`healthcheck` (the image's HEALTHCHECK)."""

from __future__ import annotations

import argparse
import asyncio
import sys
import urllib.request
from collections.abc import Callable
from typing import Any

from trouwgraph.server.settings import Settings
from trouwgraph.store.database import create_engine, migrate

__all__ = ["add_operations"]


def add_operations(commands: Any, add_bind: Callable[[argparse.ArgumentParser, str], None]) -> None:
    """Add `migrate` and `healthcheck` to the command line's sub-commands."""
    migration = commands.add_parser(
        "migrate", help="bring the case store's schema up to date (TROUWGRAPH_DATABASE_URL), exit"
    )
    migration.set_defaults(run=_migrate)
    health = commands.add_parser(
        "healthcheck", help="exit 0 when /healthz on this machine answers 200 (the image's probe)"
    )
    add_bind(health, "127.0.0.1")
    health.add_argument("--path", default="/healthz")
    health.set_defaults(run=_healthcheck)


def _migrate(args: argparse.Namespace) -> None:
    settings = Settings()

    async def run() -> None:
        engine = create_engine(settings.database_url, search_path=settings.database_schema)
        try:
            await migrate(engine)
        finally:
            await engine.dispose()

    asyncio.run(run())
    print("the case store is at the latest migration")


def _healthcheck(args: argparse.Namespace) -> None:
    url = f"http://{args.host}:{args.port}{args.path}"
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            sys.exit(0 if response.status == 200 else 1)
    except OSError as error:
        sys.exit(f"{url}: {error}")
