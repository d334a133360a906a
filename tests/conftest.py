"""Fixtures shared by the test modules, and the whole run's log scan for BSNs."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from gateway_support import Gateway, demo_settings, running_gateway
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult

from trouwgraph.adapters.logboek import SUBJECT
from trouwgraph.server import app as app_module
from trouwgraph.server.http.logs import QUIET_LOGGERS, RedactBsn, redact

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


class SpanScan(SpanExporter):
    """Keeps what the processing log would write of each span that holds a BSN: its name,
    attributes (the pseudonym aside: a hex HMAC), events and status."""

    def __init__(self) -> None:
        self.leaks: list[str] = []

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        """Scan the spans."""
        for span in spans:
            attributes = {k: v for k, v in (span.attributes or {}).items() if k != SUBJECT}
            events = [(event.name, dict(event.attributes or {})) for event in span.events]
            text = _zonder_ids(f"{span.name} {attributes} {events} {span.status.description}")
            if redact(text) != text:
                self.leaks.append(redact(text)[:200])
        return SpanExportResult.SUCCESS


@pytest.fixture(scope="session", autouse=True)
def no_bsn_in_any_log_line() -> Iterator[None]:
    """Every log line written during the whole test run is scanned for BSNs, and so is every
    span the gateways' processing logs export. Access-log lines (`uvicorn.access`, which the
    test gateways write for every request, GET query strings and paths included) pass the
    BSN filter as in production; the scan then finds whatever form it missed."""
    scan = LogScan()
    spans = SpanScan()
    root = logging.getLogger()
    level = root.level
    root.addHandler(scan)
    root.setLevel(logging.DEBUG)
    access = logging.getLogger("uvicorn.access")
    masking = RedactBsn()
    access.addFilter(masking)
    for name in QUIET_LOGGERS:  # as the gateway's logging configuration has them
        logging.getLogger(name).setLevel(logging.WARNING)
    original = getattr(app_module, "tracer_provider")  # noqa: B009  (create_app's own name)

    def scanned_provider(*args: Any, **kwargs: Any) -> TracerProvider:
        provider: TracerProvider = original(*args, **kwargs)
        provider.add_span_processor(SimpleSpanProcessor(spans))
        return provider

    setattr(app_module, "tracer_provider", scanned_provider)  # noqa: B010
    yield
    setattr(app_module, "tracer_provider", original)  # noqa: B010
    access.removeFilter(masking)
    root.removeHandler(scan)
    root.setLevel(level)
    leaks = [line[:200] for line in scan.lines if redact(_zonder_ids(line)) != _zonder_ids(line)]
    assert not leaks, f"{len(leaks)} log lines hold a BSN, e.g. {redact(leaks[0])}"
    assert not spans.leaks, f"{len(spans.leaks)} spans hold a BSN, e.g. {spans.leaks[0]}"


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def _zonder_ids(line: str) -> str:
    """`line` without the numbers that pass the 11-proef yet are no BSN: the municipalities'
    RSINs, and a UUID whose last part happens to hold nine such digits (~0.3% of random
    UUIDs: production masks them all the same, but they are no leak)."""
    for rsin in RSINS:
        line = line.replace(rsin, "<rsin>")
    return _UUID.sub("<uuid>", line)


@pytest.fixture
async def gateway(tmp_path: Path) -> AsyncIterator[Gateway]:
    """The demo gateway on a fresh SQLite store, its registries reached in-process."""
    async with running_gateway(demo_settings(tmp_path)) as running:
        yield running
