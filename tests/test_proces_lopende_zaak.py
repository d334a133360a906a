"""The gateway's own cases count as facts: a partner in a case that still leads to a ceremony
cannot start, or consent to, another one; staff are told which case it is."""

from __future__ import annotations

from proces_support import ALLEENSTAAND, Scenario, gelukt

from trouwgraph.domain.begrippen import Partnerrol
from trouwgraph.domain.regels.lopendezaak import toets_lopende_zaken
from trouwgraph.domain.regels.uitkomst import Uitkomst

LATER = "2027-04-16T14:00:00+02:00"  # another Friday, another slot


async def _gereserveerd(scenario: Scenario, partner1: str, partner2: str) -> dict[str, object]:
    eerste, tweede = await scenario.burger(partner1), await scenario.burger(partner2)
    huwelijk = gelukt(await scenario.reserveer(eerste))
    huwelijk = gelukt(
        await scenario.stap(
            eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{partner2}"'
        )
    )
    return gelukt(await scenario.stap(tweede, "stemIn", huwelijk))


async def test_a_partner_cannot_start_a_second_case(scenario: Scenario) -> None:
    huwelijk = await _gereserveerd(scenario, ALLEENSTAAND[0], ALLEENSTAAND[1])

    zelf = await scenario.reserveer(await scenario.burger(ALLEENSTAAND[0]), start=LATER)
    assert zelf["__typename"] == "LopendeZaak" and zelf["code"] == "LOPENDE_ZAAK"
    assert huwelijk["id"] not in zelf["melding"]  # a citizen is told, not shown ids

    door_balie = await scenario.muteer(
        await scenario.medewerker(),
        "reserveer",
        'invoer: {soort: HUWELIJK, ceremonietype: "UITGEBREID", '
        f'start: "{LATER}", partner1: "{ALLEENSTAAND[1]}", '
        'locatie: {locatieId: "gemeentehuis"}, ambtenaar: {toegewezen: true}}',
    )
    assert door_balie["__typename"] == "LopendeZaak"
    assert str(huwelijk["id"]) in door_balie["melding"]  # staff see which case


async def test_a_partner_spoken_for_cannot_consent_to_another_case(scenario: Scenario) -> None:
    await _gereserveerd(scenario, ALLEENSTAAND[0], ALLEENSTAAND[1])
    derde = await scenario.burger(ALLEENSTAAND[2])
    ander = gelukt(await scenario.reserveer(derde, start=LATER))
    ander = gelukt(
        await scenario.stap(
            derde, "nodigPartnerUit", ander, f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
        )
    )
    weigering = await scenario.stap(await scenario.burger(ALLEENSTAAND[1]), "stemIn", ander)
    assert weigering["__typename"] == "LopendeZaak"


async def test_after_cancelling_the_first_case_a_new_one_can_start(scenario: Scenario) -> None:
    huwelijk = await _gereserveerd(scenario, ALLEENSTAAND[0], ALLEENSTAAND[1])
    eerste = await scenario.burger(ALLEENSTAAND[0])
    gelukt(await scenario.stap(eerste, "annuleer", huwelijk, 'reden: "anders besloten"'))

    gelukt(await scenario.reserveer(eerste, start=LATER))


def test_the_notice_rule_names_the_other_cases_per_partner() -> None:
    uitkomsten = toets_lopende_zaken({Partnerrol.PARTNER2: ["zaak-7"]})
    assert [(u.betreft.value, u.uitkomst) for u in uitkomsten] == [
        ("PARTNER1", Uitkomst.VOLDAAN),
        ("PARTNER2", Uitkomst.NIET_VOLDAAN),
    ]
    assert uitkomsten[1].gegevens["zaken"] == "zaak-7"
