"""Who may read and change which marriage case, end to end through GraphQL.

The rule: a burger sees and changes only the cases in which they are a partner (partner 2 once
invited, acting only to answer the invitation until they consent); medewerkers see all; anyone
else is answered as if the case did not exist. Changes are walked through in process order: at
every step the actor under test tries the change exactly when the process allows it, and where
the rules refuse them, the case must stay as it was and someone the process names then makes the
same change (so the refusal was about who asked, nothing else).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

import pytest
from graphql import build_schema
from proces_support import ALLEENSTAAND, GEHUWD, START, Scenario, verklaring

from trouwgraph.schema.schema import schema

PARTNER1, PARTNER2, GETUIGE, TWEEDE_GETUIGE, NIEUWE_PARTNER, VREEMDE = ALLEENSTAAND
CURATELE = "999993811"  # RvIG test person under curatele: a check for manual review
ANDER_MOMENT = "2027-03-26T10:00:00+01:00"  # the same Friday as START, a free morning slot
EIGEN_BABS = f'{{burgerservicenummer: "{NIEUWE_PARTNER}", naam: "Oom Piet"}}'
OVER_ANDERE_PARTNER = "De gemeente moet dit beoordelen"
ACTOREN = ("partner1", "partner2", "medewerker")

GEWIJZIGD = """
  __typename
  ... on HuwelijkGewijzigd { huwelijk {
    id versie status prijs { totaal { centen } }
    partners { rol burgerservicenummer isIk naamgebruik instemming { status } }
    historie { door }
  } }
  ... on Probleem { code melding }
"""


@dataclass(frozen=True)
class Mutatie:
    """A change and who may make it at the point of the process where it is tried.

    In `extra`, `$rol` becomes the acting partner's own role and `$totaal` the case's price.
    """

    veld: str
    wie: frozenset[str]
    extra: str = ""


IEDEREEN = frozenset(ACTOREN)
PARTNER1_EN_MEDEWERKER = frozenset({"partner1", "medewerker"})
ALLEEN_PARTNER2 = frozenset({"partner2"})
ALLEEN_MEDEWERKER = frozenset({"medewerker"})
PARTNERS = frozenset({"partner1", "partner2"})
# Each partner declares for themselves; staff record a declaration given at the desk.
EIGEN_VERKLARING = Mutatie("legVerklaringAf", PARTNERS, verklaring())
UITNODIGING = Mutatie(
    "nodigPartnerUit", PARTNER1_EN_MEDEWERKER, f'burgerservicenummer: "{PARTNER2}"'
)

# The process from a fresh reservation (one witness named) to the ceremony, step by step.
WANDELING = [
    UITNODIGING,
    Mutatie("weigerInstemming", ALLEEN_PARTNER2),
    UITNODIGING,  # invited again after declining
    Mutatie("stemIn", ALLEEN_PARTNER2),
    Mutatie("voegGetuigeToe", IEDEREEN, f'getuige: {{burgerservicenummer: "{TWEEDE_GETUIGE}"}}'),
    Mutatie("voegGetuigeToe", IEDEREEN, "getuige: {gemeentelijk: true}"),
    Mutatie("verwijderGetuige", IEDEREEN, "volgnummer: 1"),
    Mutatie("kiesLocatie", IEDEREEN, 'locatie: {locatieId: "gemeentehuis-raadzaal"}'),
    Mutatie("wijzigMoment", IEDEREEN, f'start: "{ANDER_MOMENT}"'),
    Mutatie("kiesAmbtenaar", IEDEREEN, 'ambtenaar: {ambtenaarId: "babs-anna-conijn"}'),
    Mutatie("kiesAmbtenaar", IEDEREEN, f"ambtenaar: {{eigenBabs: {EIGEN_BABS}}}"),
    Mutatie("kiesNaamgebruik", IEDEREEN, "partner: $rol, naamgebruik: V"),
    Mutatie("registreerVerklaring", ALLEEN_MEDEWERKER, f"partner: PARTNER1, {verklaring()}"),
    Mutatie("registreerVerklaring", ALLEEN_MEDEWERKER, f"partner: PARTNER2, {verklaring()}"),
    EIGEN_VERKLARING,  # a partner's own replaces the one given at the desk
    Mutatie("doeMelding", IEDEREEN),
    # After the notice the reservation changes only through the municipality.
    Mutatie("kiesAmbtenaar", ALLEEN_MEDEWERKER, "ambtenaar: {toegewezen: true}"),
    Mutatie("kiesLocatie", ALLEEN_MEDEWERKER, 'locatie: {locatieId: "gemeentehuis"}'),
    Mutatie("wijzigMoment", ALLEEN_MEDEWERKER, f'start: "{START}"'),
    Mutatie("beoordeelMelding", ALLEEN_MEDEWERKER, "goedgekeurd: true"),
    Mutatie("registreerBetaling", ALLEEN_MEDEWERKER, 'bedragInCenten: $totaal, referentie: "r"'),
    Mutatie("bevestig", IEDEREEN),
    Mutatie("markeerVoltrokken", ALLEEN_MEDEWERKER),  # once the ceremony has started
]
ANNULERING = Mutatie("annuleer", IEDEREEN, 'reden: "Wij zien ervan af"')
EERSTE_PER_VELD: dict[str, Mutatie] = {}
for _mutatie in [*WANDELING, ANNULERING]:
    EERSTE_PER_VELD.setdefault(_mutatie.veld, _mutatie)
MUTATIES = list(EERSTE_PER_VELD.values())  # every case mutation once
# What the status table allows in VOORLOPIG, the only status in which partner 2 can be waiting.
IN_VOORLOPIG = {
    "nodigPartnerUit",
    "weigerInstemming",
    "stemIn",
    "voegGetuigeToe",
    "verwijderGetuige",
    "kiesAmbtenaar",
    "kiesLocatie",
    "wijzigMoment",
    "kiesNaamgebruik",
    "legVerklaringAf",
    "registreerVerklaring",
    "annuleer",
}


class Fase(IntEnum):
    """How far a test case has come; each stage includes the ones before."""

    VOORLOPIG = 0  # reserved by partner 1, one witness named
    UITGENODIGD = 1  # partner 2 invited, not yet consenting
    GERESERVEERD = 2  # partner 2 consented
    MET_GETUIGEN = 3  # two witnesses
    GEMELD = 4


@dataclass
class Stel:
    """One case and the people around it, each with their own token."""

    scenario: Scenario
    huwelijk: dict[str, Any]
    tokens: dict[str, str]

    async def doe(
        self, mutatie: Mutatie, actor: str, *, huwelijk_id: str | None = None
    ) -> dict[str, Any]:
        """`actor` makes the change at the case's current versie; the result object."""
        rol = "PARTNER2" if actor == "partner2" else "PARTNER1"
        totaal = str(self.huwelijk["prijs"]["totaal"]["centen"])
        extra = mutatie.extra.replace("$rol", rol).replace("$totaal", totaal)
        huwelijk_id = huwelijk_id or self.huwelijk["id"]
        antwoord = await self.scenario.gateway.graphql(
            f'mutation {{ {mutatie.veld}(id: "{huwelijk_id}", versie: {self.huwelijk["versie"]}'
            f" {extra}) {{ {GEWIJZIGD} }} }}",
            token=self.tokens[actor],
        )
        assert "errors" not in antwoord, antwoord
        uitkomst: dict[str, Any] = antwoord["data"][mutatie.veld]
        return uitkomst

    async def verder(self, mutatie: Mutatie, actor: str) -> None:
        """`actor` makes the change, which must succeed; the case moves on."""
        uitkomst = await self.doe(mutatie, actor)
        assert uitkomst["__typename"] == "HuwelijkGewijzigd", (mutatie.veld, actor, uitkomst)
        self.huwelijk = uitkomst["huwelijk"]

    async def lees(self, actor: str, velden: str) -> dict[str, Any]:
        """The whole GraphQL answer to `huwelijk(id)` as `actor` sees it."""
        return await self.scenario.gateway.graphql(
            f"query($id: ID!) {{ huwelijk(id: $id) {{ {velden} }} }}",
            {"id": self.huwelijk["id"]},
            token=self.tokens[actor],
        )

    async def stand(self) -> dict[str, Any]:
        """The stored versie and status, read by a medewerker (who reads every case)."""
        antwoord = await self.lees("medewerker", "versie status")
        stand: dict[str, Any] = antwoord["data"]["huwelijk"]
        return stand


async def stel_in(scenario: Scenario, fase: Fase, partner2: str = PARTNER2) -> Stel:
    """A case of PARTNER1 and `partner2`, brought to `fase` the way the process allows."""
    personen = {
        "partner1": PARTNER1,
        "partner2": partner2,
        "getuige": GETUIGE,
        "nieuwe_partner": NIEUWE_PARTNER,
        "vreemde": VREEMDE,
    }
    tokens = {naam: await scenario.burger(bsn) for naam, bsn in personen.items()}
    tokens["medewerker"] = await scenario.medewerker()
    antwoord = await scenario.reserveer(tokens["partner1"])
    stel = Stel(scenario, antwoord["huwelijk"], tokens)
    getuige = f'getuige: {{burgerservicenummer: "{GETUIGE}"}}'
    await stel.verder(Mutatie("voegGetuigeToe", IEDEREEN, getuige), "partner1")
    if fase >= Fase.UITGENODIGD:
        uitnodiging = f'burgerservicenummer: "{partner2}"'
        await stel.verder(Mutatie("nodigPartnerUit", IEDEREEN, uitnodiging), "partner1")
    if fase >= Fase.GERESERVEERD:
        await stel.verder(Mutatie("stemIn", ALLEEN_PARTNER2), "partner2")
    if fase >= Fase.MET_GETUIGEN:
        tweede = f'getuige: {{burgerservicenummer: "{TWEEDE_GETUIGE}"}}'
        await stel.verder(Mutatie("voegGetuigeToe", IEDEREEN, tweede), "partner1")
    if fase >= Fase.GEMELD:
        await verklaren(stel)
        await stel.verder(Mutatie("doeMelding", IEDEREEN), "partner1")
    return stel


async def verklaren(stel: Stel) -> None:
    """Each partner gives their own declaration, with their own token."""
    for partner in ("partner1", "partner2"):
        await stel.verder(EIGEN_VERKLARING, partner)


def onbekend_id() -> str:
    """An id in the store's format that no case has."""
    return uuid.uuid4().hex


def fout_code(antwoord: dict[str, Any]) -> str:
    """The `extensions.code` of the only error of a GraphQL answer."""
    fouten = antwoord.get("errors", [])
    assert len(fouten) == 1, antwoord
    code: str = fouten[0]["extensions"]["code"]
    return code


async def probeer(stel: Stel, mutatie: Mutatie, actor: str) -> None:
    """`actor` tries the change; assert what the rules answer. The case moves on either way."""
    voor = {"versie": stel.huwelijk["versie"], "status": stel.huwelijk["status"]}
    uitkomst = await stel.doe(mutatie, actor)
    if actor in mutatie.wie:
        assert uitkomst["__typename"] == "HuwelijkGewijzigd", (mutatie.veld, uitkomst)
        stel.huwelijk = uitkomst["huwelijk"]
        assert stel.huwelijk["versie"] == voor["versie"] + 1
        door = stel.huwelijk["historie"][-1]["door"]
        assert door.startswith("medewerker:") if actor == "medewerker" else door == actor
        return
    nog_niet_uitgenodigd = actor == "partner2" and len(stel.huwelijk["partners"]) < 2
    if actor == "vreemde" or nog_niet_uitgenodigd:
        # Exactly the answer for an id that does not exist: no existence oracle.
        onbekend = await stel.doe(mutatie, actor, huwelijk_id=onbekend_id())
        assert uitkomst == onbekend, mutatie.veld
        assert (uitkomst["__typename"], uitkomst["code"]) == ("NietGevonden", "NIET_GEVONDEN")
    else:
        assert (uitkomst["__typename"], uitkomst["code"]) == (
            "NietToegestaan",
            "NIET_TOEGESTAAN",
        ), (mutatie.veld, uitkomst)
    assert await stel.stand() == voor, mutatie.veld
    await stel.verder(mutatie, next(a for a in ACTOREN if a in mutatie.wie))


# --- changes --------------------------------------------------------------------------------


def test_the_walk_covers_every_mutation_of_the_schema() -> None:
    mutaties = build_schema(schema.as_str()).mutation_type

    assert mutaties is not None
    # reserveer makes a case; startBetaling and herplaatsBerichten change none
    # (tests/test_betaling_gateway.py, tests/test_outbox_parkeren.py and the stranger walk in
    # tests/test_security_suite.py cover them).
    onveranderd = {"reserveer", "startBetaling", "herplaatsBerichten"}
    assert set(mutaties.fields) - onveranderd == {m.veld for m in MUTATIES}


@pytest.mark.parametrize("actor", [*ACTOREN, "vreemde"])
async def test_each_actor_makes_exactly_the_changes_the_process_gives_them(
    scenario: Scenario, actor: str
) -> None:
    stel = await stel_in(scenario, Fase.VOORLOPIG)

    for mutatie in WANDELING:
        if mutatie.veld == "markeerVoltrokken":
            scenario.klok.verder(days=118)  # past the ceremony's start on 2027-03-26
        await probeer(stel, mutatie, actor)

    assert stel.huwelijk["status"] == "VOLTROKKEN"


@pytest.mark.parametrize("actor", [*ACTOREN, "vreemde"])
async def test_partners_and_staff_cancel_and_nobody_else(scenario: Scenario, actor: str) -> None:
    stel = await stel_in(scenario, Fase.GERESERVEERD)

    await probeer(stel, ANNULERING, actor)

    assert stel.huwelijk["status"] == "GEANNULEERD"


async def test_invited_partner2_can_only_answer_the_invitation_before_consenting(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.UITGENODIGD)
    voor = await stel.stand()
    antwoorden = {
        m.veld: (await stel.doe(m, "partner2"))["__typename"]
        for m in MUTATIES
        if m.veld not in ("stemIn", "weigerInstemming")
    }

    assert await stel.stand() == voor
    # What the status allows for a consenting partner is refused to partner 2 as such; for the
    # rest the status may answer first, which tells partner 2 nothing the case does not show.
    assert {v: t for v, t in antwoorden.items() if v in IN_VOORLOPIG} == dict.fromkeys(
        IN_VOORLOPIG - {"stemIn", "weigerInstemming"}, "NietToegestaan"
    )
    assert {t for v, t in antwoorden.items() if v not in IN_VOORLOPIG} <= {
        "NietToegestaan",
        "OngeldigeStatus",
    }
    await probeer(stel, Mutatie("stemIn", ALLEEN_PARTNER2), "partner2")
    assert stel.huwelijk["status"] == "GERESERVEERD"


async def test_partner_chooses_only_their_own_naamgebruik(scenario: Scenario) -> None:
    stel = await stel_in(scenario, Fase.GERESERVEERD)

    def keuze(rol: str) -> Mutatie:
        return Mutatie("kiesNaamgebruik", ALLEEN_MEDEWERKER, f"partner: {rol}, naamgebruik: P")

    await probeer(stel, keuze("PARTNER2"), "partner1")
    await probeer(stel, keuze("PARTNER1"), "partner2")

    assert [p["naamgebruik"] for p in stel.huwelijk["partners"]] == ["P", "P"]  # by staff


async def test_former_partner2_loses_the_case_when_another_is_invited(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.UITGENODIGD)
    await stel.verder(Mutatie("weigerInstemming", ALLEEN_PARTNER2), "partner2")
    andere = f'burgerservicenummer: "{NIEUWE_PARTNER}"'
    await stel.verder(Mutatie("nodigPartnerUit", IEDEREEN, andere), "partner1")

    gelezen = await stel.lees("partner2", "id")
    mijn = await scenario.gateway.graphql(
        "{ mijnHuwelijken { id } }", token=stel.tokens["partner2"]
    )
    instemming = await stel.doe(Mutatie("stemIn", ALLEEN_PARTNER2), "partner2")

    assert fout_code(gelezen) == "NIET_GEVONDEN"
    assert mijn == {"data": {"mijnHuwelijken": []}}
    assert instemming["code"] == "NIET_GEVONDEN"
    nieuw = await stel.lees("nieuwe_partner", "id")
    assert nieuw["data"]["huwelijk"]["id"] == stel.huwelijk["id"]


async def test_burger_reserves_only_for_themselves_and_staff_for_anyone(
    scenario: Scenario,
) -> None:
    eerste, ander = await scenario.burger(PARTNER1), await scenario.burger(PARTNER2)
    medewerker = await scenario.medewerker()

    def invoer(start: str) -> str:
        return (
            f'invoer: {{soort: HUWELIJK, ceremonietype: "UITGEBREID", start: "{start}", '
            f'locatie: {{locatieId: "gemeentehuis"}}, partner1: "{PARTNER2}"}}'
        )

    eigen = await scenario.muteer(eerste, "reserveer", invoer(ANDER_MOMENT))
    namens = await scenario.muteer(medewerker, "reserveer", invoer(START))

    assert [
        (p["rol"], p["burgerservicenummer"], p["isIk"]) for p in eigen["huwelijk"]["partners"]
    ] == [("PARTNER1", PARTNER1, True)]
    assert [p["burgerservicenummer"] for p in namens["huwelijk"]["partners"]] == [PARTNER2]
    mijn = await scenario.gateway.graphql("{ mijnHuwelijken { id } }", token=ander)
    assert mijn["data"]["mijnHuwelijken"] == [{"id": namens["huwelijk"]["id"]}]


# --- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "fase"),
    [("vreemde", Fase.UITGENODIGD), ("getuige", Fase.UITGENODIGD), ("vreemde", Fase.GEMELD)],
    ids=["stranger-voorlopig", "witness", "stranger-gemeld"],
)
async def test_someone_outside_the_case_reads_it_as_missing(
    scenario: Scenario, actor: str, fase: Fase
) -> None:
    stel = await stel_in(scenario, fase)
    velden = "id status partners { burgerservicenummer } getuigen { burgerservicenummer }"
    vraag = f"query($id: ID!) {{ huwelijk(id: $id) {{ {velden} }} }}"

    bestaand = await stel.lees(actor, velden)
    onbekend = await scenario.gateway.graphql(
        vraag, {"id": onbekend_id()}, token=stel.tokens[actor]
    )
    mijn = await scenario.gateway.graphql("{ mijnHuwelijken { id } }", token=stel.tokens[actor])

    assert fout_code(bestaand) == "NIET_GEVONDEN"
    assert bestaand["data"] is None
    assert bestaand == onbekend
    # A stale versie does not give the case away either.
    oud = replace(stel, huwelijk={**stel.huwelijk, "versie": stel.huwelijk["versie"] - 1})
    assert await oud.doe(ANNULERING, actor) == await oud.doe(
        ANNULERING, actor, huwelijk_id=onbekend_id()
    )
    assert mijn == {"data": {"mijnHuwelijken": []}}


async def test_partners_and_staff_read_the_case_and_each_sees_who_they_are(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.UITGENODIGD)  # partner 2 is invited, not consenting
    velden = "id partners { rol isIk }"

    gezien = {actor: (await stel.lees(actor, velden))["data"]["huwelijk"] for actor in ACTOREN}

    assert {actor: h["id"] for actor, h in gezien.items()} == dict.fromkeys(
        ACTOREN, stel.huwelijk["id"]
    )
    assert {actor: [p["isIk"] for p in h["partners"]] for actor, h in gezien.items()} == {
        "partner1": [True, False],
        "partner2": [False, True],
        "medewerker": [False, False],
    }


async def test_my_cases_lists_only_the_cases_one_is_partner_in_and_staff_see_all(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.UITGENODIGD)
    andere = (await scenario.reserveer(stel.tokens["vreemde"], start=ANDER_MOMENT))["huwelijk"]
    beide = sorted([stel.huwelijk["id"], andere["id"]])

    async def mijn(actor: str) -> list[str]:
        antwoord = await scenario.gateway.graphql(
            "{ mijnHuwelijken { id } }", token=stel.tokens[actor]
        )
        return [h["id"] for h in antwoord["data"]["mijnHuwelijken"]]

    lijst = await scenario.gateway.graphql(
        "{ huwelijken { totalCount edges { node { id } } } }", token=stel.tokens["medewerker"]
    )

    assert await mijn("partner1") == [stel.huwelijk["id"]]
    assert await mijn("partner2") == [stel.huwelijk["id"]]
    assert await mijn("vreemde") == [andere["id"]]
    assert await mijn("getuige") == []
    assert await mijn("medewerker") == []
    assert sorted(e["node"]["id"] for e in lijst["data"]["huwelijken"]["edges"]) == beide
    assert lijst["data"]["huwelijken"]["totalCount"] == 2
    for huwelijk_id in beide:  # a medewerker reads every case
        antwoord = await scenario.gateway.graphql(
            "query($id: ID!) { huwelijk(id: $id) { id status } }",
            {"id": huwelijk_id},
            token=stel.tokens["medewerker"],
        )
        assert antwoord["data"]["huwelijk"]["id"] == huwelijk_id


@pytest.mark.parametrize(
    "vraag",
    [
        pytest.param("{ huwelijken { totalCount } }", id="huwelijken"),
        pytest.param(
            f'{{ toets(partner1: "{PARTNER1}", partner2: "{PARTNER2}", datum: "2027-03-26") '
            "{ regel } }",
            id="toets",
        ),
    ],
)
async def test_staff_only_queries_refuse_a_burger(scenario: Scenario, vraag: str) -> None:
    burger, medewerker = await scenario.burger(PARTNER1), await scenario.medewerker()

    geweigerd = await scenario.gateway.graphql(vraag, token=burger)
    toegestaan = await scenario.gateway.graphql(vraag, token=medewerker)

    assert fout_code(geweigerd) == "NIET_TOEGESTAAN"
    assert geweigerd["data"] is None
    assert "errors" not in toegestaan
    assert toegestaan["data"]


async def test_a_partner_sees_check_details_only_about_themselves(scenario: Scenario) -> None:
    stel = await stel_in(scenario, Fase.GEMELD, partner2=CURATELE)
    velden = "toetsing { regel uitkomst reden betreft gegevens }"

    def per_partner(actor: str, betreft: str) -> list[dict[str, Any]]:
        return [u for u in gezien[actor] if u["betreft"] == betreft]

    gezien = {
        actor: (await stel.lees(actor, velden))["data"]["huwelijk"]["toetsing"] for actor in ACTOREN
    }

    curatele = [u for u in per_partner("medewerker", "PARTNER2") if u["regel"] == "CURATELE"]
    assert [u["uitkomst"] for u in curatele] == ["HANDMATIGE_BEOORDELING"]
    assert curatele[0]["reden"] != OVER_ANDERE_PARTNER
    assert all(u["gegevens"] for u in per_partner("medewerker", "PARTNER2"))
    # Each partner: everything about themselves ...
    assert per_partner("partner1", "PARTNER1") == per_partner("medewerker", "PARTNER1")
    assert per_partner("partner2", "PARTNER2") == per_partner("medewerker", "PARTNER2")
    # ... and about the other only whether it is in order, without reason or data.
    over_partner2 = {u["regel"]: u for u in per_partner("partner1", "PARTNER2")}
    assert over_partner2["CURATELE"]["reden"] == OVER_ANDERE_PARTNER
    assert over_partner2["CURATELE"]["uitkomst"] == "HANDMATIGE_BEOORDELING"
    for actor, ander in (("partner1", "PARTNER2"), ("partner2", "PARTNER1")):
        over_ander = per_partner(actor, ander)
        assert len(over_ander) == len(per_partner("medewerker", ander))
        assert all(u["gegevens"] == {} for u in over_ander)
        assert {u["reden"] for u in over_ander} <= {"Voldaan", OVER_ANDERE_PARTNER}


async def test_an_impediment_of_the_other_partner_shows_only_as_for_the_municipality(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.MET_GETUIGEN, partner2=GEHUWD)
    await verklaren(stel)

    def burgerlijke_staat(actor: str) -> dict[str, Any]:
        toetsing = gezien[actor]["toetsing"]
        return next(
            u for u in toetsing if u["regel"] == "BURGERLIJKE_STAAT" and u["betreft"] == "PARTNER2"
        )

    gezien = {
        actor: await scenario.stap(stel.tokens[actor], "doeMelding", stel.huwelijk)
        for actor in ACTOREN
    }

    assert {actor: u["__typename"] for actor, u in gezien.items()} == dict.fromkeys(
        ACTOREN, "BeletselGevonden"
    )
    assert burgerlijke_staat("medewerker")["uitkomst"] == "NIET_VOLDAAN"
    assert burgerlijke_staat("medewerker")["gegevens"]
    assert burgerlijke_staat("partner2") == burgerlijke_staat("medewerker")
    assert burgerlijke_staat("partner1") == {
        "regel": "BURGERLIJKE_STAAT",
        "uitkomst": "HANDMATIGE_BEOORDELING",
        "reden": OVER_ANDERE_PARTNER,
        "betreft": "PARTNER2",
        "gegevens": {},
    }
    assert (await stel.stand())["status"] == "GERESERVEERD"


async def test_witness_bsns_are_shown_to_the_partners_and_staff(scenario: Scenario) -> None:
    stel = await stel_in(scenario, Fase.MET_GETUIGEN)
    velden = "getuigen { volgnummer burgerservicenummer }"

    gezien = {actor: (await stel.lees(actor, velden))["data"]["huwelijk"] for actor in ACTOREN}

    getuigen = [
        {"volgnummer": 1, "burgerservicenummer": GETUIGE},
        {"volgnummer": 2, "burgerservicenummer": TWEEDE_GETUIGE},
    ]
    assert gezien == {actor: {"getuigen": getuigen} for actor in ACTOREN}


async def test_a_partner_gets_their_own_brp_record_not_the_other_partners(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.GERESERVEERD)
    velden = "partners { rol persoon { burgerservicenummer } naam { volledigeNaam } }"

    gezien = {actor: await stel.lees(actor, velden) for actor in ACTOREN}

    for eigen, actor in enumerate(("partner1", "partner2")):
        gelezen, ander = gezien[actor], 1 - eigen
        # The other's record is empty, not an error: a couple's page carries none.
        assert "errors" not in gelezen, gelezen
        partners = gelezen["data"]["huwelijk"]["partners"]
        personen = [p["persoon"] for p in partners]
        assert personen[eigen] == {"burgerservicenummer": [PARTNER1, PARTNER2][eigen]}
        assert personen[ander] is None
        # Both take part (partner 2 consented): each sees the other's name.
        assert all(p["naam"]["volledigeNaam"] for p in partners)
    assert [p["persoon"] for p in gezien["medewerker"]["data"]["huwelijk"]["partners"]] == [
        {"burgerservicenummer": PARTNER1},
        {"burgerservicenummer": PARTNER2},
    ]


async def test_partner_1_sees_partner_2s_name_only_once_they_consented(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.UITGENODIGD)
    velden = "partners { rol naam { volledigeNaam } }"

    eerste = (await stel.lees("partner1", velden))["data"]["huwelijk"]["partners"]
    tweede = (await stel.lees("partner2", velden))["data"]["huwelijk"]["partners"]

    # A BSN typed into an invitation must not turn into a name before its holder answers.
    assert eerste[0]["naam"]["volledigeNaam"] and eerste[1]["naam"] is None
    # The invited partner sees who invited them.
    assert all(p["naam"]["volledigeNaam"] for p in tweede)


# --- no token -------------------------------------------------------------------------------


async def test_every_case_operation_without_a_token_is_unauthenticated(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.UITGENODIGD)
    voor = await stel.stand()
    huwelijk_id = stel.huwelijk["id"]
    versie = stel.huwelijk["versie"]
    operaties = {
        m.veld: "mutation { "
        + f'{m.veld}(id: "{huwelijk_id}", versie: {versie} '
        + m.extra.replace("$rol", "PARTNER1").replace("$totaal", "100")
        + ") { __typename } }"
        for m in MUTATIES
    }
    operaties |= {
        "reserveer": 'mutation { reserveer(invoer: {soort: HUWELIJK, ceremonietype: "UITGEBREID",'
        f' start: "{ANDER_MOMENT}", locatie: {{locatieId: "gemeentehuis"}}}}) {{ __typename }} }}',
        "huwelijk": f'{{ huwelijk(id: "{huwelijk_id}") {{ id }} }}',
        "mijnHuwelijken": "{ mijnHuwelijken { id } }",
        "huwelijken": "{ huwelijken { totalCount } }",
        "toets": f'{{ toets(partner1: "{PARTNER1}", partner2: "{PARTNER2}", '
        'datum: "2027-03-26") { regel } }',
    }

    codes = {}
    for naam, operatie in operaties.items():
        antwoord = await scenario.gateway.graphql(operatie)
        codes[naam] = [f["extensions"]["code"] for f in antwoord.get("errors", [])]

    assert codes == {naam: ["NIET_GEAUTHENTICEERD"] for naam in operaties}
    assert await stel.stand() == voor
