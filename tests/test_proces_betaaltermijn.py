"""The payment term through GraphQL: an approved case shows its payment deadline, being paid
ends it, and an unpaid case lapses after it (on the next read, or in bulk when staff list
cases) and frees its slot for another couple."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from proces_support import ALLEENSTAAND, Scenario, gelukt, goedgekeurd

# goedgekeurd() approves at the fixed now, 2026-11-29: payable until the end of 2026-12-13
# in Amsterdam (14 days, the demo's termijnen.betaling_dagen).
BETAALD_UITERLIJK = datetime(2026, 12, 13, 23, 0, tzinfo=UTC)


async def lees(scenario: Scenario, token: str, huwelijk_id: str) -> dict[str, Any]:
    result = await scenario.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk_id}") {{ status verlooptOp '
        "historie { door van naar reden } } }",
        token=token,
    )
    assert "errors" not in result, result
    gelezen: dict[str, Any] = result["data"]["huwelijk"]
    return gelezen


async def ander_paar_reserveert(scenario: Scenario) -> dict[str, Any]:
    """Another couple asks for the same slot (the default START at the town hall)."""
    return await scenario.reserveer(await scenario.burger(ALLEENSTAAND[4]))


class TestBetaaltermijn:
    async def test_an_approved_case_shows_its_payment_deadline_until_it_is_paid(
        self, scenario: Scenario
    ) -> None:
        huwelijk, _ = await goedgekeurd(scenario)
        assert datetime.fromisoformat(huwelijk["verlooptOp"]) == BETAALD_UITERLIJK

        totaal = huwelijk["prijs"]["totaal"]["centen"]
        betaald = gelukt(
            await scenario.stap(
                await scenario.medewerker(),
                "registreerBetaling",
                huwelijk,
                f'bedragInCenten: {totaal}, referentie: "balie-1"',
            )
        )

        assert betaald["verlooptOp"] is None
        scenario.klok.nu = BETAALD_UITERLIJK + timedelta(days=30)  # paid: nothing lapses
        bevestigd = gelukt(await scenario.stap(await scenario.medewerker(), "bevestig", betaald))
        assert bevestigd["status"] == "BEVESTIGD"

    async def test_the_case_holds_its_slot_until_the_deadline(self, scenario: Scenario) -> None:
        huwelijk, eerste = await goedgekeurd(scenario)
        scenario.klok.nu = BETAALD_UITERLIJK - timedelta(seconds=1)

        assert (await ander_paar_reserveert(scenario))["__typename"] == "SlotBezet"
        assert (await lees(scenario, eerste, huwelijk["id"]))["status"] == "GOEDGEKEURD"


class TestVerloop:
    async def test_an_unpaid_case_lapses_on_the_next_read_and_frees_its_slot(
        self, scenario: Scenario
    ) -> None:
        huwelijk, eerste = await goedgekeurd(scenario)
        scenario.klok.nu = BETAALD_UITERLIJK

        gelezen = await lees(scenario, eerste, huwelijk["id"])

        assert (gelezen["status"], gelezen["verlooptOp"]) == ("VERLOPEN", None)
        assert gelezen["historie"][-1] == {
            "door": "systeem",
            "van": "GOEDGEKEURD",
            "naar": "VERLOPEN",
            "reden": "niet op tijd betaald",
        }
        ander = gelukt(await ander_paar_reserveert(scenario))
        assert ander["moment"] == huwelijk["moment"]

    async def test_staff_listing_cases_expires_every_unpaid_case_in_bulk(
        self, scenario: Scenario
    ) -> None:
        huwelijk, eerste = await goedgekeurd(scenario)
        scenario.klok.nu = BETAALD_UITERLIJK + timedelta(hours=1)

        lijst = await scenario.gateway.graphql(
            "{ huwelijken(first: 10) { edges { node { id status } } } }",
            token=await scenario.medewerker(),
        )

        assert lijst["data"]["huwelijken"]["edges"] == [
            {"node": {"id": huwelijk["id"], "status": "VERLOPEN"}}
        ]
        gelezen = await lees(scenario, eerste, huwelijk["id"])
        assert gelezen["historie"][-1] == {
            "door": "systeem",
            "van": "GOEDGEKEURD",
            "naar": "VERLOPEN",
            "reden": "niet op tijd betaald",
        }
        assert gelukt(await ander_paar_reserveert(scenario))["moment"] == huwelijk["moment"]

    async def test_a_lapsed_case_can_no_longer_be_paid(self, scenario: Scenario) -> None:
        huwelijk, eerste = await goedgekeurd(scenario)
        scenario.klok.nu = BETAALD_UITERLIJK
        gelezen = await scenario.gateway.graphql(
            f'{{ huwelijk(id: "{huwelijk["id"]}") {{ versie }} }}', token=eerste
        )
        versie = gelezen["data"]["huwelijk"]["versie"]  # the expiry made a new versie

        result = await scenario.gateway.graphql(
            f'mutation {{ startBetaling(id: "{huwelijk["id"]}", versie: {versie}) '
            "{ __typename ... on OngeldigeStatus { huidigeStatus } } }",
            token=eerste,
        )

        assert result["data"]["startBetaling"] == {
            "__typename": "OngeldigeStatus",
            "huidigeStatus": "VERLOPEN",
        }
