"""An own location's address is checked against the BAG: it must exist and lie in the
municipality; otherwise the refusal says which."""

from __future__ import annotations

import pytest
from proces_support import ALLEENSTAAND, Scenario, gelukt


def eigen_adres(straat: str, huisnummer: int, postcode: str, woonplaats: str) -> str:
    return (
        f'{{adres: {{straat: "{straat}", huisnummer: {huisnummer}, '
        f'postcode: "{postcode}", woonplaats: "{woonplaats}"}}}}'
    )


KERKPLEIN = eigen_adres("Kerkplein", 7, "1234AC", "Demodam")
GRENSWEG = eigen_adres("Grensweg", 1, "1236AA", "Omdam")
NERGENS = eigen_adres("Nergensstraat", 99, "9999ZZ", "Demodam")


async def test_an_own_location_in_the_municipality_is_accepted(scenario: Scenario) -> None:
    huwelijk = gelukt(
        await scenario.reserveer(await scenario.burger(ALLEENSTAAND[0]), locatie=KERKPLEIN)
    )
    assert huwelijk["locatie"]["soort"] == "EIGEN"
    assert huwelijk["prijs"]["regels"]


@pytest.mark.parametrize(
    ("locatie", "code", "genoemd"),
    [(GRENSWEG, "BUITEN_GEMEENTE", "Omdam"), (NERGENS, "ONBEKEND_ADRES", None)],
    ids=["outside", "unknown"],
)
async def test_an_own_location_is_refused_saying_which_check_failed(
    scenario: Scenario, locatie: str, code: str, genoemd: str | None
) -> None:
    uitkomst = await scenario.reserveer(await scenario.burger(ALLEENSTAAND[0]), locatie=locatie)
    assert uitkomst["__typename"] == "EigenLocatieAfgewezen"
    assert uitkomst["code"] == code
    if genoemd:
        assert genoemd in uitkomst["melding"]
    listing = await scenario.gateway.graphql(
        "{ huwelijken { totalCount } }", token=await scenario.medewerker()
    )
    assert listing["data"]["huwelijken"]["totalCount"] == 0  # nothing half-written


async def test_choosing_an_own_location_later_is_checked_too(scenario: Scenario) -> None:
    eerste = await scenario.burger(ALLEENSTAAND[0])
    huwelijk = gelukt(await scenario.reserveer(eerste))
    uitkomst = await scenario.stap(eerste, "kiesLocatie", huwelijk, f"locatie: {GRENSWEG}")
    assert uitkomst["code"] == "BUITEN_GEMEENTE"
    huwelijk = gelukt(await scenario.stap(eerste, "kiesLocatie", huwelijk, f"locatie: {KERKPLEIN}"))
    assert huwelijk["locatie"]["soort"] == "EIGEN"
