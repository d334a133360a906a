"""The BAG: embedded registry, adapter over HTTP (every exchange checked against the spec),
the own-location check, and the adapter's failure modes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from bag_contract import validate_bag_exchange
from gateway_support import RecordingTransport
from starlette.applications import Starlette
from starlette.routing import Mount

from trouwgraph.adapters.bag import BagIndividueleBevragingen
from trouwgraph.adapters.errors import (
    UpstreamAuthFailed,
    UpstreamError,
    UpstreamInvalidResponse,
    UpstreamRejected,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from trouwgraph.domain.adrescontrole import Adresuitkomst, controleer_eigen_locatie
from trouwgraph.domain.onderdelen import Adres
from trouwgraph.registries.bag.app import create_bag_registry, load_adressen
from trouwgraph.registries.bag.seed import build, demo_locatieadressen, parse_adresregel

BASE_PATH = "/lvbag/individuelebevragingen/v2"
BASE_URL = f"https://bag.gemeente.test{BASE_PATH}"
TIMEOUT = httpx.Timeout(2.0)
API_KEY = "bag-test-key"
DEMODAM = "9999"


def registry(api_key: str | None = API_KEY) -> RecordingTransport:
    app = create_bag_registry(load_adressen(), api_key=api_key)
    return RecordingTransport(Starlette(routes=[Mount(BASE_PATH, app)]), validate_bag_exchange)


def client(transport: httpx.AsyncBaseTransport, key: str | None = API_KEY) -> httpx.AsyncClient:
    headers = {"X-Api-Key": key} if key else {}
    return httpx.AsyncClient(base_url=BASE_URL, transport=transport, headers=headers)


def adapter(
    transport: httpx.AsyncBaseTransport, key: str | None = API_KEY
) -> BagIndividueleBevragingen:
    return BagIndividueleBevragingen(client(transport, key), timeout=TIMEOUT)


def adres(straat: str, nummer: int, postcode: str, woonplaats: str, **extra: Any) -> Adres:
    return Adres(
        straat=straat, huisnummer=nummer, postcode=postcode, woonplaats=woonplaats, **extra
    )


class TestAdapterAgainstRegistry:
    async def test_finds_the_town_hall_with_its_municipality(self) -> None:
        transport = registry()

        found = await adapter(transport).zoek("1234 ab", 1)

        assert [(a.straat, a.huisnummer, a.postcode, a.woonplaats) for a in found] == [
            ("Demonstratielaan", 1, "1234AB", "Demodam")
        ]
        assert (found[0].gemeentecode, found[0].gemeentenaam) == (DEMODAM, "Demodam")
        assert found[0].als_tekst() == "Demonstratielaan 1, 1234 AB Demodam"
        paths = [request.url.path for request, _ in transport.exchanges]
        assert paths == [f"{BASE_PATH}/adressen", f"{BASE_PATH}/woonplaatsen/9999"]

    async def test_exact_match_requires_the_letter_and_addition(self) -> None:
        bag = adapter(registry())

        assert await bag.zoek("1234AB", 3) == []
        [met_letter] = await bag.zoek("1234AB", 3, huisletter="a")
        [met_toevoeging] = await bag.zoek("1234AB", 5, toevoeging="bis")

        assert met_letter.huisletter == "A"
        assert met_toevoeging.toevoeging == "bis"

    async def test_asks_the_municipality_of_a_woonplaats_once(self) -> None:
        transport = registry()
        bag = adapter(transport)

        await bag.zoek("1234AB", 1)
        await bag.zoek("1234AB", 2)

        woonplaats_calls = [r for r, _ in transport.exchanges if "woonplaatsen" in r.url.path]
        assert len(woonplaats_calls) == 1

    async def test_reads_an_address_by_nummeraanduiding_and_none_for_an_unknown_one(self) -> None:
        bag = adapter(registry())
        [stadhuis] = await bag.zoek("1234AB", 1)

        assert await bag.raadpleeg(stadhuis.nummeraanduiding_identificatie) == stadhuis
        assert await bag.raadpleeg("9999200000000001") is None

    async def test_input_no_bag_address_can_have_finds_nothing_without_asking(self) -> None:
        transport = registry()

        assert await adapter(transport).zoek("0123AB", 1) == []
        assert await adapter(transport).zoek("1234AB", 1, toevoeging="a-b") == []
        assert transport.exchanges == []

    async def test_missing_api_key_is_refused_as_auth_failure(self) -> None:
        with pytest.raises(UpstreamAuthFailed) as raised:
            await adapter(registry(), key=None).zoek("1234AB", 1)
        assert raised.value.code == "BAG_AUTH_FAILED"
        assert raised.value.status_code == 401

    async def test_wrong_api_key_is_refused_with_403(self) -> None:
        with pytest.raises(UpstreamAuthFailed) as raised:
            await adapter(registry(), key="wrong").zoek("1234AB", 1)
        assert raised.value.status_code == 403


class TestRegistry:
    async def test_rejects_a_bad_postcode_with_invalid_params(self) -> None:
        async with client(registry()) as http:
            response = await http.get("adressen", params={"postcode": "0000ZZ", "huisnummer": 1})

        assert response.status_code == 400
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert body["code"] == "paramsValidation"
        assert [p["name"] for p in body["invalid-params"]] == ["postcode"]

    async def test_rejects_a_search_without_a_supported_combination(self) -> None:
        async with client(registry()) as http:
            response = await http.get("adressen", params={"huisnummer": 1})

        assert response.status_code == 400
        assert response.json()["code"] == "paramsRequired"

    async def test_without_exact_match_a_number_finds_all_its_letters(self) -> None:
        async with client(registry()) as http:
            response = await http.get("adressen", params={"postcode": "1234AB", "huisnummer": 3})

        [gevonden] = response.json()["_embedded"]["adressen"]
        assert gevonden["huisletter"] == "A"
        assert response.headers["api-version"] == "2.0.0"

    async def test_an_empty_result_has_links_but_no_embedded_addresses(self) -> None:
        async with client(registry()) as http:
            response = await http.get("adressen", params={"postcode": "1234AB", "huisnummer": 99})

        assert response.status_code == 200
        assert "_embedded" not in response.json()
        assert "next" not in response.json()["_links"]

    async def test_unknown_woonplaats_is_a_404_problem(self) -> None:
        async with client(registry()) as http:
            response = await http.get("woonplaatsen/1111", params={"expand": "bronhouders"})

        assert response.status_code == 404
        assert response.json()["code"] == "notFound"

    async def test_unsupported_accept_is_a_406_problem(self) -> None:
        async with client(registry()) as http:
            response = await http.get(
                "adressen",
                params={"postcode": "1234AB", "huisnummer": 1},
                headers={"Accept": "text/csv"},
            )

        assert response.status_code == 406

    async def test_pages_through_results_with_hal_links(self) -> None:
        records: list[dict[str, Any]] = [
            {
                **load_adressen()[0],
                "nummeraanduidingIdentificatie": f"0363200000{n:06d}",
                "huisnummertoevoeging": str(n),
            }
            for n in range(1, 13)
        ]
        app = create_bag_registry(records)  # type: ignore[arg-type]
        transport = RecordingTransport(
            Starlette(routes=[Mount(BASE_PATH, app)]), validate_bag_exchange
        )
        first = records[0]
        async with client(transport) as http:
            params: dict[str, str | int] = {
                "postcode": first["postcode"],
                "huisnummer": first["huisnummer"],
                "pageSize": 10,
            }
            page1 = await http.get("adressen", params=params)
            page2 = await http.get("adressen", params={**params, "page": 2})

        assert len(page1.json()["_embedded"]["adressen"]) == 10
        assert "page=2" in page1.json()["_links"]["next"]["href"]
        assert len(page2.json()["_embedded"]["adressen"]) == 2
        assert "next" not in page2.json()["_links"]


class TestEigenLocatieControle:
    async def test_an_address_in_demodam_is_accepted(self) -> None:
        gevonden = await adapter(registry()).zoek("1234AC", 7)

        uitkomst = controleer_eigen_locatie(
            adres("Kerkplein", 7, "1234 AC", "Demodam"), [a.feit() for a in gevonden], DEMODAM
        )

        assert uitkomst.uitkomst is Adresuitkomst.OK
        assert uitkomst.akkoord
        assert uitkomst.bag_adres is not None

    async def test_an_existing_address_elsewhere_names_its_municipality(self) -> None:
        gevonden = await adapter(registry()).zoek("1620AA", 1, toevoeging="5")

        uitkomst = controleer_eigen_locatie(
            adres("Hoofd", 1, "1620AA", "Hoorn", toevoeging="5"),
            [a.feit() for a in gevonden],
            DEMODAM,
        )

        assert uitkomst.uitkomst is Adresuitkomst.BUITEN_GEMEENTE
        assert "gemeente Hoorn" in uitkomst.reden
        assert not uitkomst.akkoord

    async def test_an_unknown_address_is_refused_as_unknown(self) -> None:
        gevonden = await adapter(registry()).zoek("1234AB", 99)

        uitkomst = controleer_eigen_locatie(
            adres("Demonstratielaan", 99, "1234AB", "Demodam"),
            [a.feit() for a in gevonden],
            DEMODAM,
        )

        assert uitkomst.uitkomst is Adresuitkomst.ONBEKEND_ADRES
        assert "Demonstratielaan 99, 1234 AB Demodam" in uitkomst.reden

    def test_letter_must_match_even_when_the_bag_returns_more(self) -> None:
        from trouwgraph.domain.adrescontrole import BagFeit

        feit = BagFeit(
            "9999200000000001", "Kerkplein", 7, "1234AC", "Demodam", DEMODAM, huisletter="B"
        )

        uitkomst = controleer_eigen_locatie(
            adres("Kerkplein", 7, "1234AC", "Demodam"), [feit], DEMODAM
        )

        assert uitkomst.uitkomst is Adresuitkomst.ONBEKEND_ADRES


class TestSeed:
    def test_committed_data_is_what_the_seed_script_generates(self) -> None:
        from trouwgraph.registries.bag.seed import PERSONEN

        personen = json.loads(PERSONEN.read_text(encoding="utf-8"))["personen"]
        document = build(personen, demo_locatieadressen())

        assert document["adressen"] == load_adressen()

    def test_parses_a_location_address_line(self) -> None:
        assert parse_adresregel("Raadhuisplein 1A, 9411 NB Beilen") == (
            "Raadhuisplein",
            1,
            "A",
            None,
            "9411NB",
            "Beilen",
        )


def failing(handler: Any) -> BagIndividueleBevragingen:
    return adapter(httpx.MockTransport(handler))


PROBLEM = {"content-type": "application/problem+json", "api-version": "2.0.0"}


class TestFailureModes:
    async def test_400_problem_becomes_rejected_with_the_parameter_names(self) -> None:
        body = {
            "status": 400,
            "title": "Een of meerdere parameters zijn niet correct.",
            "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1",
            "detail": "x",
            "instance": "https://bag.test/adressen?postcode=1234AB",
            "code": "paramsValidation",
            "invalid-params": [{"name": "postcode", "code": "pattern", "reason": "1234AB is fout"}],
        }
        bag = failing(lambda request: httpx.Response(400, json=body, headers=PROBLEM))

        with pytest.raises(UpstreamRejected) as raised:
            await bag.zoek("1234AB", 1)

        assert raised.value.code == "BAG_REJECTED"
        assert raised.value.invalid_params == (("postcode", "pattern"),)
        assert "1234AB" not in str(raised.value)

    @pytest.mark.parametrize("status", [500, 503, 429])
    async def test_5xx_and_429_become_unavailable(self, status: int) -> None:
        body = {
            "status": status,
            "title": "Interne server fout.",
            "type": "x",
            "detail": "x",
            "instance": "x",
        }
        bag = failing(lambda request: httpx.Response(status, json=body, headers=PROBLEM))

        with pytest.raises(UpstreamUnavailable) as raised:
            await bag.zoek("1234AB", 1)

        assert raised.value.code == "BAG_UNAVAILABLE"

    async def test_timeout_becomes_time_out(self) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            raise httpx.ReadTimeout("slow", request=request)

        with pytest.raises(UpstreamTimeout) as raised:
            await failing(handler).zoek("1234AB", 1)

        assert raised.value.code == "BAG_TIME_OUT"

    async def test_connect_error_becomes_unavailable_without_the_url(self) -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError(f"cannot reach {request.url}", request=request)

        with pytest.raises(UpstreamUnavailable) as raised:
            await failing(handler).zoek("1234AB", 1)

        assert "bag.gemeente.test" not in str(raised.value)

    async def test_malformed_json_becomes_invalid_response(self) -> None:
        bag = failing(
            lambda request: httpx.Response(
                200, content=b'{"_embedded": ', headers={"content-type": "application/hal+json"}
            )
        )

        with pytest.raises(UpstreamInvalidResponse) as raised:
            await bag.zoek("1234AB", 1)

        assert raised.value.code == "BAG_INVALID_RESPONSE"

    async def test_html_page_with_status_200_becomes_invalid_response(self) -> None:
        bag = failing(
            lambda request: httpx.Response(
                200, content=b"<html>Onderhoud</html>", headers={"content-type": "text/html"}
            )
        )

        with pytest.raises(UpstreamInvalidResponse):
            await bag.zoek("1234AB", 1)

    async def test_wrong_shape_names_the_path_not_the_value(self) -> None:
        body = {
            "_embedded": {"adressen": [{"huisnummer": "een", "woonplaatsIdentificatie": "9999"}]}
        }
        bag = failing(
            lambda request: httpx.Response(
                200, json=body, headers={"content-type": "application/hal+json"}
            )
        )

        with pytest.raises(UpstreamInvalidResponse) as raised:
            await bag.zoek("1234AB", 1)

        assert "adressen[0].huisnummer" in str(raised.value)
        assert "een" not in str(raised.value)

    async def test_every_failure_is_an_upstream_error_of_the_bag(self) -> None:
        bag = failing(lambda request: httpx.Response(418))

        with pytest.raises(UpstreamError) as raised:
            await bag.zoek("1234AB", 1)

        assert raised.value.registry == "BAG"
