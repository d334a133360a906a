"""Paying through the embedded provider: startBetaling gives the checkout URL, the provider's
webhook marks the case paid (read back from the provider, never trusted), once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from gateway_support import demo_settings, running_gateway
from proces_support import Klok, Scenario, gelukt, goedgekeurd

from registries.app import EmbeddedCredentials

START = "checkoutUrl huwelijk { id versie status betaling { status } }"


async def start(scenario: Scenario, token: str, huwelijk: dict[str, Any]) -> dict[str, Any]:
    result = await scenario.gateway.graphql(
        f'mutation {{ startBetaling(id: "{huwelijk["id"]}", versie: {huwelijk["versie"]}) '
        f"{{ __typename ... on BetalingGestart {{ {START} }} ... on Probleem {{ code }} }} }}",
        token=token,
    )
    assert "errors" not in result, result
    uitkomst: dict[str, Any] = result["data"]["startBetaling"]
    return uitkomst


async def betaal(scenario: Scenario, checkout_url: str, status: str = "paid") -> str:
    """Complete the payment on the provider's checkout page; the payment id."""
    path = "/registries/" + checkout_url.split("/registries/", 1)[1]
    response = await scenario.gateway.client.post(path, data={"status": status})
    assert response.status_code == 303, response.text
    return checkout_url.rsplit("/", 1)[1]


async def webhook(scenario: Scenario, betaling_id: str) -> None:
    response = await scenario.gateway.client.post("/betalingen/webhook", data={"id": betaling_id})
    assert response.status_code == 200


async def test_a_payment_through_the_embedded_provider_marks_the_case_paid(
    scenario: Scenario,
) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    gestart = await start(scenario, eerste, huwelijk)
    assert gestart["__typename"] == "BetalingGestart"
    assert "/registries/9999/betalingen/checkout/tr_" in gestart["checkoutUrl"]

    betaling_id = await betaal(scenario, gestart["checkoutUrl"])
    await webhook(scenario, betaling_id)
    await webhook(scenario, betaling_id)  # the provider may call twice: recorded once

    gelezen = await scenario.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk["id"]}") {{ versie betaling {{ status referentie }} '
        "historie { gebeurtenis } } }",
        token=eerste,
    )
    case = gelezen["data"]["huwelijk"]
    assert case["betaling"] == {"status": "BETAALD", "referentie": betaling_id}
    assert [h["gebeurtenis"] for h in case["historie"]].count("REGISTREER_BETALING") == 1
    bevestigd = gelukt(await scenario.stap(eerste, "bevestig", case | {"id": huwelijk["id"]}))
    assert bevestigd["status"] == "BEVESTIGD"


async def test_a_webhook_for_an_unpaid_payment_changes_nothing(scenario: Scenario) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    gestart = await start(scenario, eerste, huwelijk)
    betaling_id = gestart["checkoutUrl"].rsplit("/", 1)[1]
    await webhook(scenario, betaling_id)  # still open at the provider
    await webhook(scenario, "tr_doesnotexist")
    gelezen = await scenario.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk["id"]}") {{ versie betaling {{ status }} }} }}', token=eerste
    )
    assert gelezen["data"]["huwelijk"] == {"versie": huwelijk["versie"], "betaling": None}


async def test_payment_can_only_start_once_approved(scenario: Scenario) -> None:
    eerste = await scenario.burger("000009842")
    huwelijk = gelukt(await scenario.reserveer(eerste))
    uitkomst = await start(scenario, eerste, huwelijk)
    assert uitkomst == {"__typename": "OngeldigeStatus", "code": "ONGELDIGE_STATUSOVERGANG"}


CREDENTIALS = EmbeddedCredentials()


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[Scenario]:
    """The demo with a fast outbox worker and known credentials of the embedded provider."""
    klok = Klok()
    settings = demo_settings(tmp_path, outbox_interval=0.02)
    async with running_gateway(settings, clock=klok, credentials=CREDENTIALS) as gateway:
        yield Scenario(gateway, klok)


async def test_cancelling_a_paid_case_refunds_the_payment_minus_the_fee(demo: Scenario) -> None:
    huwelijk, eerste = await goedgekeurd(demo)
    gestart = await start(demo, eerste, huwelijk)
    betaling_id = await betaal(demo, gestart["checkoutUrl"])
    await webhook(demo, betaling_id)
    gelezen = await demo.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk["id"]}") {{ id versie prijs {{ totaal {{ centen }} }} }} }}',
        token=eerste,
    )
    huwelijk = gelezen["data"]["huwelijk"]
    gelukt(await demo.stap(eerste, "annuleer", huwelijk, 'reden: "Toch niet"'))

    betaald = huwelijk["prijs"]["totaal"]["centen"]
    for _ in range(500):  # the outbox worker runs every 20 ms
        response = await demo.gateway.client.get(
            f"/registries/9999/betalingen/v2/payments/{betaling_id}",
            headers={"Authorization": f"Bearer {CREDENTIALS.betalingen_api_key}"},
        )
        teruggestort = response.json().get("amountRefunded")
        if teruggestort and teruggestort["value"] != "0.00":
            break
        await asyncio.sleep(0.02)
    # The demo charges EUR 65 for cancelling after the notice (Hoorn's fee).
    assert teruggestort == {"currency": "EUR", "value": f"{(betaald - 6500) / 100:.2f}"}
