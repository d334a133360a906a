"""Every date and time argument of the schema, over the whole calendar: a typed answer that
names the argument, never INTERNE_FOUT; nothing is booked outside the booking horizon."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from gateway_support import NOW, Gateway
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from proces_support import ALLEENSTAAND

ZONES = st.sampled_from(
    [
        UTC,
        ZoneInfo("Europe/Amsterdam"),
        timezone(timedelta(hours=14)),
        timezone(timedelta(hours=-12)),
    ]
)
MOMENTEN = st.datetimes(timezones=ZONES) | st.datetimes()  # aware, and naive ones
HORIZON_DAGEN = 730  # the demo's booking horizon (the default)
EENMAAL = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _fouten(result: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["extensions"]["code"], e["message"]) for e in result.get("errors", [])]


def _velden(result: dict[str, Any]) -> list[tuple[str, str]]:
    """Each error's code and the argument it names (`extensions.pad`)."""
    return [
        (e["extensions"]["code"], ".".join(e["extensions"].get("pad", [])))
        for e in result.get("errors", [])
    ]


def _onleesbaar(result: dict[str, Any], *variabelen: str) -> bool:
    """True when GraphQL itself refused the value (an offset with seconds, say), naming the
    variable: a typed answer too."""
    return result.get("data") is None and all(
        code == "GRAPHQL_ONGELDIG" and any(f"${v}" in melding for v in variabelen)
        for code, melding in _fouten(result)
    )


def _binnen_horizon(moment: datetime) -> bool:
    if moment.tzinfo is None:
        return False
    try:
        return NOW < moment <= NOW + timedelta(days=HORIZON_DAGEN + 1)
    except OverflowError:
        return False


@EENMAAL
@given(van=st.dates(), tot=st.dates())
async def test_beschikbaarheid_over_the_whole_calendar(
    gateway: Gateway, van: date, tot: date
) -> None:
    result = await gateway.graphql(
        "query($van: Date!, $tot: Date!) { beschikbaarheid(van: $van, tot: $tot, "
        'ceremonietype: "UITGEBREID") { datum } }',
        {"van": van.isoformat(), "tot": tot.isoformat()},
        token=await gateway.token("medewerker"),  # anonymous searches have their own limit
    )
    fouten = _fouten(result)
    if not fouten:
        dagen = result["data"]["beschikbaarheid"]
        assert 0 <= (tot - van).days <= 30
        eerste, laatste = NOW.date() + timedelta(days=14), NOW.date() + timedelta(HORIZON_DAGEN)
        assert all(eerste <= date.fromisoformat(d["datum"]) <= laatste for d in dagen)
        return
    ((code, veld),) = _velden(result)
    assert code == "ONGELDIGE_INVOER", fouten
    assert veld in {"van", "tot"}, fouten
    ver = abs((van - NOW.date()).days) > 36_600 or abs((tot - NOW.date()).days) > 36_600
    assert ver or tot < van or (tot - van).days > 30


@EENMAAL
@given(start=MOMENTEN)
async def test_reserveer_over_the_whole_calendar(gateway: Gateway, start: datetime) -> None:
    token = await gateway.token("burger", ALLEENSTAAND[0])
    result = await gateway.graphql(
        "mutation($start: DateTime!) { reserveer(invoer: {soort: HUWELIJK, "
        'ceremonietype: "UITGEBREID", start: $start, locatie: {locatieId: "gemeentehuis"}, '
        "ambtenaar: {toegewezen: true}}) { __typename ... on Probleem { code melding pad } } }",
        {"start": start.isoformat()},
        token=token,
    )
    if _onleesbaar(result, "start"):
        return
    assert not _fouten(result), result
    uitkomst = result["data"]["reserveer"]
    if not _binnen_horizon(start):
        assert uitkomst["__typename"] in {"OngeldigeInvoer", "TermijnVerstreken"}, uitkomst
        if uitkomst["__typename"] == "OngeldigeInvoer":
            assert uitkomst["pad"] == ["invoer", "start"], uitkomst


@EENMAAL
@given(start=MOMENTEN)
async def test_wijzig_moment_over_the_whole_calendar(gateway: Gateway, start: datetime) -> None:
    token = await gateway.token("medewerker")
    gemaakt = await gateway.graphql(
        "mutation($bsn: BSN!) { reserveer(invoer: {soort: HUWELIJK, partner1: $bsn, "
        'ceremonietype: "UITGEBREID", start: "2027-03-26T14:00:00+01:00", '
        'locatie: {locatieId: "gemeentehuis"}, ambtenaar: {toegewezen: true}}) '
        "{ ... on HuwelijkGewijzigd { huwelijk { id versie } } } }",
        {"bsn": ALLEENSTAAND[1]},
        token=token,
    )
    huwelijk = gemaakt["data"]["reserveer"].get("huwelijk")
    if huwelijk is None:  # reserved by an earlier example: move that one
        lijst = await gateway.graphql(
            "{ huwelijken { edges { node { id versie } } } }", token=token
        )
        huwelijk = lijst["data"]["huwelijken"]["edges"][0]["node"]
    result = await gateway.graphql(
        "mutation($id: ID!, $versie: Int!, $start: DateTime!) { wijzigMoment(id: $id, "
        "versie: $versie, start: $start) { __typename ... on Probleem { code melding } } }",
        {"id": huwelijk["id"], "versie": huwelijk["versie"], "start": start.isoformat()},
        token=token,
    )
    if _onleesbaar(result, "start"):
        return
    assert not _fouten(result), result
    uitkomst = result["data"]["wijzigMoment"]
    if not _binnen_horizon(start):
        assert uitkomst["__typename"] in {"OngeldigeInvoer", "TermijnVerstreken"}, uitkomst


@EENMAAL
@given(datum=st.dates())
async def test_tijdsloten_over_the_whole_calendar(gateway: Gateway, datum: date) -> None:
    result = await gateway.graphql(
        'query($datum: Date!) { tijdsloten(datum: $datum, ceremonietype: "UITGEBREID") { start } }',
        {"datum": datum.isoformat()},
        token=await gateway.token("medewerker"),
    )
    fouten = _fouten(result)
    if fouten:
        assert _velden(result) == [("ONGELDIGE_INVOER", "datum")], fouten
        assert abs((datum - NOW.date()).days) > 36_600
        return
    starts = [datetime.fromisoformat(s["start"]) for s in result["data"]["tijdsloten"]]
    assert all(_binnen_horizon(start) for start in starts)


@EENMAAL
@given(datum=st.dates())
async def test_toets_over_the_whole_calendar(gateway: Gateway, datum: date) -> None:
    result = await gateway.graphql(
        "query($datum: Date!, $een: BSN!, $twee: BSN!) { "
        "toets(partner1: $een, partner2: $twee, datum: $datum) { regel uitkomst } }",
        {"datum": datum.isoformat(), "een": ALLEENSTAAND[0], "twee": ALLEENSTAAND[1]},
        token=await gateway.token("medewerker"),
    )
    fouten = _fouten(result)
    if fouten:
        assert _velden(result) == [("ONGELDIGE_INVOER", "datum")], fouten
        assert abs((datum - NOW.date()).days) > 36_600


@EENMAAL
@given(van=MOMENTEN, tot=MOMENTEN)
async def test_huwelijken_filter_over_the_whole_calendar(
    gateway: Gateway, van: datetime, tot: datetime
) -> None:
    result = await gateway.graphql(
        "query($van: DateTime, $tot: DateTime) { huwelijken(filter: {van: $van, tot: $tot}) "
        "{ totalCount } }",
        {"van": van.isoformat(), "tot": tot.isoformat()},
        token=await gateway.token("medewerker"),
    )
    if _onleesbaar(result, "van", "tot"):
        return
    for code, veld in _velden(result):
        assert code == "ONGELDIGE_INVOER", (code, veld)
        assert veld in {"filter.van", "filter.tot"}, veld


@pytest.mark.parametrize("dagen", [HORIZON_DAGEN - 30, HORIZON_DAGEN + 2])
async def test_the_booking_horizon_holds_for_reserveer(gateway: Gateway, dagen: int) -> None:
    dag = (NOW + timedelta(days=dagen)).date()
    dag += timedelta(days=(4 - dag.weekday()) % 7)  # a Friday
    start = datetime(dag.year, dag.month, dag.day, 14, tzinfo=ZoneInfo("Europe/Amsterdam"))
    result = await gateway.graphql(
        'mutation { reserveer(invoer: {soort: HUWELIJK, ceremonietype: "UITGEBREID", '
        f'start: "{start.isoformat()}", locatie: {{locatieId: "gemeentehuis"}}, '
        "ambtenaar: {toegewezen: true}}) { __typename ... on Probleem { code melding } } }",
        token=await gateway.token("burger", ALLEENSTAAND[2]),
    )
    uitkomst = result["data"]["reserveer"]
    if dagen <= HORIZON_DAGEN:
        assert uitkomst["__typename"] == "HuwelijkGewijzigd", uitkomst
    else:
        assert uitkomst["__typename"] == "OngeldigeInvoer", uitkomst
        assert f"binnen {HORIZON_DAGEN} dagen" in uitkomst["melding"]
