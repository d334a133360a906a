"""`beschikbaarheid` is bounded: at most 31 days, summarised per day; a day's slots come from
`tijdsloten`; the cost model weighs both; anonymous clients have a search limit of their own."""

from __future__ import annotations

from pathlib import Path

from gateway_support import demo_settings, running_gateway
from proces_support import START, Scenario

MAAND = (
    '{ beschikbaarheid(van: "2027-03-01", tot: "2027-03-31", ceremonietype: "UITGEBREID") '
    "{ datum aantalTijdsloten laagstePrijs { centen } } }"
)


async def test_a_month_summarises_each_day_as_its_slots_add_up(scenario: Scenario) -> None:
    dagen = (await scenario.gateway.graphql(MAAND))["data"]["beschikbaarheid"]
    assert 20 <= len(dagen) <= 31
    vrijdag = next(d for d in dagen if d["datum"] == START[:10])
    slots = (
        await scenario.gateway.graphql(
            f'{{ tijdsloten(datum: "{START[:10]}", ceremonietype: "UITGEBREID") '
            "{ prijs { centen } } }"
        )
    )["data"]["tijdsloten"]
    assert vrijdag["aantalTijdsloten"] == len(slots)
    assert vrijdag["laagstePrijs"]["centen"] == min(s["prijs"]["centen"] for s in slots)
    assert "2027-03-29" not in {d["datum"] for d in dagen}  # Easter Monday is blocked


async def test_more_than_31_days_is_refused_naming_tot(scenario: Scenario) -> None:
    result = await scenario.gateway.graphql(
        '{ beschikbaarheid(van: "2027-03-01", tot: "2027-04-01", ceremonietype: "UITGEBREID") '
        "{ datum } }"
    )
    fout = result["errors"][0]
    assert fout["extensions"]["code"] == "ONGELDIGE_INVOER"
    assert fout["extensions"]["pad"] == ["tot"]


async def test_the_cost_model_refuses_many_months_in_one_request(scenario: Scenario) -> None:
    maanden = " ".join(
        f'm{i}: beschikbaarheid(van: "2027-{i:02d}-01", tot: "2027-{i:02d}-28", '
        'ceremonietype: "UITGEBREID") { datum aantalTijdsloten }'
        for i in range(1, 13)
    )
    result = await scenario.gateway.graphql(f"{{ {maanden} }}")
    assert result["errors"][0]["extensions"]["code"] == "GRAPHQL_TE_DUUR"
    assert "data" not in result or result["data"] is None


async def test_anonymous_searches_have_their_own_limit(tmp_path: Path) -> None:
    settings = demo_settings(tmp_path, rate_limit_beschikbaarheid_anoniem=3)
    async with running_gateway(settings) as gateway:
        codes = []
        for _ in range(4):
            result = await gateway.graphql(MAAND)
            codes.append(result["errors"][0]["extensions"]["code"] if "errors" in result else "OK")
        assert codes == ["OK", "OK", "OK", "TE_VEEL_ZOEKVRAGEN"]
        # Other fields, and signed-in callers, are not held back by it.
        assert "errors" not in await gateway.graphql("{ ceremonietypen { code } }")
        token = await gateway.token("medewerker")
        assert "errors" not in await gateway.graphql(MAAND, token=token)
