"""Fixtures shared by the test modules."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from gateway_support import Gateway, demo_settings, running_gateway

pytest_plugins = ["store_support", "proces_support"]


@pytest.fixture
async def gateway(tmp_path: Path) -> AsyncIterator[Gateway]:
    """The demo gateway on a fresh SQLite store, its registries reached in-process."""
    async with running_gateway(demo_settings(tmp_path)) as running:
        yield running
