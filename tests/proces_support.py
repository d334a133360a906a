"""Driving the marriage process through GraphQL, as a front end would.

`proces_gateway` runs the demo gateway on SQLite and, when a PostgreSQL URL is given, on
PostgreSQL in a schema of its own. `Scenario` knows the mutations' shapes; `Klok` is a clock
the tests move forward.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from gateway_support import NOW, Gateway, demo_settings, running_gateway
from store_support import BACKENDS, drop_target, new_target

# RvIG test persons (registries/brp/data/PROVENANCE.md): alive, unmarried, adult, no curatele.
ALLEENSTAAND = ["000009842", "000009878", "000009891", "000009933", "000009970", "999990226"]
PARTNERSCHAP = ("999993380", "999993719")  # a registered partnership, both in the set
GEHUWD = "999993653"  # Suzanne Moulin, married
BROER_ZUS = ("999990184", "999992685")  # two siblings of the same parents
# A Friday within the notice window of the fixed "now", at a free slot of the town hall.
START = "2027-03-26T14:00:00+01:00"

HUWELIJK_VELDEN = """
  id status versie soort verlooptOp
  partners { rol burgerservicenummer isIk instemming { status } naamgebruik }
  getuigen { volgnummer gemeentelijk burgerservicenummer }
  ambtenaar { keuze ambtenaar { id naam } }
  locatie { soort locatie { id naam } }
  moment { start eind }
  prijs { totaal { centen weergave } regels { code bedrag { centen } } }
  melding { status }
  toetsing { regel uitkomst reden betreft }
  betaling { status bedrag { centen } }
  historie { op door gebeurtenis van naar reden }
  mogelijkeActies
"""

RESULTAAT = f"""
  __typename
  ... on HuwelijkGewijzigd {{ huwelijk {{ {HUWELIJK_VELDEN} }} }}
  ... on Probleem {{ code melding }}
  ... on OngeldigeStatus {{ huidigeStatus }}
  ... on VersieConflict {{ huidigeVersie }}
"""
BELETSEL = "... on BeletselGevonden { toetsing { regel uitkomst reden betreft gegevens } }"


@dataclass
class Klok:
    """A clock the test sets."""

    nu: datetime = NOW

    def __call__(self) -> datetime:
        return self.nu

    def verder(self, **delta: float) -> None:
        """Move on."""
        self.nu += timedelta(**delta)


@dataclass
class Scenario:
    """One gateway, the clock, and tokens per person."""

    gateway: Gateway
    klok: Klok
    tokens: dict[str, str] = field(default_factory=dict)

    async def burger(self, bsn: str) -> str:
        """A citizen's token (cached)."""
        if bsn not in self.tokens:
            self.tokens[bsn] = await self.gateway.token("burger", bsn)
        return self.tokens[bsn]

    async def medewerker(self) -> str:
        """A staff token."""
        if "medewerker" not in self.tokens:
            self.tokens["medewerker"] = await self.gateway.token("medewerker")
        return self.tokens["medewerker"]

    async def muteer(self, token: str, veld: str, argumenten: str) -> dict[str, Any]:
        """Run mutation `veld(argumenten)`; the result object, with errors failing the test."""
        selectie = RESULTAAT + (BELETSEL if veld == "doeMelding" else "")
        result = await self.gateway.graphql(
            f"mutation {{ {veld}({argumenten}) {{ {selectie} }} }}", token=token
        )
        assert "errors" not in result, result
        uitkomst: dict[str, Any] = result["data"][veld]
        return uitkomst

    async def reserveer(
        self,
        token: str,
        *,
        soort: str = "HUWELIJK",
        start: str = START,
        locatie: str = '{locatieId: "gemeentehuis"}',
        ambtenaar: str = "{toegewezen: true}",
        ceremonietype: str = "UITGEBREID",
    ) -> dict[str, Any]:
        """Reserve; the result object."""
        invoer = (
            f'{{soort: {soort}, ceremonietype: "{ceremonietype}", start: "{start}", '
            f"locatie: {locatie}, ambtenaar: {ambtenaar}}}"
        )
        return await self.muteer(token, "reserveer", f"invoer: {invoer}")

    async def stap(
        self, token: str, veld: str, huwelijk: dict[str, Any], extra: str = ""
    ) -> dict[str, Any]:
        """A change of `huwelijk` at its current versie; the result object."""
        argumenten = f'id: "{huwelijk["id"]}", versie: {huwelijk["versie"]} {extra}'
        return await self.muteer(token, veld, argumenten)


def gelukt(uitkomst: dict[str, Any]) -> dict[str, Any]:
    """The changed case, asserting the change succeeded."""
    assert uitkomst["__typename"] == "HuwelijkGewijzigd", uitkomst
    huwelijk: dict[str, Any] = uitkomst["huwelijk"]
    return huwelijk


def verklaring(bloedverwant: bool = False, beedigd: bool = False) -> str:
    """One partner's complete declaration, as the `verklaring` argument."""
    return (
        "verklaring: {gegevensNaarWaarheid: true, nietEldersGehuwd: true, "
        "nietUitsluitendVoorVerblijf: true, "
        f"bloedverwantDerdeOfVierdeGraad: {str(bloedverwant).lower()}, "
        f"beedigdeVerklaringBloedverwantschap: {str(beedigd).lower()}}}"
    )


async def verklaar(scenario: Scenario, huwelijk: dict[str, Any], *tokens: str) -> dict[str, Any]:
    """Each partner (by token) gives their own complete declaration, with their own login."""
    for token in tokens:
        huwelijk = gelukt(await scenario.stap(token, "legVerklaringAf", huwelijk, verklaring()))
    return huwelijk


@pytest.fixture(params=BACKENDS)
async def scenario(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Scenario]:
    """The demo gateway on SQLite and on PostgreSQL (when given), with a settable clock."""
    target = new_target(request.param, tmp_path)
    klok = Klok()
    settings = demo_settings(tmp_path, database_url=target.url, database_schema=target.search_path)
    try:
        async with running_gateway(settings, clock=klok) as gateway:
            yield Scenario(gateway, klok)
    finally:
        drop_target(target)


async def met_getuigen(
    scenario: Scenario, token: str, huwelijk: dict[str, Any], getuigen: Sequence[str] = ()
) -> dict[str, Any]:
    """The case with two witnesses added (the notice needs them)."""
    for getuige in getuigen or ALLEENSTAAND[2:4]:
        huwelijk = gelukt(
            await scenario.stap(
                token, "voegGetuigeToe", huwelijk, f'getuige: {{burgerservicenummer: "{getuige}"}}'
            )
        )
    return huwelijk


async def melding_gedaan(scenario: Scenario, start: str = START) -> tuple[dict[str, Any], str]:
    """A case of two single adults with two witnesses, its notice given; and partner 1's
    token."""
    eerste, tweede = await scenario.burger(ALLEENSTAAND[0]), await scenario.burger(ALLEENSTAAND[1])
    huwelijk = gelukt(await scenario.reserveer(eerste, start=start))
    huwelijk = gelukt(
        await scenario.stap(
            eerste, "nodigPartnerUit", huwelijk, f'burgerservicenummer: "{ALLEENSTAAND[1]}"'
        )
    )
    huwelijk = gelukt(await scenario.stap(tweede, "stemIn", huwelijk))
    huwelijk = await met_getuigen(scenario, eerste, huwelijk)
    huwelijk = await verklaar(scenario, huwelijk, eerste, tweede)
    return gelukt(await scenario.stap(eerste, "doeMelding", huwelijk)), eerste


async def goedgekeurd(scenario: Scenario) -> tuple[dict[str, Any], str]:
    """A case of two single adults with two witnesses, its notice approved; and partner 1's
    token."""
    huwelijk, eerste = await melding_gedaan(scenario)
    medewerker = await scenario.medewerker()
    huwelijk = gelukt(
        await scenario.stap(medewerker, "beoordeelMelding", huwelijk, "goedgekeurd: true")
    )
    return huwelijk, eerste
