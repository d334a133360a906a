"""A municipality that plans in Qmatic: the reservation flow end to end through GraphQL.

The demo municipality with `[agenda] soort = "qmatic"` and the embedded Qmatic registry (on the
test clock). Free slots come from Qmatic, a reservation holds its slot there, confirmation and
cancellation follow through the outbox; Qmatic down or a failed save leaves nothing behind.
Every exchange with Qmatic is checked against the recorded wire shapes.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from gateway_support import DEMO_CONFIG, demo_settings, running_gateway
from proces_support import (
    ALLEENSTAAND,
    START,
    Klok,
    Scenario,
    gelukt,
    goedgekeurd,
)
from qmatic_contract import check_exchanges
from store_builders import claim, make_case

from trouwgraph.adapters.qmatic import QmaticAgenda
from trouwgraph.registries.qmatic.app import API_ROOT
from trouwgraph.resolvers.agendareservering import (
    SOORT_ANNULEER,
    SOORT_BEVESTIG,
    Agendabevestiger,
    Agendavrijgever,
)
from trouwgraph.store.database import create_engine, session_factory
from trouwgraph.store.huwelijken import HuwelijkRepository
from trouwgraph.store.outbox import Uitgaand
from trouwgraph.store.repository import CaseRepository

QMATIC = f"/registries/9999/qmatic{API_ROOT}"
DAG = "2027-03-26"  # START's day, a Friday
BESCHIKBAARHEID = f"""{{ tijdsloten(datum: "{DAG}",
    ceremonietype: "UITGEBREID", locatie: "gemeentehuis")
    {{ start eind locatie {{ id }} ambtenaren {{ id }} prijs {{ centen }} }} }}"""


def qmatic_gemeente(tmp_path: Path) -> Path:
    """The demo municipality, planning in Qmatic."""
    path = tmp_path / "gemeente-qmatic.toml"
    path.write_text(
        DEMO_CONFIG.read_text(encoding="utf-8") + '\n[agenda]\nsoort = "qmatic"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
async def demo(tmp_path: Path) -> AsyncIterator[Scenario]:
    """The Qmatic demo with a fast outbox worker; afterwards every Qmatic exchange is checked."""
    settings = demo_settings(
        tmp_path, gemeente_config=qmatic_gemeente(tmp_path), outbox_interval=0.02
    )
    klok = Klok()
    async with running_gateway(settings, clock=klok) as gateway:
        yield Scenario(gateway, klok)
        assert check_exchanges(gateway.calls("qmatic"), ALLEENSTAAND) > 0


async def afspraak(demo: Scenario, public_id: str) -> dict[str, Any] | None:
    """The appointment in the embedded Qmatic registry, or None when it has none."""
    response = await demo.gateway.client.get(f"{QMATIC}/v1/appointments/{public_id}")
    if response.status_code == 404:
        return None
    assert response.status_code == 200, response.text
    gevonden: dict[str, Any] = response.json()["appointment"]
    return gevonden


def vastgehouden(demo: Scenario) -> list[str]:
    """The publicIds of the holds Qmatic granted the gateway, in order."""
    return [
        response.json()["publicId"]
        for request, response in demo.gateway.calls("qmatic")
        if request.url.path.endswith("/reserve") and response.status_code == 200
    ]


async def boek_elders(demo: Scenario, tijd: str, dag: str = DAG) -> dict[str, Any]:
    """Another channel (the desk) books a ceremony at the gemeentehuis directly in Qmatic."""
    response = await demo.gateway.client.post(
        f"{QMATIC}/v2/branches/gemeentehuis/dates/{dag}/times/{tijd}/book",
        json={"title": "Balie", "services": [{"publicId": "UITGEBREID"}], "customers": [{}]},
    )
    assert response.status_code == 200, response.text
    geboekt: dict[str, Any] = response.json()
    return geboekt


async def tot(voorwaarde: Callable[[], Awaitable[bool]]) -> None:
    """Wait until the outbox worker (every 20 ms) made `voorwaarde` true; fail after ~10 s."""
    for _ in range(500):
        if await voorwaarde():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the outbox did not deliver")


async def mijn_huwelijken(demo: Scenario, bsn: str) -> list[dict[str, Any]]:
    result = await demo.gateway.graphql(
        "{ mijnHuwelijken { id status } }", token=await demo.burger(bsn)
    )
    huwelijken: list[dict[str, Any]] = result["data"]["mijnHuwelijken"]
    return huwelijken


class TestBeschikbaarheid:
    async def test_free_slots_are_qmatics_times_as_the_built_in_agenda_gives_them(
        self, demo: Scenario, tmp_path: Path
    ) -> None:
        uit_qmatic = (await demo.gateway.graphql(BESCHIKBAARHEID))["data"]["tijdsloten"]
        ingebouwd = demo_settings(tmp_path / "ingebouwd")
        (tmp_path / "ingebouwd").mkdir()
        async with running_gateway(ingebouwd) as gateway:
            eigen = (await gateway.graphql(BESCHIKBAARHEID))["data"]["tijdsloten"]

        assert uit_qmatic == eigen
        assert START in [s["start"] for s in uit_qmatic]
        paden = [r.url.raw_path.decode() for r, _ in demo.gateway.calls("qmatic")]
        # The gemeentehuis's slot (60 min) outlasts the ceremony (45): Qmatic is asked for it.
        assert any(
            p.endswith(f"/dates/{DAG}/times;servicePublicId=UITGEBREID;customSlotLength=60")
            for p in paden
        )

    async def test_a_time_booked_in_qmatic_elsewhere_is_not_offered(self, demo: Scenario) -> None:
        await boek_elders(demo, "14:00")

        starts = [
            s["start"] for s in (await demo.gateway.graphql(BESCHIKBAARHEID))["data"]["tijdsloten"]
        ]
        assert START not in starts
        assert f"{DAG}T15:00:00+01:00" in starts

    async def test_qmatic_down_is_a_clear_error(self, tmp_path: Path) -> None:
        settings = demo_settings(tmp_path, gemeente_config=qmatic_gemeente(tmp_path))
        async with running_gateway(settings, transports={"qmatic": _onbereikbaar()}) as gateway:
            result = await gateway.graphql(BESCHIKBAARHEID)

        assert result["errors"][0]["extensions"]["code"] == "QMATIC_UNAVAILABLE"


class TestReserveer:
    async def test_holds_the_slot_in_qmatic_with_only_the_case_id(self, demo: Scenario) -> None:
        huwelijk = gelukt(await demo.reserveer(await demo.burger(ALLEENSTAAND[0])))

        [reservering] = vastgehouden(demo)
        gehouden = await afspraak(demo, reservering)
        assert gehouden is not None
        assert gehouden["status"] == 10  # reserved, not confirmed
        assert datetime.fromisoformat(gehouden["start"]) == datetime.fromisoformat(START)
        assert gehouden["end"].startswith("2027-03-26T14:00:00")  # 60 minutes, in UTC
        assert json.loads(gehouden["custom"]) == {"zaakId": huwelijk["id"]}
        assert gehouden["customers"] == []

    async def test_two_couples_cannot_both_get_one_slot(self, demo: Scenario) -> None:
        gelukt(await demo.reserveer(await demo.burger(ALLEENSTAAND[0])))

        tweede = await demo.reserveer(await demo.burger(ALLEENSTAAND[2]))

        assert tweede["code"] == "SLOT_BEZET"
        assert len(vastgehouden(demo)) == 1
        assert await mijn_huwelijken(demo, ALLEENSTAAND[2]) == []

    async def test_a_slot_qmatic_refuses_is_slot_bezet_and_no_case(self, demo: Scenario) -> None:
        await boek_elders(demo, "14:00")

        uitkomst = await demo.reserveer(await demo.burger(ALLEENSTAAND[0]))

        assert uitkomst["code"] == "SLOT_BEZET"
        geweigerd = [r for r, a in demo.gateway.calls("qmatic") if a.status_code == 409]
        assert [r.url.path.endswith("/reserve") for r in geweigerd] == [True]
        assert await mijn_huwelijken(demo, ALLEENSTAAND[0]) == []

    async def test_qmatic_down_gives_its_code_and_no_case(self, tmp_path: Path) -> None:
        settings = demo_settings(tmp_path, gemeente_config=qmatic_gemeente(tmp_path))
        async with running_gateway(settings, transports={"qmatic": _onbereikbaar()}) as gateway:
            demo = Scenario(gateway, Klok())
            result = await gateway.graphql(
                'mutation { reserveer(invoer: {soort: HUWELIJK, ceremonietype: "UITGEBREID", '
                f'start: "{START}", locatie: {{locatieId: "gemeentehuis"}}, '
                "ambtenaar: {toegewezen: true}}) { __typename } }",
                token=await demo.burger(ALLEENSTAAND[0]),
            )

            assert result["errors"][0]["extensions"]["code"] == "QMATIC_UNAVAILABLE"
            assert "http" not in result["errors"][0]["message"]  # no URL, no upstream detail
            assert await mijn_huwelijken(demo, ALLEENSTAAND[0]) == []

    async def test_a_failed_save_after_the_hold_releases_the_hold(
        self, demo: Scenario, tmp_path: Path
    ) -> None:
        # Another case claims the gemeentehuis at START in the store just after Qmatic granted
        # the hold: the save of ours collides, and the hold must go again.
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'cases.db'}")
        start = datetime.fromisoformat(START)
        inner = demo.gateway.upstream["qmatic"]
        verder = inner.handle_async_request

        async def dan_een_ander(request: httpx.Request) -> httpx.Response:
            response = await verder(request)
            if request.url.path.endswith("/reserve"):
                ander = make_case(gemeentecode="9999", locatie_id="gemeentehuis")
                locatie = claim("locatie", "gemeentehuis", start)
                await CaseRepository(session_factory(engine)).add(ander, [locatie], [], start)
            return response

        inner.handle_async_request = dan_een_ander  # type: ignore[method-assign]
        try:
            uitkomst = await demo.reserveer(await demo.burger(ALLEENSTAAND[0]))
        finally:
            inner.handle_async_request = verder  # type: ignore[method-assign]
            await engine.dispose()

        assert uitkomst["code"] == "SLOT_BEZET"
        [reservering] = vastgehouden(demo)
        assert await afspraak(demo, reservering) is None
        vrijgegeven = [r for r, _ in demo.gateway.calls("qmatic") if r.method == "DELETE"]
        assert [r.url.path.rsplit("/", 1)[1] for r in vrijgegeven] == [reservering]
        assert await mijn_huwelijken(demo, ALLEENSTAAND[0]) == []


class TestBevestigEnAnnuleer:
    async def test_confirming_the_case_confirms_the_appointment(self, demo: Scenario) -> None:
        huwelijk = await bevestigd(demo)
        [reservering] = vastgehouden(demo)

        await tot(lambda: _status_is(demo, reservering, 20))
        assert huwelijk["status"] == "BEVESTIGD"

    async def test_a_lapsed_hold_is_taken_again_on_confirmation(
        self, demo: Scenario, tmp_path: Path
    ) -> None:
        huwelijk, eerste = await goedgekeurd(demo)
        demo.klok.verder(minutes=30)  # the embedded Qmatic drops holds after 15 minutes
        [eerste_hold] = vastgehouden(demo)
        assert await afspraak(demo, eerste_hold) is None
        await bevestig(demo, huwelijk, eerste)

        await tot(lambda: _aantal_holds(demo, 2))
        opnieuw = vastgehouden(demo)[1]
        await tot(lambda: _status_is(demo, opnieuw, 20))
        assert await opgeslagen_reservering(tmp_path, huwelijk["id"]) == opnieuw

    async def test_a_slot_qmatic_gave_away_shows_on_the_case(self, demo: Scenario) -> None:
        huwelijk, eerste = await goedgekeurd(demo)
        demo.klok.verder(minutes=30)
        await boek_elders(demo, "14:00")  # the desk took the slot once the hold had lapsed
        await bevestig(demo, huwelijk, eerste)

        async def fout_zichtbaar() -> bool:
            result = await demo.gateway.graphql(
                f'{{ huwelijk(id: "{huwelijk["id"]}") {{ zaakregistratie {{ laatsteFout }} }} }}',
                token=await demo.medewerker(),
            )
            fout = result["data"]["huwelijk"]["zaakregistratie"]["laatsteFout"] or ""
            return fout.startswith("AGENDA_SLOT_VERLOREN")

        await tot(fout_zichtbaar)

    async def test_cancelling_the_case_removes_the_appointment(self, demo: Scenario) -> None:
        eerste = await demo.burger(ALLEENSTAAND[0])
        huwelijk = gelukt(await demo.reserveer(eerste))
        [reservering] = vastgehouden(demo)

        gelukt(await demo.stap(eerste, "annuleer", huwelijk, 'reden: "Toch niet"'))

        await tot(lambda: _weg(demo, reservering))
        assert START in [
            s["start"] for s in (await demo.gateway.graphql(BESCHIKBAARHEID))["data"]["tijdsloten"]
        ]

    async def test_a_cancelled_confirmed_case_releases_its_confirmed_appointment(
        self, demo: Scenario
    ) -> None:
        huwelijk = await bevestigd(demo)
        [reservering] = vastgehouden(demo)
        await tot(lambda: _status_is(demo, reservering, 20))
        eerste = await demo.burger(ALLEENSTAAND[0])

        gelukt(await demo.stap(eerste, "annuleer", huwelijk, 'reden: "Toch niet"'))

        await tot(lambda: _weg(demo, reservering))

    async def test_an_expired_reservation_releases_its_hold(self, demo: Scenario) -> None:
        eerste = await demo.burger(ALLEENSTAAND[0])
        huwelijk = gelukt(await demo.reserveer(eerste))
        [reservering] = vastgehouden(demo)
        demo.klok.verder(days=4)  # partner 2 did not consent within 3 days

        assert (await lees(demo, huwelijk["id"], eerste))["status"] == "VERLOPEN"

        async def vrijgegeven() -> bool:
            return any(
                r.method == "DELETE" and r.url.path.endswith(f"/{reservering}")
                for r, _ in demo.gateway.calls("qmatic")
            )

        await tot(vrijgegeven)


class TestWijzigMoment:
    async def test_moving_holds_the_new_slot_first_then_releases_the_old(
        self, demo: Scenario
    ) -> None:
        eerste = await demo.burger(ALLEENSTAAND[0])
        huwelijk = gelukt(await demo.reserveer(eerste))
        nieuw_moment = f"{DAG}T10:00:00+01:00"

        huwelijk = gelukt(
            await demo.stap(eerste, "wijzigMoment", huwelijk, f'start: "{nieuw_moment}"')
        )

        oud, nieuw = vastgehouden(demo)
        verplaatst = await afspraak(demo, nieuw)
        assert verplaatst is not None and verplaatst["status"] == 10
        assert datetime.fromisoformat(verplaatst["start"]) == datetime.fromisoformat(nieuw_moment)
        await tot(lambda: _weg(demo, oud))
        assert huwelijk["moment"]["start"] == nieuw_moment

    async def test_moving_to_a_slot_qmatic_refuses_keeps_the_old_hold(self, demo: Scenario) -> None:
        eerste = await demo.burger(ALLEENSTAAND[0])
        huwelijk = gelukt(await demo.reserveer(eerste))
        await boek_elders(demo, "10:00")

        uitkomst = await demo.stap(
            eerste, "wijzigMoment", huwelijk, f'start: "{DAG}T10:00:00+01:00"'
        )

        assert uitkomst["code"] == "SLOT_BEZET"
        [reservering] = vastgehouden(demo)
        assert await afspraak(demo, reservering) is not None
        assert (await lees(demo, huwelijk["id"], eerste))["moment"]["start"] == START

    async def test_staff_moving_a_confirmed_case_confirms_the_new_slot_and_frees_the_old(
        self, demo: Scenario
    ) -> None:
        huwelijk = await bevestigd(demo)
        [oud] = vastgehouden(demo)
        await tot(lambda: _status_is(demo, oud, 20))

        gelukt(
            await demo.stap(
                await demo.medewerker(), "wijzigMoment", huwelijk, f'start: "{DAG}T10:00:00+01:00"'
            )
        )

        [_, nieuw] = vastgehouden(demo)
        await tot(lambda: _status_is(demo, nieuw, 20))
        await tot(lambda: _weg(demo, oud))


class TestHerhaaldeBezorging:
    async def test_a_repeated_delivery_changes_nothing_and_does_not_fail(
        self, demo: Scenario, tmp_path: Path
    ) -> None:
        huwelijk = await bevestigd(demo)
        [reservering] = vastgehouden(demo)
        await tot(lambda: _status_is(demo, reservering, 20))
        client = httpx.AsyncClient(
            transport=demo.gateway.upstream["qmatic"],
            base_url="http://gateway/registries/9999/qmatic",
        )
        engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'cases.db'}")
        agenda = QmaticAgenda(client, timeout=httpx.Timeout(5.0))
        huwelijken = HuwelijkRepository(CaseRepository(session_factory(engine)))
        slot = {
            "start": START,
            "eind": f"{DAG}T15:00:00+01:00",
            "locatie_id": "gemeentehuis",
            "ceremonietype": "UITGEBREID",
        }

        def bericht(soort: str, **payload: str) -> Uitgaand:
            return Uitgaand(1, "9999", huwelijk["id"], soort, "opnieuw", payload, 1)

        try:
            bevestig = bericht(SOORT_BEVESTIG, reservering_id=reservering, **slot)
            await Agendabevestiger(agenda, huwelijken)(bevestig)
            assert await _status_is(demo, reservering, 20)
            assert vastgehouden(demo) == [reservering]  # nothing taken again

            annuleer = bericht(SOORT_ANNULEER, reservering_id=reservering)
            await Agendavrijgever(agenda)(annuleer)
            await Agendavrijgever(agenda)(annuleer)  # gone already: fine
            assert await _weg(demo, reservering)
        finally:
            await client.aclose()
            await engine.dispose()


# --- helpers --------------------------------------------------------------------------------


def _onbereikbaar() -> httpx.MockTransport:
    def weiger(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    return httpx.MockTransport(weiger)


async def _status_is(demo: Scenario, public_id: str, status: int) -> bool:
    gevonden = await afspraak(demo, public_id)
    return gevonden is not None and gevonden["status"] == status


async def _weg(demo: Scenario, public_id: str) -> bool:
    return await afspraak(demo, public_id) is None


async def _aantal_holds(demo: Scenario, aantal: int) -> bool:
    return len(vastgehouden(demo)) >= aantal


async def opgeslagen_reservering(tmp_path: Path, huwelijk_id: str) -> str | None:
    """The Qmatic reservation the store keeps with the case."""
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'cases.db'}")
    try:
        case = await CaseRepository(session_factory(engine)).get(huwelijk_id, "9999")
    finally:
        await engine.dispose()
    assert case is not None
    return case.agenda_reservering_id


async def lees(demo: Scenario, huwelijk_id: str, token: str) -> dict[str, Any]:
    """The case as it is now (id, versie, status, moment)."""
    result = await demo.gateway.graphql(
        f'{{ huwelijk(id: "{huwelijk_id}") {{ id versie status moment {{ start }} }} }}',
        token=token,
    )
    gelezen: dict[str, Any] = result["data"]["huwelijk"]
    return gelezen


async def bevestig(demo: Scenario, huwelijk: dict[str, Any], eerste: str) -> dict[str, Any]:
    """Pay at the desk and confirm an approved case."""
    totaal = huwelijk["prijs"]["totaal"]["centen"]
    huwelijk = gelukt(
        await demo.stap(
            await demo.medewerker(),
            "registreerBetaling",
            huwelijk,
            f'bedragInCenten: {totaal}, referentie: "balie-1"',
        )
    )
    return gelukt(await demo.stap(eerste, "bevestig", huwelijk))


async def bevestigd(demo: Scenario) -> dict[str, Any]:
    """A confirmed case (partner 1 is ALLEENSTAAND[0])."""
    huwelijk, eerste = await goedgekeurd(demo)
    return await bevestig(demo, huwelijk, eerste)
