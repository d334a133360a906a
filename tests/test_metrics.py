"""/metrics in the Prometheus format behind a bearer token, and the operator's request traces
with the upstream calls as child spans, apart from the processing log."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import uvicorn
from gateway_support import Gateway, demo_settings, running_gateway
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind
from prometheus_client.parser import text_string_to_metric_families
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from trouwgraph.server.http.operations import operations_provider

TOKEN = "scrape-token-for-the-tests"
PERSOON = '{ persoon(burgerservicenummer: "999993653") { naam { volledigeNaam } } }'
TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
TRACEPARENT = f"00-{TRACE_ID}-b7ad6b7169203331-01"


@pytest.fixture
def traces() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
async def gateway(tmp_path: Path, traces: InMemorySpanExporter) -> AsyncIterator[Gateway]:
    settings = demo_settings(tmp_path, metrics_token=TOKEN, rate_limit_per_user=3)
    logboek = InMemorySpanExporter()
    async with running_gateway(settings, span_exporter=logboek, trace_exporter=traces) as g:
        yield g


async def scrape(gateway: Gateway) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = await gateway.client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(
    samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str
) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


async def test_metrics_need_the_token(gateway: Gateway, tmp_path: Path) -> None:
    assert (await gateway.client.get("/metrics")).status_code == 401
    wrong = await gateway.client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["code"] == "NIET_GEAUTHENTICEERD"
    (tmp_path / "zonder").mkdir()
    async with running_gateway(demo_settings(tmp_path / "zonder")) as without:
        off = await without.client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
        assert off.status_code == 404  # no token configured: no metrics at all


async def test_requests_upstream_calls_errors_refusals_and_the_outbox_are_counted(
    gateway: Gateway,
) -> None:
    before = await scrape(gateway)
    token = await gateway.token("medewerker")
    answer = await gateway.graphql(PERSOON, token=token)
    assert answer["data"]["persoon"]["naam"]["volledigeNaam"]
    bad = await gateway.graphql("{ bestaatNiet }", token=token)
    assert bad["errors"]
    statuses = [
        (
            await gateway.client.post(
                "/graphql",
                json={"query": "{ ik { rol } }"},
                headers={"Authorization": f"Bearer {token}"},
            )
        ).status_code
        for _ in range(3)
    ]
    assert 429 in statuses  # three requests a window per user in this test
    after = await scrape(gateway)

    def grew(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("trouwgraph_http_requests_total", route="/graphql", status="200") >= 2
    assert grew("trouwgraph_upstream_requests_total", registry="brp", outcome="2xx") >= 1
    assert grew("trouwgraph_upstream_request_duration_seconds_count", registry="brp") >= 1
    assert (
        grew("trouwgraph_graphql_errors_total", code="GRAPHQL_VALIDATION_FAILED")
        + grew("trouwgraph_graphql_errors_total", code="GRAPHQL_ONGELDIG")
        >= 1
    )
    assert grew("trouwgraph_rate_limit_refusals_total", route="/graphql") >= 1
    assert ("trouwgraph_outbox_messages", (("state", "geparkeerd"),)) in after
    # No label carries a BSN or a path with an id.
    assert not any("999993653" in str(key) for key in after)


async def test_a_request_is_a_trace_with_the_upstream_calls_as_child_spans(
    gateway: Gateway, traces: InMemorySpanExporter
) -> None:
    token = await gateway.token("medewerker")
    response = await gateway.client.post(
        "/graphql",
        json={"query": PERSOON},
        headers={"Authorization": f"Bearer {token}", "traceparent": TRACEPARENT},
    )
    assert response.status_code == 200
    spans = traces.get_finished_spans()
    [server] = [s for s in spans if s.kind is SpanKind.SERVER and s.name == "POST /graphql"]
    assert f"{server.context.trace_id:032x}" == TRACE_ID  # the caller's trace goes on
    clients = [
        s
        for s in spans
        if s.kind is SpanKind.CLIENT and s.context.trace_id == server.context.trace_id
    ]
    assert [s.name for s in clients] == ["POST brp"]
    assert clients[0].parent is not None
    assert clients[0].parent.span_id == server.context.span_id
    assert clients[0].attributes is not None
    assert clients[0].attributes["http.response.status_code"] == 200
    assert not any("999993653" in str(s.to_json()) for s in spans)


async def test_traces_reach_an_otlp_collector_over_http() -> None:
    """A stand-in collector (an OTLP/HTTP receiver on a loopback port) gets the spans."""
    received: list[ExportTraceServiceRequest] = []

    async def receive(request: Request) -> Response:
        message = ExportTraceServiceRequest()
        message.ParseFromString(await request.body())
        received.append(message)
        return Response(b"", media_type="application/x-protobuf")

    collector = Starlette(routes=[Route("/v1/traces", receive, methods=["POST"])])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(collector, port=port, log_level="warning"))
    task = asyncio.create_task(server.serve())
    try:
        for _ in range(500):
            if server.started:
                break
            await asyncio.sleep(0.01)
        provider = operations_provider(f"http://127.0.0.1:{port}/v1/traces")
        assert provider is not None
        provider.get_tracer("test").start_span("POST /graphql").end()
        # The exporter posts from its own thread; this loop serves the collector meanwhile.
        flushed = asyncio.get_running_loop().run_in_executor(None, provider.force_flush)
        assert await flushed
        provider.shutdown()
    finally:
        server.should_exit = True
        await task
    names = [
        span.name
        for message in received
        for resource in message.resource_spans
        for scope in resource.scope_spans
        for span in scope.spans
    ]
    assert names == ["POST /graphql"]
    resource = received[0].resource_spans[0].resource.attributes
    assert {a.key: a.value.string_value for a in resource}["service.name"] == "trouwgraph"
