"""Paying through the embedded provider: startBetaling gives the checkout URL, the provider's
webhook marks the case paid (read back from the provider, never trusted), once."""

from __future__ import annotations

from typing import Any

from proces_support import Scenario, gelukt, goedgekeurd

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
    assert "/registries/betalingen/checkout/tr_" in gestart["checkoutUrl"]

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
