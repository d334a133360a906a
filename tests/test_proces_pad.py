"""The whole path, reservation to confirmation, for each kind of union, through GraphQL."""

from __future__ import annotations

import pytest
from proces_support import (
    ALLEENSTAAND,
    PARTNERSCHAP,
    Scenario,
    gelukt,
    goedgekeurd,
    verklaar,
)


@pytest.mark.parametrize(
    ("soort", "partner1", "partner2"),
    [
        ("HUWELIJK", ALLEENSTAAND[0], ALLEENSTAAND[1]),
        ("GEREGISTREERD_PARTNERSCHAP", ALLEENSTAAND[0], ALLEENSTAAND[1]),
        ("OMZETTING", *PARTNERSCHAP),
    ],
)
async def test_couple_goes_from_reservation_to_confirmed(
    scenario: Scenario, soort: str, partner1: str, partner2: str
) -> None:
    eerste, tweede = await scenario.burger(partner1), await scenario.burger(partner2)
    medewerker = await scenario.medewerker()

    huwelijk = gelukt(await scenario.reserveer(eerste, soort=soort))
    assert huwelijk["status"] == "VOORLOPIG"
    assert huwelijk["verlooptOp"] is not None
    assert huwelijk["ambtenaar"]["ambtenaar"]["id"]  # the municipality assigned a BABS
    huwelijk = gelukt(
        await scenario.stap(
            eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{partner2}"'
        )
    )
    assert [p["instemming"]["status"] for p in huwelijk["partners"]] == ["VERLEEND", "GEVRAAGD"]
    huwelijk = gelukt(await scenario.stap(tweede, "stemIn", huwelijk))
    assert huwelijk["status"] == "GERESERVEERD"
    for getuige in ALLEENSTAAND[2:4]:
        huwelijk = gelukt(
            await scenario.stap(
                eerste, "voegGetuigeToe", huwelijk, f'getuige: {{burgerservicenummer: "{getuige}"}}'
            )
        )
    huwelijk = await verklaar(scenario, huwelijk, eerste, tweede)
    huwelijk = gelukt(await scenario.stap(eerste, "doeMelding", huwelijk))
    assert huwelijk["status"] == "GEMELD"
    uitkomsten = {u["regel"]: u["uitkomst"] for u in huwelijk["toetsing"]}
    assert uitkomsten["MEERDERJARIG"] == "VOLDAAN"
    assert uitkomsten["BURGERLIJKE_STAAT"] == "VOLDAAN"
    assert uitkomsten["BLOEDVERWANTSCHAP"] == "VOLDAAN"
    huwelijk = gelukt(
        await scenario.stap(medewerker, "beoordeelMelding", huwelijk, "goedgekeurd: true")
    )
    assert huwelijk["status"] == "GOEDGEKEURD"
    totaal = huwelijk["prijs"]["totaal"]["centen"]
    huwelijk = gelukt(
        await scenario.stap(
            medewerker,
            "registreerBetaling",
            huwelijk,
            f'bedragInCenten: {totaal}, referentie: "demo-{soort}"',
        )
    )
    huwelijk = gelukt(await scenario.stap(eerste, "bevestig", huwelijk))

    assert huwelijk["status"] == "BEVESTIGD"
    assert huwelijk["betaling"] == {"status": "BETAALD", "bedrag": {"centen": totaal}}
    assert [(h["van"], h["naar"]) for h in huwelijk["historie"] if h["van"] != h["naar"]] == [
        (None, "VOORLOPIG"),
        ("VOORLOPIG", "GERESERVEERD"),
        ("GERESERVEERD", "GEMELD"),
        ("GEMELD", "GOEDGEKEURD"),
        ("GOEDGEKEURD", "BEVESTIGD"),
    ]
    assert {h["door"] for h in huwelijk["historie"]} >= {"partner1", "partner2"}
    assert not any(partner1 in h["door"] or partner2 in h["door"] for h in huwelijk["historie"])


async def test_ceremony_can_be_marked_held_after_it_started(scenario: Scenario) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    medewerker = await scenario.medewerker()
    totaal = huwelijk["prijs"]["totaal"]["centen"]
    huwelijk = gelukt(
        await scenario.stap(
            medewerker,
            "registreerBetaling",
            huwelijk,
            f'bedragInCenten: {totaal}, referentie: "r1"',
        )
    )
    huwelijk = gelukt(await scenario.stap(eerste, "bevestig", huwelijk))

    te_vroeg = await scenario.stap(medewerker, "markeerVoltrokken", huwelijk)
    assert te_vroeg["code"] == "TERMIJN_NOG_NIET_OPEN"
    scenario.klok.verder(days=118)  # past 2027-03-26 14:00
    huwelijk = gelukt(await scenario.stap(medewerker, "markeerVoltrokken", huwelijk))
    assert huwelijk["status"] == "VOLTROKKEN"
