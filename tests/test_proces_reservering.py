"""Reserving: no double booking (enforced by the database), expiry, versie, availability."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

from proces_support import ALLEENSTAAND, START, Scenario, gelukt

from trouwgraph.domain.bsn import is_geldig_bsn
from trouwgraph.registries.brp.app import load_personen

TWINTIG = [
    bsn
    for bsn in dict.fromkeys(str(p["burgerservicenummer"]) for p in load_personen())
    if is_geldig_bsn(bsn)
][:20]


class TestNoDoubleBooking:
    async def test_twenty_simultaneous_reservations_of_one_slot_give_one_success(
        self, scenario: Scenario
    ) -> None:
        tokens = [await scenario.burger(bsn) for bsn in TWINTIG]
        uitkomsten = await asyncio.gather(*(scenario.reserveer(t) for t in tokens))
        soorten = sorted(u["__typename"] for u in uitkomsten)
        assert soorten == ["HuwelijkGewijzigd"] + ["SlotBezet"] * 19
        assert all(u["code"] == "SLOT_BEZET" for u in uitkomsten if u["__typename"] == "SlotBezet")

    async def test_one_babs_cannot_be_booked_twice_at_overlapping_times(
        self, scenario: Scenario
    ) -> None:
        babs = '{ambtenaarId: "babs-anna-conijn"}'
        tokens = [await scenario.burger(bsn) for bsn in TWINTIG[:10]]
        locaties = ["gemeentehuis", "gemeentehuis-raadzaal", "librije", "schip-de-bounty"]
        uitkomsten = await asyncio.gather(
            *(
                scenario.reserveer(
                    token, ambtenaar=babs, locatie=f'{{locatieId: "{locaties[i % len(locaties)]}"}}'
                )
                for i, token in enumerate(tokens)
            )
        )
        assert (
            sorted(u["__typename"] for u in uitkomsten) == ["HuwelijkGewijzigd"] + ["SlotBezet"] * 9
        )

    async def test_adjacent_slots_can_both_be_booked(self, scenario: Scenario) -> None:
        eerste = gelukt(await scenario.reserveer(await scenario.burger(TWINTIG[0])))
        tweede = gelukt(
            await scenario.reserveer(
                await scenario.burger(TWINTIG[1]), start="2027-03-26T15:00:00+01:00"
            )
        )
        assert eerste["moment"]["eind"] == tweede["moment"]["start"]

    async def test_an_expired_provisional_reservation_frees_its_slot(
        self, scenario: Scenario
    ) -> None:
        eerste = gelukt(await scenario.reserveer(await scenario.burger(TWINTIG[0])))
        bezet = await scenario.reserveer(await scenario.burger(TWINTIG[1]))
        assert bezet["__typename"] == "SlotBezet"

        scenario.klok.verder(days=3, minutes=1)  # the demo holds a slot for 3 days
        opnieuw = gelukt(await scenario.reserveer(await scenario.burger(TWINTIG[1])))

        assert opnieuw["moment"] == eerste["moment"]
        result = await scenario.gateway.graphql(
            f'{{ huwelijk(id: "{eerste["id"]}") {{ status historie {{ door naar }} }} }}',
            token=await scenario.burger(TWINTIG[0]),
        )
        assert result["data"]["huwelijk"]["status"] == "VERLOPEN"
        assert result["data"]["huwelijk"]["historie"][-1] == {"door": "systeem", "naar": "VERLOPEN"}


class TestOneCaseAtATime:
    async def test_twenty_simultaneous_first_reservations_by_one_person_give_one_case(
        self, scenario: Scenario
    ) -> None:
        # Twenty free slots on twenty weekdays: nothing but the one-case rule can refuse them.
        dagen = [date(2027, 3, 1) + timedelta(days=n) for n in range(26)]
        werkdagen = [d for d in dagen if d.weekday() < 5][:20]
        token = await scenario.burger(TWINTIG[0])
        uitkomsten = await asyncio.gather(
            *(scenario.reserveer(token, start=f"{dag}T14:00:00+01:00") for dag in werkdagen)
        )
        soorten = sorted(u["__typename"] for u in uitkomsten)
        assert soorten == ["HuwelijkGewijzigd"] + ["LopendeZaak"] * 19
        assert all(
            u["code"] == "LOPENDE_ZAAK"
            for u in uitkomsten
            if u["__typename"] != ("HuwelijkGewijzigd")
        )
        mijn = await scenario.gateway.graphql("{ mijnHuwelijken { id } }", token=token)
        assert len(mijn["data"]["mijnHuwelijken"]) == 1

    async def test_a_cancelled_case_frees_its_partner_for_a_new_one(
        self, scenario: Scenario
    ) -> None:
        token = await scenario.burger(TWINTIG[0])
        eerste = gelukt(await scenario.reserveer(token))
        assert (await scenario.reserveer(token, start="2027-03-25T14:00:00+01:00"))[
            "__typename"
        ] == "LopendeZaak"
        gelukt(await scenario.stap(token, "annuleer", eerste))
        gelukt(await scenario.reserveer(token, start="2027-03-25T14:00:00+01:00"))

    async def test_a_lapsed_hold_frees_its_partner_for_a_new_case(self, scenario: Scenario) -> None:
        token = await scenario.burger(TWINTIG[0])
        gelukt(await scenario.reserveer(token))
        scenario.klok.verder(days=3, minutes=1)  # the demo holds a slot for 3 days
        gelukt(await scenario.reserveer(token, start="2027-03-25T14:00:00+01:00"))


class TestOptimisticConcurrency:
    async def test_a_stale_versie_gives_a_conflict_and_changes_nothing(
        self, scenario: Scenario
    ) -> None:
        eerste = await scenario.burger(ALLEENSTAAND[0])
        huwelijk = gelukt(await scenario.reserveer(eerste))
        nieuw = gelukt(
            await scenario.stap(
                eerste,
                "voegGetuigeToe",
                huwelijk,
                f'getuige: {{burgerservicenummer: "{ALLEENSTAAND[2]}"}}',
            )
        )
        oud = await scenario.stap(
            eerste,
            "voegGetuigeToe",
            huwelijk,
            f'getuige: {{burgerservicenummer: "{ALLEENSTAAND[3]}"}}',
        )
        assert oud["__typename"] == "VersieConflict"
        assert oud["huidigeVersie"] == nieuw["versie"]
        result = await scenario.gateway.graphql(
            f'{{ huwelijk(id: "{huwelijk["id"]}") '
            "{ versie getuigen { burgerservicenummer } } }",
            token=eerste,
        )
        assert result["data"]["huwelijk"] == {
            "versie": nieuw["versie"],
            "getuigen": [{"burgerservicenummer": ALLEENSTAAND[2]}],
        }

    async def test_simultaneous_changes_at_one_versie_give_one_success(
        self, scenario: Scenario
    ) -> None:
        eerste = await scenario.burger(ALLEENSTAAND[0])
        huwelijk = gelukt(await scenario.reserveer(eerste))
        uitkomsten = await asyncio.gather(
            *(
                scenario.stap(
                    eerste, "voegGetuigeToe", huwelijk, f'getuige: {{burgerservicenummer: "{bsn}"}}'
                )
                for bsn in ALLEENSTAAND[2:6]
            )
        )
        assert (
            sorted(u["__typename"] for u in uitkomsten)
            == ["HuwelijkGewijzigd"] + ["VersieConflict"] * 3
        )


class TestAvailability:
    async def test_free_slots_leave_out_a_booked_one_and_carry_the_price(
        self, scenario: Scenario
    ) -> None:
        query = """{ tijdsloten(datum: "2027-03-26",
                     ceremonietype: "UITGEBREID", locatie: "gemeentehuis")
                     { start prijs { centen } ambtenaren { id } } }"""
        voor = (await scenario.gateway.graphql(query))["data"]["tijdsloten"]
        starts = [s["start"] for s in voor]
        assert START in starts
        assert all(s["prijs"]["centen"] > 0 and s["ambtenaren"] for s in voor)

        gelukt(await scenario.reserveer(await scenario.burger(ALLEENSTAAND[0])))

        na = (await scenario.gateway.graphql(query))["data"]["tijdsloten"]
        assert START not in [s["start"] for s in na]
        assert len(na) < len(voor)

    async def test_catalogue_lists_the_demo_municipality_offer(self, scenario: Scenario) -> None:
        result = await scenario.gateway.graphql(
            "{ ceremonietypen { code prijs { centen weergave } } "
            "locaties { id naam } ambtenaren { id } }"
        )
        data = result["data"]
        assert {c["code"] for c in data["ceremonietypen"]} >= {"GRATIS", "EENVOUDIG", "UITGEBREID"}
        assert len(data["locaties"]) == 5 and len(data["ambtenaren"]) == 12
        uitgebreid = next(c for c in data["ceremonietypen"] if c["code"] == "UITGEBREID")
        assert uitgebreid["prijs"] == {"centen": 49000, "weergave": "€ 490,00"}


class TestChosenBabs:
    async def test_a_case_with_a_chosen_babs_keeps_its_own_claim_through_every_change(
        self, scenario: Scenario
    ) -> None:
        eerste = await scenario.burger(ALLEENSTAAND[0])
        huwelijk = gelukt(
            await scenario.reserveer(eerste, ambtenaar='{ambtenaarId: "babs-anna-conijn"}')
        )
        huwelijk = gelukt(
            await scenario.stap(
                eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
            )
        )
        huwelijk = gelukt(
            await scenario.stap(
                eerste, "kiesLocatie", huwelijk, 'locatie: {locatieId: "gemeentehuis-raadzaal"}'
            )
        )
        assert huwelijk["ambtenaar"]["ambtenaar"]["id"] == "babs-anna-conijn"
        assert huwelijk["locatie"]["locatie"]["id"] == "gemeentehuis-raadzaal"
        # The BABS is still taken at that time by this case, and only by it.
        ander = await scenario.reserveer(
            await scenario.burger(ALLEENSTAAND[2]),
            ambtenaar='{ambtenaarId: "babs-anna-conijn"}',
            locatie='{locatieId: "librije"}',
        )
        assert ander["__typename"] == "SlotBezet"


class TestTimesInAnswers:
    async def test_times_come_back_in_the_municipalitys_zone_to_the_second(
        self, scenario: Scenario
    ) -> None:
        scenario.klok.verder(microseconds=123_456)  # now has a fraction of a second
        utc = "2027-03-26T13:00:00+00:00"  # START, sent in UTC
        huwelijk = gelukt(
            await scenario.reserveer(await scenario.burger(ALLEENSTAAND[0]), start=utc)
        )

        assert huwelijk["moment"]["start"] == START  # 14:00+01:00, as Demodam's clock says
        assert huwelijk["moment"]["eind"] == "2027-03-26T15:00:00+01:00"
        # Three days after now, without the fraction, in the municipality's zone.
        assert huwelijk["verlooptOp"] == "2026-12-02T11:00:00+01:00"
        assert all("." not in h["op"] and h["op"].endswith("+01:00") for h in huwelijk["historie"])
