"""Fixtures shared by the test modules, and the whole run's log scan for BSNs."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from gateway_support import Gateway, demo_settings, running_gateway

from trouwgraph.server.http.logs import QUIET_LOGGERS, redact

pytest_plugins = ["store_support", "proces_support"]

# RSINs pass the same 11-proef as BSNs; these are organisations' numbers, not persons'.
RSINS = ("002220647",)


class LogScan(logging.Handler):
    """Keeps every formatted log line of the run (with tracebacks)."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture(scope="session", autouse=True)
def no_bsn_in_any_log_line() -> Iterator[None]:
    """Every log line written during the whole test run is scanned for BSNs."""
    scan = LogScan()
    root = logging.getLogger()
    level = root.level
    root.addHandler(scan)
    root.setLevel(logging.DEBUG)
    for name in QUIET_LOGGERS:  # as the gateway's logging configuration has them
        logging.getLogger(name).setLevel(logging.WARNING)
    yield
    root.removeHandler(scan)
    root.setLevel(level)
    leaks = [
        line[:200] for line in scan.lines if redact(_zonder_rsins(line)) != _zonder_rsins(line)
    ]
    assert not leaks, f"{len(leaks)} log lines hold a BSN, e.g. {redact(leaks[0])}"


def _zonder_rsins(line: str) -> str:
    for rsin in RSINS:
        line = line.replace(rsin, "<rsin>")
    return line


@pytest.fixture
async def gateway(tmp_path: Path) -> AsyncIterator[Gateway]:
    """The demo gateway on a fresh SQLite store, its registries reached in-process."""
    async with running_gateway(demo_settings(tmp_path)) as running:
        yield running
