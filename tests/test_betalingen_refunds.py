"""The embedded payment provider lists a payment's refunds as Mollie's API v2 does.

There is no OpenAPI description of Mollie's API among the fixtures: the shapes checked here
are Mollie's documented ones (List payment refunds, Get payment refund): a HAL list
{count, _embedded.refunds, _links.self/previous/next/documentation} paged by `from` and `limit`,
and each refund with `_links.self` and `_links.payment`; every link handed out is followed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from trouwgraph.registries.betalingen.app import create_mollie_registry

API_KEY = "test_refundsKey123"
BASE = "http://provider.test"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
HAL = "application/hal+json"


@pytest.fixture
async def provider() -> AsyncIterator[httpx.AsyncClient]:
    app = create_mollie_registry(api_key=API_KEY, base_url_for_checkout=BASE)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url=BASE, headers=AUTH
    ) as client:
        yield client


async def paid_payment(provider: httpx.AsyncClient, cents: str = "163.00") -> dict[str, Any]:
    created = await provider.post(
        "/v2/payments",
        json={
            "amount": {"currency": "EUR", "value": cents},
            "description": "Huwelijk, zaak h-1",
            "redirectUrl": "https://gemeente.test/terug",
        },
    )
    assert created.status_code == 201, created.text
    payment: dict[str, Any] = created.json()
    checkout = payment["_links"]["checkout"]["href"]
    paid = await provider.post(
        checkout,
        content="status=paid",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert paid.status_code == 303
    return payment


async def refund(provider: httpx.AsyncClient, payment_id: str, value: str) -> dict[str, Any]:
    answer = await provider.post(
        f"/v2/payments/{payment_id}/refunds",
        json={"amount": {"currency": "EUR", "value": value}, "description": "annulering"},
    )
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


def assert_refund_shape(body: dict[str, Any]) -> None:
    assert {
        "resource",
        "id",
        "mode",
        "amount",
        "status",
        "createdAt",
        "paymentId",
        "_links",
    } <= set(body)
    assert body["resource"] == "refund"
    assert set(body["amount"]) == {"currency", "value"}
    assert {"self", "payment"} <= set(body["_links"])


async def test_the_refunds_of_a_payment_are_listed_and_each_link_is_followed(
    provider: httpx.AsyncClient,
) -> None:
    payment = await paid_payment(provider)
    eerste = await refund(provider, payment["id"], "50.00")
    tweede = await refund(provider, payment["id"], "13.00")

    answer = await provider.get(f"/v2/payments/{payment['id']}/refunds")

    assert answer.status_code == 200
    assert answer.headers["content-type"] == HAL
    lijst = answer.json()
    assert lijst["count"] == 2
    assert [r["id"] for r in lijst["_embedded"]["refunds"]] == [eerste["id"], tweede["id"]]
    assert lijst["_links"]["previous"] is None and lijst["_links"]["next"] is None
    for item in lijst["_embedded"]["refunds"]:
        assert_refund_shape(item)
        assert (await provider.get(item["_links"]["self"]["href"])).json() == item
        gekoppeld = await provider.get(item["_links"]["payment"]["href"])
        assert gekoppeld.json()["id"] == payment["id"]
    betaling = (await provider.get(f"/v2/payments/{payment['id']}")).json()
    assert betaling["amountRefunded"] == {"currency": "EUR", "value": "63.00"}
    via_link = await provider.get(betaling["_links"]["refunds"]["href"])
    assert via_link.json()["_embedded"] == lijst["_embedded"]


async def test_the_list_is_paged_by_from_and_limit(provider: httpx.AsyncClient) -> None:
    payment = await paid_payment(provider)
    ids = [(await refund(provider, payment["id"], "1.00"))["id"] for _ in range(3)]

    gezien: list[str] = []
    url: str | None = f"/v2/payments/{payment['id']}/refunds?limit=2"
    while url is not None:
        pagina = (await provider.get(url)).json()
        assert pagina["count"] == len(pagina["_embedded"]["refunds"]) <= 2
        gezien += [r["id"] for r in pagina["_embedded"]["refunds"]]
        volgende = pagina["_links"]["next"]
        url = volgende["href"] if volgende else None

    assert gezien == ids


async def test_a_payment_without_refunds_lists_none(provider: httpx.AsyncClient) -> None:
    payment = await paid_payment(provider)

    lijst = (await provider.get(f"/v2/payments/{payment['id']}/refunds")).json()

    assert lijst["count"] == 0 and lijst["_embedded"] == {"refunds": []}


@pytest.mark.parametrize(
    ("query", "status", "field"),
    [("?limit=0", 400, "limit"), ("?limit=251", 400, "limit"), ("?from=re_onbekend", 400, "from")],
)
async def test_a_bad_page_is_refused_naming_the_field(
    provider: httpx.AsyncClient, query: str, status: int, field: str
) -> None:
    payment = await paid_payment(provider)

    answer = await provider.get(f"/v2/payments/{payment['id']}/refunds{query}")

    assert answer.status_code == status
    assert answer.json()["field"] == field


async def test_unknown_payments_refunds_and_missing_keys_are_refused(
    provider: httpx.AsyncClient,
) -> None:
    payment = await paid_payment(provider)

    onbekende_betaling = await provider.get("/v2/payments/tr_onbekend12/refunds")
    onbekende_refund = await provider.get(f"/v2/payments/{payment['id']}/refunds/re_onbekend12")
    zonder_sleutel = await provider.get(
        f"/v2/payments/{payment['id']}/refunds", headers={"Authorization": ""}
    )

    assert onbekende_betaling.status_code == 404
    assert onbekende_refund.status_code == 404
    assert zonder_sleutel.status_code == 401
    for answer in (onbekende_betaling, onbekende_refund, zonder_sleutel):
        assert answer.headers["content-type"] == HAL
        assert {"status", "title", "detail", "_links"} <= set(answer.json())
