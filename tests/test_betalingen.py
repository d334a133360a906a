"""Payments: the Mollie adapter, the embedded Mollie-shaped provider and the webhook use case.

Happy paths run the adapter against the embedded provider over ASGITransport; the checkout
page's webhook reaches a small gateway app with `webhook_route` over ASGITransport too.
Failure modes the provider cannot be made to produce come from httpx.MockTransport.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from trouwgraph.adapters.betalingen import (
    Betaalopdracht,
    Opdrachtstatus,
    Terugbetaalstatus,
    bedrag_als_tekst,
    bedrag_in_centen,
)
from trouwgraph.adapters.errors import (
    UpstreamAuthFailed,
    UpstreamError,
    UpstreamInvalidResponse,
    UpstreamRejected,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from trouwgraph.adapters.mollie import MollieApiKey, MollieBetalingen
from trouwgraph.registries.betalingen.app import create_mollie_registry
from trouwgraph.resolvers.betalingen import (
    VerwerkteBetalingen,
    Webhookuitkomst,
    terug_te_betalen_cents,
    terugbetaal_bij_annulering,
    verwerk_webhook,
    webhook_route,
)

API_KEY = "test_trouwgraphEmbedded123"
PROVIDER_URL = "https://betalen.test/registries/betalingen"
GATEWAY_URL = "https://gemeente.test"
WEBHOOK_URL = f"{GATEWAY_URL}/betalingen/webhook"
REDIRECT_URL = f"{GATEWAY_URL}/huwelijk/h-1/betaald"
TIMEOUT = httpx.Timeout(2.0)
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class Klok:
    """A clock the test moves by hand."""

    nu: datetime = START

    def __call__(self) -> datetime:
        return self.nu


@dataclass
class Registratie:
    """Records what the webhook handed on."""

    betaald: list[tuple[str, int, str]] = field(default_factory=list)
    mislukt: list[tuple[str, str]] = field(default_factory=list)

    async def markeer_betaald(self, zaak: str, bedrag_cents: int, betaling_id: str) -> None:
        self.betaald.append((zaak, bedrag_cents, betaling_id))

    async def markeer_mislukt(self, zaak: str, betaling_id: str, status: Opdrachtstatus) -> None:
        assert status is not Opdrachtstatus.BETAALD
        self.mislukt.append((zaak, betaling_id))


@dataclass
class Omgeving:
    """The provider, the adapter on it, a browser and the gateway's webhook endpoint."""

    provider: MollieBetalingen
    browser: httpx.AsyncClient
    gateway: httpx.AsyncClient
    registratie: Registratie
    klok: Klok

    async def start(self, bedrag_cents: int = 16300, sleutel: str = "start-1") -> Betaalopdracht:
        return await self.provider.start(
            bedrag_cents=bedrag_cents,
            omschrijving="Huwelijk eenvoudig, zaak h-1",
            referentie="h-1",
            redirect_url=REDIRECT_URL,
            webhook_url=WEBHOOK_URL,
            idempotentiesleutel=sleutel,
        )

    async def rond_af(self, opdracht: Betaalopdracht, uitkomst: str) -> httpx.Response:
        assert opdracht.checkout_url is not None
        return await self.browser.post(
            opdracht.checkout_url,
            content=f"status={uitkomst}",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )

    async def webhook(self, body: str) -> httpx.Response:
        return await self.gateway.post(
            "/betalingen/webhook",
            content=body,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )


@pytest.fixture
async def omgeving() -> AsyncIterator[Omgeving]:
    registratie = Registratie()
    klok = Klok()
    holder: dict[str, MollieBetalingen] = {}
    gateway_app = Starlette(
        routes=[
            webhook_route(
                lambda request: holder["provider"],
                lambda request: registratie.markeer_betaald,
                markeer_mislukt=lambda request: registratie.markeer_mislukt,
            )
        ]
    )
    gateway = httpx.AsyncClient(transport=httpx.ASGITransport(gateway_app), base_url=GATEWAY_URL)
    registry = create_mollie_registry(
        api_key=API_KEY,
        base_url_for_checkout=PROVIDER_URL,
        webhook_client=gateway,
        now=klok,
    )
    # Mounted as the gateway mounts it, so links and relative paths are tested for real.
    mounted = Starlette(routes=[Mount("/registries/betalingen", registry)])
    transport = httpx.ASGITransport(mounted)
    api = httpx.AsyncClient(transport=transport, base_url=PROVIDER_URL, auth=MollieApiKey(API_KEY))
    browser = httpx.AsyncClient(transport=transport)
    holder["provider"] = MollieBetalingen(api, timeout=TIMEOUT)
    async with gateway, api, browser:
        yield Omgeving(holder["provider"], browser, gateway, registratie, klok)


def mock_provider(handler: Callable[[httpx.Request], httpx.Response]) -> MollieBetalingen:
    client = httpx.AsyncClient(
        transport=httpx.MockTransport(handler),
        base_url="https://api.mollie.test",
        auth=MollieApiKey(API_KEY),
    )
    return MollieBetalingen(client, timeout=TIMEOUT)


def payment_body(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "resource": "payment",
        "id": "tr_abc123",
        "mode": "test",
        "status": "open",
        "amount": {"currency": "EUR", "value": "163.00"},
        "description": "Huwelijk",
        "createdAt": "2026-03-02T09:00:00+00:00",
        "redirectUrl": REDIRECT_URL,
        "metadata": {"referentie": "h-1"},
        "_links": {"checkout": {"href": "https://checkout.test/tr_abc123"}},
    }
    body.update(overrides)
    return body


# --- money -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cents", "tekst"), [(1, "0.01"), (16300, "163.00"), (126000, "1260.00"), (3020, "30.20")]
)
def test_formats_cents_as_two_decimal_strings_and_back(cents: int, tekst: str) -> None:
    assert bedrag_als_tekst(cents) == tekst
    assert bedrag_in_centen(tekst) == cents


@pytest.mark.parametrize("tekst", ["163", "163.0", "163.000", "1,00", "-1.00", "01.00", " 1.00"])
def test_refuses_amount_strings_without_exactly_two_decimals(tekst: str) -> None:
    with pytest.raises(ValueError, match="two decimals"):
        bedrag_in_centen(tekst)


async def test_sends_amount_as_string_with_idempotency_key_and_bearer_key() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            201, json=payment_body(), headers={"Content-Type": "application/hal+json"}
        )

    opdracht = await mock_provider(handler).start(
        bedrag_cents=126000,
        omschrijving="Huwelijk uitgebreid",
        referentie="h-9",
        redirect_url=REDIRECT_URL,
        webhook_url=WEBHOOK_URL,
        idempotentiesleutel="zaak-h-9-poging-1",
    )
    request = seen[0]
    assert request.method == "POST" and request.url.path == "/v2/payments"
    assert request.headers["Idempotency-Key"] == "zaak-h-9-poging-1"
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert json.loads(request.content) == {
        "amount": {"currency": "EUR", "value": "1260.00"},
        "description": "Huwelijk uitgebreid",
        "redirectUrl": REDIRECT_URL,
        "webhookUrl": WEBHOOK_URL,
        "metadata": {"referentie": "h-9"},
    }
    assert opdracht.checkout_url == "https://checkout.test/tr_abc123"


# --- against the embedded provider -------------------------------------------------------


async def test_start_gives_open_payment_with_checkout_url(omgeving: Omgeving) -> None:
    opdracht = await omgeving.start(bedrag_cents=1)
    assert opdracht.status is Opdrachtstatus.OPEN
    assert opdracht.bedrag_cents == 1
    assert opdracht.referentie == "h-1"
    assert opdracht.checkout_url == f"{PROVIDER_URL}/checkout/{opdracht.id}"
    assert await omgeving.provider.haal(opdracht.id) == opdracht


async def test_same_idempotency_key_returns_the_same_payment(omgeving: Omgeving) -> None:
    first = await omgeving.start(sleutel="k-1")
    again = await omgeving.start(sleutel="k-1")
    other = await omgeving.start(sleutel="k-2")
    assert again.id == first.id
    assert other.id != first.id


async def test_reusing_idempotency_key_for_another_amount_is_rejected(omgeving: Omgeving) -> None:
    await omgeving.start(bedrag_cents=16300, sleutel="k-1")
    with pytest.raises(UpstreamRejected) as raised:
        await omgeving.start(bedrag_cents=100, sleutel="k-1")
    assert raised.value.code == "BETALINGEN_REJECTED"
    assert raised.value.status_code == 422


async def test_paying_at_checkout_marks_the_case_paid_once(omgeving: Omgeving) -> None:
    opdracht = await omgeving.start()
    assert opdracht.checkout_url is not None
    page = await omgeving.browser.get(opdracht.checkout_url)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    for status in ("paid", "failed", "canceled"):
        assert f'value="{status}"' in page.text

    completed = await omgeving.rond_af(opdracht, "paid")

    assert completed.status_code == 303
    assert completed.headers["location"] == REDIRECT_URL
    assert omgeving.registratie.betaald == [("h-1", 16300, opdracht.id)]
    repeated = await omgeving.webhook(f"id={opdracht.id}")
    assert repeated.status_code == 200
    assert omgeving.registratie.betaald == [("h-1", 16300, opdracht.id)]
    betaald = await omgeving.provider.haal(opdracht.id)
    assert betaald.status is Opdrachtstatus.BETAALD
    assert betaald.checkout_url is None


@pytest.mark.parametrize(
    ("uitkomst", "status"),
    [("failed", Opdrachtstatus.MISLUKT), ("canceled", Opdrachtstatus.GEANNULEERD)],
)
async def test_unsuccessful_checkout_never_marks_the_case_paid(
    omgeving: Omgeving, uitkomst: str, status: Opdrachtstatus
) -> None:
    opdracht = await omgeving.start()
    await omgeving.rond_af(opdracht, uitkomst)
    assert omgeving.registratie.betaald == []
    assert omgeving.registratie.mislukt == [("h-1", opdracht.id)]
    assert (await omgeving.provider.haal(opdracht.id)).status is status


async def test_webhook_body_claiming_paid_is_not_trusted(omgeving: Omgeving) -> None:
    opdracht = await omgeving.start()
    answer = await omgeving.webhook(f"id={opdracht.id}&status=paid")
    assert answer.status_code == 200
    assert omgeving.registratie.betaald == []


@pytest.mark.parametrize("body", ["id=tr_doesNotExist1", "id=nonsense", "", "id=a&id=b"])
async def test_webhook_answers_200_without_telling_whether_a_payment_exists(
    omgeving: Omgeving, body: str
) -> None:
    opdracht = await omgeving.start()
    known = await omgeving.webhook(f"id={opdracht.id}")
    answer = await omgeving.webhook(body)
    assert (answer.status_code, answer.content) == (known.status_code, known.content) == (200, b"")
    assert omgeving.registratie.betaald == []


async def test_webhook_refuses_a_body_that_is_not_form_encoded(omgeving: Omgeving) -> None:
    answer = await omgeving.gateway.post("/betalingen/webhook", json={"id": "tr_abc123"})
    assert answer.status_code == 415


async def test_webhook_asks_for_a_retry_when_the_provider_is_down() -> None:
    registratie = Registratie()
    down = mock_provider(lambda request: httpx.Response(503))
    app = Starlette(routes=[webhook_route(lambda r: down, lambda r: registratie.markeer_betaald)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url=GATEWAY_URL) as c:
        answer = await c.post(
            "/betalingen/webhook",
            content="id=tr_abc123",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    assert answer.status_code == 503
    assert registratie.betaald == []


async def test_failing_callback_is_retried_on_the_next_webhook() -> None:
    paid = mock_provider(
        lambda request: httpx.Response(200, json=payment_body(status="paid", _links={}))
    )
    calls: list[str] = []

    async def flaky(zaak: str, bedrag_cents: int, betaling_id: str) -> None:
        calls.append(betaling_id)
        if len(calls) == 1:
            raise RuntimeError("store busy")

    verwerkt = VerwerkteBetalingen()
    with pytest.raises(RuntimeError):
        await verwerk_webhook("tr_abc123", paid, flaky, verwerkt=verwerkt)
    uitkomst = await verwerk_webhook("tr_abc123", paid, flaky, verwerkt=verwerkt)
    assert uitkomst is Webhookuitkomst.BETAALD
    assert calls == ["tr_abc123", "tr_abc123"]


async def test_refunds_part_of_a_paid_payment(omgeving: Omgeving) -> None:
    opdracht = await omgeving.start()
    await omgeving.rond_af(opdracht, "paid")

    terug = await omgeving.provider.terugbetaal(opdracht.id, 9800)

    assert (terug.betaling_id, terug.bedrag_cents) == (opdracht.id, 9800)
    assert terug.status is Terugbetaalstatus.IN_BEHANDELING
    assert (await omgeving.provider.haal(opdracht.id)).terugbetaald_cents == 9800
    with pytest.raises(UpstreamRejected) as raised:
        await omgeving.provider.terugbetaal(opdracht.id, 6501)
    assert raised.value.invalid_params == (("amount", None),)


async def test_refuses_refund_of_an_open_payment(omgeving: Omgeving) -> None:
    opdracht = await omgeving.start()
    with pytest.raises(UpstreamRejected) as raised:
        await omgeving.provider.terugbetaal(opdracht.id, 100)
    assert raised.value.status_code == 422


async def test_cancellation_refunds_payment_minus_fee_once(omgeving: Omgeving) -> None:
    opdracht = await omgeving.start()
    await omgeving.rond_af(opdracht, "paid")

    first = await terugbetaal_bij_annulering(
        omgeving.provider, opdracht.id, betaald_cents=16300, annuleringskosten_cents=6500
    )
    retried = await terugbetaal_bij_annulering(
        omgeving.provider, opdracht.id, betaald_cents=16300, annuleringskosten_cents=6500
    )

    assert first is not None and retried is not None
    assert first.bedrag_cents == 9800
    assert retried.id == first.id
    assert (await omgeving.provider.haal(opdracht.id)).terugbetaald_cents == 9800


def test_nothing_is_refunded_when_the_fee_covers_the_payment() -> None:
    assert terug_te_betalen_cents(6500, 6500) == 0
    assert terug_te_betalen_cents(3000, 6500) == 0
    assert terug_te_betalen_cents(16300, 0) == 16300


async def test_unpaid_payment_expires_after_the_payment_term(omgeving: Omgeving) -> None:
    opdracht = await omgeving.start()
    omgeving.klok.nu = START + timedelta(minutes=15)

    verlopen = await omgeving.provider.haal(opdracht.id)
    late = await omgeving.rond_af(opdracht, "paid")

    assert verlopen.status is Opdrachtstatus.VERLOPEN
    assert verlopen.checkout_url is None
    assert late.status_code == 409 and "verlopen" in late.text
    assert omgeving.registratie.betaald == []


async def test_checkout_page_escapes_the_description(omgeving: Omgeving) -> None:
    opdracht = await omgeving.provider.start(
        bedrag_cents=100,
        omschrijving="<script>alert(1)</script>",
        referentie="h-2",
        redirect_url=REDIRECT_URL,
        webhook_url=None,
        idempotentiesleutel="x",
    )
    assert opdracht.checkout_url is not None
    page = await omgeving.browser.get(opdracht.checkout_url)
    assert "<script>" not in page.text
    assert "&lt;script&gt;" in page.text


async def test_unknown_payment_is_rejected_with_404(omgeving: Omgeving) -> None:
    with pytest.raises(UpstreamRejected) as raised:
        await omgeving.provider.haal("tr_doesNotExist1")
    assert raised.value.status_code == 404


async def test_wrong_api_key_is_auth_failed(omgeving: Omgeving) -> None:
    client = httpx.AsyncClient(
        transport=omgeving.browser._transport,
        base_url=PROVIDER_URL,
        auth=MollieApiKey("test_wrong"),
    )
    async with client:
        with pytest.raises(UpstreamAuthFailed) as raised:
            await MollieBetalingen(client, timeout=TIMEOUT).haal("tr_abc123")
    assert raised.value.code == "BETALINGEN_AUTH_FAILED"


async def test_provider_answers_errors_the_mollie_way(omgeving: Omgeving) -> None:
    unauthenticated = await omgeving.browser.post(f"{PROVIDER_URL}/v2/payments", json={})
    invalid = await omgeving.browser.post(
        f"{PROVIDER_URL}/v2/payments",
        json={"amount": {"currency": "EUR", "value": 163}, "description": "x"},
        headers={"Authorization": f"Bearer {API_KEY}"},
    )
    assert unauthenticated.status_code == 401
    assert invalid.status_code == 422
    for answer in (unauthenticated, invalid):
        assert answer.headers["content-type"].startswith("application/hal+json")
        body = answer.json()
        assert body["status"] == answer.status_code
        assert body["title"] and body["detail"]
        assert body["_links"]["documentation"]["href"].startswith("https://")
    assert invalid.json()["field"] == "amount.value"


# --- failure modes -----------------------------------------------------------------------

MOLLIE_422 = {
    "status": 422,
    "title": "Unprocessable Entity",
    "detail": "The webhook URL https://gemeente.test/?bsn=123456782 is invalid",
    "field": "webhookUrl",
    "_links": {"documentation": {"href": "https://docs.mollie.com/", "type": "text/html"}},
}


def _hal(status: int, body: object) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(
        status, json=body, headers={"Content-Type": "application/hal+json"}
    )


def _raise(exc: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


@pytest.mark.parametrize(
    ("handler", "error", "code"),
    [
        (_hal(500, {"status": 500, "title": "Server Error"}), UpstreamUnavailable, "UNAVAILABLE"),
        (_hal(503, {"status": 503}), UpstreamUnavailable, "UNAVAILABLE"),
        (_hal(429, {"status": 429}), UpstreamUnavailable, "UNAVAILABLE"),
        (
            _hal(401, {"status": 401, "title": "Unauthorized Request"}),
            UpstreamAuthFailed,
            "AUTH_FAILED",
        ),
        (_hal(422, MOLLIE_422), UpstreamRejected, "REJECTED"),
        (_raise(httpx.ReadTimeout("slow")), UpstreamTimeout, "TIME_OUT"),
        (_raise(httpx.ConnectError("refused")), UpstreamUnavailable, "UNAVAILABLE"),
        (
            lambda r: httpx.Response(
                200, content=b"{not json", headers={"Content-Type": "application/hal+json"}
            ),
            UpstreamInvalidResponse,
            "INVALID_RESPONSE",
        ),
        (
            lambda r: httpx.Response(
                200, text="<html>Onderhoud</html>", headers={"Content-Type": "text/html"}
            ),
            UpstreamInvalidResponse,
            "INVALID_RESPONSE",
        ),
        (_hal(200, [payment_body()]), UpstreamInvalidResponse, "INVALID_RESPONSE"),
        (_hal(200, payment_body(status="exploded")), UpstreamInvalidResponse, "INVALID_RESPONSE"),
        (
            _hal(200, payment_body(amount={"currency": "EUR", "value": "163.0"})),
            UpstreamInvalidResponse,
            "INVALID_RESPONSE",
        ),
        (_hal(200, payment_body(id="pay_1")), UpstreamInvalidResponse, "INVALID_RESPONSE"),
    ],
)
async def test_maps_provider_failures_to_stable_codes(
    handler: Callable[[httpx.Request], httpx.Response], error: type[UpstreamError], code: str
) -> None:
    with pytest.raises(error) as raised:
        await mock_provider(handler).haal("tr_abc123")
    assert type(raised.value) is error
    assert raised.value.code == f"BETALINGEN_{code}"
    assert "123456782" not in str(raised.value)
    assert "https://" not in str(raised.value)


async def test_rejection_keeps_title_and_field_but_not_detail() -> None:
    with pytest.raises(UpstreamRejected) as raised:
        await mock_provider(_hal(422, MOLLIE_422)).haal("tr_abc123")
    assert raised.value.title == "Unprocessable Entity"
    assert raised.value.invalid_params == (("webhookUrl", None),)
    assert "webhook URL" not in raised.value.message
    assert "gemeente.test" not in raised.value.message


async def test_refuses_to_ask_for_something_that_is_not_a_payment_id() -> None:
    provider = mock_provider(_hal(200, payment_body()))
    with pytest.raises(ValueError, match="payment id"):
        await provider.haal("../v2/refunds")
