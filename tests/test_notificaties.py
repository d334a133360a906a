"""Notifications both ways: the adapter against the embedded Notificaties API (every exchange
checked against the spec), delivery to subscribers, the gateway's webhook, and a status the
municipality sets flowing back into the case exactly once."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from notificaties_contract import validate_notificaties_exchange
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.applications import Starlette
from starlette.routing import Mount
from zgw_support import CLIENT_ID, SECRET, ZgwTransport, adapter, clients, melding, registry

from trouwgraph.adapters.errors import UpstreamError, UpstreamRejected
from trouwgraph.adapters.notificaties import Notificatie, NotificatiesApi
from trouwgraph.adapters.zgw_auth import ZgwJwtAuth
from trouwgraph.adapters.zgw_http import ZgwHttp
from trouwgraph.adapters.zgw_zaaklezer import ZgwZaaklezer
from trouwgraph.domain.fouten import OngeldigeStatusovergang
from trouwgraph.domain.status import Status
from trouwgraph.domain.zaakterugkoppeling import Gemeentewijziging, Zaakwijziging, zaakwijziging
from trouwgraph.registries.notificaties.app import create_notificaties_registry
from trouwgraph.resolvers.notificatie_webhook import (
    SOORT_ONTVANGEN,
    Terugkoppeling,
    Webhookdiensten,
)
from trouwgraph.resolvers.zaaknotificaties import (
    SOORT_PUBLICEER,
    Publicatieverwerker,
    abonneer_doorlopend,
    publicaties_na,
)
from trouwgraph.resolvers.zaakregistratie import (
    SOORT_REGISTREER,
    SOORT_STATUS,
    Bezorger,
    Geleverd,
    statussleutel,
)
from trouwgraph.server.routes.notificatie_webhook import webhook_route
from trouwgraph.store.database import session_factory
from trouwgraph.store.outbox import Bericht, OutboxRepository, Uitgaand
from trouwgraph.store.zaakkoppeling import ZaakkoppelingRepository

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
GEMEENTE = "0344"
NOTIFICATIES_ROOT = "http://notificaties.test/api/v1/"
WEBHOOK = "http://gateway.test/notificaties/webhook"
CALLBACK = "http://subscriber.test/callback"
WEBHOOK_AUTH = "Bearer webhook-secret-of-the-gateway"
CATALOGI = "http://zgw.test/catalogi/api/v1/"


@dataclass
class Netwerk(httpx.AsyncBaseTransport):
    """Routes by host: the Notificaties registry (contract-checked), the ZGW registries, the
    gateway's webhook and a plain subscriber; `storing` may answer for the Notificaties API."""

    notificaties: Any
    zgw: ZgwTransport
    gateway: Any
    storing: Any = None
    exchanges: list[tuple[httpx.Request, httpx.Response]] = field(default_factory=list)
    ontvangen: list[httpx.Request] = field(default_factory=list)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        if host == "zgw.test":
            return await self.zgw.handle_async_request(request)
        if host == "subscriber.test":
            await request.aread()
            self.ontvangen.append(request)
            return httpx.Response(204)
        if host == "notificaties.test" and self.storing is not None:
            answer: httpx.Response | None = self.storing(request)
            if answer is not None:
                return answer
        app = self.notificaties if host == "notificaties.test" else self.gateway
        response = await httpx.ASGITransport(app=app).handle_async_request(request)
        await response.aread()
        if host == "notificaties.test":
            validate_notificaties_exchange(request, response)
        else:
            self.ontvangen.append(request)
        self.exchanges.append((request, response))
        return response


class Wereld:
    """The embedded registries, the gateway's webhook, its outbox and a recording `pas_toe`."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.toegepast: list[tuple[str, Gemeentewijziging]] = []
        self.weiger: Exception | None = None
        self.zgw = ZgwTransport(registry(page_size=100))
        sessions = session_factory(engine)
        self.outbox = OutboxRepository(sessions)
        self.koppelingen = ZaakkoppelingRepository(sessions)
        gateway = Starlette(
            routes=[
                webhook_route(
                    auth=WEBHOOK_AUTH,
                    diensten=lambda _: Webhookdiensten(self.koppelingen, self.outbox, lambda: NOW),
                )
            ]
        )
        self.netwerk = Netwerk(notificaties=None, zgw=self.zgw, gateway=gateway)
        self.bezorging = httpx.AsyncClient(transport=self.netwerk)
        self.netwerk.notificaties = Starlette(
            routes=[
                Mount(
                    "/api/v1",
                    create_notificaties_registry(
                        clients={CLIENT_ID: SECRET}, http=self.bezorging, delivery_timeout=2.0
                    ),
                )
            ]
        )
        auth = ZgwJwtAuth(CLIENT_ID, SECRET)
        self.client = httpx.AsyncClient(
            base_url=NOTIFICATIES_ROOT, transport=self.netwerk, auth=auth
        )
        self.api = NotificatiesApi(self.client, timeout=httpx.Timeout(2.0))
        self.zaken, self.catalogi = clients(self.netwerk)
        self.lezer = ZgwZaaklezer(ZgwHttp("ZAKEN", self.zaken), ZgwHttp("CATALOGI", self.catalogi))
        self.bezorger = Bezorger(
            self.outbox,
            adapter(self.zaken, self.catalogi),
            verwerkers={
                SOORT_PUBLICEER: Publicatieverwerker(self.api, self.lezer),
                SOORT_ONTVANGEN: Terugkoppeling(self.lezer, self.koppelingen, self.pas_toe),
            },
            vervolg=publicaties_na,
        )

    async def pas_toe(self, case_id: str, wijziging: Gemeentewijziging) -> None:
        if self.weiger is not None:
            raise self.weiger
        self.toegepast.append((case_id, wijziging))

    async def bezorg_alles(self) -> None:
        for _ in range(20):
            if not await self.bezorger.bezorg(NOW):
                return
        raise AssertionError("the outbox did not drain")

    async def registreer(self, case_id: str) -> str:
        await self.outbox.plaats(
            [
                Bericht(
                    GEMEENTE,
                    case_id,
                    SOORT_REGISTREER,
                    f"{case_id}:registreer",
                    melding(f"HUW-{case_id}").naar_json(),
                )
            ],
            NOW,
        )
        await self.bezorg_alles()
        zaak_url = await self.outbox.zaak_url(case_id)
        assert zaak_url is not None
        return zaak_url

    async def statustype(self, omschrijving: str) -> str:
        answer = await self.catalogi.get(f"{CATALOGI}statustypen")
        return next(
            str(s["url"]) for s in answer.json()["results"] if s["omschrijving"] == omschrijving
        )

    async def resultaattype(self, omschrijving: str) -> str:
        answer = await self.catalogi.get(f"{CATALOGI}resultaattypen")
        return next(
            str(r["url"]) for r in answer.json()["results"] if r["omschrijving"] == omschrijving
        )

    async def gemeente_zet_status(
        self, zaak_url: str, omschrijving: str, op: datetime, resultaat: str | None = None
    ) -> str:
        """The municipality's own case system sets a status (the test then notifies it); an
        eindstatus needs its `resultaat` first, as in Open Zaak."""
        if resultaat is not None:
            gegeven = await self.zaken.post(
                "resultaten",
                json={"zaak": zaak_url, "resultaattype": await self.resultaattype(resultaat)},
            )
            assert gegeven.status_code == 201
        body = {
            "zaak": zaak_url,
            "statustype": await self.statustype(omschrijving),
            "datumStatusGezet": op.isoformat(),
        }
        created = await self.zaken.post("statussen", json=body)
        assert created.status_code == 201
        return str(created.json()["url"])

    def zaaknotificatie(self, zaak_url: str, status_url: str) -> Notificatie:
        return Notificatie(
            kanaal="zaken",
            hoofd_object=zaak_url,
            resource="status",
            resource_url=status_url,
            actie="create",
            aanmaakdatum=NOW,
            kenmerken={"bronorganisatie": "002220647"},
        )

    def webhook_calls(self) -> list[httpx.Request]:
        return [r for r in self.netwerk.ontvangen if r.url.host == "gateway.test"]


@pytest.fixture
async def wereld(store_engine: AsyncEngine) -> AsyncIterator[Wereld]:
    async with store_engine.begin() as connection:
        await connection.execute(text("DELETE FROM outbox"))
    w = Wereld(store_engine)
    async with w.bezorging, w.client, w.zaken, w.catalogi:
        yield w


class TestAbonneer:
    async def test_registers_the_webhook_once_however_often_it_is_called(
        self, wereld: Wereld
    ) -> None:
        first = await wereld.api.abonneer(WEBHOOK, WEBHOOK_AUTH, {"zaken": {}})
        second = await wereld.api.abonneer(WEBHOOK, WEBHOOK_AUTH, {"zaken": {}})

        assert first == second
        abonnementen = (await wereld.client.get("abonnement")).json()
        assert [(a["callbackUrl"], a["auth"]) for a in abonnementen] == [(WEBHOOK, WEBHOOK_AUTH)]

    async def test_a_rotated_secret_updates_the_existing_abonnement(self, wereld: Wereld) -> None:
        first = await wereld.api.abonneer(WEBHOOK, "Bearer old", {"zaken": {}})
        second = await wereld.api.abonneer(WEBHOOK, WEBHOOK_AUTH, {"zaken": {}})

        assert first == second
        [abonnement] = (await wereld.client.get("abonnement")).json()
        assert abonnement["auth"] == WEBHOOK_AUTH

    async def test_an_unknown_kanaal_is_rejected_with_the_registrys_invalid_params(
        self, wereld: Wereld
    ) -> None:
        with pytest.raises(UpstreamRejected) as caught:
            await wereld.api.abonneer(WEBHOOK, WEBHOOK_AUTH, {"documenten": {}})

        assert caught.value.code == "NOTIFICATIES_REJECTED"
        assert ("kanalen", "kanaal_naam") in caught.value.invalid_params

    async def test_at_start_up_a_down_api_is_retried_until_the_abonnement_exists(
        self, wereld: Wereld
    ) -> None:
        wereld.netwerk.storing = lambda r: httpx.Response(503, json={"detail": "down"})
        waits: list[float] = []

        async def sleep(seconds: float) -> None:
            waits.append(seconds)
            if len(waits) == 2:
                wereld.netwerk.storing = None

        url = await abonneer_doorlopend(
            wereld.api, WEBHOOK, WEBHOOK_AUTH, {"zaken": {}}, sleep=sleep
        )

        assert waits == [2.0, 4.0]
        [abonnement] = (await wereld.client.get("abonnement")).json()
        assert abonnement["url"] == url


class TestPubliceer:
    async def test_the_registry_delivers_to_each_matching_subscriber_with_its_auth(
        self, wereld: Wereld
    ) -> None:
        await wereld.api.abonneer(
            CALLBACK, "Token abc", {"zaken": {"bronorganisatie": "002220647"}}
        )
        await wereld.api.abonneer(
            "http://subscriber.test/other", "Token other", {"zaken": {"bronorganisatie": "1"}}
        )

        await wereld.api.publiceer(
            wereld.zaaknotificatie("http://zgw.test/z/1", "http://zgw.test/s/1")
        )

        [delivered] = wereld.netwerk.ontvangen
        assert delivered.url == CALLBACK
        assert delivered.headers["authorization"] == "Token abc"
        message = json.loads(delivered.content)
        assert message["resourceUrl"] == "http://zgw.test/s/1"
        assert message["kenmerken"] == {"bronorganisatie": "002220647"}

    async def test_a_failing_subscriber_is_logged_without_the_message_and_others_still_get_it(
        self, wereld: Wereld, caplog: pytest.LogCaptureFixture
    ) -> None:
        await wereld.api.abonneer("http://unreachable.test/cb", "Token x", {"zaken": {}})
        await wereld.api.abonneer(CALLBACK, "Token abc", {"zaken": {}})
        original = wereld.netwerk.handle_async_request

        async def unreachable(request: httpx.Request) -> httpx.Response:
            if request.url.host == "unreachable.test":
                raise httpx.ConnectError("refused", request=request)
            return await original(request)

        wereld.netwerk.handle_async_request = unreachable  # type: ignore[method-assign]
        with caplog.at_level(logging.WARNING):
            await wereld.api.publiceer(
                wereld.zaaknotificatie("http://zgw.test/z/999993653", "http://zgw.test/s/1")
            )

        assert [r.url for r in wereld.netwerk.ontvangen] == [httpx.URL(CALLBACK)]
        assert "ConnectError" in caplog.text
        assert "999993653" not in caplog.text
        assert "unreachable.test" not in caplog.text

    @pytest.mark.parametrize(
        ("kanaal", "kenmerken", "param"),
        [
            ("documenten", {}, ("kanaal", "kanaal_naam")),
            ("zaken", {"zaakidentificatie": "x"}, ("kenmerken", "kenmerken_inconsistent")),
        ],
    )
    async def test_a_message_that_does_not_fit_its_kanaal_is_rejected(
        self,
        wereld: Wereld,
        kanaal: str,
        kenmerken: dict[str, str],
        param: tuple[str, str],
    ) -> None:
        notificatie = Notificatie(
            kanaal, "http://zgw.test/z/1", "zaak", "http://zgw.test/z/1", "create", NOW, kenmerken
        )
        with pytest.raises(UpstreamRejected) as caught:
            await wereld.api.publiceer(notificatie)

        assert param in caught.value.invalid_params

    async def test_a_token_of_an_unknown_client_is_refused(self, wereld: Wereld) -> None:
        async with httpx.AsyncClient(
            base_url=NOTIFICATIES_ROOT,
            transport=wereld.netwerk,
            auth=ZgwJwtAuth("someone-else", "another-secret-long-enough-for-hs256"),
        ) as stranger:
            with pytest.raises(UpstreamError) as caught:
                await NotificatiesApi(stranger).publiceer(
                    wereld.zaaknotificatie("http://zgw.test/z/1", "http://zgw.test/s/1")
                )

        assert caught.value.code == "NOTIFICATIES_AUTH_FAILED"

    @pytest.mark.parametrize(
        ("answer", "code"),
        [
            (
                lambda r: httpx.Response(
                    400,
                    json={"code": "invalid", "title": "Invalid input.", "invalidParams": []},
                    headers={"content-type": "application/problem+json"},
                ),
                "NOTIFICATIES_REJECTED",
            ),
            (lambda r: httpx.Response(503, json={"detail": "down"}), "NOTIFICATIES_UNAVAILABLE"),
            (
                lambda r: httpx.Response(
                    200, content=b"{not json", headers={"content-type": "application/json"}
                ),
                "NOTIFICATIES_INVALID_RESPONSE",
            ),
            (
                lambda r: httpx.Response(
                    200, content=b"<html>login</html>", headers={"content-type": "text/html"}
                ),
                "NOTIFICATIES_INVALID_RESPONSE",
            ),
        ],
    )
    async def test_failures_of_the_api_become_notificaties_codes(
        self, wereld: Wereld, answer: Any, code: str
    ) -> None:
        wereld.netwerk.storing = answer

        with pytest.raises(UpstreamError) as caught:
            await wereld.api.publiceer(
                wereld.zaaknotificatie("http://zgw.test/z/1", "http://zgw.test/s/1")
            )

        assert caught.value.code == code

    async def test_no_answer_within_the_timeout_is_a_time_out(self, wereld: Wereld) -> None:
        def timeout(request: httpx.Request) -> httpx.Response:
            raise httpx.ReadTimeout("no answer", request=request)

        wereld.netwerk.storing = timeout

        with pytest.raises(UpstreamError) as caught:
            await wereld.api.abonneer(WEBHOOK, WEBHOOK_AUTH, {"zaken": {}})

        assert caught.value.code == "NOTIFICATIES_TIME_OUT"


class TestPublicatiesNa:
    def test_a_registered_zaak_is_published_as_zaak_create(self) -> None:
        bericht = Uitgaand(1, GEMEENTE, "c1", SOORT_REGISTREER, "c1:registreer", {}, 0)
        geleverd = Geleverd(SOORT_REGISTREER, "http://zgw.test/z/1", "http://zgw.test/z/1")

        [vervolg] = publicaties_na(bericht, geleverd, NOW)

        assert vervolg.soort == SOORT_PUBLICEER
        assert vervolg.payload == {
            "kanaal": "zaken",
            "hoofdObject": "http://zgw.test/z/1",
            "resource": "zaak",
            "resourceUrl": "http://zgw.test/z/1",
            "actie": "create",
            "aanmaakdatum": NOW.isoformat(),
        }

    def test_a_status_is_published_as_status_create_at_its_own_moment(self) -> None:
        op = NOW - timedelta(hours=1)
        sleutel = statussleutel("c1", "Ontvangen", op)
        bericht = Uitgaand(2, GEMEENTE, "c1", SOORT_STATUS, sleutel, {"datum": op.isoformat()}, 0)
        geleverd = Geleverd(SOORT_STATUS, "http://zgw.test/z/1", "http://zgw.test/s/9")

        [vervolg] = publicaties_na(bericht, geleverd, NOW)

        assert vervolg.payload["resource"] == "status"
        assert vervolg.payload["resourceUrl"] == "http://zgw.test/s/9"
        assert vervolg.payload["aanmaakdatum"] == op.isoformat()
        assert vervolg.sleutel == f"{sleutel}:notificatie"


class TestZaakwijziging:
    @pytest.mark.parametrize(
        ("statustype", "resultaat", "wijziging"),
        [
            ("In behandeling genomen", None, Zaakwijziging.MELDING_IN_BEHANDELING),
            ("Verwerkt", "Verwerkt", Zaakwijziging.MELDING_GOEDGEKEURD),
            ("Verwerkt", "Ingetrokken", Zaakwijziging.GEANNULEERD_DOOR_GEMEENTE),
            ("Verwerkt", None, None),
            ("Ontvangen", None, None),
            ("Gearchiveerd", None, None),
        ],
    )
    def test_maps_the_municipalitys_status_to_a_case_change(
        self, statustype: str, resultaat: str | None, wijziging: Zaakwijziging | None
    ) -> None:
        assert zaakwijziging(statustype, resultaat) == wijziging


class TestWebhook:
    async def post(self, wereld: Wereld, body: Any, **headers: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=wereld.netwerk) as client:
            return await client.post(WEBHOOK, json=body, headers=headers)

    async def test_refuses_a_call_without_authorization(self, wereld: Wereld) -> None:
        answer = await self.post(wereld, {})

        assert answer.status_code == 401
        assert answer.headers["content-type"] == "application/problem+json"
        assert answer.json()["code"] == "NIET_GEAUTHENTICEERD"

    async def test_refuses_another_secret(self, wereld: Wereld) -> None:
        answer = await self.post(wereld, {}, authorization="Bearer guessed")

        assert answer.status_code == 403
        assert answer.json()["code"] == "NIET_TOEGESTAAN"

    async def test_refuses_a_body_that_is_not_a_message(self, wereld: Wereld) -> None:
        answer = await self.post(wereld, {"kanaal": "zaken"}, authorization=WEBHOOK_AUTH)

        assert answer.status_code == 400

    async def test_ignores_a_status_of_a_zaak_it_did_not_register(self, wereld: Wereld) -> None:
        message = wereld.zaaknotificatie("http://zgw.test/z/x", "http://zgw.test/s/x")

        answer = await self.post(wereld, message.naar_message(), authorization=WEBHOOK_AUTH)

        assert answer.status_code == 204
        assert await wereld.outbox.status_van("x") is None
        await wereld.bezorg_alles()
        assert wereld.toegepast == []


class TestTerugkoppeling:
    async def test_a_status_the_municipality_sets_is_applied_once_though_notified_twice(
        self, wereld: Wereld
    ) -> None:
        await wereld.api.abonneer(WEBHOOK, WEBHOOK_AUTH, {"zaken": {}})
        zaak_url = await wereld.registreer("case-1")
        op = NOW + timedelta(hours=2)
        status_url = await wereld.gemeente_zet_status(zaak_url, "In behandeling genomen", op)

        for _ in range(2):
            await wereld.api.publiceer(wereld.zaaknotificatie(zaak_url, status_url))
        await wereld.bezorg_alles()

        assert wereld.toegepast == [
            (
                "case-1",
                Gemeentewijziging(Zaakwijziging.MELDING_IN_BEHANDELING, op, status_url),
            )
        ]
        # The gateway's own "zaak create" and both status notifications reached the webhook.
        assert len(wereld.webhook_calls()) == 3
        assert {r.headers["authorization"] for r in wereld.webhook_calls()} == {WEBHOOK_AUTH}

    async def test_a_status_the_gateway_set_itself_comes_back_and_is_ignored(
        self, wereld: Wereld
    ) -> None:
        await wereld.api.abonneer(WEBHOOK, WEBHOOK_AUTH, {"zaken": {}})
        await wereld.registreer("case-2")
        op = NOW + timedelta(hours=1)
        payload = {"statustype": "In behandeling genomen", "datum": op.isoformat()}
        payload["toelichting"] = "Melding in behandeling genomen"
        sleutel = statussleutel("case-2", "In behandeling genomen", op)

        await wereld.outbox.plaats(
            [Bericht(GEMEENTE, "case-2", SOORT_STATUS, sleutel, payload)], NOW
        )
        await wereld.bezorg_alles()

        published = [json.loads(r.content) for r in wereld.webhook_calls()]
        assert [m["resource"] for m in published] == ["zaak", "status"]
        assert published[1]["kenmerken"]["bronorganisatie"] == "002220647"
        assert wereld.toegepast == []
        registratie = await wereld.outbox.status_van("case-2")
        assert registratie is not None and registratie.status == "GEREGISTREERD"

    async def test_a_change_the_case_no_longer_allows_is_dropped_not_retried(
        self, wereld: Wereld
    ) -> None:
        await wereld.api.abonneer(WEBHOOK, WEBHOOK_AUTH, {"zaken": {}})
        zaak_url = await wereld.registreer("case-3")
        status_url = await wereld.gemeente_zet_status(
            zaak_url, "In behandeling genomen", NOW + timedelta(hours=2)
        )
        wereld.weiger = OngeldigeStatusovergang(Status.GEANNULEERD, "neem_in_behandeling")

        await wereld.api.publiceer(wereld.zaaknotificatie(zaak_url, status_url))
        await wereld.bezorg_alles()

        status = await wereld.outbox.status_van("case-3")
        assert status is not None and status.status == "GEREGISTREERD"

    async def test_the_case_system_down_keeps_the_notification_for_a_later_attempt(
        self, wereld: Wereld
    ) -> None:
        await wereld.api.abonneer(WEBHOOK, WEBHOOK_AUTH, {"zaken": {}})
        zaak_url = await wereld.registreer("case-4")
        status_url = await wereld.gemeente_zet_status(
            zaak_url, "In behandeling genomen", NOW + timedelta(hours=2)
        )
        wereld.zgw.fault = lambda r: httpx.Response(503, json={"detail": "onderhoud"})

        await wereld.api.publiceer(wereld.zaaknotificatie(zaak_url, status_url))
        await wereld.bezorg_alles()

        status = await wereld.outbox.status_van("case-4")
        assert status is not None and status.status == "VERTRAAGD"
        assert status.laatste_fout is not None and status.laatste_fout.startswith("ZAKEN_")
        assert wereld.toegepast == []


class TestZaaklezer:
    async def test_reads_the_resultaat_so_a_withdrawal_cancels_the_case(
        self, wereld: Wereld
    ) -> None:
        zaak_url = await wereld.registreer("case-5")
        status_url = await wereld.gemeente_zet_status(
            zaak_url, "Verwerkt", NOW + timedelta(days=1), resultaat="Ingetrokken"
        )

        gelezen = await wereld.lezer.lees_status(zaak_url, status_url)

        assert gelezen is not None
        assert (gelezen.statustype, gelezen.resultaat) == ("Verwerkt", "Ingetrokken")
        assert zaakwijziging(gelezen.statustype, gelezen.resultaat) is (
            Zaakwijziging.GEANNULEERD_DOOR_GEMEENTE
        )

    async def test_a_status_that_is_not_the_zaaks_reads_as_none(self, wereld: Wereld) -> None:
        zaak_url = await wereld.registreer("case-6")

        assert await wereld.lezer.lees_status(zaak_url, f"{zaak_url}/nope") is None
