"""Paying through the embedded provider: startBetaling gives the checkout URL, the provider's
webhook marks the case paid (read back from the provider, never trusted), once; a payment the
case no longer takes is refunded."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from gateway_support import demo_settings, running_gateway
from proces_support import Klok, Scenario, gelukt, goedgekeurd

from trouwgraph.registries.app import EmbeddedCredentials

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
    # Paid: no new checkout (it would take money only to refund it).
    opnieuw = await start(scenario, eerste, case | {"id": huwelijk["id"]})
    assert opnieuw["__typename"] != "BetalingGestart", opnieuw
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
    # The demo charges EUR 65 for cancelling after the notice (Hoorn's fee).
    assert await teruggestort(demo, betaling_id) == euro(betaald - 6500)


async def test_cancelling_a_case_paid_at_the_desk_leaves_the_refund_to_the_desk(
    demo: Scenario,
) -> None:
    huwelijk, eerste = await goedgekeurd(demo)
    medewerker = await demo.medewerker()
    betaald = 'bedragInCenten: 100000, referentie: "PIN-2026-0042"'
    huwelijk = gelukt(await demo.stap(medewerker, "registreerBetaling", huwelijk, betaald))
    gelukt(await demo.stap(eerste, "annuleer", huwelijk, 'reden: "Toch niet"'))

    # Nothing goes to the provider (it never had this payment) and nothing stays stuck.
    query = (
        f'{{ huwelijk(id: "{huwelijk["id"]}") {{ zaakregistratie {{ openstaand laatsteFout }} }} }}'
    )
    for _ in range(500):  # the outbox worker runs every 20 ms
        result = await demo.gateway.graphql(query, token=medewerker)
        registratie = result["data"]["huwelijk"]["zaakregistratie"]
        if registratie["openstaand"] == 0:
            break
        await asyncio.sleep(0.02)
    assert registratie == {"openstaand": 0, "laatsteFout": None}
    assert not [r for r, _ in demo.gateway.calls("betalingen") if "refunds" in r.url.path]


async def test_a_paid_payment_naming_no_case_here_is_answered_and_left_alone(
    demo: Scenario, caplog: pytest.LogCaptureFixture
) -> None:
    response = await demo.gateway.client.post(
        "/registries/9999/betalingen/v2/payments",
        json={
            "amount": euro(1000),
            "description": "elders",
            "redirectUrl": "http://127.0.0.1:8000/terug",
            "metadata": {"referentie": "geen-zaak-van-ons"},
        },
        headers={"Authorization": f"Bearer {CREDENTIALS.betalingen_api_key}"},
    )
    assert response.status_code == 201, response.text
    betaling_id = await betaal(demo, response.json()["_links"]["checkout"]["href"])
    with caplog.at_level(logging.WARNING, logger="trouwgraph.resolvers.huwelijken"):
        await webhook(demo, betaling_id)  # 200: the provider need not retry
    assert f"payment {betaling_id} names no case of this municipality" in caplog.text


async def teruggestort(demo: Scenario, betaling_id: str) -> dict[str, str] | None:
    """What the provider refunded of the payment, once the outbox worker did (or ~10 s)."""
    for _ in range(500):  # the outbox worker runs every 20 ms
        response = await demo.gateway.client.get(
            f"/registries/9999/betalingen/v2/payments/{betaling_id}",
            headers={"Authorization": f"Bearer {CREDENTIALS.betalingen_api_key}"},
        )
        bedrag: dict[str, str] | None = response.json().get("amountRefunded")
        if bedrag and bedrag["value"] != "0.00":
            return bedrag
        await asyncio.sleep(0.02)
    return None


def euro(centen: int) -> dict[str, str]:
    return {"currency": "EUR", "value": f"{centen / 100:.2f}"}


async def lees(demo: Scenario, token: str, huwelijk_id: str) -> dict[str, Any]:
    result = await demo.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk_id}") {{ id versie status verlooptOp '
        "betaling { status } historie { naar reden } } }",
        token=token,
    )
    gelezen: dict[str, Any] = result["data"]["huwelijk"]
    return gelezen


class TestBetalingDieDeZaakNietAanneemt:
    async def test_a_payment_after_the_payment_term_is_refunded_in_full(
        self, demo: Scenario
    ) -> None:
        huwelijk, eerste = await goedgekeurd(demo)
        betaald = huwelijk["prijs"]["totaal"]["centen"]
        gestart = await start(demo, eerste, huwelijk)
        demo.klok.nu = datetime.fromisoformat(huwelijk["verlooptOp"])

        betaling_id = await betaal(demo, gestart["checkoutUrl"])
        await webhook(demo, betaling_id)

        gelezen = await lees(demo, eerste, huwelijk["id"])
        assert (gelezen["status"], gelezen["betaling"]) == ("VERLOPEN", None)
        assert gelezen["historie"][-1] == {"naar": "VERLOPEN", "reden": "niet op tijd betaald"}
        assert await teruggestort(demo, betaling_id) == euro(betaald)

    async def test_a_payment_after_cancelling_is_refunded_without_the_fee(
        self, demo: Scenario
    ) -> None:
        huwelijk, eerste = await goedgekeurd(demo)
        betaald = huwelijk["prijs"]["totaal"]["centen"]
        gestart = await start(demo, eerste, huwelijk)
        gelukt(await demo.stap(eerste, "annuleer", huwelijk, 'reden: "Toch niet"'))

        betaling_id = await betaal(demo, gestart["checkoutUrl"])
        await webhook(demo, betaling_id)

        gelezen = await lees(demo, eerste, huwelijk["id"])
        assert (gelezen["status"], gelezen["betaling"]) == ("GEANNULEERD", None)
        assert await teruggestort(demo, betaling_id) == euro(betaald)

    async def test_a_second_payment_of_a_paid_case_is_refunded(self, demo: Scenario) -> None:
        huwelijk, eerste = await goedgekeurd(demo)
        eerste_start = await start(demo, eerste, huwelijk)
        # A change makes a new versie, and so a second checkout while the first is open.
        huwelijk = gelukt(
            await demo.stap(
                eerste, "kiesNaamgebruik", huwelijk, "partner: PARTNER1, naamgebruik: E"
            )
        )
        tweede_start = await start(demo, eerste, huwelijk)
        assert tweede_start["checkoutUrl"] != eerste_start["checkoutUrl"]

        eerste_id = await betaal(demo, eerste_start["checkoutUrl"])
        await webhook(demo, eerste_id)
        tweede_id = await betaal(demo, tweede_start["checkoutUrl"])
        await webhook(demo, tweede_id)

        gelezen = await lees(demo, eerste, huwelijk["id"])
        assert (gelezen["status"], gelezen["betaling"]) == ("GOEDGEKEURD", {"status": "BETAALD"})
        assert await teruggestort(demo, tweede_id) == euro(huwelijk["prijs"]["totaal"]["centen"])
