"""OpenTelemetry wiring: request spans from W3C Trace Context, propagation to every upstream,
and the exporter that carries the processing log (Logboek Dataverwerkingen) out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Literal

import httpx
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    ConsoleSpanExporter,
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.server.http.logs import redact

Exporter = Literal["none", "console", "file"]
_PROPAGATOR = TraceContextTextMapPropagator()


class JsonLinesExporter(SpanExporter):
    """Writes each finished span as one JSON line to a file (the demo's logbook)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file: IO[str] = path.open("a", encoding="utf-8")

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        """Append the spans."""
        for span in spans:
            self._file.write(span.to_json(indent=None) + "\n")
        self._file.flush()
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        """Close the file."""
        self._file.close()


def tracer_provider(
    exporter: Exporter, path: Path | None = None, extra: SpanExporter | None = None
) -> TracerProvider:
    """A provider exporting in a background thread, so no request waits on the exporter."""
    provider = TracerProvider()
    chosen: SpanExporter | None = None
    if exporter == "console":
        chosen = ConsoleSpanExporter(formatter=lambda span: span.to_json(indent=None) + "\n")
    elif exporter == "file":
        if path is None:
            raise ValueError("the file exporter needs a path")
        chosen = JsonLinesExporter(path)
    if chosen is not None:
        provider.add_span_processor(BatchSpanProcessor(chosen))
    if extra is not None:  # tests: spans at once, in order
        provider.add_span_processor(SimpleSpanProcessor(extra))
    return provider


class RequestTracing:
    """ASGI middleware: a server span per HTTP request, continuing the caller's traceparent."""

    def __init__(self, app: ASGIApp, tracer: trace.Tracer) -> None:
        self.app = app
        self._tracer = tracer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        carrier = {
            key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]
        }
        parent = _PROPAGATOR.extract(carrier)
        # The path without its query string (which may carry personal data), BSNs masked; an
        # exception is recorded by its type only (its message may quote personal data).
        name = f"{scope['method']} {redact(scope['path'])}"
        with self._tracer.start_as_current_span(
            name,
            context=parent,
            kind=trace.SpanKind.SERVER,
            record_exception=False,
            set_status_on_exception=False,
        ) as span:

            async def send_with_status(message: Message) -> None:
                if message["type"] == "http.response.start":
                    span.set_attribute("http.response.status_code", message["status"])
                await send(message)

            try:
                await self.app(scope, receive, send_with_status)
            except Exception as error:
                span.set_attribute("error.type", type(error).__name__)
                span.set_status(trace.Status(trace.StatusCode.ERROR))
                raise


async def propagate_trace(request: httpx.Request) -> None:
    """httpx request hook: send the current trace context upstream as `traceparent`."""
    carrier: dict[str, str] = {}
    _PROPAGATOR.inject(carrier, context=otel_context.get_current())
    request.headers.update(carrier)


def spans_as_json(spans: Sequence[ReadableSpan]) -> list[dict[str, object]]:
    """The spans as dicts (tests and tools)."""
    return [json.loads(span.to_json(indent=None)) for span in spans]
