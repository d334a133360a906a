"""Text arguments: bounded, without control characters, never echoed back."""

from __future__ import annotations

import pytest
from gateway_support import Gateway

ANNULEER = 'mutation($reden: String) { annuleer(id: "x", versie: 1, reden: $reden) { __typename } }'


@pytest.mark.parametrize(
    "reden",
    ["a" * 1001, "regel\x00stop", "bel\x07", "rtl\u202eoverride", "esc\x1b[31m"],
    ids=["too-long", "nul", "bell", "bidi-override", "ansi-escape"],
)
async def test_refuses_oversized_and_control_character_text(gateway: Gateway, reden: str) -> None:
    token = await gateway.token("medewerker")
    result = await gateway.graphql(ANNULEER, {"reden": reden}, token=token)
    assert result["data"] is None
    error = result["errors"][0]
    assert error["extensions"]["code"] == "ONGELDIGE_TEKST"
    assert "annuleer.reden" in error["message"]
    assert reden not in error["message"]


@pytest.mark.parametrize(
    "reden",
    ["Verhuisd naar het buitenland.\nZie brief.", "' OR 1=1 --", "<script>alert(1)</script>"],
    ids=["newline", "sql-injection", "html"],
)
async def test_ordinary_and_injection_text_is_data_not_code(gateway: Gateway, reden: str) -> None:
    token = await gateway.token("medewerker")
    result = await gateway.graphql(ANNULEER, {"reden": reden}, token=token)
    assert result == {"data": {"annuleer": {"__typename": "NietGevonden"}}}


async def test_checks_text_inside_input_objects(gateway: Gateway) -> None:
    token = await gateway.token("burger", "999993653")
    result = await gateway.graphql(
        """mutation($o: String!) { reserveer(invoer: {soort: HUWELIJK, ceremonietype: "UITGEBREID",
        start: "2027-03-26T14:00:00+01:00", locatie: {omschrijving: $o}}) { __typename } }""",
        {"o": "Strand\x00"},
        token=token,
    )
    assert result["errors"][0]["extensions"]["code"] == "ONGELDIGE_TEKST"
    assert "reserveer.invoer.locatie.omschrijving" in result["errors"][0]["message"]
