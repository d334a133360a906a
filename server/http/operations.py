"""Traces and metrics for the operator: a span per request and a child span per upstream call,
exported over OTLP when configured; upstream calls counted and timed per registry.

These traces are the operator's (latency, errors, which registry is slow). They are separate
from the processing log (Logboek Dataverwerkingen, `server.http.telemetry`): their own provider
and exporter, and their spans never become the current OpenTelemetry context, so the processing
log's spans and parents stay exactly as they are. Span names and attributes hold the method, the
route shape, the registry and the status: never a path with an id, a query or a BSN.
"""

from __future__ import annotations

import functools
import time
from contextvars import ContextVar

import httpx
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor, SpanExporter
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator
from prometheus_client import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from trouwgraph.server.http.metrics import route_of

__all__ = ["InstrumentedTransport", "OperationsTracing", "operations_provider", "use_provider"]

UPSTREAM = Counter(
    "trouwgraph_upstream_requests",
    "Calls to upstream registries, by registry and outcome (status class or error)",
    ["registry", "outcome"],
)
UPSTREAM_SECONDS = Histogram(
    "trouwgraph_upstream_request_duration_seconds", "Upstream call latency", ["registry"]
)
_calls = functools.lru_cache(maxsize=256)(UPSTREAM.labels)  # children kept, as in `metrics`
_durations = functools.lru_cache(maxsize=64)(UPSTREAM_SECONDS.labels)
_PROPAGATOR = TraceContextTextMapPropagator()
_tracer: trace.Tracer = trace.NoOpTracer()
_request_span: ContextVar[trace.Span | None] = ContextVar("trouwgraph_request_span", default=None)


def operations_provider(
    endpoint: str | None, extra: SpanExporter | None = None
) -> TracerProvider | None:
    """A provider exporting to the OTLP/HTTP `endpoint` (and `extra`, tests); None: no traces."""
    if endpoint is None and extra is None:
        return None
    provider = TracerProvider(resource=Resource.create({"service.name": "trouwgraph"}))
    if endpoint is not None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    if extra is not None:
        provider.add_span_processor(SimpleSpanProcessor(extra))
    return provider


def use_provider(provider: TracerProvider | None) -> None:
    """Trace with `provider` from now on (None: no traces, no cost)."""
    global _tracer
    _tracer = provider.get_tracer("trouwgraph.operations") if provider else trace.NoOpTracer()


class OperationsTracing:
    """ASGI middleware: a SERVER span per request, continuing the caller's traceparent."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or isinstance(_tracer, trace.NoOpTracer):
            await self.app(scope, receive, send)
            return
        carrier = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        route = route_of(scope["path"])
        span = _tracer.start_span(
            f"{scope['method']} {route}",
            context=_PROPAGATOR.extract(carrier),
            kind=trace.SpanKind.SERVER,
            attributes={"http.request.method": scope["method"], "http.route": route},
        )
        token = _request_span.set(span)

        async def with_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                span.set_attribute("http.response.status_code", message["status"])
                if message["status"] >= 500:
                    span.set_status(trace.StatusCode.ERROR)
            await send(message)

        try:
            await self.app(scope, receive, with_status)
        finally:
            _request_span.reset(token)
            span.end()


class InstrumentedTransport(httpx.AsyncBaseTransport):
    """Wraps a registry's transport: a CLIENT span (child of the request's) and metrics per call."""

    def __init__(self, inner: httpx.AsyncBaseTransport, registry: str) -> None:
        self._inner = inner
        self._registry = registry

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        parent = _request_span.get()
        span = _tracer.start_span(
            f"{request.method} {self._registry}",
            context=trace.set_span_in_context(parent) if parent is not None else None,
            kind=trace.SpanKind.CLIENT,
            attributes={
                "http.request.method": request.method,
                "trouwgraph.registry": self._registry,
            },
        )
        start = time.perf_counter()
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException as error:
            _calls(self._registry, "error").inc()
            span.set_status(trace.StatusCode.ERROR, type(error).__name__)
            raise
        else:
            _calls(self._registry, f"{response.status_code // 100}xx").inc()
            span.set_attribute("http.response.status_code", response.status_code)
            return response
        finally:
            _durations(self._registry).observe(time.perf_counter() - start)
            span.end()

    async def aclose(self) -> None:
        await self._inner.aclose()
