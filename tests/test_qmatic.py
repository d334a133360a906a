"""The Qmatic agenda adapter against the embedded Qmatic registry over HTTP, and its failures.

Wire shapes of the registry are compared with the recorded fixtures in
/work/shared/fixtures/agenda/qmatic; failure modes use an httpx.MockTransport.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from trouwgraph.adapters.agenda import (
    AgendaSlot,
    Middelsoort,
    ReserveringNietGevonden,
    Reserveringsstatus,
    TijdslotNietBeschikbaar,
)
from trouwgraph.adapters.errors import UpstreamError, UpstreamRejected
from trouwgraph.adapters.qmatic import QmaticAgenda
from trouwgraph.domain.configuratie import ProcesConfiguratie
from trouwgraph.registries.qmatic.app import API_ROOT, create_qmatic_registry
from trouwgraph.registries.qmatic.planning import Planning
from trouwgraph.server.gemeenten.proces import load_proces

AMS = ZoneInfo("Europe/Amsterdam")
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "agenda" / "qmatic"
DEMO = ROOT / "examples" / "demo" / "gemeente.toml"
TIMEOUT = httpx.Timeout(2.0)
DINSDAG = date(2026, 6, 2)  # EENVOUDIG: Tuesdays and Thursdays at the gemeentehuis


def demo_config() -> ProcesConfiguratie:
    raw = tomllib.loads(DEMO.read_text(encoding="utf-8"))
    return load_proces(raw["proces"], gemeentecode=raw["gemeentecode"], path=DEMO)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


class Recorder(httpx.AsyncBaseTransport):
    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self._inner.handle_async_request(request)

    def paths(self) -> list[str]:
        return [r.url.raw_path.decode() for r in self.requests]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def transport(clock: Clock) -> Recorder:
    return Recorder(create_qmatic_registry(Planning(demo_config(), now=clock)))


def agenda(transport: httpx.AsyncBaseTransport, **options: Any) -> QmaticAgenda:
    client = httpx.AsyncClient(transport=transport, base_url="http://qmatic.test/")
    return QmaticAgenda(client, timeout=TIMEOUT, **options)


def slot(start: time = time(10, 0), minuten: int = 10, dag: date = DINSDAG) -> AgendaSlot:
    begin = datetime.combine(dag, start, AMS)
    return AgendaSlot(begin, begin + timedelta(minutes=minuten), "gemeentehuis", "EENVOUDIG")


# --- wire shapes ----------------------------------------------------------------------


def keys(value: object) -> object:
    """The nested key structure (lists by their first element)."""
    if isinstance(value, dict):
        return {k: keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [keys(value[0])] if value else []
    return None


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


async def registry_get(transport: Recorder, path: str) -> Any:
    async with httpx.AsyncClient(transport=transport, base_url="http://q") as client:
        response = await client.get(API_ROOT + path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return response.json()


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/v1/branches", "branches.json"),
        ("/v1/services", "services.json"),
        ("/v1/branches/gemeentehuis/services", "limited_services.json"),
        ("/v1/services/EENVOUDIG/branches", "limited_branches.json"),
    ],
)
async def test_lists_have_the_recorded_wire_shape(
    transport: Recorder, path: str, name: str
) -> None:
    assert keys(await registry_get(transport, path)) == keys(fixture(name))


async def test_dates_and_times_have_the_recorded_shape_and_formats(transport: Recorder) -> None:
    dates = await registry_get(
        transport, "/v2/branches/gemeentehuis/dates;servicePublicId=EENVOUDIG"
    )
    times = await registry_get(
        transport,
        f"/v2/branches/gemeentehuis/dates/{DINSDAG}/times;servicePublicId=EENVOUDIG;numberOfCustomers=5",
    )

    assert keys(dates) == keys(fixture("dates.json"))
    assert set(times) == set(fixture("times.json"))
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00", d) for d in dates["dates"])
    assert f"{DINSDAG}T00:00:00" in dates["dates"]
    assert all(re.fullmatch(r"\d\d:\d\d", t) for t in times["times"])
    assert times["meta"]["arguments"] == {"numberOfCustomers": "[5]"}


async def test_book_and_appointment_have_the_recorded_shapes(transport: Recorder) -> None:
    async with httpx.AsyncClient(transport=transport, base_url="http://q") as client:
        booked = await client.post(
            f"{API_ROOT}/v2/branches/gemeentehuis/dates/{DINSDAG}/times/09:00/book",
            json={"title": "t", "services": [{"publicId": "EENVOUDIG"}], "customers": [{}]},
        )
        fetched = await client.get(f"{API_ROOT}/v1/appointments/{booked.json()['publicId']}")

    book, appointment = booked.json(), fetched.json()
    assert set(book) == set(fixture("book.json"))
    assert set(book["branch"]) == set(fixture("book.json")["branch"])
    assert set(appointment) == set(fixture("appointment.json"))
    assert set(appointment["appointment"]) == set(fixture("appointment.json")["appointment"])
    assert book["start"] == "2026-06-02T07:00:00.000+0000"  # book writes +0000 ...
    assert appointment["appointment"]["start"] == "2026-06-02T07:00:00.000+00:00"  # GET +00:00
    assert (book["status"], appointment["appointment"]["end"]) == (
        20,
        "2026-06-02T07:10:00.000+00:00",
    )


async def test_registry_errors_carry_error_headers_and_msg_body(transport: Recorder) -> None:
    async with httpx.AsyncClient(transport=transport, base_url="http://q") as client:
        unknown = await client.get(f"{API_ROOT}/v1/branches/nergens")
        malformed = await client.get(f"{API_ROOT}/v2/branches/gemeentehuis/dates;servicePublicId")

    assert unknown.status_code == 404
    assert unknown.json() == {"msg": "Branch not found"}
    assert unknown.headers["error_code"] == "404"
    assert unknown.headers["error_message"] == "Branch not found"
    assert malformed.status_code == 400
    assert set(malformed.json()) == set(fixture_error())


def fixture_error() -> dict[str, str]:
    return {"msg": "An error occured."}  # Open Forms' recorded error body


# --- the adapter over the registry -----------------------------------------------------


async def test_lists_the_demo_locations_as_resources(transport: Recorder) -> None:
    middelen = await agenda(transport).middelen()

    assert [m.id for m in middelen] == [
        "gemeentehuis",
        "gemeentehuis-raadzaal",
        "schip-de-bounty",
        "librije",
        "honeymoonsweet",
    ]
    assert all(m.soort is Middelsoort.LOCATIE for m in middelen)
    assert middelen[0].adres == "Demonstratielaan 1, 1234 AB, Demodam"


async def test_free_slots_use_matrix_parameters_and_amsterdam_times(transport: Recorder) -> None:
    slots = await agenda(transport).vrije_tijdsloten(DINSDAG, DINSDAG, ceremonietype="EENVOUDIG")

    assert slots[0] == slot(time(9, 0))
    assert slots[0].start.utcoffset() == timedelta(hours=2)
    assert {s.locatie_id for s in slots} == {"gemeentehuis"}
    assert [s.start.time() for s in slots][:3] == [time(9, 0), time(9, 30), time(10, 0)]
    paths = transport.paths()
    assert f"/{API_ROOT.strip('/')}/v1/services/EENVOUDIG/branches" in paths
    assert f"{API_ROOT}/v2/branches/gemeentehuis/dates;servicePublicId=EENVOUDIG" in paths
    assert (
        f"{API_ROOT}/v2/branches/gemeentehuis/dates/{DINSDAG}/times;servicePublicId=EENVOUDIG"
        in paths
    )


async def test_custom_slot_length_is_sent_and_shapes_the_slots(transport: Recorder) -> None:
    qmatic = agenda(transport, slotlengte_minuten={"UITGEBREID": 120})
    slots = await qmatic.vrije_tijdsloten(
        DINSDAG, DINSDAG, ceremonietype="UITGEBREID", locatie_id="librije"
    )

    assert slots[-1].start.time() == time(15, 0)  # 15:00-17:00 is the last to fit
    assert all(s.eind - s.start == timedelta(minutes=120) for s in slots)
    assert any(
        p.endswith("times;servicePublicId=UITGEBREID;customSlotLength=120")
        for p in transport.paths()
    )


async def test_a_locations_own_slot_length_is_sent_for_that_branch_only(
    transport: Recorder,
) -> None:
    qmatic = agenda(transport, locatie_slotlengte_minuten={("UITGEBREID", "librije"): 120})
    slots = await qmatic.vrije_tijdsloten(DINSDAG, DINSDAG, ceremonietype="UITGEBREID")

    lengtes = {s.locatie_id: s.eind - s.start for s in slots}
    assert lengtes["librije"] == timedelta(minutes=120)
    assert lengtes["gemeentehuis"] == timedelta(minutes=45)  # the service's own duration
    assert max(s.start.time() for s in slots if s.locatie_id == "librije") == time(15, 0)
    custom = [p for p in transport.paths() if "customSlotLength" in p]
    assert custom and all("/branches/librije/" in p for p in custom)


async def test_hold_confirm_cancel_round_trip(transport: Recorder) -> None:
    qmatic = agenda(transport)
    reservering_id = await qmatic.houd_vast(slot(), zaak_id="zaak-1")

    held = await qmatic.haal(reservering_id)
    assert held is not None
    assert (held.status, held.slot) == (Reserveringsstatus.VASTGEHOUDEN, slot())
    free = await qmatic.vrije_tijdsloten(DINSDAG, DINSDAG, ceremonietype="EENVOUDIG")
    assert slot() not in free

    confirmed = await qmatic.bevestig(reservering_id)
    assert (confirmed.id, confirmed.status) == (reservering_id, Reserveringsstatus.BEVESTIGD)

    await qmatic.annuleer(reservering_id)
    assert await qmatic.haal(reservering_id) is None
    await qmatic.annuleer(reservering_id)  # idempotent
    assert slot() in await qmatic.vrije_tijdsloten(DINSDAG, DINSDAG, ceremonietype="EENVOUDIG")


async def test_reserve_sends_no_personal_data_only_the_case_reference(transport: Recorder) -> None:
    await agenda(transport).houd_vast(slot(), zaak_id="zaak-1")

    body = json.loads(transport.requests[-1].content)
    assert body == {
        "title": "Huwelijksceremonie",
        "services": [{"publicId": "EENVOUDIG"}],
        "custom": '{"zaakId": "zaak-1"}',
        "customSlotLength": 10,
    }
    assert transport.paths()[-1].endswith(f"/dates/{DINSDAG}/times/10:00/reserve")


async def test_holding_a_taken_slot_is_tijdslot_niet_beschikbaar(transport: Recorder) -> None:
    qmatic = agenda(transport)
    await qmatic.houd_vast(slot(), zaak_id="zaak-1")

    with pytest.raises(TijdslotNietBeschikbaar):
        await qmatic.houd_vast(slot(time(10, 0), minuten=10), zaak_id="zaak-2")


async def test_an_expired_hold_is_gone_and_cannot_be_confirmed(
    transport: Recorder, clock: Clock
) -> None:
    qmatic = agenda(transport)
    reservering_id = await qmatic.houd_vast(slot(), zaak_id="zaak-1")
    clock.now += timedelta(minutes=16)

    assert await qmatic.haal(reservering_id) is None
    with pytest.raises(ReserveringNietGevonden):
        await qmatic.bevestig(reservering_id)


async def test_refuses_a_babs_search_and_malformed_ids(transport: Recorder) -> None:
    qmatic = agenda(transport)
    with pytest.raises(ValueError, match="officiants"):
        await qmatic.vrije_tijdsloten(DINSDAG, DINSDAG, ceremonietype="X", ambtenaar_id="b")
    with pytest.raises(ValueError, match="publicId"):
        await qmatic.haal("../branches")
    assert transport.requests == []


# --- failure modes ---------------------------------------------------------------------


def failing(handler: Callable[[httpx.Request], httpx.Response]) -> QmaticAgenda:
    return agenda(httpx.MockTransport(handler))


def qmatic_error(status: int, code: str, message: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(
        status,
        json={"msg": message},
        headers={"ERROR_CODE": code, "ERROR_MESSAGE": message},
    )


def raise_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("slow", request=request)


def raise_connect(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


@pytest.mark.parametrize(
    ("handler", "code"),
    [
        (qmatic_error(500, "500", "An error occured."), "QMATIC_UNAVAILABLE"),
        (qmatic_error(503, "503", "Service Unavailable"), "QMATIC_UNAVAILABLE"),
        (qmatic_error(400, "400", "Invalid date"), "QMATIC_REJECTED"),
        (qmatic_error(401, "401", "Unauthorized"), "QMATIC_AUTH_FAILED"),
        (qmatic_error(403, "403", "Forbidden"), "QMATIC_AUTH_FAILED"),
        (raise_timeout, "QMATIC_TIME_OUT"),
        (raise_connect, "QMATIC_UNAVAILABLE"),
        (
            lambda r: httpx.Response(
                200, content=b"{not json", headers={"content-type": "application/json"}
            ),
            "QMATIC_INVALID_RESPONSE",
        ),
        (
            lambda r: httpx.Response(200, html="<html><body>Gateway login</body></html>"),
            "QMATIC_INVALID_RESPONSE",
        ),
        (lambda r: httpx.Response(200, json={"branches": []}), "QMATIC_INVALID_RESPONSE"),
        (
            lambda r: httpx.Response(200, json={"branchList": [{"name": "x"}]}),
            "QMATIC_INVALID_RESPONSE",
        ),
    ],
)
async def test_failures_become_upstream_errors_with_stable_codes(
    handler: Callable[[httpx.Request], httpx.Response], code: str
) -> None:
    with pytest.raises(UpstreamError) as caught:
        await failing(handler).middelen()
    assert caught.value.code == code
    assert caught.value.registry == "QMATIC"


async def test_rejection_keeps_qmatic_error_code_and_message_for_the_log_only() -> None:
    with pytest.raises(UpstreamRejected) as caught:
        await failing(qmatic_error(400, "400", "Invalid date")).haal("abc")
    assert (caught.value.upstream_code, caught.value.title) == ("400", "Invalid date")
    assert "Invalid date" not in caught.value.message  # the message may reach a client


@pytest.mark.parametrize("status", [200, 409])
async def test_error_code_440_means_the_slot_is_taken(status: int) -> None:
    qmatic = failing(
        qmatic_error(status, "440", "No resource is available for the selected date and time")
    )
    with pytest.raises(TijdslotNietBeschikbaar):
        await qmatic.houd_vast(slot(), zaak_id="zaak-1")


async def test_malformed_appointment_times_are_invalid_response() -> None:
    appointment = fixture("appointment.json")
    appointment["appointment"]["start"] = "tomorrow"
    qmatic = failing(lambda r: httpx.Response(200, json=appointment))
    with pytest.raises(UpstreamError) as caught:
        await qmatic.haal("d50517a0ae88cdbc495f7a32e011cb")
    assert caught.value.code == "QMATIC_INVALID_RESPONSE"


async def test_reads_the_recorded_appointment_fixture() -> None:
    qmatic = failing(lambda r: httpx.Response(200, json=fixture("appointment.json")))
    reservering = await qmatic.haal("d50517a0ae88cdbc495f7a32e011cb")

    assert reservering is not None
    assert reservering.status is Reserveringsstatus.BEVESTIGD
    assert reservering.slot.start == datetime(2016, 11, 10, 13, 30, tzinfo=AMS)
    assert reservering.slot.locatie_id == "f364d92b7fa07a48c4ecc862de30"
    assert reservering.slot.ceremonietype == "1e0c3d34acb5a4ad0133b2927959e8"


async def test_maps_qmatic_ids_to_our_ids_both_ways() -> None:
    qmatic = failing(lambda r: httpx.Response(200, json=fixture("appointment.json")))
    qmatic = QmaticAgenda(
        qmatic._client,
        timeout=TIMEOUT,
        vestigingen={"gemeentehuis": "f364d92b7fa07a48c4ecc862de30"},
        diensten={"EENVOUDIG": "1e0c3d34acb5a4ad0133b2927959e8"},
    )
    reservering = await qmatic.haal("d50517a0ae88cdbc495f7a32e011cb")
    assert reservering is not None
    assert (reservering.slot.locatie_id, reservering.slot.ceremonietype) == (
        "gemeentehuis",
        "EENVOUDIG",
    )


async def test_api_key_guards_the_registry(clock: Clock) -> None:
    app = create_qmatic_registry(Planning(demo_config(), now=clock), api_key="geheim")
    transport = httpx.ASGITransport(app=app)
    for headers, code in (
        ({}, "QMATIC_AUTH_FAILED"),
        ({"X-Api-Key": "fout"}, "QMATIC_AUTH_FAILED"),
    ):
        client = httpx.AsyncClient(transport=transport, base_url="http://q/", headers=headers)
        with pytest.raises(UpstreamError) as caught:
            await QmaticAgenda(client, timeout=TIMEOUT).middelen()
        assert caught.value.code == code
    client = httpx.AsyncClient(
        transport=transport, base_url="http://q/", headers={"X-Api-Key": "geheim"}
    )
    assert len(await QmaticAgenda(client, timeout=TIMEOUT).middelen()) == 5
