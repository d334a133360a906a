"""Choosing a BABS: a case offers the BABS free at its own moment (`beschikbareAmbtenaren`),
`kiesAmbtenaar` accepts exactly those, and refuses another with a reason about the BABS."""

from __future__ import annotations

import tomllib
from typing import Any

from gateway_support import DEMO_CONFIG
from proces_support import ALLEENSTAAND, START, Scenario, gelukt

# Saturday 27 March 2027, when only some of the demo's BABS work; START is the Friday before.
ZATERDAG = "2027-03-27T10:00:00+01:00"
WERKDAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]  # the default
NIET_BESCHIKBAAR = "Deze trouwambtenaar is op dat moment niet beschikbaar."

ZAAK = """query ($id: ID!) { huwelijk(id: $id) {
  versie ambtenaar { keuze ambtenaar { id } } beschikbareAmbtenaren { id naam } } }"""


def ambtenaren() -> list[dict[str, Any]]:
    """The demo municipality's BABS, as its configuration file lists them."""
    with DEMO_CONFIG.open("rb") as bestand:
        lijst: list[dict[str, Any]] = tomllib.load(bestand)["proces"]["ambtenaren"]
    return lijst


def werkt_op(weekdag: str) -> set[str]:
    """The BABS who work on `weekdag`, read from the configuration rather than the code."""
    return {a["id"] for a in ambtenaren() if weekdag in a.get("weekdagen", WERKDAGEN)}


async def zaak(scenario: Scenario, token: str, huwelijk_id: str) -> dict[str, Any]:
    result = await scenario.gateway.graphql(ZAAK, {"id": huwelijk_id}, token=token)
    assert "errors" not in result, result
    gelezen: dict[str, Any] = result["data"]["huwelijk"]
    return gelezen


def aangeboden(gelezen: dict[str, Any]) -> set[str]:
    return {a["id"] for a in gelezen["beschikbareAmbtenaren"]}


async def test_a_case_offers_the_babs_who_work_at_its_moment(scenario: Scenario) -> None:
    zaterdag = await scenario.burger(ALLEENSTAAND[0])
    vrijdag = await scenario.burger(ALLEENSTAAND[2])
    op_zaterdag = gelukt(await scenario.reserveer(zaterdag, start=ZATERDAG))
    op_vrijdag = gelukt(await scenario.reserveer(vrijdag, start=START))

    gelezen = await zaak(scenario, zaterdag, op_zaterdag["id"])
    assert aangeboden(gelezen) == werkt_op("zaterdag")
    # The BABS the municipality assigned is offered too: the case's own claim is no obstacle.
    assert gelezen["ambtenaar"]["ambtenaar"]["id"] in aangeboden(gelezen)
    assert aangeboden(await zaak(scenario, vrijdag, op_vrijdag["id"])) == werkt_op("vrijdag")
    assert werkt_op("zaterdag") != werkt_op("vrijdag"), "the demo data no longer tells them apart"


async def test_every_offered_babs_is_accepted_and_every_other_refused(scenario: Scenario) -> None:
    token = await scenario.burger(ALLEENSTAAND[0])
    huwelijk = gelukt(await scenario.reserveer(token, start=ZATERDAG))
    vrij = aangeboden(await zaak(scenario, token, huwelijk["id"]))
    assert vrij and len(vrij) < len(ambtenaren())

    for ambtenaar in ambtenaren():
        keuze = f'ambtenaar: {{ambtenaarId: "{ambtenaar["id"]}"}}'
        uitkomst = await scenario.stap(token, "kiesAmbtenaar", huwelijk, keuze)
        if ambtenaar["id"] in vrij:
            huwelijk = gelukt(uitkomst)
            assert huwelijk["ambtenaar"] == {
                "keuze": "KEUZE",
                "ambtenaar": {"id": ambtenaar["id"], "naam": ambtenaar["naam"]},
            }
        else:
            assert uitkomst == {
                "__typename": "SlotBezet",
                "code": "SLOT_BEZET",
                "melding": NIET_BESCHIKBAAR,
            }, ambtenaar["id"]


async def test_a_babs_taken_elsewhere_is_neither_offered_nor_accepted(scenario: Scenario) -> None:
    eerste = await scenario.burger(ALLEENSTAAND[0])
    tweede = await scenario.burger(ALLEENSTAAND[2])
    bezet = sorted(werkt_op("zaterdag"))[0]
    keuze = f'{{ambtenaarId: "{bezet}"}}'
    gelukt(await scenario.reserveer(eerste, start=ZATERDAG, ambtenaar=keuze))
    # Another couple, at the same moment in another room.
    huwelijk = gelukt(
        await scenario.reserveer(
            tweede, start=ZATERDAG, locatie='{locatieId: "gemeentehuis-raadzaal"}'
        )
    )
    voor = await zaak(scenario, tweede, huwelijk["id"])
    assert aangeboden(voor) == werkt_op("zaterdag") - {bezet}

    uitkomst = await scenario.stap(
        tweede, "kiesAmbtenaar", huwelijk, f'ambtenaar: {{ambtenaarId: "{bezet}"}}'
    )
    assert uitkomst["__typename"] == "SlotBezet" and uitkomst["melding"] == NIET_BESCHIKBAAR
    assert await zaak(scenario, tweede, huwelijk["id"]) == voor, "nothing was saved"


async def test_a_cancelled_case_offers_no_babs(scenario: Scenario) -> None:
    token = await scenario.burger(ALLEENSTAAND[0])
    huwelijk = gelukt(await scenario.reserveer(token, start=ZATERDAG))
    gelukt(await scenario.stap(token, "annuleer", huwelijk))
    assert (await zaak(scenario, token, huwelijk["id"]))["beschikbareAmbtenaren"] == []
