"""Who may read and change which marriage case, end to end through GraphQL.

The rule: a burger sees and changes only the cases in which they are a partner (partner 2 once
invited, and acting only to answer the invitation until they consent); medewerkers see all;
anything else answers as if the case did not exist. Every test sets up one case, at the stage in
which the process allows the action, so that a refusal can only come from who is asking; refused
changes must leave the case exactly as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

import pytest
from proces_support import (
    ALLEENSTAAND,
    HUWELIJK_VELDEN,
    START,
    Scenario,
    gelukt,
    verklaringen,
)

PARTNER1, PARTNER2, GETUIGE, TWEEDE_GETUIGE, NIEUWE_PARTNER, VREEMDE = ALLEENSTAAND
CURATELE = "999993811"  # RvIG test person under curatele: a check for manual review
ANDER_MOMENT = "2027-03-26T10:00:00+01:00"  # the same Friday, a free morning slot
OVER_ANDERE_PARTNER = "De gemeente moet dit beoordelen"


class Fase(IntEnum):
    """How far a test case has come; each stage includes the ones before."""

    UITGENODIGD = 1  # VOORLOPIG, one witness named, partner 2 invited but not yet consenting
    GERESERVEERD = 2  # partner 2 consented
    MET_GETUIGEN = 3  # two witnesses
    GEMELD = 4
    GOEDGEKEURD = 5
    BETAALD = 6
    BEVESTIGD = 7
    BEGONNEN = 8  # confirmed, and the ceremony's start has passed


@dataclass(frozen=True)
class Mutatie:
    """A change, the first stage in which the process allows it, and who may make it.

    In `extra`, `$rol` becomes the acting partner's own role and `$totaal` the case's price.
    """

    veld: str
    fase: Fase
    wie: frozenset[str]
    extra: str = ""
    in_voorlopig: bool = True  # the status table allows it in VOORLOPIG

    def __str__(self) -> str:
        return self.veld


PARTNERS_EN_MEDEWERKER = frozenset({"partner1", "partner2", "medewerker"})
MEDEWERKER = frozenset({"medewerker"})

MUTATIES = [
    Mutatie(
        "nodigPartnerUit",
        Fase.UITGENODIGD,
        frozenset({"partner1", "medewerker"}),
        f'burgerservicenummer: "{NIEUWE_PARTNER}"',
    ),
    Mutatie("stemIn", Fase.UITGENODIGD, frozenset({"partner2"})),
    Mutatie("weigerInstemming", Fase.UITGENODIGD, frozenset({"partner2"})),
    Mutatie(
        "voegGetuigeToe",
        Fase.GERESERVEERD,
        PARTNERS_EN_MEDEWERKER,
        f'getuige: {{burgerservicenummer: "{TWEEDE_GETUIGE}"}}',
    ),
    Mutatie("verwijderGetuige", Fase.GERESERVEERD, PARTNERS_EN_MEDEWERKER, "volgnummer: 1"),
    Mutatie(
        "kiesAmbtenaar",
        Fase.GERESERVEERD,
        PARTNERS_EN_MEDEWERKER,
        'ambtenaar: {ambtenaarId: "babs-anna-conijn"}',
    ),
    Mutatie(
        "kiesLocatie",
        Fase.GERESERVEERD,
        PARTNERS_EN_MEDEWERKER,
        'locatie: {locatieId: "gemeentehuis-raadzaal"}',
    ),
    Mutatie("wijzigMoment", Fase.GERESERVEERD, PARTNERS_EN_MEDEWERKER, f'start: "{ANDER_MOMENT}"'),
    Mutatie(
        "doeMelding", Fase.MET_GETUIGEN, PARTNERS_EN_MEDEWERKER, verklaringen(), in_voorlopig=False
    ),
    Mutatie(
        "kiesNaamgebruik",
        Fase.GERESERVEERD,
        PARTNERS_EN_MEDEWERKER,
        "partner: $rol, naamgebruik: V",
    ),
    Mutatie("beoordeelMelding", Fase.GEMELD, MEDEWERKER, "goedgekeurd: true", in_voorlopig=False),
    Mutatie(
        "registreerBetaling",
        Fase.GOEDGEKEURD,
        MEDEWERKER,
        'bedragInCenten: $totaal, referentie: "ref-1"',
        in_voorlopig=False,
    ),
    Mutatie("bevestig", Fase.BETAALD, PARTNERS_EN_MEDEWERKER, in_voorlopig=False),
    Mutatie("annuleer", Fase.GERESERVEERD, PARTNERS_EN_MEDEWERKER, 'reden: "Wij zien ervan af"'),
    Mutatie("markeerVoltrokken", Fase.BEGONNEN, MEDEWERKER, in_voorlopig=False),
]
ACTOREN = ("partner1", "partner2", "medewerker")
TOEGESTAAN = [
    pytest.param(m, actor, id=f"{m}-{actor}")
    for m in MUTATIES
    for actor in ACTOREN
    if actor in m.wie
]
GEWEIGERD = [
    pytest.param(m, actor, id=f"{m}-{actor}")
    for m in MUTATIES
    for actor in ACTOREN
    if actor not in m.wie
]
# Changes to the reservation go through the municipality once the notice is given.
NA_MELDING = [m for m in MUTATIES if m.veld in ("kiesAmbtenaar", "kiesLocatie", "wijzigMoment")]


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
        argumenten = (
            f'id: "{huwelijk_id or self.huwelijk["id"]}", versie: {self.huwelijk["versie"]} {extra}'
        )
        return await self.scenario.muteer(self.tokens[actor], mutatie.veld, argumenten)

    async def lees(self, actor: str = "medewerker", velden: str = HUWELIJK_VELDEN) -> Any:
        """The whole GraphQL answer to `huwelijk(id)` as `actor` sees it."""
        return await self.scenario.gateway.graphql(
            f"query($id: ID!) {{ huwelijk(id: $id) {{ {velden} }} }}",
            {"id": self.huwelijk["id"]},
            token=self.tokens[actor],
        )


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
    tokens["medewerker"] = medewerker = await scenario.medewerker()
    eerste = tokens["partner1"]

    huwelijk = gelukt(await scenario.reserveer(eerste))
    getuige = f'getuige: {{burgerservicenummer: "{GETUIGE}"}}'
    huwelijk = gelukt(await scenario.stap(eerste, "voegGetuigeToe", huwelijk, getuige))
    uitnodiging = f'burgerservicenummer: "{partner2}"'
    huwelijk = gelukt(await scenario.stap(eerste, "nodigPartnerUit", huwelijk, uitnodiging))
    if fase >= Fase.GERESERVEERD:
        huwelijk = gelukt(await scenario.stap(tokens["partner2"], "stemIn", huwelijk))
    if fase >= Fase.MET_GETUIGEN:
        tweede = f'getuige: {{burgerservicenummer: "{TWEEDE_GETUIGE}"}}'
        huwelijk = gelukt(await scenario.stap(eerste, "voegGetuigeToe", huwelijk, tweede))
    if fase >= Fase.GEMELD:
        huwelijk = gelukt(await scenario.stap(eerste, "doeMelding", huwelijk, verklaringen()))
    if fase >= Fase.GOEDGEKEURD:
        huwelijk = gelukt(
            await scenario.stap(medewerker, "beoordeelMelding", huwelijk, "goedgekeurd: true")
        )
    if fase >= Fase.BETAALD:
        betaling = f'bedragInCenten: {huwelijk["prijs"]["totaal"]["centen"]}, referentie: "r"'
        huwelijk = gelukt(await scenario.stap(medewerker, "registreerBetaling", huwelijk, betaling))
    if fase >= Fase.BEVESTIGD:
        huwelijk = gelukt(await scenario.stap(eerste, "bevestig", huwelijk))
    if fase >= Fase.BEGONNEN:
        scenario.klok.verder(days=118)  # past the ceremony's start on 2027-03-26
    return Stel(scenario, huwelijk, tokens)


def onbekend_id() -> str:
    """An id in the store's format that no case has."""
    return uuid.uuid4().hex


def fout_code(antwoord: dict[str, Any]) -> str:
    """The `extensions.code` of the only error of a GraphQL answer."""
    fouten = antwoord.get("errors", [])
    assert len(fouten) == 1, antwoord
    code: str = fouten[0]["extensions"]["code"]
    return code


# --- changes --------------------------------------------------------------------------------


@pytest.mark.parametrize("mutatie", MUTATIES, ids=str)
async def test_stranger_is_answered_as_if_the_case_did_not_exist(
    scenario: Scenario, mutatie: Mutatie
) -> None:
    stel = await stel_in(scenario, mutatie.fase)
    voor = await stel.lees()

    bestaand = await stel.doe(mutatie, "vreemde")
    onbekend = await stel.doe(mutatie, "vreemde", huwelijk_id=onbekend_id())

    assert bestaand["__typename"] == "NietGevonden"
    assert bestaand["code"] == "NIET_GEVONDEN"
    assert bestaand == onbekend  # no way to tell an existing case from a missing one
    assert await stel.lees() == voor


@pytest.mark.parametrize("mutatie", MUTATIES, ids=str)
async def test_invited_partner2_can_only_answer_the_invitation_before_consenting(
    scenario: Scenario, mutatie: Mutatie
) -> None:
    stel = await stel_in(scenario, Fase.UITGENODIGD)
    voor = await stel.lees()

    uitkomst = await stel.doe(mutatie, "partner2")

    if mutatie.veld in ("stemIn", "weigerInstemming"):
        huwelijk = gelukt(uitkomst)
        assert huwelijk["historie"][-1]["door"] == "partner2"
        return
    assert uitkomst["__typename"] != "HuwelijkGewijzigd", uitkomst
    assert await stel.lees() == voor
    if mutatie.in_voorlopig:
        assert uitkomst["code"] == "NIET_TOEGESTAAN"
        if "partner1" in mutatie.wie:  # partner 1 may do it now: the refusal was about who
            gelukt(await stel.doe(mutatie, "partner1"))
    else:
        # Not allowed in VOORLOPIG for anyone: the status answers first, which tells partner 2
        # nothing they cannot read on the case already.
        assert uitkomst["__typename"] in ("NietToegestaan", "OngeldigeStatus"), uitkomst


@pytest.mark.parametrize(("mutatie", "actor"), TOEGESTAAN)
async def test_partners_and_staff_make_the_changes_the_process_gives_them(
    scenario: Scenario, mutatie: Mutatie, actor: str
) -> None:
    stel = await stel_in(scenario, mutatie.fase)

    huwelijk = gelukt(await stel.doe(mutatie, actor))

    assert huwelijk["versie"] == stel.huwelijk["versie"] + 1
    door = huwelijk["historie"][-1]["door"]
    assert door.startswith("medewerker:") if actor == "medewerker" else door == actor


@pytest.mark.parametrize(("mutatie", "actor"), GEWEIGERD)
async def test_refuses_a_change_that_is_not_for_the_actor_and_keeps_the_case(
    scenario: Scenario, mutatie: Mutatie, actor: str
) -> None:
    stel = await stel_in(scenario, mutatie.fase)
    voor = await stel.lees()

    uitkomst = await stel.doe(mutatie, actor)

    assert uitkomst["__typename"] == "NietToegestaan", uitkomst
    assert uitkomst["code"] == "NIET_TOEGESTAAN"
    assert await stel.lees() == voor
    # Someone the process names can make the same change now: the refusal was about who.
    gelukt(await stel.doe(mutatie, sorted(mutatie.wie)[0]))


@pytest.mark.parametrize("mutatie", NA_MELDING, ids=str)
@pytest.mark.parametrize("actor", ["partner1", "partner2"])
async def test_partners_change_the_reservation_through_the_municipality_after_the_notice(
    scenario: Scenario, mutatie: Mutatie, actor: str
) -> None:
    stel = await stel_in(scenario, Fase.GEMELD)
    voor = await stel.lees()

    uitkomst = await stel.doe(mutatie, actor)

    assert uitkomst["code"] == "NIET_TOEGESTAAN", uitkomst
    assert await stel.lees() == voor
    gelukt(await stel.doe(mutatie, "medewerker"))


async def test_partner_chooses_only_their_own_naamgebruik(scenario: Scenario) -> None:
    stel = await stel_in(scenario, Fase.GERESERVEERD)
    voor = await stel.lees()

    def keuze(rol: str) -> Mutatie:
        return Mutatie(
            "kiesNaamgebruik", Fase.GERESERVEERD, MEDEWERKER, f"partner: {rol}, naamgebruik: P"
        )

    for actor, ander in (("partner1", "PARTNER2"), ("partner2", "PARTNER1")):
        uitkomst = await stel.doe(keuze(ander), actor)
        assert uitkomst["code"] == "NIET_TOEGESTAAN", (actor, uitkomst)
    assert await stel.lees() == voor
    huwelijk = gelukt(await stel.doe(keuze("PARTNER2"), "medewerker"))  # staff, for either
    assert [p["naamgebruik"] for p in huwelijk["partners"]] == [None, "P"]


async def test_former_partner2_loses_the_case_when_another_is_invited(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.UITGENODIGD)
    weigering = Mutatie("weigerInstemming", Fase.UITGENODIGD, frozenset({"partner2"}))
    stel.huwelijk = gelukt(await stel.doe(weigering, "partner2"))
    stel.huwelijk = gelukt(await stel.doe(MUTATIES[0], "partner1"))  # invites NIEUWE_PARTNER

    gelezen = await stel.lees("partner2", "id")
    mijn = await scenario.gateway.graphql(
        "{ mijnHuwelijken { id } }", token=stel.tokens["partner2"]
    )
    instemming = await stel.doe(MUTATIES[1], "partner2")

    assert fout_code(gelezen) == "NIET_GEVONDEN"
    assert mijn == {"data": {"mijnHuwelijken": []}}
    assert instemming["code"] == "NIET_GEVONDEN"
    assert (await stel.lees("nieuwe_partner", "id"))["data"]["huwelijk"]["id"] == stel.huwelijk[
        "id"
    ]


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

    eigen = gelukt(await scenario.muteer(eerste, "reserveer", invoer(ANDER_MOMENT)))
    namens = gelukt(await scenario.muteer(medewerker, "reserveer", invoer(START)))

    assert [(p["rol"], p["burgerservicenummer"], p["isIk"]) for p in eigen["partners"]] == [
        ("PARTNER1", PARTNER1, True)
    ]
    assert [p["burgerservicenummer"] for p in namens["partners"]] == [PARTNER2]
    mijn = await scenario.gateway.graphql("{ mijnHuwelijken { id } }", token=ander)
    assert mijn["data"]["mijnHuwelijken"] == [{"id": namens["id"]}]


# --- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "fase"),
    [("vreemde", Fase.UITGENODIGD), ("getuige", Fase.UITGENODIGD), ("vreemde", Fase.BEVESTIGD)],
)
async def test_someone_outside_the_case_reads_it_as_missing(
    scenario: Scenario, actor: str, fase: Fase
) -> None:
    stel = await stel_in(scenario, fase)
    vraag = f"query($id: ID!) {{ huwelijk(id: $id) {{ {HUWELIJK_VELDEN} }} }}"

    bestaand = await stel.lees(actor)
    onbekend = await scenario.gateway.graphql(
        vraag, {"id": onbekend_id()}, token=stel.tokens[actor]
    )
    mijn = await scenario.gateway.graphql("{ mijnHuwelijken { id } }", token=stel.tokens[actor])

    assert fout_code(bestaand) == "NIET_GEVONDEN"
    assert bestaand["data"] is None
    assert bestaand == onbekend
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
    andere = gelukt(await scenario.reserveer(stel.tokens["vreemde"], start=ANDER_MOMENT))
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


@pytest.mark.parametrize("actor", ACTOREN)
async def test_witness_bsns_are_shown_to_the_partners_and_staff(
    scenario: Scenario, actor: str
) -> None:
    stel = await stel_in(scenario, Fase.MET_GETUIGEN)

    gelezen = await stel.lees(actor, "getuigen { volgnummer burgerservicenummer }")

    assert gelezen["data"]["huwelijk"]["getuigen"] == [
        {"volgnummer": 1, "burgerservicenummer": GETUIGE},
        {"volgnummer": 2, "burgerservicenummer": TWEEDE_GETUIGE},
    ]


@pytest.mark.parametrize("actor", ["partner1", "partner2"])
async def test_a_partner_gets_their_own_brp_record_not_the_other_partners(
    scenario: Scenario, actor: str
) -> None:
    stel = await stel_in(scenario, Fase.GERESERVEERD)
    velden = "partners { rol persoon { burgerservicenummer } }"
    eigen = 0 if actor == "partner1" else 1

    gelezen = await stel.lees(actor, velden)
    door_medewerker = await stel.lees("medewerker", velden)

    personen = [p["persoon"] for p in gelezen["data"]["huwelijk"]["partners"]]
    assert personen[eigen] == {"burgerservicenummer": [PARTNER1, PARTNER2][eigen]}
    assert personen[1 - eigen] is None
    assert fout_code(gelezen) == "NIET_TOEGESTAAN"
    assert gelezen["errors"][0]["path"] == ["huwelijk", "partners", 1 - eigen, "persoon"]
    assert PARTNER1 not in gelezen["errors"][0]["message"]
    assert PARTNER2 not in gelezen["errors"][0]["message"]
    assert [p["persoon"] for p in door_medewerker["data"]["huwelijk"]["partners"]] == [
        {"burgerservicenummer": PARTNER1},
        {"burgerservicenummer": PARTNER2},
    ]


# --- no token -------------------------------------------------------------------------------


async def test_every_case_operation_without_a_token_is_unauthenticated(
    scenario: Scenario,
) -> None:
    stel = await stel_in(scenario, Fase.UITGENODIGD)
    voor = await stel.lees()
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
    assert await stel.lees() == voor
