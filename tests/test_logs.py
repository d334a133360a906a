"""No BSN in any log line: at the source, and masked by the filter as a second line."""

from __future__ import annotations

import logging
import sys

import pytest
from gateway_support import Gateway

from trouwgraph.server.http.logs import RedactBsn, redact

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
