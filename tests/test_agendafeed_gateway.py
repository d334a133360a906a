"""A confirmed ceremony appears in its BABS's and its location's iCalendar feed."""

from __future__ import annotations

import icalendar
from proces_support import Scenario, gelukt, goedgekeurd


async def feed_url(scenario: Scenario, veld: str, resource_id: str) -> str:
    result = await scenario.gateway.graphql(
        f"{{ {veld} {{ id agendafeed }} }}", token=await scenario.medewerker()
    )
    url: str = next(r["agendafeed"] for r in result["data"][veld] if r["id"] == resource_id)
    return url


async def events(scenario: Scenario, url: str) -> list[icalendar.cal.Component]:
    path = "/agenda/" + url.split("/agenda/", 1)[1]
    response = await scenario.gateway.client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar.walk("VEVENT")


async def test_a_confirmed_ceremony_appears_in_its_babs_and_location_feeds(
    scenario: Scenario,
) -> None:
    huwelijk, eerste = await goedgekeurd(scenario)
    babs = huwelijk["ambtenaar"]["ambtenaar"]["id"]
    babs_feed = await feed_url(scenario, "ambtenaren", babs)
    assert await events(scenario, babs_feed) == []  # approved, not yet confirmed

    totaal = huwelijk["prijs"]["totaal"]["centen"]
    medewerker = await scenario.medewerker()
    huwelijk = gelukt(
        await scenario.stap(
            medewerker, "registreerBetaling", huwelijk, f'bedragInCenten: {totaal}, referentie: "r"'
        )
    )
    huwelijk = gelukt(await scenario.stap(eerste, "bevestig", huwelijk))

    for url in (babs_feed, await feed_url(scenario, "locaties", "gemeentehuis")):
        [event] = await events(scenario, url)
        assert str(event["UID"]) == f"{huwelijk['id']}@trouwgraph"
        assert event.decoded("DTSTART").isoformat() == "2027-03-26T14:00:00+01:00"
        assert "Gemeentehuis" in str(event["LOCATION"]) or "Gemeentehuis" in str(event["SUMMARY"])
        feed_text = event.to_ical().decode()
        assert "000009842" not in feed_text and "000009878" not in feed_text


async def test_a_feed_url_with_a_wrong_token_is_not_found(scenario: Scenario) -> None:
    url = await feed_url(scenario, "locaties", "gemeentehuis")
    path = "/agenda/" + url.split("/agenda/", 1)[1]
    response = await scenario.gateway.client.get(path[:-3] + "xyz")
    assert response.status_code == 404


async def test_citizens_do_not_get_feed_urls(scenario: Scenario) -> None:
    result = await scenario.gateway.graphql(
        "{ locaties { agendafeed } }", token=await scenario.burger("000009842")
    )
    assert result["errors"][0]["extensions"]["code"] == "NIET_TOEGESTAAN"
