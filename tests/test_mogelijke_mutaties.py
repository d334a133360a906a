"""`mogelijkeMutaties` against the mutations themselves: random walks through a case in which,
before every step, each actor's offered mutations are read; then one actor calls one mutation
(offered or withheld) through the API. Offered must succeed, withheld must be refused with a
result type, and never an `errors` entry. Seeds make every walk repeatable."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import pytest
from proces_support import (
    ALLEENSTAAND,
    BROER_ZUS,
    GEHUWD,
    START,
    Scenario,
    gelukt,
    verklaar,
    verklaring,
)

from trouwgraph.resolvers.acties import PROBES

pytestmark = pytest.mark.asyncio

LEZEN = """
query($id: ID!) { huwelijk(id: $id) {
  id versie status
  partners { rol burgerservicenummer verklaardOp instemming { status } }
  getuigen { burgerservicenummer }
  prijs { totaal { centen } }
  mogelijkeMutaties { mutatie ontbrekendeArgumenten }
} }
"""
GETUIGEN = [*ALLEENSTAAND[2:], *BROER_ZUS, GEHUWD]
GELUKT = {"HuwelijkGewijzigd", "BetalingGestart"}
# Steps per walk: enough to reach approval with each partner declaring for themselves.
STAPPEN = 56
# The declarations lead on only where the notice waits for them.
VERKLAREN = {"legVerklaringAf", "registreerVerklaring"}
TERUG = {"annuleer", "weigerInstemming"}
VOORUIT = {
    "nodigPartnerUit",
    "stemIn",
    "voegGetuigeToe",
    "doeMelding",
    "beoordeelMelding",
    "registreerBetaling",
    "bevestig",
    "markeerVoltrokken",
}


def _argumenten(mutatie: str, huwelijk: dict[str, Any], rol: str) -> str:
    """Arguments a front end would send, valid whatever the case's state."""
    in_zaak = {p["burgerservicenummer"] for p in huwelijk["partners"]} | {
        g["burgerservicenummer"] for g in huwelijk["getuigen"]
    }
    vrije_getuige = next(b for b in GETUIGEN if b not in in_zaak)
    totaal = huwelijk["prijs"]["totaal"]["centen"]
    # Staff record at the desk for a consenting partner who has not declared yet (else partner
    # 1 again), as the staff page offers it.
    balie = next(
        (
            p["rol"]
            for p in huwelijk["partners"]
            if not p["verklaardOp"] and p["instemming"]["status"] == "VERLEEND"
        ),
        "PARTNER1",
    )
    return {
        "nodigPartnerUit": f'burgerservicenummer: "{ALLEENSTAAND[1]}"',
        "voegGetuigeToe": f'getuige: {{burgerservicenummer: "{vrije_getuige}"}}',
        "verwijderGetuige": "volgnummer: 1",
        "kiesAmbtenaar": "ambtenaar: {toegewezen: true}",
        "kiesLocatie": 'locatie: {locatieId: "gemeentehuis"}',
        "wijzigMoment": f'start: "{START}"',
        "legVerklaringAf": verklaring(),
        "registreerVerklaring": f"partner: {balie}, {verklaring()}",
        "kiesNaamgebruik": f"partner: {rol}, naamgebruik: E",
        "beoordeelMelding": "goedgekeurd: true",
        "registreerBetaling": f'bedragInCenten: {totaal}, referentie: "kas-1"',
    }.get(mutatie, "")


async def _lees(scenario: Scenario, token: str, huwelijk_id: str) -> dict[str, Any]:
    result = await scenario.gateway.graphql(LEZEN, {"id": huwelijk_id}, token=token)
    assert "errors" not in result, result
    gelezen: dict[str, Any] = result["data"]["huwelijk"]
    return gelezen


async def _roep(
    scenario: Scenario, token: str, mutatie: str, huwelijk: dict[str, Any], rol: str
) -> dict[str, Any]:
    argumenten = f'id: "{huwelijk["id"]}", versie: {huwelijk["versie"]} '
    argumenten += _argumenten(mutatie, huwelijk, rol)
    selectie = "__typename ... on Probleem { code melding }"
    result = await scenario.gateway.graphql(
        f"mutation {{ {mutatie}({argumenten}) {{ {selectie} }} }}", token=token
    )
    assert "errors" not in result, (mutatie, result)
    uitkomst: dict[str, Any] = result["data"][mutatie]
    return uitkomst


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_every_offered_mutation_succeeds_and_every_withheld_one_is_refused(
    scenario: Scenario, seed: int
) -> None:
    rng = random.Random(seed)  # noqa: S311  (a repeatable walk, not a secret)
    actoren = {
        "PARTNER1": await scenario.burger(ALLEENSTAAND[0]),
        "PARTNER2": await scenario.burger(ALLEENSTAAND[1]),
        "MEDEWERKER": await scenario.medewerker(),
    }
    huwelijk = gelukt(await scenario.reserveer(actoren["PARTNER1"]))
    gezien: set[tuple[str, str, bool]] = set()
    for stap in range(STAPPEN):
        uitgenodigd = any(p["rol"] == "PARTNER2" for p in huwelijk["partners"])
        aanbod = {
            wie: await _lees(scenario, token, huwelijk["id"])
            for wie, token in actoren.items()
            if wie != "PARTNER2" or uitgenodigd  # not invited yet: not theirs to see
        }
        keuzes = [(wie, m["mutatie"]) for wie, g in aanbod.items() for m in g["mogelijkeMutaties"]]
        assert {m for _, m in keuzes} <= set(PROBES)
        wacht_op_verklaring = huwelijk["status"] in ("GERESERVEERD", "AFGEWEZEN")
        vooruit = [
            k for k in keuzes if k[1] in VOORUIT or (k[1] in VERKLAREN and wacht_op_verklaring)
        ]
        if not vooruit and huwelijk["status"] == "BEVESTIGD":
            scenario.klok.nu = datetime.fromisoformat(START) + timedelta(minutes=5)
            continue  # the ceremony's time has come
        kans = rng.random()
        terug = TERUG if stap < STAPPEN - 6 else set()  # cancelling ends the walk: only late
        verder = [k for k in keuzes if k[1] not in terug]
        if vooruit and kans < 0.5:  # on through the statuses
            wie, mutatie = rng.choice(vooruit)
        elif verder and kans < 0.75:
            wie, mutatie = rng.choice(verder)
        else:  # one withheld from someone who can see the case
            wie = rng.choice(sorted(aanbod))
            eigen = {m for w, m in keuzes if w == wie}
            mutatie = rng.choice(sorted(set(PROBES) - eigen))
        gelezen = aanbod[wie]
        aangeboden = mutatie in {m["mutatie"] for m in gelezen["mogelijkeMutaties"]}
        rol = "PARTNER1" if wie == "MEDEWERKER" else wie
        uitkomst = await _roep(scenario, actoren[wie], mutatie, gelezen, rol)
        waar = (seed, wie, gelezen["status"], mutatie, uitkomst)
        if aangeboden:
            assert uitkomst["__typename"] in GELUKT, waar
        else:
            assert uitkomst["__typename"] not in GELUKT, waar
            assert uitkomst["code"] and uitkomst["melding"]
        gezien.add((gelezen["status"], mutatie, aangeboden))
        huwelijk = await _lees(scenario, actoren["PARTNER1"], huwelijk["id"])
    statussen = {status for status, _, _ in gezien}
    assert {"VOORLOPIG", "GERESERVEERD", "GEMELD", "GOEDGEKEURD"} <= statussen, statussen
    assert any(aangeboden for _, _, aangeboden in gezien)
    assert any(not aangeboden for _, _, aangeboden in gezien)


async def test_offers_are_per_actor(scenario: Scenario) -> None:
    eerste = await scenario.burger(ALLEENSTAAND[0])
    tweede = await scenario.burger(ALLEENSTAAND[1])
    huwelijk = gelukt(await scenario.reserveer(eerste))
    huwelijk = gelukt(
        await scenario.stap(
            eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
        )
    )
    voor_eerste = await _lees(scenario, eerste, huwelijk["id"])
    voor_tweede = await _lees(scenario, tweede, huwelijk["id"])
    voor_medewerker = await _lees(scenario, await scenario.medewerker(), huwelijk["id"])
    namen = {
        wie: {m["mutatie"] for m in gelezen["mogelijkeMutaties"]}
        for wie, gelezen in (
            ("eerste", voor_eerste),
            ("tweede", voor_tweede),
            ("medewerker", voor_medewerker),
        )
    }
    assert "stemIn" in namen["tweede"] and "stemIn" not in namen["eerste"]
    assert "stemIn" not in namen["medewerker"]
    assert {"beoordeelMelding", "markeerVoltrokken", "bevestig"}.isdisjoint(namen["eerste"])
    getuige = next(m for m in voor_eerste["mogelijkeMutaties"] if m["mutatie"] == "voegGetuigeToe")
    assert getuige["ontbrekendeArgumenten"] == ["getuige"]


async def test_the_notice_is_offered_once_both_partners_declared(scenario: Scenario) -> None:
    eerste = await scenario.burger(ALLEENSTAAND[0])
    tweede = await scenario.burger(ALLEENSTAAND[1])
    medewerker = await scenario.medewerker()
    huwelijk = gelukt(await scenario.reserveer(eerste))
    huwelijk = gelukt(
        await scenario.stap(
            eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
        )
    )
    huwelijk = gelukt(await scenario.stap(tweede, "stemIn", huwelijk))

    async def aanbod() -> dict[str, set[str]]:
        return {
            wie: {
                m["mutatie"]
                for m in (await _lees(scenario, token, huwelijk["id"]))["mogelijkeMutaties"]
            }
            for wie, token in (("eerste", eerste), ("tweede", tweede), ("medewerker", medewerker))
        }

    voor = await aanbod()
    assert all("doeMelding" not in namen for namen in voor.values())
    assert "legVerklaringAf" in voor["eerste"] and "legVerklaringAf" in voor["tweede"]
    assert "legVerklaringAf" not in voor["medewerker"]
    assert "registreerVerklaring" in voor["medewerker"]
    assert not {"registreerVerklaring"} & (voor["eerste"] | voor["tweede"])

    huwelijk = await verklaar(scenario, huwelijk, eerste)
    assert all("doeMelding" not in namen for namen in (await aanbod()).values())
    huwelijk = await verklaar(scenario, huwelijk, tweede)
    assert all("doeMelding" in namen for namen in (await aanbod()).values())
