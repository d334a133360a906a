"""The order of refusals: who acts, then the case's state, then the outside world.

A refusal an actor gets for who they are never depends on the case's state or versie, and the
outside world (the BAG, the payment provider, the other cases) is asked only once the domain
accepted the change. State problems answer a typed result naming them, not NietToegestaan.
"""

from __future__ import annotations

from typing import Any

from proces_support import ALLEENSTAAND, Scenario, gelukt, goedgekeurd

GRENSWEG = '{adres: {straat: "Grensweg", huisnummer: 1, postcode: "1236AA", woonplaats: "Omdam"}}'


async def start_betaling(scenario: Scenario, token: str, huwelijk: dict[str, Any]) -> Any:
    result = await scenario.gateway.graphql(
        f'mutation {{ startBetaling(id: "{huwelijk["id"]}", versie: {huwelijk["versie"]}) '
        "{ __typename ... on Probleem { code melding } } }",
        token=token,
    )
    assert "errors" not in result, result
    return result["data"]["startBetaling"]


async def uitgenodigd(scenario: Scenario) -> tuple[dict[str, Any], str, str]:
    """A provisional case whose partner 2 is invited and has not consented; both tokens."""
    eerste = await scenario.burger(ALLEENSTAAND[0])
    tweede = await scenario.burger(ALLEENSTAAND[1])
    huwelijk = gelukt(await scenario.reserveer(eerste))
    uitnodiging = f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
    huwelijk = gelukt(await scenario.stap(eerste, "nodigPartnerUit", huwelijk, uitnodiging))
    return huwelijk, eerste, tweede


async def test_a_partner_not_yet_consenting_is_refused_before_the_bag_is_asked(
    scenario: Scenario,
) -> None:
    huwelijk, _, tweede = await uitgenodigd(scenario)

    uitkomst = await scenario.stap(tweede, "kiesLocatie", huwelijk, f"locatie: {GRENSWEG}")

    assert (uitkomst["__typename"], uitkomst["code"]) == ("NietToegestaan", "NIET_TOEGESTAAN")


async def test_a_partner_not_yet_consenting_cannot_start_a_payment_whatever_the_status(
    scenario: Scenario,
) -> None:
    huwelijk, _, tweede = await uitgenodigd(scenario)

    uitkomst = await start_betaling(scenario, tweede, huwelijk)

    assert (uitkomst["__typename"], uitkomst["code"]) == ("NietToegestaan", "NIET_TOEGESTAAN")


async def test_requeueing_messages_is_refused_to_a_partner_whatever_the_versie(
    scenario: Scenario,
) -> None:
    eerste = await scenario.burger(ALLEENSTAAND[0])
    huwelijk = gelukt(await scenario.reserveer(eerste))

    for versie in (huwelijk["versie"], huwelijk["versie"] + 5):
        uitkomst = await scenario.stap(eerste, "herplaatsBerichten", {**huwelijk, "versie": versie})
        assert (uitkomst["__typename"], uitkomst["code"]) == ("NietToegestaan", "NIET_TOEGESTAAN")


async def test_starting_a_payment_of_a_paid_case_answers_its_status(scenario: Scenario) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    medewerker = await scenario.medewerker()
    open_cents = huwelijk["prijs"]["totaal"]["centen"]
    huwelijk = gelukt(
        await scenario.stap(
            medewerker,
            "registreerBetaling",
            huwelijk,
            f'bedragInCenten: {open_cents}, referentie: "balie-1"',
        )
    )

    uitkomst = await start_betaling(scenario, eerste, huwelijk)

    assert uitkomst["__typename"] == "OngeldigeStatus", uitkomst
    assert uitkomst["melding"] == "Voor dit huwelijk is geen betaling nodig."


async def test_a_reservation_the_domain_refuses_asks_no_bag(scenario: Scenario) -> None:
    eerste = await scenario.burger(ALLEENSTAAND[0])

    uitkomst = await scenario.reserveer(eerste, locatie=GRENSWEG, ceremonietype="BESTAAT_NIET")

    assert uitkomst["__typename"] == "OngeldigeInvoer", uitkomst
