"""The file exporter writes what the SDK's `to_json` says, one compact line per span."""

from __future__ import annotations

import json
from pathlib import Path

from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from trouwgraph.server.http.telemetry import JsonLinesExporter


def test_each_line_holds_the_sdks_json_of_the_span(tmp_path: Path) -> None:
    path = tmp_path / "logboek.jsonl"
    provider = TracerProvider()
    memory = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(JsonLinesExporter(path)))
    provider.add_span_processor(SimpleSpanProcessor(memory))
    tracer = provider.get_tracer("test")
    with tracer.start_as_current_span("buiten") as buiten:
        link = trace.Link(buiten.get_span_context(), {"reden": "test"})
        with tracer.start_as_current_span("brp.raadplegen", links=[link]) as span:
            span.set_attribute("dpl.core.data_subject_id_type", "BSN")
            span.set_attribute("aantal", 2)
            span.set_attribute("lijst", ["a", "b"])
            span.add_event("gelezen", {"n": 1})
            span.set_status(trace.StatusCode.ERROR, "mislukt")
    provider.shutdown()
    spans: list[ReadableSpan] = list(memory.get_finished_spans())
    lines = path.read_text().splitlines()
    assert len(lines) == 2
    assert [json.loads(line) for line in lines] == [json.loads(s.to_json()) for s in spans]
