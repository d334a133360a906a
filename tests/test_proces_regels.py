"""The notice runs every legal check against the BRP; an impediment refuses it, saving nothing."""

from __future__ import annotations

from typing import Any

from proces_support import ALLEENSTAAND, BROER_ZUS, GEHUWD, Scenario, gelukt, verklaar

CURATELE = "999993811"


async def klaar_voor_melding(scenario: Scenario, partner1: str, partner2: str) -> dict[str, Any]:
    """A case with both partners consented and two witnesses, ready for the notice."""
    eerste, tweede = await scenario.burger(partner1), await scenario.burger(partner2)
    huwelijk = gelukt(await scenario.reserveer(eerste))
    huwelijk = gelukt(
        await scenario.stap(
            eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{partner2}"'
        )
    )
    huwelijk = gelukt(await scenario.stap(tweede, "stemIn", huwelijk))
    for getuige in ALLEENSTAAND[2:4]:
        huwelijk = gelukt(
            await scenario.stap(
                eerste, "voegGetuigeToe", huwelijk, f'getuige: {{burgerservicenummer: "{getuige}"}}'
            )
        )
    return await verklaar(scenario, huwelijk, eerste, tweede)


async def gelezen(scenario: Scenario, huwelijk_id: str) -> dict[str, Any]:
    result = await scenario.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk_id}") '
        "{ status versie melding { status } toetsing { regel } } }",
        token=await scenario.medewerker(),
    )
    assert "errors" not in result, result
    opgeslagen: dict[str, Any] = result["data"]["huwelijk"]
    return opgeslagen


class TestNoticeRefusedForImpediments:
    async def test_siblings_are_refused_for_blood_relation(self, scenario: Scenario) -> None:
        huwelijk = await klaar_voor_melding(scenario, *BROER_ZUS)
        uitkomst = await scenario.stap(await scenario.burger(BROER_ZUS[0]), "doeMelding", huwelijk)
        assert uitkomst["__typename"] == "BeletselGevonden"
        assert uitkomst["code"] == "BELETSEL_GEVONDEN"
        niet_voldaan = {u["regel"] for u in uitkomst["toetsing"] if u["uitkomst"] == "NIET_VOLDAAN"}
        # The brother (999990184) is married as well: both impediments are named.
        assert niet_voldaan == {"BLOEDVERWANTSCHAP", "BURGERLIJKE_STAAT"}

    async def test_married_person_is_refused_for_civil_status(self, scenario: Scenario) -> None:
        huwelijk = await klaar_voor_melding(scenario, ALLEENSTAAND[0], GEHUWD)
        uitkomst = await scenario.stap(await scenario.medewerker(), "doeMelding", huwelijk)
        assert uitkomst["__typename"] == "BeletselGevonden"
        niet_voldaan = [
            (u["regel"], u["betreft"])
            for u in uitkomst["toetsing"]
            if u["uitkomst"] == "NIET_VOLDAAN"
        ]
        assert niet_voldaan == [("BURGERLIJKE_STAAT", "PARTNER2")]

    async def test_refused_notice_leaves_the_case_as_it_was(self, scenario: Scenario) -> None:
        huwelijk = await klaar_voor_melding(scenario, *BROER_ZUS)
        await scenario.stap(await scenario.burger(BROER_ZUS[0]), "doeMelding", huwelijk)
        opgeslagen = await gelezen(scenario, huwelijk["id"])
        assert opgeslagen == {
            "status": "GERESERVEERD",
            "versie": huwelijk["versie"],
            "melding": None,
            "toetsing": [],
        }

    async def test_citizen_sees_only_that_the_municipality_must_look_at_the_other_partner(
        self, scenario: Scenario
    ) -> None:
        huwelijk = await klaar_voor_melding(scenario, ALLEENSTAAND[0], GEHUWD)
        uitkomst = await scenario.stap(
            await scenario.burger(ALLEENSTAAND[0]), "doeMelding", huwelijk
        )
        over_partner2 = [u for u in uitkomst["toetsing"] if u["betreft"] == "PARTNER2"]
        assert over_partner2
        assert {u["reden"] for u in over_partner2 if u["uitkomst"] != "VOLDAAN"} == {
            "De gemeente moet dit beoordelen"
        }
        assert all(u["gegevens"] == {} for u in over_partner2)


class TestNoticeForManualReview:
    async def test_curatele_goes_to_the_municipality_for_review(self, scenario: Scenario) -> None:
        huwelijk = await klaar_voor_melding(scenario, ALLEENSTAAND[0], CURATELE)
        huwelijk = gelukt(await scenario.stap(await scenario.medewerker(), "doeMelding", huwelijk))
        assert huwelijk["status"] == "GEMELD"
        curatele = [u for u in huwelijk["toetsing"] if u["regel"] == "CURATELE"]
        assert [(u["betreft"], u["uitkomst"]) for u in curatele if u["uitkomst"] != "VOLDAAN"] == [
            ("PARTNER2", "HANDMATIGE_BEOORDELING")
        ]

    async def test_staff_may_reject_with_a_reason_that_is_kept(self, scenario: Scenario) -> None:
        huwelijk = await klaar_voor_melding(scenario, ALLEENSTAAND[0], CURATELE)
        medewerker = await scenario.medewerker()
        huwelijk = gelukt(await scenario.stap(medewerker, "doeMelding", huwelijk))
        zonder_reden = await scenario.stap(
            medewerker, "beoordeelMelding", huwelijk, "goedgekeurd: false"
        )
        assert zonder_reden["code"] == "ONGELDIGE_INVOER"
        huwelijk = gelukt(
            await scenario.stap(
                medewerker,
                "beoordeelMelding",
                huwelijk,
                'goedgekeurd: false, reden: "Toestemming curator ontbreekt"',
            )
        )
        assert huwelijk["status"] == "AFGEWEZEN"
        assert huwelijk["historie"][-1]["reden"] == "Toestemming curator ontbreekt"


class TestStaffCheck:
    async def test_toets_query_explains_each_rule(self, scenario: Scenario) -> None:
        result = await scenario.gateway.graphql(
            f'{{ toets(partner1: "{BROER_ZUS[0]}", partner2: "{BROER_ZUS[1]}", datum: "2027-03-26")'
            " { regel uitkomst reden betreft gegevens } }",
            token=await scenario.medewerker(),
        )
        assert "errors" not in result, result
        bloed = [u for u in result["data"]["toets"] if u["regel"] == "BLOEDVERWANTSCHAP"]
        assert [u["uitkomst"] for u in bloed] == ["NIET_VOLDAAN"]
        assert bloed[0]["reden"]
