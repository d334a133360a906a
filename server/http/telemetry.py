"""OpenTelemetry wiring: request spans from W3C Trace Context, propagation to every upstream,
and the exporter that carries the processing log (Logboek Dataverwerkingen) out.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Literal

import httpx
import orjson
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, SynchronousMultiSpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import (
    ConsoleSpanExporter,
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)
from opentelemetry.sdk.trace.sampling import ALWAYS_ON
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import NonRecordingSpan
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.adapters.spans import SpanSink, child_context
from trouwgraph.server.http.logs import redact
from trouwgraph.server.http.span_batches import LosslessBatchProcessor

Exporter = Literal["none", "console", "file"]
_PROPAGATOR = TraceContextTextMapPropagator()


class JsonLinesExporter(SpanExporter):
    """Writes each finished span as one JSON line to a file (the demo's logbook).

    The line has the keys of `ReadableSpan.to_json`, written by orjson with the resource
    encoded once: the SDK's own `to_json` re-encodes the resource for every span, and this
    thread shares the interpreter with the requests.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file: IO[bytes] = path.open("ab")
        self._resources: dict[int, object] = {}

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        """Append the spans."""
        self._file.write(b"".join(self._line(span) for span in spans))
        self._file.flush()
        return SpanExportResult.SUCCESS

    def _line(self, span: ReadableSpan) -> bytes:
        resource = self._resources.get(id(span.resource))
        if resource is None:
            resource = self._resources[id(span.resource)] = json.loads(span.resource.to_json())
        status: dict[str, str] = {"status_code": span.status.status_code.name}
        if span.status.description:
            status["description"] = span.status.description
        record = {
            "name": span.name,
            "context": _context(span.context),
            "kind": str(span.kind),
            "parent_id": f"0x{trace.format_span_id(span.parent.span_id)}" if span.parent else None,
            "start_time": _iso(span.start_time),
            "end_time": _iso(span.end_time),
            "status": status,
            "attributes": dict(span.attributes or {}),
            "events": [
                {
                    "name": e.name,
                    "timestamp": _iso(e.timestamp),
                    "attributes": dict(e.attributes or {}),
                }
                for e in span.events
            ],
            "links": [
                {"context": _context(link.context), "attributes": dict(link.attributes or {})}
                for link in span.links
            ],
            "resource": resource,
        }
        return orjson.dumps(record) + b"\n"

    def shutdown(self) -> None:
        """Close the file."""
        self._file.close()


class LogboekProvider(TracerProvider):
    """The processing log's provider: the request spans, and the records
    `adapters.logboek.OpenTelemetryLogboek` builds as finished spans and `emit`s.

    It records every span: a processing's record must not depend on the caller's sampled
    flag in `traceparent` (the default sampler follows it) or on `OTEL_TRACES_SAMPLER`."""

    def __init__(self) -> None:
        self._processors = SynchronousMultiSpanProcessor()  # type: ignore[no-untyped-call]
        super().__init__(sampler=ALWAYS_ON, active_span_processor=self._processors)

    def emit(self, span: ReadableSpan) -> None:
        """Hand a finished span to the span processors, as the SDK does when a span ends."""
        self._processors.on_end(span)


_HTTP_SCOPE = InstrumentationScope("trouwgraph.http")
_UNSET = trace.Status(trace.StatusCode.UNSET)
_ERROR = trace.Status(trace.StatusCode.ERROR)


def tracer_provider(
    exporter: Exporter, path: Path | None = None, extra: SpanExporter | None = None
) -> LogboekProvider:
    """A provider exporting in a background thread, so no request waits on the exporter."""
    provider = LogboekProvider()
    chosen: SpanExporter | None = None
    if exporter == "console":
        chosen = ConsoleSpanExporter(formatter=lambda span: span.to_json(indent=None) + "\n")
    elif exporter == "file":
        if path is None:
            raise ValueError("the file exporter needs a path")
        chosen = JsonLinesExporter(path)
    if chosen is not None:
        provider.add_span_processor(LosslessBatchProcessor(chosen))
    if extra is not None:  # tests: spans at once, in order
        provider.add_span_processor(SimpleSpanProcessor(extra))
    return provider


def _context(context: trace.SpanContext | None) -> dict[str, str] | None:
    if context is None:
        return None
    return {
        "trace_id": f"0x{trace.format_trace_id(context.trace_id)}",
        "span_id": f"0x{trace.format_span_id(context.span_id)}",
        "trace_state": repr(context.trace_state),
    }


@functools.lru_cache(maxsize=64)
def _iso(nanoseconds: int | None) -> str | None:
    # The SDK's `ns_to_iso_str` format, by `isoformat` (strftime was a fifth of a line's
    # cost); cached, for a processing's records share one moment, start and end.
    if not nanoseconds:
        return None
    moment = datetime.fromtimestamp(nanoseconds / 1e9, tz=UTC)
    return moment.isoformat(timespec="microseconds").removesuffix("+00:00") + "Z"


class RequestTracing:
    """ASGI middleware: a server span per HTTP request, continuing the caller's traceparent.

    Built by hand as a finished span (`adapters.spans`) when the answer is out; meanwhile a
    non-recording span with its context is current, so the processing log's records and the
    upstream calls are its children. (The SDK's span and `start_as_current_span`'s layers
    cost more than the rest of this middleware.)"""

    def __init__(self, app: ASGIApp, spans: SpanSink) -> None:
        self.app = app
        self._spans = spans

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        carrier = {
            key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]
        }
        caller = _PROPAGATOR.extract(carrier)
        remote = trace.get_current_span(caller).get_span_context()
        parent = remote if remote.is_valid else None
        context = child_context(parent)
        token = otel_context.attach(trace.set_span_in_context(NonRecordingSpan(context), caller))
        start = time.time_ns()
        attributes: dict[str, str | int] = {}
        status = _UNSET

        async def send_with_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                attributes["http.response.status_code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_with_status)
        except Exception as error:
            # The type only: an exception's message may quote personal data.
            attributes["error.type"] = type(error).__name__
            status = _ERROR
            raise
        finally:
            otel_context.detach(token)
            self._spans.emit(
                ReadableSpan(
                    # The path without its query string (which may carry personal data),
                    # BSNs masked.
                    name=f"{scope['method']} {redact(scope['path'])}",
                    context=context,
                    parent=parent,
                    resource=self._spans.resource,
                    attributes=attributes,
                    kind=trace.SpanKind.SERVER,
                    status=status,
                    start_time=start,
                    end_time=time.time_ns(),
                    instrumentation_scope=_HTTP_SCOPE,
                )
            )


async def propagate_trace(request: httpx.Request) -> None:
    """httpx request hook: send the current trace context upstream as `traceparent`."""
    carrier: dict[str, str] = {}
    _PROPAGATOR.inject(carrier, context=otel_context.get_current())
    request.headers.update(carrier)


def spans_as_json(spans: Sequence[ReadableSpan]) -> list[dict[str, object]]:
    """The spans as dicts (tests and tools)."""
    return [json.loads(span.to_json(indent=None)) for span in spans]
