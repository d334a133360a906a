"""No BSN in any log line: at the source, and masked by the filter as a second line."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from gateway_support import Gateway, demo_settings, running_gateway
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from starlette.types import Receive, Scope, Send

from trouwgraph.server.http.logs import RedactBsn, redact
from trouwgraph.server.http.telemetry import RequestTracing, tracer_provider

SUZANNE = "999993653"


def test_redact_masks_numbers_passing_the_11_proef_only() -> None:
    assert redact(f"GET /graphql?q={SUZANNE}&n=123456789") == "GET /graphql?q=<bsn>&n=123456789"


def test_filter_masks_message_arguments_and_tracebacks() -> None:
    try:
        raise ValueError(f"about {SUZANNE}")
    except ValueError:
        record = logging.LogRecord(
            "t", logging.ERROR, __file__, 1, "lookup %s failed", (SUZANNE,), sys.exc_info()
        )
    assert RedactBsn().filter(record)
    assert record.getMessage() == "lookup <bsn> failed"
    assert record.exc_text is not None and SUZANNE not in record.exc_text


async def test_refused_and_invalid_queries_log_no_bsn(
    gateway: Gateway, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    burger = await gateway.token("burger", "999993811")
    await gateway.graphql(
        f'{{ persoon(burgerservicenummer: "{SUZANNE}") {{ leeftijd }} }}', token=burger
    )
    await gateway.graphql(
        f'{{ persoon(burgerservicenummer: "{SUZANNE}") {{ onbekend }} }}', token=burger
    )
    await gateway.client.get(
        "/graphql",
        params={"query": f'{{ persoon(burgerservicenummer: "{SUZANNE}") {{ leeftijd }} }}'},
    )
    # httpx's own lines are the test client's requests (production logs httpx at WARNING).
    gateway_lines = [r.getMessage() for r in caplog.records if not r.name.startswith("httpx")]
    assert gateway_lines
    assert not [line for line in gateway_lines if SUZANNE in line or "999993811" in line]


@pytest.mark.parametrize(
    "vorm",
    [
        pytest.param(f"%22{SUZANNE}%22", id="url-encoded-quotes"),
        pytest.param(f"%2522{SUZANNE}%2522", id="url-encoded-twice"),
        pytest.param("%39%39%39%39%39%33%36%35%33", id="url-encoded-digits"),
        pytest.param("".join(f"\\u{ord(c):04x}" for c in SUZANNE), id="json-unicode-escapes"),
        pytest.param(f"burgerservicenummer%3A%20%22{SUZANNE}%22%7D", id="in-a-query-string"),
        pytest.param(f"/9999/huwelijken/{SUZANNE}/ical", id="in-a-path"),
    ],
)
def test_redact_masks_a_bsn_in_every_form_it_arrives_in(vorm: str) -> None:
    gemaskeerd = redact(f'GET /graphql?query={vorm} HTTP/1.1" 200')
    assert "<bsn>" in gemaskeerd
    assert redact(gemaskeerd) == gemaskeerd  # nothing left to find, in any form


def test_redact_leaves_text_without_a_bsn_as_it_is() -> None:
    tekst = "GET /graphql?query=%7B%20ceremonietypen%20%7D&n=123456789 HTTP/1.1"
    assert redact(tekst) == tekst


async def test_a_bsn_in_a_path_never_reaches_a_span_and_no_exception_message_does(
    tmp_path: Path,
) -> None:
    spans = InMemorySpanExporter()
    async with running_gateway(demo_settings(tmp_path), span_exporter=spans) as gateway:
        await gateway.client.get(f"/9999/huwelijken/{SUZANNE}")
        await gateway.client.get(f"/9999/graphql/%22{SUZANNE}%22")
    namen = [span.name for span in spans.get_finished_spans()]
    assert "GET /9999/huwelijken/<bsn>" in namen
    assert not any(SUZANNE in naam for naam in namen)


async def test_a_failing_request_records_the_exception_type_never_its_message() -> None:
    spans = InMemorySpanExporter()
    provider = tracer_provider("none", extra=spans)

    async def faalt(scope: Scope, receive: Receive, send: Send) -> None:
        raise LookupError(f"persoon {SUZANNE} niet gevonden")

    app = RequestTracing(faalt, spans=provider)
    with pytest.raises(LookupError):
        await app({"type": "http", "method": "GET", "path": "/x", "headers": []}, _stil, _weg)
    (span,) = spans.get_finished_spans()
    assert span.attributes is not None and span.attributes["error.type"] == "LookupError"
    assert span.events == ()  # no exception event with the message
    assert SUZANNE not in span.to_json()


async def _stil() -> dict[str, object]:
    return {"type": "http.disconnect"}


async def _weg(message: object) -> None:
    return None
