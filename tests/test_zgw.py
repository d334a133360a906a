"""The ZGW adapter against the embedded Zaken and Catalogi registries, every exchange checked
against the specs; the registry's own rules; and the failure modes of the case system."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import OctKey
from zgw_support import (
    BRONORGANISATIE,
    BSN_1,
    BSN_2,
    CLIENT_ID,
    SECRET,
    ZAKEN_ROOT,
    ZgwTransport,
    adapter,
    clients,
    melding,
    registry,
)

from trouwgraph.adapters.errors import UpstreamError, UpstreamRejected
from trouwgraph.adapters.zgw import ZgwZaakregistratie
from trouwgraph.adapters.zgw_auth import ZgwJwtAuth
from trouwgraph.adapters.zgw_http import CRS_HEADERS
from trouwgraph.registries.zgw.app import create_zgw_registry

ONTVANGEN_OP = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


class Setup:
    def __init__(self, transport: ZgwTransport, zaken: httpx.AsyncClient, port: ZgwZaakregistratie):
        self.transport = transport
        self.zaken = zaken
        self.port = port

    async def zaken_met(self, identificatie: str) -> list[dict[str, Any]]:
        answer = await self.zaken.get(
            "zaken",
            params={"identificatie": identificatie, "bronorganisatie": BRONORGANISATIE},
            headers=CRS_HEADERS,
        )
        return list(answer.json()["results"])

    async def rollen(self, zaak_url: str) -> list[dict[str, Any]]:
        answer = await self.zaken.get("rollen", params={"zaak": zaak_url})
        results = list(answer.json()["results"])
        while answer.json()["next"]:
            answer = await self.zaken.get(answer.json()["next"])
            results += answer.json()["results"]
        return results

    async def eigenschappen(self, zaak_url: str) -> list[dict[str, Any]]:
        return list((await self.zaken.get(f"{zaak_url}/zaakeigenschappen")).json())

    async def statussen(self, zaak_url: str) -> list[dict[str, Any]]:
        answer = await self.zaken.get("statussen", params={"zaak": zaak_url})
        return list(answer.json()["results"])

    async def resultaten(self, zaak_url: str) -> list[dict[str, Any]]:
        answer = await self.zaken.get("resultaten", params={"zaak": zaak_url})
        return list(answer.json()["results"])


CATALOGI_ROOT = ZAKEN_ROOT.replace("/zaken/", "/catalogi/")
VERWERKT_OP = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)


async def _catalogus_lijst(zaken: httpx.AsyncClient, resource: str, zaaktype: str) -> list[Any]:
    """Every item of a Catalogi list for `zaaktype` (following `next`)."""
    answer = await zaken.get(f"{CATALOGI_ROOT}{resource}", params={"zaaktype": zaaktype})
    results = list(answer.json()["results"])
    while answer.json()["next"]:
        answer = await zaken.get(answer.json()["next"])
        results += answer.json()["results"]
    return results


async def _catalogus_url(
    zaken: httpx.AsyncClient, resource: str, zaaktype: str, omschrijving: str
) -> str:
    items = await _catalogus_lijst(zaken, resource, zaaktype)
    return next(str(i["url"]) for i in items if i["omschrijving"] == omschrijving)


@pytest.fixture
async def zgw() -> AsyncIterator[Setup]:
    transport = ZgwTransport(registry())
    zaken, catalogi = clients(transport)
    async with zaken, catalogi:
        yield Setup(transport, zaken, adapter(zaken, catalogi))


class TestRegistreerMelding:
    async def test_registers_a_zaak_with_both_partners_and_three_eigenschappen(
        self, zgw: Setup
    ) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())

        [zaak] = await zgw.zaken_met("HUW-zaak-1")
        assert zaak["url"] == zaak_url
        assert zaak["zaaktype"].endswith("/zaaktypen/1ca29793-b797-4d52-953b-2c231fb8a6cf")
        rollen = await zgw.rollen(zaak_url)
        assert sorted(
            (r["omschrijvingGeneriek"], r["betrokkeneIdentificatie"]["inpBsn"]) for r in rollen
        ) == [("initiator", BSN_1), ("mede_initiator", BSN_2)]
        assert {r["betrokkeneType"] for r in rollen} == {"natuurlijk_persoon"}
        eigenschappen = await zgw.eigenschappen(zaak_url)
        assert {(e["naam"], e["waarde"]) for e in eigenschappen} == {
            ("huwelijksdatum", "20260601143000"),
            ("huwelijkslocatie", "Stadhuis"),
            ("soortCeremonie", "STANDAARD"),
        }

    async def test_registering_twice_gives_one_zaak_two_rollen_three_eigenschappen(
        self, zgw: Setup
    ) -> None:
        first = await zgw.port.registreer_melding(melding())
        second = await zgw.port.registreer_melding(melding())

        assert first == second
        assert len(await zgw.zaken_met("HUW-zaak-1")) == 1
        assert len(await zgw.rollen(first)) == 2
        assert len(await zgw.eigenschappen(first)) == 3
        assert (
            zgw.transport.calls("POST", "/zaken/api/v1/zaken")
            - zgw.transport.calls("POST", "/zaakeigenschappen")
            == 1
        )

    async def test_a_retry_after_a_partial_failure_completes_what_is_missing(self) -> None:
        posted_rollen = 0

        def second_rol_fails(request: httpx.Request) -> httpx.Response | None:
            nonlocal posted_rollen
            if request.method == "POST" and request.url.path.endswith("/rollen"):
                posted_rollen += 1
                if posted_rollen == 2:
                    return httpx.Response(503, json={"detail": "down"})
            return None

        transport = ZgwTransport(registry(), fault=second_rol_fails)
        zaken, catalogi = clients(transport)
        async with zaken, catalogi:
            zgw = Setup(transport, zaken, adapter(zaken, catalogi))
            with pytest.raises(UpstreamError) as raised:
                await zgw.port.registreer_melding(melding())
            assert raised.value.code == "ZAKEN_UNAVAILABLE"
            [zaak] = await zgw.zaken_met("HUW-zaak-1")
            assert len(await zgw.rollen(str(zaak["url"]))) == 1

            zaak_url = await zgw.port.registreer_melding(melding())

            assert zaak_url == zaak["url"]
            assert len(await zgw.zaken_met("HUW-zaak-1")) == 1
            assert len(await zgw.rollen(zaak_url)) == 2
            assert len(await zgw.eigenschappen(zaak_url)) == 3

    async def test_catalogue_is_read_once_per_process(self, zgw: Setup) -> None:
        await zgw.port.registreer_melding(melding("HUW-a"))
        reads = zgw.transport.calls("GET", "/catalogi/")
        await zgw.port.registreer_melding(melding("HUW-b"))

        assert reads >= 4  # zaaktypen, statustypen (2 pages), roltypen, eigenschappen
        assert zgw.transport.calls("GET", "/catalogi/") == reads

    async def test_every_request_carries_a_fresh_zgw_jwt(self, zgw: Setup) -> None:
        await zgw.port.registreer_melding(melding())

        request = zgw.transport.exchanges[-1][0]
        token = request.headers["Authorization"].removeprefix("Bearer ")
        claims = jwt.decode(token, OctKey.import_key(SECRET), algorithms=["HS256"]).claims
        assert claims["iss"] == claims["client_id"] == CLIENT_ID
        assert abs(claims["iat"] - time.time()) < 60
        assert {"user_id", "user_representation"} <= set(claims)


class TestZetStatus:
    async def test_sets_a_status_once_even_when_repeated(self, zgw: Setup) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())

        await zgw.port.zet_status(zaak_url, "Ontvangen", ONTVANGEN_OP, "Melding ontvangen")
        await zgw.port.zet_status(zaak_url, "Ontvangen", ONTVANGEN_OP, "Melding ontvangen")

        [status] = await zgw.statussen(zaak_url)
        assert status["statustoelichting"] == "Melding ontvangen"
        [zaak] = await zgw.zaken_met("HUW-zaak-1")
        assert zaak["status"] == status["url"]
        assert zaak["einddatum"] is None

    async def test_the_final_status_with_its_resultaat_closes_the_zaak(self, zgw: Setup) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())
        await zgw.port.zet_status(zaak_url, "Ontvangen", ONTVANGEN_OP, "ontvangen")

        await zgw.port.zet_status(
            zaak_url, "Verwerkt", VERWERKT_OP, "goedgekeurd", resultaat="Verwerkt"
        )

        [zaak] = await zgw.zaken_met("HUW-zaak-1")
        assert zaak["einddatum"] == "2026-03-05"
        assert len(await zgw.statussen(zaak_url)) == 2
        [resultaat] = await zgw.resultaten(zaak_url)
        assert zaak["resultaat"] == resultaat["url"]
        assert resultaat["resultaattype"] == await _catalogus_url(
            zgw.zaken, "resultaattypen", zaak["zaaktype"], "Verwerkt"
        )

    async def test_a_withdrawal_gives_the_resultaat_ingetrokken(self, zgw: Setup) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())

        await zgw.port.zet_status(
            zaak_url, "Verwerkt", VERWERKT_OP, "ingetrokken", resultaat="Ingetrokken"
        )

        [zaak] = await zgw.zaken_met("HUW-zaak-1")
        [resultaat] = await zgw.resultaten(zaak_url)
        assert resultaat["resultaattype"] == await _catalogus_url(
            zgw.zaken, "resultaattypen", zaak["zaaktype"], "Ingetrokken"
        )
        assert zaak["einddatum"] == "2026-03-05"

    async def test_repeating_the_final_status_creates_one_resultaat_and_one_status(
        self, zgw: Setup
    ) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())

        first = await zgw.port.zet_status(
            zaak_url, "Verwerkt", VERWERKT_OP, "goedgekeurd", resultaat="Verwerkt"
        )
        second = await zgw.port.zet_status(
            zaak_url, "Verwerkt", VERWERKT_OP, "goedgekeurd", resultaat="Verwerkt"
        )

        assert first == second
        assert len(await zgw.resultaten(zaak_url)) == 1
        assert len(await zgw.statussen(zaak_url)) == 1
        assert zgw.transport.calls("POST", "/resultaten") == 1

    async def test_a_retry_after_the_status_failed_reuses_the_resultaat(self) -> None:
        statussen_down = True

        def status_fails(request: httpx.Request) -> httpx.Response | None:
            if statussen_down and request.method == "POST" and "/statussen" in request.url.path:
                return httpx.Response(503, json={"detail": "down"})
            return None

        transport = ZgwTransport(registry(), fault=status_fails)
        zaken, catalogi = clients(transport)
        async with zaken, catalogi:
            zgw = Setup(transport, zaken, adapter(zaken, catalogi))
            zaak_url = await zgw.port.registreer_melding(melding())
            with pytest.raises(UpstreamError) as raised:
                await zgw.port.zet_status(
                    zaak_url, "Verwerkt", VERWERKT_OP, "goedgekeurd", resultaat="Verwerkt"
                )
            assert raised.value.code == "ZAKEN_UNAVAILABLE"
            assert len(await zgw.resultaten(zaak_url)) == 1

            statussen_down = False
            await zgw.port.zet_status(
                zaak_url, "Verwerkt", VERWERKT_OP, "goedgekeurd", resultaat="Verwerkt"
            )

            assert len(await zgw.resultaten(zaak_url)) == 1
            assert len(await zgw.statussen(zaak_url)) == 1
            assert transport.calls("POST", "/resultaten") == 1

    async def test_keeps_a_resultaat_the_case_system_already_gave(self, zgw: Setup) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())
        [zaak] = await zgw.zaken_met("HUW-zaak-1")
        ingetrokken = await _catalogus_url(
            zgw.zaken, "resultaattypen", zaak["zaaktype"], "Ingetrokken"
        )
        answer = await zgw.zaken.post(
            "resultaten", json={"zaak": zaak_url, "resultaattype": ingetrokken}
        )
        assert answer.status_code == 201

        await zgw.port.zet_status(
            zaak_url, "Verwerkt", VERWERKT_OP, "goedgekeurd", resultaat="Verwerkt"
        )

        [resultaat] = await zgw.resultaten(zaak_url)
        assert resultaat["url"] == answer.json()["url"]
        assert resultaat["resultaattype"] == ingetrokken
        assert len(await zgw.statussen(zaak_url)) == 1

    async def test_an_unknown_resultaattype_is_a_catalogue_mismatch(self, zgw: Setup) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())

        with pytest.raises(UpstreamError) as raised:
            await zgw.port.zet_status(
                zaak_url, "Verwerkt", VERWERKT_OP, "", resultaat="Bestaat niet"
            )

        assert raised.value.code == "CATALOGI_MISMATCH"
        assert await zgw.resultaten(zaak_url) == []
        assert await zgw.statussen(zaak_url) == []

    async def test_the_final_status_without_a_resultaat_is_refused(self, zgw: Setup) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())

        with pytest.raises(UpstreamError) as raised:
            await zgw.port.zet_status(zaak_url, "Verwerkt", VERWERKT_OP, "goedgekeurd")

        assert raised.value.code == "ZAKEN_REJECTED"
        assert isinstance(raised.value, UpstreamRejected)
        assert raised.value.invalid_params == (("nonFieldErrors", "resultaat-does-not-exist"),)
        [zaak] = await zgw.zaken_met("HUW-zaak-1")
        assert zaak["einddatum"] is None

    async def test_an_unknown_statustype_is_a_catalogue_mismatch(self, zgw: Setup) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())

        with pytest.raises(UpstreamError) as raised:
            await zgw.port.zet_status(zaak_url, "Bestaat niet", ONTVANGEN_OP, "")

        assert raised.value.code == "CATALOGI_MISMATCH"


class TestRegistryRules:
    async def _client(self, **kwargs: object) -> httpx.AsyncClient:
        app = create_zgw_registry(clients={CLIENT_ID: SECRET})
        return httpx.AsyncClient(
            transport=ZgwTransport(app),
            base_url=ZAKEN_ROOT,
            **kwargs,  # type: ignore[arg-type]
        )

    async def test_refuses_a_request_without_a_token(self) -> None:
        async with await self._client() as client:
            answer = await client.get("rollen")
        assert answer.status_code == 401
        assert answer.headers["content-type"] == "application/problem+json"

    async def test_refuses_a_token_of_an_unknown_client(self) -> None:
        async with await self._client(auth=ZgwJwtAuth("onbekend", SECRET)) as client:
            answer = await client.get("rollen")
        assert (answer.status_code, answer.json()["code"]) == (403, "invalid-client-identifier")

    async def test_refuses_a_token_signed_with_another_secret(self) -> None:
        auth = ZgwJwtAuth(CLIENT_ID, "another-secret-that-is-long-enough-too")
        async with await self._client(auth=auth) as client:
            answer = await client.get("rollen")
        assert (answer.status_code, answer.json()["code"]) == (403, "bad-signature")

    async def test_refuses_a_token_older_than_an_hour(self) -> None:
        auth = ZgwJwtAuth(CLIENT_ID, SECRET, clock=lambda: time.time() - 3700)
        async with await self._client(auth=auth) as client:
            answer = await client.get("rollen")
        assert (answer.status_code, answer.json()["code"]) == (403, "jwt-expired")

    async def test_zaken_need_accept_crs_and_content_crs(self) -> None:
        async with await self._client(auth=ZgwJwtAuth(CLIENT_ID, SECRET)) as client:
            without_accept = await client.get("zaken")
            without_content = await client.post(
                "zaken", json={}, headers={"Accept-Crs": "EPSG:4326"}
            )
        assert without_accept.status_code == 412
        assert without_content.status_code == 412

    async def test_a_duplicate_identificatie_gives_identificatie_niet_uniek(
        self, zgw: Setup
    ) -> None:
        await zgw.port.registreer_melding(melding())
        [zaak] = await zgw.zaken_met("HUW-zaak-1")
        body = {
            "identificatie": "HUW-zaak-1",
            "bronorganisatie": BRONORGANISATIE,
            "verantwoordelijkeOrganisatie": BRONORGANISATIE,
            "zaaktype": zaak["zaaktype"],
            "startdatum": "2026-03-01",
        }

        answer = await zgw.zaken.post("zaken", json=body, headers=CRS_HEADERS)

        assert answer.status_code == 400
        assert answer.json()["invalidParams"] == [
            {
                "name": "identificatie",
                "code": "identificatie-niet-uniek",
                "reason": "Deze identificatie bestaat al voor deze bronorganisatie",
            }
        ]

    async def test_a_second_resultaat_for_a_zaak_is_refused(self, zgw: Setup) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())
        [zaak] = await zgw.zaken_met("HUW-zaak-1")
        verwerkt = await _catalogus_url(zgw.zaken, "resultaattypen", zaak["zaaktype"], "Verwerkt")
        body = {"zaak": zaak_url, "resultaattype": verwerkt, "toelichting": "goedgekeurd"}

        first = await zgw.zaken.post("resultaten", json=body)
        second = await zgw.zaken.post("resultaten", json=body)

        assert first.status_code == 201
        assert first.headers["Location"] == first.json()["url"]
        assert (await zgw.zaken.get(first.json()["url"])).json() == first.json()
        assert second.status_code == 400
        assert [(p["name"], p["code"]) for p in second.json()["invalidParams"]] == [
            ("zaak", "unique")
        ]
        assert len(await zgw.resultaten(zaak_url)) == 1

    async def test_a_resultaattype_of_another_zaaktype_is_refused(self, zgw: Setup) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())
        zaaktypen = (await zgw.zaken.get(f"{CATALOGI_ROOT}zaaktypen")).json()["results"]
        ander = next(z for z in zaaktypen if z["identificatie"].startswith("Aanvraag"))
        toegekend = await _catalogus_url(zgw.zaken, "resultaattypen", ander["url"], "Toegekend")

        answer = await zgw.zaken.post(
            "resultaten", json={"zaak": zaak_url, "resultaattype": toegekend}
        )

        assert answer.status_code == 400
        assert answer.json()["invalidParams"][0]["code"] == "zaaktype-mismatch"
        assert await zgw.resultaten(zaak_url) == []

    async def test_an_eindstatus_needs_a_resultaat_but_an_earlier_status_does_not(
        self, zgw: Setup
    ) -> None:
        zaak_url = await zgw.port.registreer_melding(melding())
        [zaak] = await zgw.zaken_met("HUW-zaak-1")

        async def post_status(omschrijving: str) -> httpx.Response:
            statustype = await _catalogus_url(
                zgw.zaken, "statustypen", zaak["zaaktype"], omschrijving
            )
            body = {
                "zaak": zaak_url,
                "statustype": statustype,
                "datumStatusGezet": ONTVANGEN_OP.isoformat(),
            }
            return await zgw.zaken.post("statussen", json=body)

        ontvangen = await post_status("Ontvangen")
        verwerkt = await post_status("Verwerkt")

        assert ontvangen.status_code == 201
        assert verwerkt.status_code == 400
        assert verwerkt.json()["invalidParams"] == [
            {
                "name": "nonFieldErrors",
                "code": "resultaat-does-not-exist",
                "reason": "De zaak heeft geen resultaat; zet eerst een resultaat.",
            }
        ]

    async def test_the_melding_zaaktype_has_resultaattypen_verwerkt_and_ingetrokken(
        self, zgw: Setup
    ) -> None:
        zaaktypen = (
            await zgw.zaken.get(
                f"{CATALOGI_ROOT}zaaktypen",
                params={"identificatie": "Melding_voorgenomen_huwelijk_behandelen"},
            )
        ).json()["results"]
        [zaaktype] = zaaktypen

        resultaattypen = await _catalogus_lijst(zgw.zaken, "resultaattypen", zaaktype["url"])

        assert sorted(r["omschrijving"] for r in resultaattypen) == ["Ingetrokken", "Verwerkt"]
        assert sorted(r["url"] for r in resultaattypen) == sorted(zaaktype["resultaattypen"])
        assert {r["zaaktype"] for r in resultaattypen} == {zaaktype["url"]}
        assert {r["omschrijvingGeneriek"] for r in resultaattypen} == {
            "Afgehandeld",
            "Afgebroken",
        }
        detail = (await zgw.zaken.get(resultaattypen[0]["url"])).json()
        assert detail == resultaattypen[0]

    async def test_urls_are_absolute_on_the_base_the_request_came_in_on(self) -> None:
        from starlette.applications import Starlette
        from starlette.routing import Mount

        app = Starlette(
            routes=[Mount("/registries/zgw", create_zgw_registry(clients={CLIENT_ID: SECRET}))]
        )
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="https://gemeente.example/registries/zgw/catalogi/api/v1/",
            auth=ZgwJwtAuth(CLIENT_ID, SECRET),
        ) as client:
            answer = await client.get("statustypen")
        assert answer.json()["results"][0]["url"].startswith(
            "https://gemeente.example/registries/zgw/catalogi/api/v1/statustypen/"
        )


def _answer(status: int, content: bytes, content_type: str) -> httpx.Response:
    return httpx.Response(status, content=content, headers={"Content-Type": content_type})


PROBLEM = (
    b'{"type":"x","code":"invalid","title":"Invalid input.","status":400,"detail":"x",'
    b'"instance":"urn:x","invalidParams":[{"name":"bronorganisatie","code":"invalid",'
    b'"reason":"999993653 is geen RSIN"}]}'
)


class TestFailureModes:
    @pytest.mark.parametrize(
        ("answer", "code"),
        [
            (
                _answer(
                    500, b'{"code":"error","title":"Server error"}', "application/problem+json"
                ),
                "ZAKEN_UNAVAILABLE",
            ),
            (_answer(400, PROBLEM, "application/problem+json"), "ZAKEN_REJECTED"),
            (
                _answer(200, b'{"count": 1, "results": [', "application/json"),
                "ZAKEN_INVALID_RESPONSE",
            ),
            (
                _answer(200, b"<html><body>Onderhoud</body></html>", "text/html"),
                "ZAKEN_INVALID_RESPONSE",
            ),
            (
                _answer(403, b'{"code":"permission_denied"}', "application/problem+json"),
                "ZAKEN_AUTH_FAILED",
            ),
        ],
    )
    async def test_a_failing_zaken_api_gives_a_stable_code(
        self, answer: httpx.Response, code: str
    ) -> None:
        def zaken_fails(request: httpx.Request) -> httpx.Response | None:
            return answer if "/zaken/api/v1/" in request.url.path else None

        transport = ZgwTransport(registry(), fault=zaken_fails)
        zaken, catalogi = clients(transport)
        async with zaken, catalogi:
            with pytest.raises(UpstreamError) as raised:
                await adapter(zaken, catalogi).registreer_melding(melding())

        assert raised.value.code == code
        assert BSN_1 not in str(raised.value) and "999993653" not in str(raised.value)

    async def test_the_problem_details_of_a_rejection_are_kept_without_values(self) -> None:
        def rejects(request: httpx.Request) -> httpx.Response | None:
            if "/zaken/api/v1/" in request.url.path:
                return _answer(400, PROBLEM, "application/problem+json")
            return None

        transport = ZgwTransport(registry(), fault=rejects)
        zaken, catalogi = clients(transport)
        async with zaken, catalogi:
            with pytest.raises(UpstreamError) as raised:
                await adapter(zaken, catalogi).registreer_melding(melding())

        assert isinstance(raised.value, UpstreamRejected)
        assert ("bronorganisatie", "invalid") in raised.value.invalid_params
        assert str(raised.value).endswith("invalid parameters: bronorganisatie")
        assert "999993653" not in str(raised.value)

    async def test_a_timeout_gives_time_out(self) -> None:
        def times_out(request: httpx.Request) -> httpx.Response | None:
            if "/zaken/api/v1/" in request.url.path:
                raise httpx.ReadTimeout("slow", request=request)
            return None

        transport = ZgwTransport(registry(), fault=times_out)
        zaken, catalogi = clients(transport)
        async with zaken, catalogi:
            with pytest.raises(UpstreamError) as raised:
                await adapter(zaken, catalogi).registreer_melding(melding())

        assert raised.value.code == "ZAKEN_TIME_OUT"

    async def test_an_unavailable_catalogue_gives_catalogi_unavailable(self) -> None:
        def catalogue_down(request: httpx.Request) -> httpx.Response | None:
            if "/catalogi/" in request.url.path:
                return _answer(503, b"<html>down</html>", "text/html")
            return None

        transport = ZgwTransport(registry(), fault=catalogue_down)
        zaken, catalogi = clients(transport)
        async with zaken, catalogi:
            with pytest.raises(UpstreamError) as raised:
                await adapter(zaken, catalogi).registreer_melding(melding())

        assert raised.value.code == "CATALOGI_UNAVAILABLE"
