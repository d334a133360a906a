"""Spans built as finished spans and handed straight to a provider's span processors.

For spans nothing runs inside: the processing log's records, and the request's span (current
meanwhile as a non-recording span with its context). The SDK's tracer spent ~14 us on each
(sampler, attribute limits, locks); a `ReadableSpan` costs ~2 us. No sampler decides on them.
"""

from __future__ import annotations

from typing import Protocol

from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.id_generator import RandomIdGenerator
from opentelemetry.trace import SpanContext, TraceFlags

_SAMPLED = TraceFlags(TraceFlags.SAMPLED)
_IDS = RandomIdGenerator()


class SpanSink(Protocol):
    """A provider, as far as finished spans built by hand need it."""

    @property
    def resource(self) -> Resource:
        """The resource every span of the provider carries (read per span: a forked
        worker's resource differs from its parent's)."""

    def emit(self, span: ReadableSpan) -> None:
        """Hand a finished span to the provider's span processors (and so its exporters)."""


def current_parent() -> SpanContext | None:
    """The current span's context, or None outside any trace."""
    context = trace.get_current_span().get_span_context()
    return context if context.is_valid else None


def child_context(parent: SpanContext | None) -> SpanContext:
    """A new span's context: in `parent`'s trace (with its trace state), or a new trace."""
    if parent is None:
        return SpanContext(_IDS.generate_trace_id(), _IDS.generate_span_id(), False, _SAMPLED)
    return SpanContext(
        parent.trace_id, _IDS.generate_span_id(), False, _SAMPLED, parent.trace_state
    )
