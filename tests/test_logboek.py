"""Logboek Dataverwerkingen: one record per data subject per processing, pseudonymised, traced."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from gateway_support import Gateway, demo_settings, running_gateway
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from trouwgraph.adapters.logboek import (
    ACTIVITY,
    SUBJECT,
    SUBJECT_TYPE,
    OpenTelemetryLogboek,
    Verwerkingsactiviteiten,
)

SUZANNE, CURATELE = "999993653", "999993811"
KEY = "k" * 32
TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
CALLER_SPAN = "b7ad6b7169203331"
TRACEPARENT = f"00-{TRACE_ID}-{CALLER_SPAN}-01"


@pytest.fixture
def spans() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
async def gateway(tmp_path: Path, spans: InMemorySpanExporter) -> AsyncIterator[Gateway]:
    settings = demo_settings(tmp_path, logboek_sleutel=KEY)
    async with running_gateway(settings, span_exporter=spans) as running:
        yield running


def logboek(spans: InMemorySpanExporter) -> list[ReadableSpan]:
    return [s for s in spans.get_finished_spans() if s.attributes and ACTIVITY in s.attributes]


async def raadpleeg_suzanne(gateway: Gateway, traceparent: str | None = TRACEPARENT) -> None:
    """Staff look Suzanne up in the BRP, continuing `traceparent` when there is one."""
    token = await gateway.token("medewerker")
    headers = {"Authorization": f"Bearer {token}"}
    if traceparent:
        headers["traceparent"] = traceparent
    await gateway.client.post(
        "/graphql",
        json={"query": f'{{ persoon(burgerservicenummer: "{SUZANNE}") {{ leeftijd }} }}'},
        headers=headers,
    )


async def test_one_record_per_person_looked_up_in_the_brp(
    gateway: Gateway, spans: InMemorySpanExporter
) -> None:
    token = await gateway.token("medewerker")
    await gateway.client.post(
        "/graphql",
        json={
            "query": f'{{ a: persoon(burgerservicenummer: "{SUZANNE}") {{ leeftijd }} '
            f'b: persoon(burgerservicenummer: "{CURATELE}") {{ leeftijd }} }}'
        },
        headers={"Authorization": f"Bearer {token}", "traceparent": TRACEPARENT},
    )
    records = logboek(spans)
    assert [r.name for r in records] == ["brp.raadplegen", "brp.raadplegen"]
    assert all(r.attributes and r.attributes[SUBJECT_TYPE] == "BSN" for r in records)
    subjects = {r.attributes[SUBJECT] for r in records if r.attributes}
    assert len(subjects) == 2 and not subjects & {SUZANNE, CURATELE}
    assert {format(r.context.trace_id, "032x") for r in records} == {TRACE_ID}


@pytest.mark.parametrize(
    "traceparent",
    [f"00-{TRACE_ID}-{CALLER_SPAN}-00", None],
    ids=["caller-says-not-sampled", "no-traceparent"],
)
async def test_a_caller_cannot_switch_the_record_off(
    gateway: Gateway, spans: InMemorySpanExporter, traceparent: str | None
) -> None:
    """The trace's sampled flag is the caller's to set; the record of a processing is not."""
    await raadpleeg_suzanne(gateway, traceparent)
    records = logboek(spans)
    assert [r.name for r in records] == ["brp.raadplegen"]
    if traceparent:
        assert format(records[0].context.trace_id, "032x") == TRACE_ID


async def test_an_operators_sampler_does_not_switch_the_record_off(
    tmp_path: Path, spans: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`OTEL_TRACES_SAMPLER` is for operational traces; the processing log ignores it."""
    monkeypatch.setenv("OTEL_TRACES_SAMPLER", "always_off")
    async with running_gateway(
        demo_settings(tmp_path, logboek_sleutel=KEY), span_exporter=spans
    ) as gateway:
        token = await gateway.token("medewerker")
        await gateway.graphql(
            f'{{ persoon(burgerservicenummer: "{SUZANNE}") {{ leeftijd }} }}', token=token
        )
    assert [r.name for r in logboek(spans)] == ["brp.raadplegen"]


async def test_records_hang_under_the_request_span_under_the_callers_span(
    gateway: Gateway, spans: InMemorySpanExporter
) -> None:
    await raadpleeg_suzanne(gateway)
    (request,) = [s for s in spans.get_finished_spans() if s.name == "POST /graphql"]
    (record,) = logboek(spans)
    assert request.parent is not None and format(request.parent.span_id, "016x") == CALLER_SPAN
    assert record.parent is not None and record.parent.span_id == request.context.span_id
    assert request.attributes is not None
    assert request.attributes["http.response.status_code"] == 200
    assert request.start_time is not None and request.end_time is not None
    assert request.start_time <= record.start_time <= request.end_time  # type: ignore[operator]


async def test_the_trace_is_propagated_to_the_brp(gateway: Gateway) -> None:
    await raadpleeg_suzanne(gateway)
    request, _ = gateway.calls("brp")[0]
    assert request.headers["traceparent"].split("-")[1] == TRACE_ID


async def test_a_case_change_is_accounted_for_with_its_activity(
    gateway: Gateway, spans: InMemorySpanExporter
) -> None:
    token = await gateway.token("burger", "000009842")
    await gateway.graphql(
        """mutation { reserveer(invoer: {soort: HUWELIJK, ceremonietype: "UITGEBREID",
           start: "2027-03-26T14:00:00+01:00", locatie: {locatieId: "gemeentehuis"}}) {
           __typename } }""",
        token=token,
    )
    records = logboek(spans)
    assert [r.name for r in records] == ["huwelijk.reserveer"]
    attributes = records[0].attributes or {}
    assert attributes[ACTIVITY] == "urn:trouwgraph:verwerkingsactiviteit:huwelijksplanning"


async def test_no_bsn_in_any_exported_span(gateway: Gateway, spans: InMemorySpanExporter) -> None:
    token = await gateway.token("burger", SUZANNE)
    await gateway.client.get(
        "/graphql",
        params={"query": f'{{ persoon(burgerservicenummer: "{SUZANNE}") {{ leeftijd }} }}'},
        headers={"Authorization": f"Bearer {token}"},
    )
    exported = json.dumps([json.loads(s.to_json()) for s in spans.get_finished_spans()])
    assert spans.get_finished_spans()
    assert SUZANNE not in exported


class Sink:
    """The provider's side of the records: the resource, and where finished spans go."""

    def __init__(self) -> None:
        self.resource = Resource.create({"service.name": "test"})
        self.spans: list[ReadableSpan] = []

    def emit(self, span: ReadableSpan) -> None:
        self.spans.append(span)


def test_records_are_children_of_the_current_span_or_start_their_own_trace() -> None:
    sink = Sink()
    logboek = OpenTelemetryLogboek(sink, KEY.encode(), Verwerkingsactiviteiten("urn:register"))
    tracer = TracerProvider().get_tracer("test")
    with tracer.start_as_current_span("POST /graphql") as request:
        logboek.registreer("brp.raadplegen", [SUZANNE, CURATELE, SUZANNE])
    logboek.registreer("huwelijk.annuleer", [SUZANNE], geslaagd=False)  # the outbox: no request
    binnen, buiten = sink.spans[:2], sink.spans[2]
    assert len(sink.spans) == 3  # one record per distinct person
    parent = request.get_span_context()
    assert all(r.parent == parent and r.context.trace_id == parent.trace_id for r in binnen)
    assert len({r.context.span_id for r in binnen}) == 2
    assert buiten.parent is None and buiten.context.is_valid
    assert buiten.context.trace_id != parent.trace_id
    assert buiten.status.status_code is StatusCode.ERROR
    assert all(r.resource is sink.resource and r.end_time for r in sink.spans)
    assert {r.attributes[SUBJECT] for r in binnen if r.attributes} == {
        logboek.pseudoniem(SUZANNE),
        logboek.pseudoniem(CURATELE),
    }
