"""Each partner's own declaration, end to end through GraphQL with real demo tokens, on SQLite
and PostgreSQL: each partner declares with their own login, the notice waits for both, staff
record a declaration given at the desk, and a partner sees whether the other declared, never
what they answered."""

from __future__ import annotations

from typing import Any

import pytest
from proces_support import (
    ALLEENSTAAND,
    Scenario,
    gelukt,
    met_getuigen,
    verklaar,
    verklaring,
)

pytestmark = pytest.mark.asyncio

ZICHT = """
query($id: ID!) { huwelijk(id: $id) {
  partners { rol isIk verklaardOp verklaring { rol gegevensNaarWaarheid aanBalie } }
  melding { verklaringen { rol aanBalie } }
  historie { door gebeurtenis reden }
} }
"""
DOE_MELDING = """
mutation($id: ID!, $versie: Int!) { doeMelding(id: $id, versie: $versie) {
  __typename
  ... on VerklaringOntbreekt { code melding partners }
  ... on Probleem { code melding }
} }
"""


async def ingestemd(scenario: Scenario) -> tuple[dict[str, Any], str, str]:
    """A case partner 2 consented to, with two witnesses; and both partners' tokens."""
    eerste, tweede = await scenario.burger(ALLEENSTAAND[0]), await scenario.burger(ALLEENSTAAND[1])
    huwelijk = gelukt(await scenario.reserveer(eerste))
    huwelijk = gelukt(
        await scenario.stap(
            eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
        )
    )
    huwelijk = gelukt(await scenario.stap(tweede, "stemIn", huwelijk))
    return await met_getuigen(scenario, eerste, huwelijk), eerste, tweede


async def zicht(scenario: Scenario, token: str, huwelijk_id: str) -> dict[str, Any]:
    result = await scenario.gateway.graphql(ZICHT, {"id": huwelijk_id}, token=token)
    assert "errors" not in result, result
    gezien: dict[str, Any] = result["data"]["huwelijk"]
    return gezien


async def doe_melding(scenario: Scenario, token: str, huwelijk: dict[str, Any]) -> dict[str, Any]:
    result = await scenario.gateway.graphql(
        DOE_MELDING, {"id": huwelijk["id"], "versie": huwelijk["versie"]}, token=token
    )
    assert "errors" not in result, result
    uitkomst: dict[str, Any] = result["data"]["doeMelding"]
    return uitkomst


async def test_the_notice_waits_for_both_own_declarations(scenario: Scenario) -> None:
    huwelijk, eerste, tweede = await ingestemd(scenario)

    geen = await doe_melding(scenario, eerste, huwelijk)
    assert geen["__typename"] == "VerklaringOntbreekt"
    assert geen["code"] == "VERKLARING_ONTBREEKT"
    assert geen["partners"] == ["PARTNER1", "PARTNER2"]

    huwelijk = await verklaar(scenario, huwelijk, eerste)
    een = await doe_melding(scenario, eerste, huwelijk)
    assert (een["__typename"], een["partners"]) == ("VerklaringOntbreekt", ["PARTNER2"])
    assert "partner 2" in een["melding"]

    huwelijk = await verklaar(scenario, huwelijk, tweede)
    gemeld = gelukt(await scenario.stap(tweede, "doeMelding", huwelijk))
    assert gemeld["status"] == "GEMELD"
    assert [h["door"] for h in gemeld["historie"][-4:-1]] == ["partner1", "partner2", "partner2"]


async def test_a_partner_sees_that_the_other_declared_never_what(scenario: Scenario) -> None:
    huwelijk, eerste, tweede = await ingestemd(scenario)
    huwelijk = await verklaar(scenario, huwelijk, eerste, tweede)
    gelukt(await scenario.stap(eerste, "doeMelding", huwelijk))

    for token, eigen in ((eerste, "PARTNER1"), (tweede, "PARTNER2")):
        gezien = await zicht(scenario, token, huwelijk["id"])
        assert all(p["verklaardOp"] for p in gezien["partners"])
        antwoorden = {p["rol"]: p["verklaring"] for p in gezien["partners"]}
        assert antwoorden[eigen] == {"rol": eigen, "gegevensNaarWaarheid": True, "aanBalie": False}
        assert [r for r, v in antwoorden.items() if v is None] == [
            "PARTNER2" if eigen == "PARTNER1" else "PARTNER1"
        ]
        assert gezien["melding"]["verklaringen"] == [{"rol": eigen, "aanBalie": False}]

    staf = await zicht(scenario, await scenario.medewerker(), huwelijk["id"])
    assert [v["rol"] for v in staf["melding"]["verklaringen"]] == ["PARTNER1", "PARTNER2"]
    assert all(p["verklaring"] for p in staf["partners"])


async def test_staff_record_a_declaration_given_at_the_desk(scenario: Scenario) -> None:
    huwelijk, eerste, _ = await ingestemd(scenario)
    medewerker = await scenario.medewerker()
    huwelijk = await verklaar(scenario, huwelijk, eerste)

    huwelijk = gelukt(
        await scenario.stap(
            medewerker, "registreerVerklaring", huwelijk, f"partner: PARTNER2, {verklaring()}"
        )
    )
    laatste = huwelijk["historie"][-1]
    assert laatste["door"].startswith("medewerker:")
    assert (laatste["gebeurtenis"], laatste["reden"]) == (
        "LEG_VERKLARING_AF",
        "aan de balie afgelegd door partner2",
    )
    gezien = await zicht(scenario, medewerker, huwelijk["id"])
    balie = next(p for p in gezien["partners"] if p["rol"] == "PARTNER2")
    assert balie["verklaring"]["aanBalie"] is True
    assert gelukt(await scenario.stap(eerste, "doeMelding", huwelijk))["status"] == "GEMELD"


async def test_nobody_declares_for_someone_else(scenario: Scenario) -> None:
    huwelijk, eerste, tweede = await ingestemd(scenario)
    medewerker = await scenario.medewerker()
    voor = huwelijk["versie"]

    balie_door_burger = await scenario.stap(
        eerste, "registreerVerklaring", huwelijk, f"partner: PARTNER2, {verklaring()}"
    )
    eigen_door_medewerker = await scenario.stap(
        medewerker, "legVerklaringAf", huwelijk, verklaring()
    )
    vreemde = await scenario.stap(
        await scenario.burger(ALLEENSTAAND[4]), "legVerklaringAf", huwelijk, verklaring()
    )

    assert balie_door_burger["__typename"] == eigen_door_medewerker["__typename"]
    assert eigen_door_medewerker["__typename"] == "NietToegestaan"
    assert vreemde["__typename"] == "NietGevonden"
    gezien = await zicht(scenario, medewerker, huwelijk["id"])
    assert [p["verklaardOp"] for p in gezien["partners"]] == [None, None]
    herlezen = gelukt(await scenario.stap(tweede, "legVerklaringAf", huwelijk, verklaring()))
    assert herlezen["versie"] == voor + 1  # nothing was written by the refusals


async def test_incomplete_and_late_declarations_are_refused(scenario: Scenario) -> None:
    huwelijk, eerste, tweede = await ingestemd(scenario)
    onvolledig = (
        "verklaring: {gegevensNaarWaarheid: true, nietEldersGehuwd: false, "
        "nietUitsluitendVoorVerblijf: true}"
    )
    geweigerd = await scenario.stap(eerste, "legVerklaringAf", huwelijk, onvolledig)
    assert (geweigerd["__typename"], geweigerd["code"]) == ("OngeldigeInvoer", "ONGELDIGE_INVOER")

    huwelijk = await verklaar(scenario, huwelijk, eerste, eerste, tweede)  # a correction: fine
    huwelijk = gelukt(await scenario.stap(eerste, "doeMelding", huwelijk))
    na_melding = await scenario.stap(eerste, "legVerklaringAf", huwelijk, verklaring())
    assert (na_melding["__typename"], na_melding["huidigeStatus"]) == (
        "OngeldigeStatus",
        "GEMELD",
    )
