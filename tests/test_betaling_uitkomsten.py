"""Payments as a state machine visible in the API: each outcome of the embedded provider
(paid, failed, cancelled, expired) shows on the case; after a failure, a cancellation or an
expiry a new payment starts; at the desk the amount actually paid counts, and the case is paid
only when nothing is open."""

from __future__ import annotations

from typing import Any

import pytest
from proces_support import Scenario, gelukt, goedgekeurd
from test_betaling_gateway import betaal, start, webhook


async def _betaling(scenario: Scenario, token: str, huwelijk_id: str) -> dict[str, Any]:
    result = await scenario.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk_id}") {{ id versie status '
        "betaling { status bedrag { centen } } prijs { totaal { centen } } } }",
        token=token,
    )
    gelezen: dict[str, Any] = result["data"]["huwelijk"]
    return gelezen


@pytest.mark.parametrize(
    ("uitkomst", "status"), [("failed", "MISLUKT"), ("canceled", "GEANNULEERD")]
)
async def test_after_a_failed_or_cancelled_payment_a_new_one_pays_the_case(
    scenario: Scenario, uitkomst: str, status: str
) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    eerste_poging = await start(scenario, eerste, huwelijk)
    betaling_id = await betaal(scenario, eerste_poging["checkoutUrl"], uitkomst)
    await webhook(scenario, betaling_id)
    gelezen = await _betaling(scenario, eerste, huwelijk["id"])
    assert gelezen["betaling"]["status"] == status

    tweede_poging = await start(scenario, eerste, gelezen)
    assert tweede_poging["__typename"] == "BetalingGestart"
    assert tweede_poging["checkoutUrl"] != eerste_poging["checkoutUrl"]
    await webhook(scenario, await betaal(scenario, tweede_poging["checkoutUrl"]))

    betaald = await _betaling(scenario, eerste, huwelijk["id"])
    assert betaald["betaling"]["status"] == "BETAALD"
    assert gelukt(await scenario.stap(eerste, "bevestig", betaald))["status"] == "BEVESTIGD"


async def test_an_expired_payment_is_seen_and_a_new_one_starts(scenario: Scenario) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    eerste_poging = await start(scenario, eerste, huwelijk)
    scenario.klok.verder(minutes=16)  # the embedded provider's term is 15 minutes

    tweede_poging = await start(scenario, eerste, eerste_poging["huwelijk"])
    assert tweede_poging["checkoutUrl"] != eerste_poging["checkoutUrl"]
    historie = await scenario.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk["id"]}") {{ historie {{ door gebeurtenis }} }} }}',
        token=eerste,
    )
    door = [h["door"] for h in historie["data"]["huwelijk"]["historie"]]
    assert "systeem:betaalprovider" in door  # the expiry, recorded as the provider's
    await webhook(scenario, await betaal(scenario, tweede_poging["checkoutUrl"]))
    assert (await _betaling(scenario, eerste, huwelijk["id"]))["betaling"]["status"] == "BETAALD"


async def test_a_desk_payment_counts_what_was_paid_and_the_rest_can_follow(
    scenario: Scenario,
) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    medewerker = await scenario.medewerker()
    totaal = huwelijk["prijs"]["totaal"]["centen"]

    deel = gelukt(
        await scenario.stap(
            medewerker, "registreerBetaling", huwelijk, 'bedragInCenten: 100, referentie: "PIN-1"'
        )
    )
    gelezen = await _betaling(scenario, eerste, deel["id"])
    assert gelezen["betaling"] == {"status": "DEELS_BETAALD", "bedrag": {"centen": 100}}
    geweigerd = await scenario.stap(eerste, "bevestig", gelezen)
    assert geweigerd["__typename"] == "NietBetaald"
    assert geweigerd["code"] == "NIET_BETAALD"

    rest = await start(scenario, eerste, gelezen)  # the rest, online
    assert rest["__typename"] == "BetalingGestart"
    await webhook(scenario, await betaal(scenario, rest["checkoutUrl"]))
    betaald = await _betaling(scenario, eerste, deel["id"])
    assert betaald["betaling"] == {"status": "BETAALD", "bedrag": {"centen": totaal}}
    assert gelukt(await scenario.stap(eerste, "bevestig", betaald))["status"] == "BEVESTIGD"


async def test_a_desk_payment_of_nothing_is_refused(scenario: Scenario) -> None:
    huwelijk, _ = await goedgekeurd(scenario)
    medewerker = await scenario.medewerker()
    nul = await scenario.stap(
        medewerker, "registreerBetaling", huwelijk, 'bedragInCenten: 0, referentie: "PIN-0"'
    )
    assert nul["__typename"] == "OngeldigeInvoer"


async def test_the_rest_is_what_the_provider_is_asked_for(scenario: Scenario) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    medewerker = await scenario.medewerker()
    deel = gelukt(
        await scenario.stap(
            medewerker, "registreerBetaling", huwelijk, 'bedragInCenten: 100, referentie: "PIN-1"'
        )
    )
    gestart = await start(scenario, eerste, deel)
    betaling_id = gestart["checkoutUrl"].rsplit("/", 1)[1]
    gevraagd = [
        r for r, _ in scenario.gateway.calls("betalingen") if r.url.path.endswith("/payments")
    ]
    assert gevraagd and betaling_id
    body = gevraagd[-1].content.decode()
    totaal = huwelijk["prijs"]["totaal"]["centen"]
    assert f'"value":"{(totaal - 100) / 100:.2f}"' in body.replace(" ", "")


async def test_the_demo_has_a_return_page_for_the_couple(scenario: Scenario) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    gestart = await start(scenario, eerste, huwelijk)
    path = "/registries/" + gestart["checkoutUrl"].split("/registries/", 1)[1]
    afgerond = await scenario.gateway.client.post(path, data={"status": "paid"})
    terug = afgerond.headers["location"]
    assert terug.endswith(f"/betaald?zaak={huwelijk['id']}")

    pagina = await scenario.gateway.client.get("/betaald", params={"zaak": huwelijk["id"]})
    assert pagina.status_code == 200
    assert pagina.headers["content-type"].startswith("text/html")
    assert "Terug van het betalen" in pagina.text and huwelijk["id"] in pagina.text
    kwaadaardig = await scenario.gateway.client.get("/betaald", params={"zaak": "<script>"})
    assert "<script>" not in kwaadaardig.text
