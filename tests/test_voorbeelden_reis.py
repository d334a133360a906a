"""The example operations (examples/operations, what GraphiQL offers and the web app sends) walk
the couple's and the staff's whole journey in the demo without a single `errors` entry and
without a refusal: a normal journey shows no error to anyone."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from gateway_support import NOW
from graphql import OperationDefinitionNode, parse, print_ast, separate_operations
from proces_support import ALLEENSTAAND, START, Scenario
from web_support import OPERATIONS

pytestmark = pytest.mark.asyncio

BRON = "\n".join(p.read_text(encoding="utf-8") for p in sorted(OPERATIONS.glob("*.graphql")))
OPERATIES = {naam: print_ast(doc) for naam, doc in separate_operations(parse(BRON)).items()}
VERKLARING = {
    "gegevensNaarWaarheid": True,
    "nietEldersGehuwd": True,
    "nietUitsluitendVoorVerblijf": True,
    "bloedverwantDerdeOfVierdeGraad": False,
    "beedigdeVerklaringBloedverwantschap": False,
}
VERSIE = "query($id: ID!) { huwelijk(id: $id) { id versie prijs { totaal { centen } } } }"


class Reis:
    """Runs example operations by name, as one of the journey's people, on one case."""

    def __init__(self, scenario: Scenario, tokens: dict[str, str]) -> None:
        self.scenario = scenario
        self.tokens = tokens
        self.huwelijk: dict[str, Any] = {}
        self.gedraaid: set[str] = set()

    async def stap(self, wie: str, naam: str, **variabelen: Any) -> dict[str, Any]:
        if self.huwelijk:
            variabelen = {"id": self.huwelijk["id"], "versie": self.huwelijk["versie"]} | variabelen
        document = OPERATIES[naam]
        definitie = next(
            d for d in parse(document).definitions if isinstance(d, OperationDefinitionNode)
        )
        nodig = {d.variable.name.value for d in definitie.variable_definitions or ()}
        result = await self.scenario.gateway.graphql(
            document, {k: v for k, v in variabelen.items() if k in nodig}, token=self.tokens[wie]
        )
        assert "errors" not in result, (naam, result)
        data: dict[str, Any] = next(iter(result["data"].values()))
        if isinstance(data, dict) and "code" in data:
            pytest.fail(f"{naam} by {wie} was refused: {data}")
        self.gedraaid.add(naam)
        if isinstance(data, dict) and "huwelijk" in data:
            self.huwelijk = data["huwelijk"]
        if self.huwelijk:
            gelezen = await self.scenario.gateway.graphql(
                VERSIE, {"id": self.huwelijk["id"]}, token=self.tokens["medewerker"]
            )
            self.huwelijk = gelezen["data"]["huwelijk"]
        return result


async def test_the_example_operations_walk_both_journeys_without_an_error(
    scenario: Scenario,
) -> None:
    tokens = {
        "partner1": await scenario.burger(ALLEENSTAAND[0]),
        "partner2": await scenario.burger(ALLEENSTAAND[1]),
        "medewerker": await scenario.medewerker(),
    }
    dag = START[:10]
    invoer = {
        "soort": "HUWELIJK",
        "ceremonietype": "UITGEBREID",
        "start": START,
        "locatie": {"locatieId": "gemeentehuis"},
        "ambtenaar": {"toegewezen": True},
    }
    reis = Reis(scenario, tokens)
    await reis.stap("partner1", "Ik")
    await reis.stap("partner1", "Aanbod")
    await reis.stap("partner1", "Beschikbaarheid", van=dag, tot=dag, ceremonietype="UITGEBREID")
    await reis.stap("partner1", "Tijdsloten", datum=dag, ceremonietype="UITGEBREID")
    await reis.stap("partner1", "Reserveer", invoer=invoer)
    await reis.stap("partner1", "MijnHuwelijken")
    await reis.stap("partner1", "NodigPartnerUit", burgerservicenummer=ALLEENSTAAND[1])
    await reis.stap("partner2", "Huwelijk")  # partner 2 reads the invitation
    await reis.stap("partner2", "StemIn")
    await reis.stap("partner1", "Huwelijk")  # partner 1 sees partner 2's name now
    for getuige in ALLEENSTAAND[2:5]:
        await reis.stap("partner1", "VoegGetuigeToe", getuige={"burgerservicenummer": getuige})
    await reis.stap("partner1", "VerwijderGetuige", volgnummer=3)
    await reis.stap("partner1", "KiesAmbtenaar", ambtenaar={"toegewezen": True})
    await reis.stap("partner1", "KiesLocatie", locatie={"locatieId": "gemeentehuis"})
    await reis.stap("partner1", "WijzigMoment", start=START)
    await reis.stap("partner2", "KiesNaamgebruik", partner="PARTNER2", naamgebruik="V")
    # Each partner declares for themselves: partner 1 signed in, partner 2 at the desk.
    await reis.stap("partner1", "LegVerklaringAf", verklaring=VERKLARING)
    await reis.stap("medewerker", "RegistreerVerklaring", partner="PARTNER2", verklaring=VERKLARING)
    await reis.stap("partner1", "DoeMelding")
    await reis.stap("medewerker", "Huwelijken")
    await reis.stap("medewerker", "HuwelijkDossier")
    await reis.stap("medewerker", "BeoordeelMelding", goedgekeurd=True)
    await reis.stap("partner1", "StartBetaling")
    totaal = reis.huwelijk["prijs"]["totaal"]["centen"]
    await reis.stap("medewerker", "RegistreerBetaling", bedragInCenten=totaal, referentie="kas-1")
    await reis.stap("partner1", "Bevestig")
    scenario.klok.nu = datetime.fromisoformat(START) + timedelta(minutes=5)
    await reis.stap("medewerker", "MarkeerVoltrokken")

    # A second couple changes their mind: partner 2 declines, partner 1 cancels.
    scenario.klok.nu = NOW
    tweede = Reis(scenario, tokens | {"partner1": await scenario.burger(ALLEENSTAAND[5])})
    later = START.replace("14:00", "15:00")
    await tweede.stap("partner1", "Reserveer", invoer=invoer | {"start": later})
    await tweede.stap("partner1", "NodigPartnerUit", burgerservicenummer=ALLEENSTAAND[1])
    await tweede.stap("partner2", "WeigerInstemming")
    await tweede.stap("partner1", "Annuleer", reden="We kiezen een andere datum.")

    assert set(OPERATIES) - reis.gedraaid - tweede.gedraaid == set()
