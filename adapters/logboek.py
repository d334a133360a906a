"""Logboek Dataverwerkingen (Logius standard): account for every processing of personal data.

One record per processing per data subject, emitted as a finished OpenTelemetry span so the
municipality's logbook (or any OpenTelemetry backend) can receive it:

    name                                  what was done, e.g. "brp.raadplegen"
    trace_id, span_id, start, end         the request's trace (W3C Trace Context)
    status                                OK, or ERROR when the processing failed
    dpl.core.processing_activity_id       URI into the municipality's processing register
    dpl.core.data_subject_id              the BSN, pseudonymised (HMAC-SHA256, keyed)
    dpl.core.data_subject_id_type         "BSN"

The BSN itself is never recorded: the keyed hash lets the municipality, who holds the key,
answer a citizen's request for their records, while the logbook alone reveals nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.util.instrumentation import InstrumentationScope
from opentelemetry.trace import SpanKind, Status, StatusCode

from trouwgraph.adapters.spans import SpanSink, child_context, current_parent

ACTIVITY = "dpl.core.processing_activity_id"
SUBJECT = "dpl.core.data_subject_id"
SUBJECT_TYPE = "dpl.core.data_subject_id_type"


@dataclass(frozen=True)
class Verwerkingsactiviteiten:
    """Which entry of the processing register each processing belongs to."""

    standaard: str
    per_verwerking: Mapping[str, str] = field(default_factory=dict)

    def voor(self, verwerking: str) -> str:
        """The register URI for `verwerking` (e.g. "huwelijk.doe_melding")."""
        return self.per_verwerking.get(verwerking, self.standaard)


class Logboek(Protocol):
    """Where processings of personal data are accounted for."""

    def registreer(
        self, verwerking: str, betrokkenen: Iterable[str], *, geslaagd: bool = True
    ) -> None:
        """One record per data subject (BSN) in `betrokkenen` for `verwerking`."""


_SCOPE = InstrumentationScope("trouwgraph.logboek")


class OpenTelemetryLogboek:
    """Records each processing as a finished span, a child of the current span.

    The records are finished spans built by hand (`adapters.spans`): nothing runs inside
    them, and no sampler may drop one."""

    def __init__(
        self, sink: SpanSink, sleutel: bytes, activiteiten: Verwerkingsactiviteiten
    ) -> None:
        if len(sleutel) < 32:
            raise ValueError("the pseudonymisation key needs at least 32 bytes")
        self._sink = sink
        self._hmac = hmac.new(sleutel, digestmod=hashlib.sha256)  # keyed once, copied per use
        self._activiteiten = activiteiten

    def pseudoniem(self, bsn: str) -> str:
        """The keyed hash that stands for `bsn` in the logbook."""
        pseudoniem = self._hmac.copy()
        pseudoniem.update(bsn.encode("ascii"))
        return pseudoniem.hexdigest()

    def registreer(
        self, verwerking: str, betrokkenen: Iterable[str], *, geslaagd: bool = True
    ) -> None:
        """One span per distinct data subject, as a child of the current span."""
        activiteit = self._activiteiten.voor(verwerking)
        status = Status(StatusCode.OK if geslaagd else StatusCode.ERROR)
        parent = current_parent()  # None outside a request (the outbox): each starts a trace
        resource = self._sink.resource
        moment = time.time_ns()
        for bsn in sorted(set(betrokkenen)):
            self._sink.emit(
                ReadableSpan(
                    name=verwerking,
                    context=child_context(parent),
                    parent=parent,
                    resource=resource,
                    attributes={
                        ACTIVITY: activiteit,
                        SUBJECT: self.pseudoniem(bsn),
                        SUBJECT_TYPE: "BSN",
                    },
                    kind=SpanKind.INTERNAL,
                    status=status,
                    start_time=moment,
                    end_time=moment,
                    instrumentation_scope=_SCOPE,
                )
            )
