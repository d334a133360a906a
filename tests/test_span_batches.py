"""The processing log's batching processor: no span lost, whatever the pace or the exporter."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult

from trouwgraph.server.http.span_batches import LosslessBatchProcessor


class SlowExporter(SpanExporter):
    """Takes a millisecond per batch; fails the batches it is told to."""

    def __init__(self, fail_first: int = 0) -> None:
        self.names: list[str] = []
        self.threads: set[str] = set()
        self.fail_first = fail_first
        self.shut = False

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        self.threads.add(threading.current_thread().name)
        time.sleep(0.001)
        if self.fail_first:
            self.fail_first -= 1
            raise OSError("disk full")
        self.names.extend(span.name for span in spans)
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        self.shut = True


def spans(n: int) -> list[ReadableSpan]:
    return [ReadableSpan(name=f"record {i}") for i in range(n)]


def test_a_burst_past_the_bound_loses_nothing_and_keeps_its_order() -> None:
    exporter = SlowExporter()
    processor = LosslessBatchProcessor(exporter, delay=0.05, batch_size=16, bound=64)
    burst = spans(5_000)
    for span in burst:
        processor.on_end(span)
    processor.shutdown()
    assert exporter.names == [span.name for span in burst]
    assert exporter.shut
    assert "logboek-export" in exporter.threads  # the worker exported, not only shutdown


def test_spans_are_exported_within_the_delay_without_a_flush() -> None:
    exporter = SlowExporter()
    processor = LosslessBatchProcessor(exporter, delay=0.02, batch_size=512)
    processor.on_end(spans(1)[0])  # far below a batch: only the delay wakes the worker
    deadline = time.monotonic() + 5
    while not exporter.names and time.monotonic() < deadline:
        time.sleep(0.01)
    assert exporter.names == ["record 0"]
    processor.shutdown()


def test_a_failing_export_is_logged_and_the_worker_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    exporter = SlowExporter(fail_first=1)
    processor = LosslessBatchProcessor(exporter, delay=0.02, batch_size=1)
    processor.on_end(spans(1)[0])
    deadline = time.monotonic() + 5
    while exporter.fail_first and time.monotonic() < deadline:
        time.sleep(0.01)
    processor.on_end(ReadableSpan(name="later"))
    assert processor.force_flush()
    processor.shutdown()
    assert exporter.names == ["later"]
    assert "exporting 1 spans failed" in caplog.text


def test_a_span_ended_during_shutdown_is_still_written() -> None:
    exporter = SlowExporter()
    processor = LosslessBatchProcessor(exporter)
    processor.shutdown()
    processor.on_end(ReadableSpan(name="late"))
    assert exporter.names == ["late"]
