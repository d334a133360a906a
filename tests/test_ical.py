"""The iCalendar feeds, read back with the maintained `icalendar` parser (an independent reader).

Covers the events and their times, UID stability across versions, TEXT escaping, line
folding at 75 octets, the VTIMEZONE against the tz database, and the feed token.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import httpx
import icalendar
import pytest
from starlette.applications import Starlette

from trouwgraph.adapters.ical import Ceremonie, agenda_feed, fold
from trouwgraph.server.routes.ical_feeds import Feedsoort, FeedTokens, feed_path, ical_routes

AMS = ZoneInfo("Europe/Amsterdam")
SECRET = b"s" * 32
GEWIJZIGD = datetime(2026, 5, 1, 8, 0, tzinfo=UTC)


def ceremonie(zaak_id: str = "zaak-1", **changes: object) -> Ceremonie:
    values: dict[str, object] = {
        "zaak_id": zaak_id,
        "versie": 3,
        "start": datetime(2026, 6, 12, 14, 30, tzinfo=AMS),
        "eind": datetime(2026, 6, 12, 15, 15, tzinfo=AMS),
        "soort": "Huwelijk",
        "ceremonietype": "Uitgebreid trouwen",
        "locatie_naam": "Schip de Bounty",
        "locatie_adres": "Hoofd 1-5, 1620 AA Hoorn",
        "gewijzigd_op": GEWIJZIGD,
        "ambtenaar_naam": "Anna Conijn",
    }
    values.update(changes)
    return Ceremonie(**values)  # type: ignore[arg-type]


def parse(body: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(body)


def events(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return [e for e in calendar.walk("VEVENT") if isinstance(e, icalendar.Event)]


def test_writes_one_confirmed_event_per_ceremony_with_amsterdam_times() -> None:
    feed = parse(agenda_feed("Ceremonies", [ceremonie("b"), ceremonie("a", versie=0)]))

    found = events(feed)
    assert [str(e["UID"]) for e in found] == ["a@trouwgraph", "b@trouwgraph"]
    event = found[1]
    assert event.decoded("DTSTART") == datetime(2026, 6, 12, 14, 30, tzinfo=AMS)
    assert event.decoded("DTSTART").utcoffset() == timedelta(hours=2)
    assert event.decoded("DTEND") == datetime(2026, 6, 12, 13, 15, tzinfo=UTC)
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("DTSTAMP") == GEWIJZIGD
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("SEQUENCE") == 3
    assert str(event["SUMMARY"]) == "Huwelijk: Uitgebreid trouwen - Schip de Bounty"
    assert str(event["LOCATION"]) == "Schip de Bounty, Hoofd 1-5, 1620 AA Hoorn"
    assert str(feed["VERSION"]) == "2.0"


def test_winter_ceremony_is_one_hour_ahead_of_utc() -> None:
    winter = ceremonie(
        start=datetime(2026, 12, 1, 10, 0, tzinfo=AMS),
        eind=datetime(2026, 12, 1, 10, 30, tzinfo=AMS),
    )
    event = events(parse(agenda_feed("x", [winter])))[0]
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("year", [2026, 2027, 2031])
def test_vtimezone_switches_exactly_when_the_tz_database_does(year: int) -> None:
    # Moments just after the March and October switches, read through our VTIMEZONE.
    for month, day_range in ((3, range(25, 32)), (10, range(25, 32))):
        sunday = max(d for d in day_range if date(year, month, d).weekday() == 6)
        for hour in (1, 4):
            local = datetime(year, month, sunday, hour, 0, tzinfo=AMS)
            item = ceremonie(start=local, eind=local + timedelta(minutes=30))
            parsed = events(parse(agenda_feed("x", [item])))[0].decoded("DTSTART")
            assert parsed.astimezone(UTC) == local.astimezone(UTC)


def test_uid_is_stable_across_versions_and_sequence_follows_the_case_version() -> None:
    before = events(parse(agenda_feed("x", [ceremonie(versie=3)])))[0]
    moved = ceremonie(
        versie=4,
        start=datetime(2026, 6, 13, 11, 0, tzinfo=AMS),
        eind=datetime(2026, 6, 13, 12, 0, tzinfo=AMS),
    )
    after = events(parse(agenda_feed("x", [moved])))[0]
    assert str(before["UID"]) == str(after["UID"]) == "zaak-1@trouwgraph"
    assert (before.decoded("SEQUENCE"), after.decoded("SEQUENCE")) == (3, 4)


def test_cancelled_ceremony_stays_in_the_feed_as_cancelled() -> None:
    event = events(parse(agenda_feed("x", [ceremonie(geannuleerd=True, versie=5)])))[0]
    assert str(event["STATUS"]) == "CANCELLED"
    assert event.decoded("SEQUENCE") == 5


def test_escapes_commas_semicolons_backslashes_and_newlines() -> None:
    tricky = "Zaal A; vleugel B, 1e etage \\ achter\nnaast de trap"
    body = agenda_feed("Agenda; test, 1", [ceremonie(locatie_naam=tricky, locatie_adres=None)])

    raw = body.decode().replace("\r\n ", "")
    assert "LOCATION:Zaal A\\; vleugel B\\, 1e etage \\\\ achter\\nnaast de trap\r\n" in raw
    event = events(parse(body))[0]
    assert str(event["LOCATION"]) == tricky
    # icalendar does not unescape calendar-level NAME (an unknown type to it): check the line.
    assert "\r\nNAME:Agenda\\; test\\, 1\r\n" in raw


def test_folds_long_lines_at_75_octets_without_splitting_characters() -> None:
    long_name = "Trouwlocatie " + "é" * 60 + " en " + "ĳ" * 40 + " bij het water"
    body = agenda_feed("x", [ceremonie(locatie_naam=long_name)])

    lines = body.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        line.decode("utf-8")  # every physical line is valid UTF-8 on its own
    assert str(events(parse(body))[0]["SUMMARY"]).endswith(long_name)


def test_fold_leaves_short_lines_alone_and_continues_with_a_space() -> None:
    assert fold("SUMMARY:kort") == "SUMMARY:kort"
    folded = fold("X" * 200)
    assert [len(part) for part in folded.split("\r\n")] == [75, 75, 52]


def test_event_carries_only_the_agreed_properties_and_no_attendees() -> None:
    event = events(parse(agenda_feed("x", [ceremonie()])))[0]
    assert set(event.keys()) == {
        "UID", "DTSTAMP", "LAST-MODIFIED", "DTSTART", "DTEND", "SUMMARY", "LOCATION",
        "DESCRIPTION", "STATUS", "SEQUENCE", "TRANSP", "CLASS",
    }  # fmt: skip
    assert str(event["DESCRIPTION"]) == "Zaak zaak-1\nBABS: Anna Conijn"


def test_refuses_naive_times() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ceremonie(start=datetime(2026, 6, 12, 14, 30))


# --- the HTTP feed --------------------------------------------------------------------


class Bron:
    def __init__(self, data: Mapping[tuple[Feedsoort, str], Sequence[Ceremonie]]) -> None:
        self.data = data
        self.asked: list[tuple[Feedsoort, str]] = []

    async def __call__(self, soort: Feedsoort, resource_id: str) -> Sequence[Ceremonie] | None:
        self.asked.append((soort, resource_id))
        return self.data.get((soort, resource_id))


def feed_client(bron: Bron) -> httpx.AsyncClient:
    app = Starlette(routes=ical_routes(bron, FeedTokens(SECRET)))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


TOKENS = FeedTokens(SECRET)
BRON = {
    (Feedsoort.AMBTENAAR, "babs-anna-conijn"): [ceremonie("z1"), ceremonie("z2")],
    (Feedsoort.LOCATIE, "schip-de-bounty"): [ceremonie("z1")],
}


async def test_serves_a_babs_feed_as_text_calendar_with_the_right_token() -> None:
    async with feed_client(Bron(BRON)) as client:
        path = feed_path(TOKENS, Feedsoort.AMBTENAAR, "babs-anna-conijn")
        response = await client.get(path)

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert [str(e["UID"]) for e in events(parse(response.content))] == [
        "z1@trouwgraph",
        "z2@trouwgraph",
    ]


async def test_serves_a_location_feed() -> None:
    bron = Bron(BRON)
    async with feed_client(bron) as client:
        response = await client.get(feed_path(TOKENS, Feedsoort.LOCATIE, "schip-de-bounty"))
    assert response.status_code == 200
    assert bron.asked == [(Feedsoort.LOCATIE, "schip-de-bounty")]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?token=",
        "?token=wrong",
        # the token of another resource, and of the same id as the other kind of feed
        "?token=" + TOKENS.token(Feedsoort.AMBTENAAR, "babs-bas-de-boer"),
        "?token=" + TOKENS.token(Feedsoort.LOCATIE, "babs-anna-conijn"),
        "?token=" + FeedTokens(b"t" * 32).token(Feedsoort.AMBTENAAR, "babs-anna-conijn"),
        "?token=%C3%A9",
    ],
)
async def test_wrong_token_is_404_and_never_reaches_the_data(query: str) -> None:
    bron = Bron(BRON)
    async with feed_client(bron) as client:
        response = await client.get(f"/agenda/ambtenaar/babs-anna-conijn.ics{query}")
    assert response.status_code == 404
    assert bron.asked == []


async def test_unknown_resource_with_valid_token_is_404() -> None:
    async with feed_client(Bron(BRON)) as client:
        response = await client.get(feed_path(TOKENS, Feedsoort.LOCATIE, "nergens"))
    assert response.status_code == 404


async def test_known_resource_without_ceremonies_is_an_empty_calendar() -> None:
    bron = Bron({(Feedsoort.LOCATIE, "librije"): []})
    async with feed_client(bron) as client:
        response = await client.get(feed_path(TOKENS, Feedsoort.LOCATIE, "librije"))
    assert response.status_code == 200
    assert events(parse(response.content)) == []


async def test_unchanged_feed_answers_304_to_its_etag() -> None:
    async with feed_client(Bron(BRON)) as client:
        path = feed_path(TOKENS, Feedsoort.LOCATIE, "schip-de-bounty")
        first = await client.get(path)
        again = await client.get(path, headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_tokens_differ_per_resource_and_kind_and_need_a_long_secret() -> None:
    tokens = {
        TOKENS.token(Feedsoort.AMBTENAAR, "a"),
        TOKENS.token(Feedsoort.AMBTENAAR, "b"),
        TOKENS.token(Feedsoort.LOCATIE, "a"),
    }
    assert len(tokens) == 3
    assert all(len(t) == 43 for t in tokens)
    with pytest.raises(ValueError, match="32 bytes"):
        FeedTokens(b"short")


def test_start_time_is_rendered_in_local_time_even_when_given_in_utc() -> None:
    utc_start = datetime.combine(date(2026, 6, 12), time(12, 30), tzinfo=UTC)
    body = agenda_feed("x", [ceremonie(start=utc_start, eind=utc_start + timedelta(hours=1))])
    assert "DTSTART;TZID=Europe/Amsterdam:20260612T143000\r\n" in body.decode()
