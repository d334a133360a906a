"""Outbox dead letters, on SQLite and PostgreSQL: a message that keeps failing is parked after a
bounded number of attempts, holds back only the later messages whose order matters, is shown
with its reason and can be requeued."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from gateway_support import demo_settings, running_gateway
from proces_support import ALLEENSTAAND, Klok, Scenario, gelukt
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from trouwgraph.adapters.errors import UpstreamUnavailable
from trouwgraph.adapters.zgw import ZaakMelding
from trouwgraph.resolvers.zaakregistratie import SOORT_REGISTREER, SOORT_STATUS, Bezorger
from trouwgraph.store.database import create_engine, session_factory
from trouwgraph.store.outbox import Bericht, OutboxRepository, Uitgaand

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
GEMEENTE = "0344"
NOTIFICATIE = "notificatie.publiceer"
GEMEENTE_DEMO = "9999"
STAND = "zaakregistratie { status laatsteFout geparkeerd { soort pogingen laatsteFout } }"


class Zaaksysteem:
    """The Zaakregistratie port, switchable down (a fake at the port, tests only)."""

    def __init__(self) -> None:
        self.down = False
        self.statussen: list[str] = []
        self.zaken: list[str] = []

    async def registreer_melding(self, melding: ZaakMelding) -> str:
        if self.down:
            raise UpstreamUnavailable("ZRC", "the Zaken API answered 503")
        self.zaken.append(melding.identificatie)
        return f"https://zaken.example/zaken/{melding.identificatie}"

    async def zet_status(
        self,
        zaak_url: str,
        statustype_omschrijving: str,
        datum: datetime,
        toelichting: str,
        resultaat: str | None = None,
    ) -> str:
        if self.down:
            raise UpstreamUnavailable("ZRC", "the Zaken API answered 503")
        self.statussen.append(statustype_omschrijving)
        return f"{zaak_url}/statussen/{len(self.statussen)}"


class Notificaties:
    """A verwerker for notifications; down or up."""

    def __init__(self) -> None:
        self.down = False
        self.verzonden: list[str] = []

    async def __call__(self, bericht: Uitgaand) -> None:
        if self.down:
            raise UpstreamUnavailable("NRC", "the Notificaties API answered 503")
        self.verzonden.append(bericht.sleutel)


@pytest.fixture
async def outbox(store_engine: AsyncEngine) -> OutboxRepository:
    async with store_engine.begin() as connection:
        await connection.execute(text("DELETE FROM outbox"))
    return OutboxRepository(session_factory(store_engine))


def registreer(case_id: str) -> Bericht:
    melding = {
        "identificatie": f"HUW-{case_id}",
        "startdatum": "2026-03-01",
        "omschrijving": "Melding voorgenomen huwelijk",
        "toelichting": "",
        "partners": [],
        "eigenschappen": [],
    }
    return Bericht(GEMEENTE, case_id, SOORT_REGISTREER, f"{case_id}:registreer", melding)


def status(case_id: str, naam: str) -> Bericht:
    payload = {"statustype": naam, "datum": NOW.isoformat(), "toelichting": naam}
    return Bericht(GEMEENTE, case_id, SOORT_STATUS, f"{case_id}:status:{naam}", payload)


def notificatie(case_id: str, naam: str) -> Bericht:
    return Bericht(GEMEENTE, case_id, NOTIFICATIE, f"{case_id}:notificatie:{naam}", {})


def bezorger(outbox: OutboxRepository, zaken: Zaaksysteem, meldingen: Notificaties) -> Bezorger:
    return Bezorger(
        outbox,
        zaken,
        max_pogingen=3,
        basis=timedelta(seconds=1),
        maximum=timedelta(seconds=1),
        verwerkers={NOTIFICATIE: meldingen},
    )


async def run_until_quiet(b: Bezorger, start: datetime, runs: int = 10) -> datetime:
    """Several delivery runs, each a minute later (past every backoff)."""
    now = start
    for _ in range(runs):
        now += timedelta(minutes=1)
        await b.bezorg(now)
    return now


async def test_a_failing_message_is_parked_after_the_bounded_attempts_with_its_reason(
    outbox: OutboxRepository,
) -> None:
    zaken, meldingen = Zaaksysteem(), Notificaties()
    zaken.down = True
    await outbox.plaats([registreer("a"), status("a", "Ontvangen")], NOW)
    b = bezorger(outbox, zaken, meldingen)
    now = await run_until_quiet(b, NOW)

    stand = await outbox.status_van("a")
    assert stand is not None and stand.status == "GEPARKEERD"
    assert stand.laatste_fout == "ZRC_UNAVAILABLE: the Zaken API answered 503"
    [geparkeerd] = await outbox.geparkeerd("a")
    assert (geparkeerd.soort, geparkeerd.pogingen) == (SOORT_REGISTREER, 3)
    assert await outbox.te_bezorgen(now + timedelta(days=30)) == []  # no more attempts
    assert await outbox.backlog() == {"wachtend": 1, "geparkeerd": 1}


async def test_an_invalid_message_is_parked_at_its_first_attempt(
    outbox: OutboxRepository,
) -> None:
    await outbox.plaats([Bericht(GEMEENTE, "b", "onbekend.soort", "b:x", {})], NOW)
    await bezorger(outbox, Zaaksysteem(), Notificaties()).bezorg(NOW)
    [geparkeerd] = await outbox.geparkeerd("b")
    assert geparkeerd.pogingen == 1
    assert geparkeerd.laatste_fout == "INVALID_MESSAGE: ValueError"


async def test_a_parked_notification_does_not_hold_back_the_zaak(
    outbox: OutboxRepository,
) -> None:
    zaken, meldingen = Zaaksysteem(), Notificaties()
    meldingen.down = True
    await outbox.plaats([notificatie("c", "eerste")], NOW)
    await outbox.plaats([registreer("c"), status("c", "Ontvangen")], NOW)
    await run_until_quiet(bezorger(outbox, zaken, meldingen), NOW)
    assert zaken.zaken == ["HUW-c"] and zaken.statussen == ["Ontvangen"]
    assert [g.soort for g in await outbox.geparkeerd("c")] == [NOTIFICATIE]


async def test_a_parked_registration_holds_back_its_statuses_but_not_notifications(
    outbox: OutboxRepository,
) -> None:
    zaken, meldingen = Zaaksysteem(), Notificaties()
    zaken.down = True
    await outbox.plaats([registreer("d"), status("d", "Ontvangen"), notificatie("d", "n")], NOW)
    b = bezorger(outbox, zaken, meldingen)
    now = await run_until_quiet(b, NOW)
    assert meldingen.verzonden == ["d:notificatie:n"]
    assert zaken.statussen == []  # a status never overtakes its zaak's registration
    assert [g.soort for g in await outbox.geparkeerd("d")] == [SOORT_REGISTREER]

    zaken.down = False  # the cause is fixed: staff requeue
    assert await outbox.herplaats("d", now) == 1
    stand = await outbox.status_van("d")
    assert stand is not None and stand.status == "IN_WACHTRIJ" and stand.pogingen == 0
    await run_until_quiet(b, now)
    assert zaken.zaken == ["HUW-d"] and zaken.statussen == ["Ontvangen"]
    stand = await outbox.status_van("d")
    assert stand is not None and stand.status == "GEREGISTREERD"
    assert await outbox.geparkeerd("d") == []
    assert await outbox.herplaats("d", now) == 0  # nothing left to requeue


async def test_staff_see_a_parked_message_with_its_reason_and_requeue_it(tmp_path: Path) -> None:
    # The app's own worker sleeps (interval 1 h): this test's Bezorger makes the dead letter.
    settings = demo_settings(tmp_path, outbox_interval=3600)
    async with running_gateway(settings, clock=Klok()) as gateway:
        demo = Scenario(gateway, Klok())
        partner = await demo.burger(ALLEENSTAAND[0])
        huwelijk = gelukt(await demo.reserveer(partner))
        engine = create_engine(settings.database_url)
        try:
            outbox = OutboxRepository(session_factory(engine))
            kapot = Bericht(GEMEENTE_DEMO, huwelijk["id"], "onbekend.soort", "kapot", {})
            await outbox.plaats([kapot], NOW)
            await bezorger(outbox, Zaaksysteem(), Notificaties()).bezorg(NOW)
        finally:
            await engine.dispose()

        staff = await demo.medewerker()
        query = f'{{ huwelijk(id: "{huwelijk["id"]}") {{ {STAND} }} }}'
        stand = (await gateway.graphql(query, token=staff))["data"]["huwelijk"]["zaakregistratie"]
        assert stand["status"] == "GEPARKEERD"
        assert stand["geparkeerd"] == [
            {"soort": "onbekend.soort", "pogingen": 1, "laatsteFout": "INVALID_MESSAGE: ValueError"}
        ]

        herplaats = f'herplaatsBerichten(id: "{huwelijk["id"]}", versie: {huwelijk["versie"]})'
        geweigerd = await gateway.graphql(
            f"mutation {{ {herplaats} {{ __typename ... on Probleem {{ code }} }} }}", token=partner
        )
        codes = [e["extensions"]["code"] for e in geweigerd.get("errors", [])]
        if geweigerd.get("data"):
            codes.append(geweigerd["data"]["herplaatsBerichten"].get("code"))
        assert codes == ["NIET_TOEGESTAAN"], geweigerd
        gewijzigd = f"... on HuwelijkGewijzigd {{ huwelijk {{ {STAND} }} }}"
        result = await gateway.graphql(f"mutation {{ {herplaats} {{ {gewijzigd} }} }}", token=staff)
        stand = result["data"]["herplaatsBerichten"]["huwelijk"]["zaakregistratie"]
        assert stand["status"] == "IN_WACHTRIJ" and stand["geparkeerd"] == []
